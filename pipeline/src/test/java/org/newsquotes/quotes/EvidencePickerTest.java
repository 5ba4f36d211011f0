package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsquotes.testing.MarkedText;

class EvidencePickerTest {
    private static String subjectBeforeInfinitive(String phrase) {
        return subjectBeforeInfinitive(MarkedText.parseWithEntities(phrase));
    }

    @Test void theSubjectOfVerbsBeforeAnInfinitiveIsTheSource() {
        // "Ann Roe wanted to [explain]": the verb controls the infinitive, its subject is the source
        assertThat(subjectBeforeInfinitive("[Ann Roe|PERSON] wanted to")).isEqualTo("Ann Roe");
        assertThat(subjectBeforeInfinitive("she seemed to")).isEqualTo("she");
        // no verb before "to": the phrase is left as it is
        assertThat(subjectBeforeInfinitive("the officials of Leeds to")).isEqualTo("the officials of Leeds to");
        // no "to" at the end: unchanged
        assertThat(subjectBeforeInfinitive("she wanted")).isEqualTo("she wanted");
    }

    @Test void particlesAndAdjectivesThatControlTheInfinitiveGoWithItsVerbs() {
        assertThat(subjectBeforeInfinitive(tagged("she went on to", "on", "RP"))).isEqualTo("she");
        assertThat(subjectBeforeInfinitive(tagged("the growers were quick to", "quick", "JJ"))).isEqualTo("the growers");
        assertThat(subjectBeforeInfinitive(tagged(tagged(tagged("rural voters are far more likely to", "likely", "JJ"), "more", "RBR"), "far", "RB")))
                .isEqualTo("rural voters");
        assertThat(subjectBeforeInfinitive(tagged(tagged("those most willing to", "willing", "JJ"), "most", "RBS"))).isEqualTo("those");
        // an "it" that only stands in for the infinitive is no one: the phrase is left as it is
        assertThat(subjectBeforeInfinitive(tagged("it is hard to", "hard", "JJ"))).isEqualTo("it is hard to");
        assertThat(subjectBeforeInfinitive(tagged("by now it seems impossible to", "impossible", "JJ"))).isEqualTo("by now it seems impossible to");
        assertThat(subjectBeforeInfinitive(tagged(tagged("it's hard to", "hard", "JJ"), "'s", "POS"))).isEqualTo("it's hard to");
        // an adjective set off by a comma describes the subject before it ("free agents, free to")
        assertThat(subjectBeforeInfinitive(tagged("the delegates, free to", "free", "JJ"))).isEqualTo("the delegates,");
        // verbs alone after a comma are still the subject's, set off by an apposition ("Roe, a doctor, wanted to")
        assertThat(subjectBeforeInfinitive("[Ann Roe|PERSON], a doctor, wanted to")).isEqualTo("Ann Roe, a doctor,");
    }

    private static org.newsquotes.record.AnnotatedDocument tagged(String text, String word, String pos) {
        return tagged(MarkedText.parseWithEntities(text), word, pos);
    }

    private static org.newsquotes.record.AnnotatedDocument tagged(org.newsquotes.record.AnnotatedDocument d, String word, String pos) {
        return MarkedText.withPos(d, word, pos);
    }

    private static String subjectBeforeInfinitive(org.newsquotes.record.AnnotatedDocument d) {
        DocumentIndex ix = new DocumentIndex(d);
        int end = EvidencePicker.beforeInfinitiveVerbs(ix, 0, ix.tokenCount());
        return end == 0 ? "" : ix.text().substring(0, ix.token(end - 1).end());
    }

    /** The evidence picked from the words before the first {@code verb} of {@code sentence}, reported by it. */
    private static String evidenceBefore(String sentence, String verb) {
        return evidenceBefore(MarkedText.parseWithEntities(sentence), verb);
    }

    private static String evidenceBefore(org.newsquotes.record.AnnotatedDocument d, String verb) {
        DocumentIndex ix = new DocumentIndex(d);
        int v = 0;
        while (!ix.word(v).equals(verb)) v++;
        Evidence ev = new EvidencePicker(LEXICON).pick(ix, new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, 0, v, v, verb));
        return ev == null ? null : ev.text();
    }

    private static final QuoteLexicon LEXICON = QuoteLexicon.load(org.newsquotes.config.ModelFiles.packaged());

    /** The evidence picked from the words after {@code verb} up to the next comma or period: an inverted source. */
    private static String evidenceAfter(String sentence, String verb) {
        DocumentIndex ix = new DocumentIndex(MarkedText.parseWithEntities(sentence));
        int v = 0;
        while (!ix.word(v).equals(verb)) v++;
        int end = v + 1;
        while (ix.firstChar(end) != ',' && ix.firstChar(end) != '.') end++;
        Evidence ev = new EvidencePicker(LEXICON).pick(ix, new SourcePhrase(SourcePhrase.Position.AFTER_INVERTED, v + 1, end, v, verb));
        return ev == null ? null : ev.text();
    }

    @Test void aNameInsideAnAsideOnTheSubjectIsNotWhoSpeaks() {
        // a participle, a preposition or an adjective with its preposition opens an aside on the subject's circumstances
        assertThat(evidenceBefore(MarkedText.withPos(MarkedText.parseWithEntities(
                "Neighbours, angered by the plan of [Ann Roe|PERSON], said the road would close."), "angered", "VBN"), "said"))
                .isEqualTo("Neighbours");
        assertThat(evidenceBefore(MarkedText.withPos(MarkedText.parseWithEntities(
                "Neighbours, speaking after a visit by Mayor [Ann Roe|PERSON], said the road would close."), "speaking", "VBG"), "said"))
                .isEqualTo("Neighbours");
        assertThat(evidenceBefore(MarkedText.withPos(MarkedText.parseWithEntities(
                "Neighbours, unhappy with the [Harrow Bus Company|ORGANIZATION] timetable, said the road would close."), "unhappy", "JJ"), "said"))
                .isEqualTo("Neighbours");
        // an apposition that names the subject still does, and so does a member of it
        assertThat(evidenceBefore("The town's mayor, [Ann Roe|PERSON], said the road would close.", "said")).isEqualTo("Ann Roe");
        assertThat(evidenceBefore(MarkedText.withPos(MarkedText.parseWithEntities(
                "Officials, including Mayor [Ann Roe|PERSON], said the road would close."), "including", "VBG"), "said"))
                .isEqualTo("Ann Roe");
    }

    @Test void aTimePhraseBeforeTheVerbIsNoPartOfTheDescription() {
        assertThat(evidenceBefore("The harbour board on [Monday|DATE] said the port would close.", "said")).isEqualTo("The harbour board");
        assertThat(evidenceBefore(MarkedText.withPos(MarkedText.withPos(MarkedText.parseWithEntities(
                "Port officials late [Tuesday night|TIME] said the port would close."), "late", "RB"), "officials", "NNS"), "said")).isEqualTo("Port officials");
        // a phrase that is all time words is left as it is (nothing would remain)
        assertThat(evidenceBefore("The board said the port would close.", "said")).isEqualTo("The board");
    }

    @Test void anInvertedSourceNamedInAppositionIsThatPersonNotTheBodyOrPlaceInIt() {
        // "said a spokesman for Acme, Ann Roe": the person set off after the source speaks, not the company in it
        assertThat(evidenceAfter("“No,” said a spokesman for [Carrow Mills|ORGANIZATION], [Ann Roe|PERSON].", "said"))
                .isEqualTo("Ann Roe");
        assertThat(evidenceAfter("“No,” said a broker at a [Leeds|CITY] bank, [Ann Roe|PERSON].", "said"))
                .isEqualTo("Ann Roe");
        // with no one named after it, the company in the source still speaks for it
        assertThat(evidenceAfter("“No,” said a spokesman for [Carrow Mills|ORGANIZATION].", "said"))
                .isEqualTo("Carrow Mills");
    }

    @Test void aPostOfAPlaceHeldByThePersonSetOffAfterItIsThatPerson() {
        // "The governor of Kirov, Ann Roe, wrote": the place is whose governor she is; she writes
        assertThat(evidenceBefore("The governor of [Kirov|CITY], [Ann Roe|PERSON], wrote that the bridge had held.", "wrote"))
                .isEqualTo("Ann Roe");
        assertThat(evidenceBefore("The head of [Carrow Mills|ORGANIZATION], [Ann Roe|PERSON], wrote that the mill would close.", "wrote"))
                .isEqualTo("Ann Roe");
        // a body set off after a description whose name only modifies its head: the body speaks
        assertThat(evidenceBefore("The [Harbour Union|ORGANIZATION] pension fund, [Portfund|ORGANIZATION], said that it would sell.", "said"))
                .isEqualTo("Portfund");
        // a name opening the subject is the subject itself, whatever is set off after it
        assertThat(evidenceBefore("[Carrow Mills|ORGANIZATION], the firm [Ann Roe|PERSON] founded, wrote that it would close.", "wrote"))
                .isEqualTo("Carrow Mills");
    }

    @Test void aPlaceModifyingTheNounAfterItIsNotTheSpeaker() {
        // "a Leeds bank" is a bank: the description is the evidence, not the city
        assertThat(evidenceAfter("“No,” said a broker at a [Leeds|CITY] bank.", "said")).isEqualTo("a broker at a Leeds bank");
        // a place that stands alone still speaks for itself
        assertThat(evidenceAfter("“No,” said [Norway|COUNTRY] on Monday.", "said")).isEqualTo("Norway");
    }

    @Test void aPlaceDescribingAPersonIsNoSpeaker() {
        // the senator speaks, not the state: the description is the evidence, for the sieves to resolve
        assertThat(evidenceBefore("The [Ohio|STATE_OR_PROVINCE] senator said the plant would close.", "said"))
                .isEqualTo("The Ohio senator");
        assertThat(evidenceBefore("A [Leeds|CITY] councillor said the plant would close.", "said"))
                .isEqualTo("A Leeds councillor");
        // a place alone, or an organisation's name before its noun, still speaks as itself
        assertThat(evidenceBefore("[Norway|COUNTRY] said the plant would close.", "said")).isEqualTo("Norway");
        // a place right after a body's name is part of it: the body speaks ("NHS England said")
        assertThat(evidenceBefore("[Carrow Rail|ORGANIZATION] [Norway|COUNTRY] said the plant would close.", "said"))
                .isEqualTo("Carrow Rail");
        assertThat(evidenceBefore("The [Valley Echo|ORGANIZATION] newspaper said the plant would close.", "said"))
                .isEqualTo("Valley Echo");
    }

    @Test void theSubjectAfterAnObjectRelativePronounIsTheSource() {
        // "in which" / "at which": the relative pronoun is the preposition's object; the report's subject follows it
        assertThat(evidenceBefore("The mayor faces an electorate in which most voters say the port is doomed.", "say"))
                .isEqualTo("most voters");
        assertThat(evidenceBefore("It was a rally at which the organisers said the march would go ahead.", "said"))
                .isEqualTo("the organisers");
        // a phrase of manner after "which" opens no subject: the phrase is read as before
        assertThat(evidenceBefore("The new rules which in practice say little were dropped.", "say"))
                .doesNotStartWith("in practice");
    }

    @Test void aLongDescriptionKeepsItsHeadNoun() {
        // eight words back would open the description at "of"
        assertThat(evidenceBefore("The head of one of the region's largest water companies said prices would rise.", "said"))
                .isEqualTo("The head of one of the region's largest water companies");
        // a short one is read as before
        assertThat(evidenceBefore("The head of the water company said prices would rise.", "said"))
                .isEqualTo("The head of the water company");
        // a clause break still ends it
        assertThat(evidenceBefore("Prices rose, and the chairman of one of the two largest regional water companies said more would come.", "said"))
                .isEqualTo("the chairman of one of the two largest regional water companies");
    }

    @Test void theSubjectOfAParticipleAfterWithIsTheNounPhraseAfterIt() {
        // "…, with mediators saying …": the participle's subject follows "with"
        assertThat(evidenceBefore(MarkedText.withPos(MarkedText.parseWithEntities(
                "Talks resumed, with mediators saying a deal was near."), "with", "IN"), "saying")).isEqualTo("mediators");
        // before a finite report "with" stays with its phrase, which the ranker reads as it always has
        assertThat(evidenceBefore(MarkedText.withPos(MarkedText.parseWithEntities(
                "Talks resumed, with mediators said to be hopeful."), "with", "IN"), "said")).isEqualTo("with mediators");
    }

    @Test void aRestrictiveRelativeClauseBeforeTheVerbDescribesTheSourceWithoutSpeakingForIt() {
        // "who" is the subject of "spoke": the shopkeepers report, not the paper they spoke to
        assertThat(evidenceBefore(tagged("Shopkeepers who spoke to [the Valley Echo|ORGANIZATION] said trade had halved."), "said"))
                .isEqualTo("Shopkeepers");
        assertThat(evidenceBefore(tagged("Two wardens that worked with [Ann Roe|PERSON] said the cells were damp."), "said"))
                .isEqualTo("Two wardens");
        // no verb of its own between the relative word and the report: its subject stays the source
        assertThat(evidenceBefore(tagged("It is a plan that [Ann Roe|PERSON] said would fail."), "said")).isEqualTo("Ann Roe");
        // a participle's subject may be the relative word itself: the clause is not cut there
        assertThat(evidenceBefore(tagged("The candidate who opened his campaign by claiming crime had doubled."), "claiming"))
                .isNotEqualTo("The candidate");
        // nor when the only verb is the report's own modal: the relative word stays in the source (this helper's
        // phrase keeps the modal, which the source finder trims)
        assertThat(evidenceBefore(MarkedText.withPos(tagged("Two wardens who may warn the board left early."), "may", "MD"), "warn"))
                .isEqualTo("Two wardens who may");
        // set off by commas, the clause is skipped as before and a name before it speaks
        assertThat(evidenceBefore(tagged("[Ann Roe|PERSON], who spoke to [the Valley Echo|ORGANIZATION], said trade had halved."), "said"))
                .isEqualTo("Ann Roe");
    }

    /** The sentence with "that" tagged as a relative pronoun, "spoke", "worked" and "opened" as finite verbs, "wardens" a noun. */
    private static org.newsquotes.record.AnnotatedDocument tagged(String sentence) {
        org.newsquotes.record.AnnotatedDocument d = MarkedText.parseWithEntities(sentence);
        for (String w : new String[] {"spoke", "worked", "opened"}) d = MarkedText.withPos(d, w, "VBD");
        d = MarkedText.withPos(d, "wardens", "NNS");
        return MarkedText.withPos(d, "that", "WDT");
    }

    @Test void anAndInsideANameInAPrepositionalPhraseKeepsThePersonItDescribes() {
        // the tagger split the force's name at "and": the person before "of" is the speaker, not "Cornwall Police"
        assertThat(evidenceBefore("Sgt. [Ann Kemp|PERSON] of [Devon|LOCATION] and [Cornwall Police|ORGANIZATION] said roads were shut.", "said"))
                .isEqualTo("Ann Kemp");
        assertThat(evidenceBefore("A spokeswoman for [Health|ORGANIZATION] and [Human Services|ORGANIZATION] said the rule stays.", "said"))
                .isEqualTo("Human Services");
        // two people joined as the subject: no preposition before them, the conjunction still ends the phrase
        assertThat(evidenceBefore("[Ann Kemp|PERSON] and [Tom Hale|PERSON] said roads were shut.", "said"))
                .isEqualTo("Tom Hale");
        // two months joined are no name: the phrase still ends at "and"
        assertThat(evidenceBefore("Ads planned for [December|DATE] and [January|DATE] groups said were costly.", "said"))
                .isEqualTo("January groups");
        // a common noun after "and" is no name: "the mayor of Leeds and her deputy said" keeps the deputy
        assertThat(evidenceBefore("The mayor of [Leeds|LOCATION] and her deputy said roads were shut.", "said"))
                .isEqualTo("her deputy");
    }

    @Test void aPersonInAnAppositionSpeaksForTheRoleAnOrganisationModifies() {
        assertThat(evidenceBefore("The [Treasury|ORGANIZATION] minister, Ms [Helen Fry|PERSON], says the rise stays.", "says"))
                .isEqualTo("Helen Fry");
        assertThat(evidenceBefore("The [Bolt Industries|ORGANIZATION] chief executive, [Ann Roe|PERSON], said profits fell.", "said"))
                .isEqualTo("Ann Roe");
        // the organisation is the head: it speaks, whatever the apposition names
        assertThat(evidenceBefore("[Bolt Industries|ORGANIZATION], the firm [Ann Roe|PERSON] founded, said profits fell.", "said"))
                .isEqualTo("Bolt Industries");
        // no person in an apposition: the organisation is still the evidence
        assertThat(evidenceBefore("The [Treasury|ORGANIZATION] minister said the rise stays.", "said"))
                .isEqualTo("Treasury");
    }

    @Test void aPlaceAfterInSaysWhereTheSpeakersAreNotWhoSpeaks() {
        assertThat(evidenceBefore("Voters in [South Carolina|STATE_OR_PROVINCE] said the race was close.", "said"))
                .isEqualTo("Voters in South Carolina");
        assertThat(evidenceBefore("Farmers in the [Carran Valley|LOCATION] said the wells were dry.", "said"))
                .isEqualTo("Farmers in the Carran Valley");
        // a place that is the whole subject still speaks, as a state does
        assertThat(evidenceBefore("[Iran|COUNTRY] said the talks were over.", "said")).isEqualTo("Iran");
        // a person before the place is named first
        assertThat(evidenceBefore("[Ann Roe|PERSON] in [Leeds|CITY] said the wells were dry.", "said")).isEqualTo("Ann Roe");
    }

    @Test void aDescriptionWhoseAppositionNamesTheBodyItSpeaksFor() {
        assertThat(evidenceBefore("A spokesman for the developer, [Kernow Marine|ORGANIZATION], said the plans would go ahead.", "said"))
                .isEqualTo("Kernow Marine");
        assertThat(evidenceBefore("Her party, the [Greens|ORGANIZATION], said the plans would go ahead.", "said"))
                .isEqualTo("Greens");
        // a place set off by commas says where, not who
        assertThat(evidenceBefore("A retiree in [Carthage|CITY], [Illinois|STATE_OR_PROVINCE], said the plans would go ahead.", "said"))
                .isEqualTo("A retiree in Carthage");
        // a phrase about the body is no name of it: the description stays
        assertThat(evidenceBefore("A spokesman, a former reporter at the [Daily Post|ORGANIZATION], said the plans would go ahead.", "said"))
                .isEqualTo("A spokesman");
    }

    @Test void aPersonNamedAfterToForOrOfAPersonNounIsWhoseTheSpeakerIs() {
        assertThat(evidenceBefore("A former aide to Mayor [Ann Roe|PERSON] told jurors the files were shredded.", "told"))
                .isEqualTo("A former aide to Mayor Ann Roe");
        assertThat(evidenceBefore("A lawyer for [Ann Roe|PERSON] said the charges were false.", "said"))
                .isEqualTo("A lawyer for Ann Roe");
        assertThat(evidenceBefore("A childhood friend of [Ann Roe|PERSON] said she was shy.", "said"))
                .isEqualTo("A childhood friend of Ann Roe");
        // one who speaks on the person's behalf gives the person's words by convention
        assertThat(evidenceBefore("A spokesman for [Ann Roe|PERSON] said the charges were false.", "said")).isEqualTo("Ann Roe");
        assertThat(evidenceBefore("A press secretary for [Ann Roe|PERSON] said the charges were false.", "said")).isEqualTo("Ann Roe");
        // a capitalised title holds the person's post; a name before the noun is the speaker
        assertThat(evidenceBefore("Secretary of State [Ann Roe|PERSON] said the talks were over.", "said")).isEqualTo("Ann Roe");
        assertThat(evidenceBefore("[Ann Roe|PERSON], a lawyer for the family, said the charges were false.", "said")).isEqualTo("Ann Roe");
    }

    @Test void theSubjectOfAVerbInAWhatClauseStartsAfterWhat() {
        // "citing what its chief executive called …": the chief executive is the one who called it so
        assertThat(evidenceBefore("The firm raised its forecast, citing what its chief executive called strong demand.", "called"))
                .isEqualTo("its chief executive");
        assertThat(evidenceBefore("That is what economists call a bubble.", "call")).isEqualTo("economists");
    }

    @Test void aRelativeAfterAPrepositionOpensNoClauseAboutTheSource() {
        // "at which point": the tagger may read "point" as a verb, but "which" is the preposition's object and the
        // subject of "chanted" comes after it
        org.newsquotes.record.AnnotatedDocument d = tagged(
                "The mayor spoke on, at which point the audience chanted.", "point", "VBP");
        assertThat(evidenceBefore(d, "chanted")).isEqualTo("the audience");
        // a relative with no preposition before it still opens a clause about the source: its words stand before it
        assertThat(evidenceBefore(tagged("An aide who asked not to be named said.", "asked", "VBD"), "said"))
                .isEqualTo("An aide");
    }

    @Test void aPlaceWrittenAsACompoundBeforeANounOnlySaysWhere() {
        // "Leeds-based": the firm speaks, not the city
        assertThat(evidenceBefore(tagged("The [Leeds|CITY]-based firm said the mill would close.", "based", "VBN"), "said"))
                .isEqualTo("The Leeds-based firm");
        // a place alone is still a speaker
        assertThat(evidenceBefore("[Leeds|CITY] said the mill would close.", "said")).isEqualTo("Leeds");
    }

    @Test void anActiveParticipleAfterTheSubjectsNounDescribesIt() {
        // the union speaks, not the workers it represents
        assertThat(evidenceBefore(tagged("The union representing the mill workers called the plan a betrayal.", "representing", "VBG"), "called"))
                .isEqualTo("The union");
        // a participle that gives the noun's own name keeps it
        assertThat(evidenceBefore(tagged("A group calling itself [Save Our Mills|ORGANIZATION] said the plan was a betrayal.", "calling", "VBG"), "said"))
                .isEqualTo("Save Our Mills");
        // nor one that lists members of the subject
        assertThat(evidenceBefore(tagged("Companies including [Acme|ORGANIZATION] said the plan was a betrayal.", "including", "VBG"), "said"))
                .isEqualTo("Acme");
        // a gerund before a singular noun it modifies is no participle clause
        assertThat(evidenceBefore(tagged("The town's housing officer said the plan was a betrayal.", "housing", "VBG"), "said"))
                .isEqualTo("The town's housing officer");
    }

    @Test void aChainOfAgeAndAddressAfterANameSetsItOff() {
        // age, then where from: the name before them speaks, not the age
        assertThat(evidenceBefore("[Dan Cole|PERSON], 41, of [Halesworth|CITY], said he was sorry.", "said")).isEqualTo("Dan Cole");
        // street and town, the street mistagged a person: still the name before the chain
        assertThat(evidenceBefore("[Dan Cole|PERSON], 41, of [Mill Lane|PERSON], [Halesworth|CITY], said he was sorry.", "said"))
                .isEqualTo("Dan Cole");
        // a description, then where from
        assertThat(evidenceBefore("[Ann Roe|PERSON], a teacher, of [Leeds|CITY], said she was sorry.", "said")).isEqualTo("Ann Roe");
        // no name before the chain: the description is the subject, not the opening phrase
        assertThat(evidenceBefore("After the vote, the mayor, 58, said she was sorry.", "said")).isEqualTo("the mayor");
        assertThat(evidenceBefore("In [Leeds|CITY], [Ann Roe|PERSON], 58, said she was sorry.", "said")).isEqualTo("Ann Roe");
    }
}
