package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.Layer;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Quote;
import org.newsquotes.testing.MarkedText;

/** One small case per quote and attribution pattern, on sentences written for these tests. */
class QuoteStageTest {
    private static final QuoteStage STAGE = new QuoteStage(ModelFiles.packaged());

    /** Quotes as compact strings: {@code kind|text|speaker|evidence|method}. */
    private static List<String> quotes(AnnotatedDocument d) {
        AnnotatedDocument out = STAGE.process(d);
        assertThat(out.has(Layer.QUOTES)).isTrue();
        for (int i = 0; i < out.quotes().size(); i++) {
            Quote q = out.quotes().get(i);
            assertThat(q.id()).isEqualTo("q" + (i + 1));
            assertThat(out.text().substring(q.start(), q.end())).isEqualTo(q.text());
            if (q.attribution().mentionSpan() != null) {
                assertThat(q.attribution().mentionSpan().of(out.text())).isEqualTo(q.attribution().mention());
            }
        }
        return out.quotes().stream().map(q -> q.kind().label() + "|" + q.text() + "|" + q.attribution().speaker() + "|"
                + q.attribution().mention() + "|" + q.attribution().method()).toList();
    }

    private static List<String> quotes(String marked) {
        return quotes(MarkedText.parseWithEntities(marked));
    }

    private static final QuoteStage PARC = new QuoteStage(ModelFiles.packaged(), IndirectScope.PARC);

    private static List<String> parcQuotes(String marked) {
        return PARC.process(MarkedText.parseWithEntities(marked)).quotes().stream()
                .map(q -> q.kind().label() + "|" + q.text() + "|" + q.attribution().speaker()).toList();
    }

    private static List<String> parcQuotes(AnnotatedDocument d) {
        return PARC.process(d).quotes().stream()
                .map(q -> q.kind().label() + "|" + q.text() + "|" + q.attribution().speaker()).toList();
    }

    @Test
    void aSecondReportJoinedByAndEndsTheFirstsContentAndSharesItsSubject() {
        // the tagger reads "called" after a quote as a participle: still the second report
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "[Kofi Mensah|PERSON] accused the firm of “bad faith” and called for the state to step in."), "called", "VBN");
        assertThat(parcQuotes(d)).contains("indirect|the firm of “bad faith”|Kofi Mensah")
                .noneMatch(q -> q.startsWith("indirect|the firm of “bad faith” and"));
        // the joined verb's subject is the first report's, not the words opening the sentence
        assertThat(quotes("The donors were furious when [Ida Marr|PERSON] called the bankers greedy and said taxes would rise."))
                .last().isEqualTo("indirect|taxes would rise|Ida Marr|Ida Marr|indirect-subject");
    }

    @Test
    void anIndefiniteRoleAfterTheQuoteIsItsSource() {
        // "a spokesman" (the tagger types the role TITLE) heads the source; it is not a name modifying a noun
        assertThat(quotes("[Northlink|ORGANIZATION] cancelled all sailings. “Safety comes first,” a [spokesman|TITLE] said."))
                .containsExactly("direct|Safety comes first,|null|a spokesman|source-unresolved");
        // a name after "a" still modifies the noun after it: no source here
        assertThat(quotes("“Safety comes first,” a [Jane Roe|PERSON] tweet said nothing more.")).noneMatch(q -> q.contains("|a Jane Roe"));
    }

    @Test
    void aSenatorDescribedByTheirStateIsTheSenatorOfThatState() {
        // the state describes the senator: not the state as speaker, and of two senators the one named with it
        String two = "[Florida|STATE_OR_PROVINCE] [Sen.|TITLE] [Ann Roe|PERSON] met [Texas|STATE_OR_PROVINCE] [Sen.|TITLE] [Tom Aske|PERSON] on the bridge. "
                + "The [Florida|STATE_OR_PROVINCE] senator said the deal was fair.";
        assertThat(quotes(two)).containsExactly("indirect|the deal was fair|Ann Roe|The Florida senator|nominal");
        // a senator of a state no one was named with stays unresolved, rather than the last senator named
        String other = two.replace("The [Florida|STATE_OR_PROVINCE] senator", "The [Ohio|STATE_OR_PROVINCE] senator");
        assertThat(quotes(other)).containsExactly("indirect|the deal was fair|null|The Ohio senator|source-unresolved");
    }

    @Test
    void aReportOfAReportIsKeptWithTheReportInsideIt() {
        // the paper's report holds the captain's whole, source and cue included: both are quotes
        assertThat(quotes("[Ann Roe|PERSON] told the inquiry she had been ordered to sail, the [Harbour Times|ORGANIZATION] reported."))
                .containsExactlyInAnyOrder(
                        "indirect|Ann Roe told the inquiry she had been ordered to sail|Harbour Times|Harbour Times|organisation",
                        "indirect|she had been ordered to sail|Ann Roe|Ann Roe|indirect-subject");
        // an attitude whose source is a person nests too (parc: "thinks" is a report there)
        assertThat(parcQuotes("[Ann Roe|PERSON] thinks the ferry will stop in May, her deputy said."))
                .contains("indirect|the ferry will stop in May|Ann Roe")
                .anyMatch(q -> q.startsWith("indirect|Ann Roe thinks the ferry will stop in May|"));
        // an attitude of no one in particular gives way: only the closing report
        assertThat(parcQuotes("Work is expected to begin in May, a spokesman said."))
                .containsExactly("indirect|Work is expected to begin in May|null");
    }

    @Test
    void twoReportsWithTwoSubjectsJoinedByAndAreTwoQuotes() {
        // "most said …, and a third said …": each report its own content and its own source
        assertThat(quotes("Most of the dockers said the union had failed them and a third said they would strike."))
                .contains("indirect|the union had failed them|null|Most of the dockers|source-unresolved",
                        "indirect|they would strike|null|a third|source-unresolved");
    }

    @Test
    void aRefusalToSpeakIsReportedWithWhatWasRefused() {
        // parc: "declined to comment" is a report, its content what was declined (as "refused to …")
        assertThat(parcQuotes("[Tom Aske|PERSON] declined to comment on the fine."))
                .containsExactly("indirect|to comment on the fine|Tom Aske");
        // the default speech scope reports no refusal
        assertThat(quotes("[Tom Aske|PERSON] declined to comment on the fine.")).isEmpty();
    }

    @Test
    void theTermsASourceSpokeOnAreNoReport() {
        // "on condition of anonymity" after "spoke" is how the aide spoke, not what; the report after it stays
        assertThat(parcQuotes("An aide to [Tom Aske|PERSON] spoke on condition of anonymity. He said the port would close."))
                .containsExactly("indirect|the port would close|Tom Aske");
        assertThat(parcQuotes("The aide, speaking on the condition of anonymity to discuss the talks, said little."))
                .noneMatch(q -> q.startsWith("indirect|the condition"));
        // a verb of talking names its topic only after "about", "of" or "against" (speech-verbs.txt: prep), so a
        // phrase after "on" is never one; after "about" it is, whatever its words
        assertThat(parcQuotes("[Tom Aske|PERSON] spoke on condition of anonymity clauses in contracts.")).isEmpty();
        assertThat(parcQuotes("[Tom Aske|PERSON] spoke about condition of anonymity clauses in contracts."))
                .containsExactly("indirect|condition of anonymity clauses in contracts|Tom Aske");
    }

    @Test
    void aParticipleDescribingTheSubjectReportsNothingAndTheSubjectIsTheNounItDescribes() {
        String text = "A former councillor accused of taking £80 in bribes from a builder told a jury that the money was a loan.";
        AnnotatedDocument d = MarkedText.withPos(MarkedText.withPos(MarkedText.parseWithEntities(text), "accused", "VBN"), "£", "$");
        // not "taking £80 … told a jury that …" reported by the councillor's accuser, and not the bribes telling
        assertThat(quotes(d)).containsExactly("indirect|the money was a loan|null|A former councillor|source-unresolved");
        assertThat(PARC.process(d).quotes()).extracting(q -> q.text()).containsExactly("the money was a loan");
    }

    @Test
    void aReportedClauseRunsOnIntoTheQuoteThatFinishesIt() {
        // the clause cannot end on "had": the quoted words finish it, and the content takes them in
        String text = "[Tom Aske|PERSON] said the operators had “refused to put a single penny on the table, and they all know it.”";
        assertThat(quotes(text)).contains(
                "indirect|the operators had “refused to put a single penny on the table, and they all know it.”|Tom Aske|Tom Aske|indirect-subject");
        // after a word that can end a clause, the quote is words of their own
        String own = "[Tom Aske|PERSON] said the operators refused. “They will not put a single penny on the table,” he added.";
        assertThat(quotes(own)).contains("indirect|the operators refused|Tom Aske|Tom Aske|indirect-subject");
        // a verb that is no speech verb cannot end the clause either: the quote is its object
        String object = "[Tom Aske|PERSON] told the [Harbour Gazette|ORGANIZATION] the agreement reflected “the town's wish for a new ferry to the island.”";
        assertThat(quotes(object)).contains(
                "indirect|the agreement reflected “the town's wish for a new ferry to the island.”|Tom Aske|Tom Aske|indirect-subject");
        // after a speech verb the quote is what that verb reports, not the clause's end
        String chant = "[Tom Aske|PERSON] said the crowd shouted “we want the ferry back in the harbour now.”";
        assertThat(quotes(chant)).contains("indirect|the crowd shouted|Tom Aske|Tom Aske|indirect-subject");
        // a subject with no verb yet takes the quote that opens with one as its predicate
        AnnotatedDocument subject = MarkedText.withPos(MarkedText.parseWithEntities(
                "[Tom Aske|PERSON] said the council's record “speaks for itself and always will, whatever they claim.”"),
                "speaks", "VBZ");
        assertThat(quotes(subject)).contains("indirect|the council's record “speaks for itself and always will, whatever they"
                + " claim.”|Tom Aske|Tom Aske|indirect-subject");
        assertThat(quotes("[Tom Aske|PERSON] said she “would be eaten alive by the voters of the city in November.”")).contains(
                "indirect|she “would be eaten alive by the voters of the city in November.”|Tom Aske|Tom Aske|indirect-subject");
        // a quote that opens a sentence of its own is not the clause's predicate
        assertThat(quotes("[Tom Aske|PERSON] said in a statement “Would anyone in the city really believe that story now?”"))
                .noneMatch(q -> q.startsWith("indirect"));
        // a quoted phrase inside the subject does not end it: the verb after the quote is the clause's
        assertThat(quotes("[Tom Aske|PERSON] insisted the “silent majority” of ferry users would cope."))
                .contains("indirect|the “silent majority” of ferry users would cope|Tom Aske|Tom Aske|indirect-subject");
        assertThat(quotes("[Tom Aske|PERSON] insisted the ‘silent majority’ of ferry users would cope."))
                .contains("indirect|the ‘silent majority’ of ferry users would cope|Tom Aske|Tom Aske|indirect-subject");
        // so does one that opens the clause after "that"
        assertThat(quotes("[Tom Aske|PERSON] told the paper that “several big clubs” had made contact."))
                .contains("indirect|“several big clubs” had made contact|Tom Aske|Tom Aske|indirect-subject");
        assertThat(quotes("[Tom Aske|PERSON] told the paper that “Several big clubs have called.”"))
                .noneMatch(q -> q.startsWith("indirect"));
        // a quote after the subject that holds no verb, and none after it, is no clause
        assertThat(quotes("[Tom Aske|PERSON] insisted the ferry was “a lifeline” for the island."))
                .contains("indirect|the ferry was “a lifeline” for the island|Tom Aske|Tom Aske|indirect-subject");
        assertThat(quotes("[Tom Aske|PERSON] praised the “silent majority” of ferry users."))
                .noneMatch(q -> q.startsWith("indirect"));
        // a quote closing right after the comma the content ends at keeps its closing mark
        assertThat(quotes("[Tom Aske|PERSON] said the toll was “under review,” while [Ann Roe|PERSON] called it a tax."))
                .contains("indirect|the toll was “under review,”|Tom Aske|Tom Aske|indirect-subject");
        // a capitalised quote is a title, here of the show he was talking to, not part of a subject
        assertThat(quotes("[Tom Aske|PERSON] told the island's “Morning Tide” show on Monday the ferry was safe."))
                .noneMatch(q -> q.contains("Morning Tide”"));
        // a verb after a conjunction belongs to another clause
        assertThat(quotes("[Tom Aske|PERSON] celebrated, declaring it “a great night for the town” and said the ferry would return."))
                .noneMatch(q -> q.startsWith("indirect|it “a great night"));
    }

    @Test
    void nounPhraseContentsCountOnlyUnderTheParcScope() {
        String text = "[Tom Aske|PERSON] denied the claims about the harbour fund.";
        assertThat(quotes(text)).isEmpty();
        assertThat(parcQuotes(text)).containsExactly("indirect|the claims about the harbour fund|Tom Aske");
    }

    @Test
    void parcOnlyVerbsAreNoCuesInTheDefaultScope() {
        String text = "[Tom Aske|PERSON] endorsed the plan to rebuild the harbour wall.";
        assertThat(quotes(text)).isEmpty();
        assertThat(parcQuotes(text)).containsExactly("indirect|the plan to rebuild the harbour wall|Tom Aske");
        assertThat(quotes("[Tom Aske|PERSON] endorsed that the harbour wall be rebuilt.")).isEmpty();
    }

    @Test
    void parcScopeTakesTheNounPhraseAfterAParticle() {
        assertThat(parcQuotes("[Anna Meyer|PERSON] called for an inquiry into the sale of the port."))
                .containsExactly("indirect|an inquiry into the sale of the port|Anna Meyer");
    }

    @Test
    void aParticipleAfterAQuoteTheSentenceOpensInsideIsTheQuotesSpeakers() {
        // the tagger may end a sentence inside a quote; the words of the quote are nobody's subject
        String text = "“Let us say we win. Let us say we hold the port,” [Ann Roe|PERSON] said, referring to the harbour vote. "
                + "“Then we can act.”";
        assertThat(parcQuotes(text)).contains("indirect|the harbour vote|Ann Roe", "direct|Then we can act.|Ann Roe");
    }

    @Test
    void anOpeningInPhraseOfAPollIsASourceOnlyUnderTheParcScope() {
        String text = "In the latest poll, [Ann Roe|PERSON] gained eight points.";
        assertThat(quotes(text)).isEmpty();
        assertThat(parcQuotes(text)).containsExactly("indirect|Ann Roe gained eight points|null");
    }

    @Test
    void parcScopeCountsIntentionsAndBeliefs() {
        String text = "[Maria Lopez|PERSON] wants to rebuild the harbour wall. [Tom Aske|PERSON] thinks the plan will fail.";
        assertThat(quotes(text)).isEmpty();
        assertThat(parcQuotes(text)).containsExactly("indirect|to rebuild the harbour wall|Maria Lopez",
                "indirect|the plan will fail|Tom Aske");
    }

    @Test
    void theScopeIsPartOfTheStageFingerprint() {
        assertThat(PARC.fingerprint()).isNotEqualTo(STAGE.fingerprint()).endsWith(":parc");
    }

    @Test
    void invertedSaidName() {
        assertThat(quotes("“The harvest was poor,” said [Maria Lopez|PERSON]."))
                .containsExactly("direct|The harvest was poor,|Maria Lopez|Maria Lopez|verb-inverted");
    }

    @Test
    void speechVerbAfterQuote() {
        assertThat(quotes("“The harvest was poor,” [Maria Lopez|PERSON] told the council."))
                .containsExactly("direct|The harvest was poor,|Maria Lopez|Maria Lopez|verb-after");
    }

    @Test
    void speechVerbBeforeQuote() {
        assertThat(quotes("On Friday [Maria Lopez|PERSON] told the council: “The harvest was poor.”"))
                .containsExactly("direct|The harvest was poor.|Maria Lopez|Maria Lopez|verb-before");
    }

    @Test
    void appositionBetweenNameAndVerb() {
        assertThat(quotes("“We need more nurses,” [Hugh Hill|PERSON], a doctor at the [City Hospital|ORGANIZATION], said."))
                .containsExactly("direct|We need more nurses,|Hugh Hill|Hugh Hill|verb-after");
    }

    @Test
    void possessiveBeforeAppositiveNameIsNotTheSpeaker() {
        assertThat(quotes("[Lena Berg|PERSON]'s deputy, [Tom Aske|PERSON], said: “The figures are wrong.”"))
                .containsExactly("direct|The figures are wrong.|Tom Aske|Tom Aske|verb-before");
    }

    @Test
    void relativeClauseBetweenNameAndVerbIsSkipped() {
        assertThat(quotes("“Costs doubled,” [Tom Aske|PERSON], who ran the project for [Vestby|CITY], said."))
                .containsExactly("direct|Costs doubled,|Tom Aske|Tom Aske|verb-after");
    }

    @Test
    void accordingTo() {
        assertThat(quotes("“Repairs will take a year,” according to [Anna Meyer|PERSON]."))
                .containsExactly("direct|Repairs will take a year,|Anna Meyer|Anna Meyer|according-to");
    }

    @Test
    void theWordsOfASourceCreditAQuotedPhraseAsAccordingToDoes() {
        assertThat(quotes("The mayor dislikes “surprises,” in the words of one aide."))
                .first().satisfies(q -> assertThat(q).startsWith("fragment|surprises,|null|one aide|"));
    }

    @Test
    void theNameAnUnnamedSourceGaveIsTheSpeaker() {
        assertThat(quotes("“The town is dying,” said one shopkeeper, who gave only her first name, [Maria|PERSON]."))
                .containsExactly("direct|The town is dying,|Maria|Maria|verb-inverted");
        assertThat(quotes("“The town is dying,” said a driver, who asked to be identified only as [Tomas|PERSON]."))
                .containsExactly("direct|The town is dying,|Tomas|Tomas|verb-inverted");
        // a name the clause is about, not one given, says nothing of who spoke
        assertThat(quotes("“The town is dying,” said a driver, who voted for [Tomas Berg|PERSON] last year."))
                .noneMatch(q -> q.contains("Tomas Berg"));
    }

    @Test
    void colonLabel() {
        assertThat(quotes("[Anna Meyer|PERSON], mayor of [Lund|CITY]: “We will rebuild the bridge.”"))
                .containsExactly("direct|We will rebuild the bridge.|Anna Meyer|Anna Meyer|colon-label");
    }

    @Test
    void anAppositionBeforeARelativeClauseIsReadToo() {
        assertThat(quotes("[Woodrow Benford|PERSON], 58, who lives outside [Minneapolis|CITY], says he knew little about the senator."))
                .containsExactly("indirect|he knew little about the senator|Woodrow Benford|Woodrow Benford|indirect-subject");
    }

    @Test
    void aContractedAuxiliaryIsNoPartOfThePronounSubject() {
        // "he's said": the subject is "he", whom the pronoun sieve resolves
        assertThat(quotes("[Tom Aske|PERSON] spoke first.\nHe's said the port would reopen in May."))
                .containsExactly("indirect|the port would reopen in May|Tom Aske|He|pronoun");
    }

    @Test
    void aNameEndingInLyIsNoAdverbBeforeTheVerb() {
        // "Kelly" is the speaker, not an adverb like "quickly" to trim from before "said"
        assertThat(quotes("“Elections matter,” [Kelly|PERSON] said."))
                .containsExactly("direct|Elections matter,|Kelly|Kelly|verb-after");
        assertThat(quotes("“Elections matter,” [Tom Aske|PERSON] quickly said."))
                .containsExactly("direct|Elections matter,|Tom Aske|Tom Aske|verb-after");
    }

    @Test
    void aDeterminerStandingForAPersonIsAnUnnamedSource() {
        // "another" is someone other than the speaker before: no one named, not the previous speaker
        assertThat(quotes(MarkedText.withPos(MarkedText.parseWithEntities(
                "“We will not go,” says [Bill Tarrant|PERSON]. Another adds: “Where are the doctors?”"), "Another", "DT")))
                .last().isEqualTo("direct|Where are the doctors?|null|Another|source-unresolved");
    }

    @Test
    void anInvertedDescriptionTakesTheNameSetOffAfterIt() {
        assertThat(quotes("“We will appeal,” said a spokesman, [Kim Lee|PERSON]."))
                .singleElement().satisfies(q -> assertThat(q).startsWith("direct|We will appeal,|Kim Lee|Kim Lee|"));
        assertThat(quotes("“We will appeal,” says one, [Kim Lee|PERSON], 67."))
                .singleElement().satisfies(q -> assertThat(q).startsWith("direct|We will appeal,|Kim Lee|Kim Lee|"));
        // a name that is no apposition (its possessive) says nothing of who spoke
        assertThat(quotes("“We will appeal,” said a spokesman, [Kim Lee|PERSON]'s deputy."))
                .singleElement().satisfies(q -> assertThat(q).doesNotContain("|Kim Lee|Kim Lee|"));
        // a title before the name, and where the person is from after it
        assertThat(quotes("“The results hold,” said the study's lead author, Dr. [Kim Lee|PERSON] of [Carran University|ORGANIZATION]."))
                .singleElement().satisfies(q -> assertThat(q).startsWith("direct|The results hold,|Kim Lee|Kim Lee|"));
        assertThat(quotes("“The results hold,” said a researcher, [Professor|TITLE] [Kim Lee|PERSON] from the university, on Monday."))
                .singleElement().satisfies(q -> assertThat(q).startsWith("direct|The results hold,|Kim Lee|Kim Lee|"));
        // a clause after the name is no affiliation: the name is not set off as the description's
        assertThat(quotes("“The results hold,” said a researcher, [Kim Lee|PERSON] of the lab replied."))
                .singleElement().satisfies(q -> assertThat(q).doesNotContain("|Kim Lee|Kim Lee|"));
    }

    @Test
    void aNameThatModifiesARoleIsNotTheSpeakerTheRolesHolderIs() {
        // the candidate's name modifies the spokesman's role; the spokesman speaks
        assertThat(quotes("“We will appeal,” said [Ann Roe|PERSON] spokesman [Kim Lee|PERSON]."))
                .singleElement().satisfies(q -> assertThat(q).startsWith("direct|We will appeal,|Kim Lee|Kim Lee|"));
        assertThat(quotes("[Ann Roe|PERSON] campaign manager [Kim Lee|PERSON] said the vote was rigged."))
                .singleElement().satisfies(q -> assertThat(q).startsWith("indirect|the vote was rigged|Kim Lee|Kim Lee|"));
        // with no role between them, or a comma, the first name stays the speaker
        assertThat(quotes("“We will appeal,” said [Ann Roe|PERSON], with [Kim Lee|PERSON] beside her."))
                .singleElement().satisfies(q -> assertThat(q).startsWith("direct|We will appeal,|Ann Roe|Ann Roe|"));
    }

    @Test
    void aPhrasalSpeechVerbAttributesWithItsParticle() {
        assertThat(quotes(MarkedText.withPos(MarkedText.parseWithEntities(
                "[Walt Hale|PERSON] shot back that the figures were wrong."), "shot", "VBD")))
                .containsExactly("indirect|the figures were wrong|Walt Hale|Walt Hale|indirect-subject");
        assertThat(quotes(MarkedText.withPos(MarkedText.parseWithEntities(
                "[Ann Roe|PERSON] spoke first.\n“That is simply not true,” [Walt Hale|PERSON] shot back."), "shot", "VBD")))
                .singleElement().satisfies(q -> assertThat(q).startsWith("direct|That is simply not true,|Walt Hale|Walt Hale|"));
        assertThat(quotes(MarkedText.withPos(MarkedText.parseWithEntities(
                "[Ann Roe|PERSON] spoke first.\n[Walt Hale|PERSON] shot back, “That is simply not true.”"), "shot", "VBD")))
                .singleElement().satisfies(q -> assertThat(q).startsWith("direct|That is simply not true.|Walt Hale|Walt Hale|"));
        // a participle after a phrasal verb and its medium goes on with the verb's report: its subject speaks
        assertThat(quotes("[Walt Hale|PERSON] fired back a response saying the mayor was hiding from voters."))
                .contains("indirect|the mayor was hiding from voters|Walt Hale|Walt Hale|indirect-subject");
        assertThat(quotes("The [Daily Courier|ORGANIZATION] fired back in an editorial stating that the council had wasted millions."))
                .contains("indirect|the council had wasted millions|Daily Courier|Daily Courier|organisation");
        // the cue names the particle too
        assertThat(STAGE.process(MarkedText.withPos(MarkedText.parseWithEntities(
                "[Ann Roe|PERSON] spoke first.\n“That is simply not true,” [Walt Hale|PERSON] shot back."), "shot", "VBD"))
                .quotes()).singleElement().satisfies(q -> assertThat(q.attribution().cue()).isEqualTo("shot back"));
        assertThat(STAGE.process(MarkedText.parseWithEntities("“That is simply not true,” [Walt Hale|PERSON] said."))
                .quotes()).singleElement().satisfies(q -> assertThat(q.attribution().cue()).isEqualTo("said"));
        // without its particle the verb reports nothing
        assertThat(quotes(MarkedText.withPos(MarkedText.parseWithEntities(
                "[Walt Hale|PERSON] shot the deer the hunters were tracking."), "shot", "VBD"))).isEmpty();
    }

    @Test
    void aPronounGoesOnWithTheRolesHolderNotTheNameThatModifiesTheRole() {
        // a team's name the tagger took for a person opens the sentence, but the boss is its subject
        assertThat(quotes("[Carrow|PERSON] boss [Gareth Pyle|PERSON] was unhappy with the referee.\n"
                + "Asked about the goal, he said: “It was offside by a yard.”"))
                .last().isEqualTo("direct|It was offside by a yard.|Gareth Pyle|he|pronoun");
        // two people side by side with no role between them: the leftmost is the subject
        assertThat(quotes("[Carrow|PERSON] met [Gareth Pyle|PERSON] after the match.\n“It was offside by a yard,” he said."))
                .last().isEqualTo("direct|It was offside by a yard,|Carrow|he|pronoun");
    }

    @Test
    void aPronounFarFromAnyNameIsThePersonTheStoryNamesMost() {
        String profile = "[Rhona Bell|PERSON] has painted the harbour for forty years.\n“I never tire of it,” [Bell|PERSON] says.\n"
                + "The studio is cold.\nThe paint is old.\nThe light is good.\nThe boats are gone.\nThe gulls remain.\n"
                + "Her husband, the sailor [Tom Aske|PERSON], drowned in 1990.\n";
        // six sentences back, past a man "she" cannot be: the painter the story is about
        assertThat(quotes(profile + "“People say grief passes,” she says."))
                .last().isEqualTo("direct|People say grief passes,|Rhona Bell|she|pronoun");
        // a man is no "she", so "he" is the sailor named nearest
        assertThat(quotes(profile + "“People say grief passes,” he says."))
                .last().isEqualTo("direct|People say grief passes,|Tom Aske|he|pronoun");
        // a story that names someone else most has no such subject: that far back, the pronoun stays unresolved
        String gallery = "[Ann Roe|PERSON] owns the gallery.\n[Ann Roe|PERSON] opened it in May.\n[Ann Roe|PERSON] hung the show.\n";
        assertThat(quotes(gallery + profile + "“People say grief passes,” she says."))
                .last().isEqualTo("direct|People say grief passes,|null|she|source-unresolved");
    }

    @Test
    void pronounResolvesToPreviousPerson() {
        assertThat(quotes("[Maria Lopez|PERSON] met [Tom Aske|PERSON]'s staff on Monday.\n“We disagree on the budget,” she said."))
                .containsExactly("direct|We disagree on the budget,|Maria Lopez|she|pronoun");
    }

    @Test
    void aPronounAfterAnOpeningParticiplesByPhraseIsNotItsAgent() {
        // the one asked answers: the asker in the by-phrase is someone else
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "[Ann Roe|PERSON] defended the plan on the radio.\n"
                        + "Asked by presenter [Kim Lee|PERSON] whether it would fail, she replied: “No, it will not.”"), "Asked", "VBN");
        assertThat(quotes(d)).last().asString().contains("|Ann Roe|she|");
        // a sentence that does not open with the participle keeps its person: here the one who asked speaks
        AnnotatedDocument plain = MarkedText.parseWithEntities(
                "[Ann Roe|PERSON] defended the plan on the radio.\n"
                        + "Presenter [Kim Lee|PERSON] was not convinced by it, and she said: “It will fail.”");
        assertThat(quotes(plain)).last().asString().contains("|Kim Lee|she|");
    }

    @Test
    void aPronounAfterAnUnnamedPersonsReportNamesNobody() {
        String named = "Inspector [Maria Lopez|PERSON] said the road would stay closed.\n";
        // the report of a neighbour, introduced unnamed, stands between the pronoun and the inspector: "she" is the
        // neighbour
        assertThat(quotes(named + "A neighbour told the paper that she had seen the crash.\n“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|null|she|source-unresolved");
        // a description a common noun owns, resolved to no one, is someone the story has not named either
        assertThat(quotes(named + "The shop's manager told the paper that the till was empty.\n“We are shaken,” she said."))
                .last().isEqualTo("direct|We are shaken,|null|she|source-unresolved");
        // a definite description may refer back to the person named before ("the senator said"): left alone
        assertThat(quotes(named + "The neighbour told the paper that she had seen the crash.\n“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|Maria Lopez|she|pronoun");
        // a spokesman is no "she", a ministry no person: the inspector it is
        assertThat(quotes(named + "A spokesman told the paper that the crash was avoidable.\n“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|Maria Lopez|she|pronoun");
        assertThat(quotes(named + "The ministry told the paper that the crash was avoidable.\n“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|Maria Lopez|she|pronoun");
    }

    @Test
    void aPronounAfterABodysUnnamedSpokesmanIsTheSpokesman() {
        String named = "Inspector [Tom Aske|PERSON] said the road would stay closed.\n";
        // the report is the board's by convention, but the "he" who goes on is its spokesman, not the inspector
        assertThat(quotes(named + "A spokesman for the [Harbour Board|ORGANIZATION] said it was investigating the crash"
                + " and condemned what he called “an act of sabotage against the town”."))
                .last().satisfies(q -> assertThat(q).startsWith("direct|an act of sabotage against the town|null|he|"));
        // the body's name described before it ("for the regional port authority Harbour Board")
        assertThat(quotes(named + "A spokesman for the regional port authority [Harbour Board|ORGANIZATION] said it was investigating"
                + " the crash.\n“It was an act of sabotage against the town,” he said."))
                .last().isEqualTo("direct|It was an act of sabotage against the town,|null|he|source-unresolved");
        // a spokesman the name owns as well ("a Harbour Board spokesman")
        assertThat(quotes(named + "A [Harbour Board|ORGANIZATION] spokesman said it was investigating the crash"
                + " and condemned what he called “an act of sabotage against the town”."))
                .last().satisfies(q -> assertThat(q).startsWith("direct|an act of sabotage against the town|null|he|"));
        // a report the board made itself leaves the inspector
        assertThat(quotes(named + "The [Harbour Board|ORGANIZATION] said it was investigating the crash.\n"
                + "“It was an act of sabotage against the town,” he said."))
                .last().isEqualTo("direct|It was an act of sabotage against the town,|Tom Aske|he|pronoun");
    }

    @Test
    void aPronounAfterAReportWhoseSourceFollowsANameThatOnlyOwnsSomethingIsTheReporters() {
        String named = "[Ann Roe|PERSON] runs a shop on the quay.\n";
        // the spokeswoman reported after the name: "she added" goes on with her report
        assertThat(quotes(named + "Officers were called to [Roe|PERSON]'s shop, a spokeswoman for the [Harbour Police|ORGANIZATION] said.\n"
                + "“Staff were shaken,” she added."))
                .last().isEqualTo("direct|Staff were shaken,|null|she|source-unresolved");
        // a report before the name in the sentence leaves the name nearest
        assertThat(quotes(named + "A spokeswoman for the [Harbour Police|ORGANIZATION] said officers were called to [Roe|PERSON]'s shop.\n"
                + "“Staff were shaken,” she added."))
                .last().isEqualTo("direct|Staff were shaken,|Ann Roe|she|pronoun");
    }

    @Test
    void aPronounAfterAPersonANameOwnsIsNotTheOwner() {
        String named = "The driver hit [Rosa Kemp|PERSON] on Monday.\n";
        // the daughter reported; "she" goes on with her, not with the mother whose name owns her
        assertThat(quotes(named + "[Rosa Kemp|PERSON]'s daughter said the family was heartbroken.\n“Mum loved that road,” she said."))
                .last().isEqualTo("direct|Mum loved that road,|null|she|source-unresolved");
        // a son is no "she": the name stays the nearest woman
        assertThat(quotes(named + "[Rosa Kemp|PERSON]'s son said the family was heartbroken.\n“I loved that road,” she said."))
                .last().isEqualTo("direct|I loved that road,|Rosa Kemp|she|pronoun");
        // nor is a thing she owns a person
        assertThat(quotes(named + "[Rosa Kemp|PERSON]'s car was hit on the bend.\n“I loved that road,” she said."))
                .last().isEqualTo("direct|I loved that road,|Rosa Kemp|she|pronoun");
    }

    @Test
    void aPersonNounBesideAnUnfamiliarNameGivesItsGender() {
        String ferry = "[Mary Ross|PERSON] runs the ferry.\n";
        // a son is no "she": the woman named before him it is
        assertThat(quotes(ferry + "Her son, [Ailan|PERSON], fixed the engine.\n“It was a long night,” she said."))
                .last().isEqualTo("direct|It was a long night,|Mary Ross|she|pronoun");
        assertThat(quotes(ferry + "[Ailan|PERSON], the skipper's son, fixed the engine.\n“It was a long night,” she said."))
                .last().isEqualTo("direct|It was a long night,|Mary Ross|she|pronoun");
        // a daughter may be: the nearest it is
        assertThat(quotes(ferry + "Her daughter, [Ailan|PERSON], fixed the engine.\n“It was a long night,” she said."))
                .last().isEqualTo("direct|It was a long night,|Ailan|she|pronoun");
        // a capitalised word is no person noun ("Son" the surname-like word of a name the tagger missed)
        assertThat(quotes(ferry + "Her Son, [Ailan|PERSON], fixed the engine.\n“It was a long night,” she said."))
                .last().isEqualTo("direct|It was a long night,|Ailan|she|pronoun");
        // a noun that is not the name's apposition says nothing of it
        assertThat(quotes(ferry + "[Ailan|PERSON], who met her son, fixed the engine.\n“It was a long night,” she said."))
                .last().isEqualTo("direct|It was a long night,|Ailan|she|pronoun");
    }

    @Test
    void anAideToANamedPersonIsSomeoneElse() {
        // the aide's words are not the mayor's, and "the aide" is not a role of hers
        assertThat(quotes("A former aide to Mayor [Ann Roe|PERSON] told jurors the files were shredded.\n“I knew why,” the aide said."))
                .containsExactly("indirect|the files were shredded|null|A former aide to Mayor Ann Roe|source-unresolved",
                        "direct|I knew why,|null|the aide|source-unresolved");
        // her spokesman speaks for her
        assertThat(quotes("A spokesman for Mayor [Ann Roe|PERSON] said the files were kept.").get(0))
                .isEqualTo("indirect|the files were kept|Ann Roe|Ann Roe|indirect-subject");
    }

    @Test
    void theSubjectOfAPassiveVerbOfNamingIsItsTargetNotItsSource() {
        // the minister is accused, not accusing: whoever said the words goes unnamed
        assertThat(quotes(MarkedText.withPos(MarkedText.parseWithEntities(
                "The minister [Ann Roe|PERSON] was accused of “presiding over a collapse” of the ferry service."), "accused", "VBN")).get(0))
                .startsWith("fragment|presiding over a collapse|null|null|");
        // an active verb of naming keeps its subject
        assertThat(quotes("The minister [Ann Roe|PERSON] accused her rival of “presiding over a collapse” of the ferry service.").get(0))
                .startsWith("fragment|presiding over a collapse|Ann Roe|");
    }

    @Test
    void aNameThatOnlyModifiesANounIsNotThePronounsPerson() {
        // the tagger took a town for a person: "Brackley council" is the council, and Janet Moor the one who acts
        assertThat(quotes("The leader of [Brackley|PERSON] council, [Janet Moor|PERSON], resigned.\n“We will carry on,” she said."))
                .last().isEqualTo("direct|We will carry on,|Janet Moor|she|pronoun");
    }

    @Test
    void aPersonNamedByAGivenNameAloneHasItsGender() {
        // "Robert" is a man's name: "she" is the woman named before him
        assertThat(quotes("[Ellen Tait|PERSON] was nine. Her father, a farmer named [Robert|PERSON], sold the flock.\n“We ate mutton all year,” she said."))
                .last().isEqualTo("direct|We ate mutton all year,|Ellen Tait|she|pronoun");
        // a name of both genders rules no one out
        assertThat(quotes("[Ellen Tait|PERSON] was nine. Her cousin, a farmer named [Robin|PERSON], sold the flock.\n“We ate mutton all year,” she said."))
                .last().isEqualTo("direct|We ate mutton all year,|Robin|she|pronoun");
    }

    @Test
    void aPronounTheStoryUsedForAPersonGivesTheirGender() {
        // "Robin" is borne by both genders: "she asked", credited to Robin Hale, makes the next "he" someone else
        String hearing = "Lawyer [Robin Hale|PERSON] questioned [Mark Tully|PERSON] about the deal.\n";
        assertThat(quotes(hearing + "“You would lie to stay free, wouldn't you?” she asked.\n“No,” he replied."))
                .containsExactly("direct|You would lie to stay free, wouldn't you?|Robin Hale|she|pronoun",
                        "direct|No,|Mark Tully|he|pronoun");
        // with no pronoun for her before, the one who spoke last is still who "he" continues
        assertThat(quotes(hearing + "“You would lie to stay free, wouldn't you?” Hale asked.\n“No,” he replied."))
                .last().isEqualTo("direct|No,|Robin Hale|he|pronoun");
        // a "she" credited where two people of no known gender were named was a guess: it teaches nothing
        assertThat(quotes("[Robin Hale|PERSON] met [Jordan Reed|PERSON] at the court.\n“It went well,” she said.\n“No,” he replied."))
                .last().isEqualTo("direct|No,|Robin Hale|he|pronoun");
    }

    @Test
    void aPronounAfterAnUnnamedPersonOpeningASentenceNamesNobody() {
        String named = "Inspector [Maria Lopez|PERSON] said the road would stay closed.\n";
        // an unnamed person who reports nothing still stands between the pronoun and the inspector
        assertThat(quotes(named + "A young neighbour rejected that account.\n“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|null|she|source-unresolved");
        // a definite description, or a person of the other gender, leaves the inspector
        assertThat(quotes(named + "The young neighbour rejected that account.\n“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|Maria Lopez|she|pronoun");
        assertThat(quotes(named + "A spokesman rejected that account.\n“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|Maria Lopez|she|pronoun");
        // an apposition to a pronoun, or a noun that only owns the subject, is nobody new
        assertThat(quotes(named + "An engineer from Peru, she drives the road daily.\n“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|Maria Lopez|she|pronoun");
        assertThat(quotes(named + "A neighbour's car was hit.\n“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|Maria Lopez|she|pronoun");
    }

    @Test
    void anUnnamedSubjectMayBeKeptFromItsVerbByAPlaceOrAClauseAboutThem() {
        String named = "Inspector [Maria Lopez|PERSON] said the road would stay closed.\n";
        // where the person works, then the verb
        assertThat(quotes(named + "One nurse on the night ward described the crash.\n“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|null|she|source-unresolved");
        // a clause about them, set off by commas, after the place or at once
        assertThat(quotes(named + "One nurse on the night ward, who did not give her name, described the crash.\n"
                + "“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|null|she|source-unresolved");
        assertThat(quotes(named + "A neighbour, who did not give her name, described the crash.\n"
                + "“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|null|she|source-unresolved");
        assertThat(quotes(named + "A neighbour who saw the crash described it.\n“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|null|she|source-unresolved");
        // under the parc scope "described the crash" is a report whose source words end on "ward", and the clause
        // about her one of its own ("did not want to be named"), credited to "who": both still stand for the nurse
        assertThat(parcQuotes(named + "One nurse on the night ward, who did not want to be named, described the crash.\n"
                + "“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|null");
        assertThat(parcQuotes(named + "One nurse on the night ward described the crash.\n“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|null");
        // a place with no verb after it, then a comma and a pronoun, describes the pronoun: the inspector stays
        assertThat(quotes(named + "A nurse on the night ward, she saw the crash.\n“The car never slowed down,” she said."))
                .last().isEqualTo("direct|The car never slowed down,|Maria Lopez|she|pronoun");
    }

    @Test
    void theSubjectOfQuotedIsTheSource() {
        assertThat(quotes("Talks can resume in May, a senior diplomat was quoted by the [Interfax|ORGANIZATION] news agency as saying."))
                .containsExactly("indirect|Talks can resume in May|null|a senior diplomat|source-unresolved");
        // the active credits the agency, its subject, as news attribution corpora do, even when the one quoted is named
        assertThat(quotes("The [Interfax|ORGANIZATION] news agency quoted [Ilya Sorokin|PERSON] as saying talks can resume in May."))
                .containsExactly("indirect|talks can resume in May|Interfax|Interfax|organisation");
        // carried by no agency: the subject stays
        assertThat(quotes("Talks can resume in May, [Ilya Sorokin|PERSON] was quoted as saying."))
                .containsExactly("indirect|Talks can resume in May|Ilya Sorokin|Ilya Sorokin|indirect-subject");
    }

    @Test
    void pronounPrefersThePreviousQuotesSpeaker() {
        assertThat(quotes("“Talks went well,” [Ivan Petrov|PERSON] said after meeting [Tom Aske|PERSON].\n“We meet again in May,” he added."))
                .element(1).isEqualTo("direct|We meet again in May,|Ivan Petrov|he|pronoun");
    }

    @Test
    void attributingADocumentAgainGivesTheSameQuotes() {
        // a document read back from its JSON (training, the cache) holds the speaker mentions the first run added:
        // the second run must see the tagger's mentions only, as the first did
        for (String marked : List.of(
                "[Maria Lopez|PERSON] met [Tom Aske|PERSON]'s staff on Monday.\n“We disagree on the budget,” she said.\n"
                        + "“We will meet again,” she added. “Nothing is settled,” she said.",
                // the added mention of an early speaker ("The top diplomat", listed after the tagger's mentions)
                // once made the search for the people before a later "he" stop at once
                "The top diplomat said the talks would go on.\nThe rain fell.\nThe roads closed.\nThe schools shut.\n"
                        + "The trains stopped.\nThe shops closed.\nThe port shut.\n[Ivan Petrov|PERSON] arrived on "
                        + "Monday.\n“It is hard,” he said.")) {
            AnnotatedDocument once = STAGE.process(MarkedText.parseWithEntities(marked));
            assertThat(once.mentions()).anyMatch(m -> m.id().startsWith("s"));
            AnnotatedDocument twice = STAGE.process(once);
            assertThat(twice.quotes()).isEqualTo(once.quotes());
            assertThat(twice.mentions()).isEqualTo(once.mentions());
        }
    }

    @Test
    void wordsOfAMarkedQuoteAreNeverTheSubjectOfAReportAfterIt() {
        // the tagger reads "Surfers" as a verb, so the words after "said" look like a clause; its subject would have
        // been "For a company", words of the quote
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "“For a company that made millions, this is a rounding error,” said [Hugo Tagholm|PERSON] of the group Surfers Against Sewage."),
                "Surfers", "VBZ");
        assertThat(quotes(d)).containsExactly("direct|For a company that made millions, this is a rounding error,|Hugo Tagholm|Hugo Tagholm|verb-inverted");
    }

    @Test
    void anAgeIsANounForThePersonNotTheAddresseeAfterIt() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "“It is the best feeling,” the 23-year-old told [Sky Sports|ORGANIZATION] after the match."), "old", "JJ");
        assertThat(quotes(d)).containsExactly("direct|It is the best feeling,|null|the 23-year-old|source-unresolved");
    }

    @Test
    void pronounNeverResolvesToANameInsideTheQuote() {
        assertThat(quotes("“Ask [Tom Aske|PERSON] about the money,” he said."))
                .containsExactly("direct|Ask Tom Aske about the money,|null|he|source-unresolved");
    }

    @Test
    void nominalDescriptionResolvesToNamedPerson() {
        assertThat(quotes("Foreign Minister [Karl Strand|PERSON] arrived in [Oslo|CITY] on Monday.\n"
                + "“We came to listen,” the country's top diplomat said."))
                .containsExactly("direct|We came to listen,|Karl Strand|the country's top diplomat|nominal");
    }

    @Test
    void eachConjunctOfADescriptionNamesARoleOfItsOnePerson() {
        assertThat(quotes("Democratic nominee [Ann Roe|PERSON] spoke in [Ohio|STATE_OR_PROVINCE] on Monday.\n"
                + "“We will win,” the former secretary of state and current Democratic nominee said."))
                .containsExactly("direct|We will win,|Ann Roe|the former secretary of state and current Democratic nominee|nominal");
        // without an adjective of time the two roles may be two people: no one person is named
        assertThat(quotes("Democratic nominee [Ann Roe|PERSON] spoke in [Ohio|STATE_OR_PROVINCE] on Monday.\n"
                + "“We will win,” the senator and nominee said."))
                .singleElement().asString().doesNotContain("Ann Roe");
    }

    @Test
    void aRoleBeforeAVerbIsNotTheTitleOfTheNameAfterIt() {
        // in "the minister said that Karl Strand had left" the role is the minister's: "the minister" later is not Strand
        assertThat(quotes("The minister said that [Karl Strand|PERSON] had left [Oslo|CITY].\n“We came to listen,” the minister said."))
                .last().asString().doesNotContain("Karl Strand");
    }

    @Test
    void aSurnameTheTaggerMissedResolvesToTheOnePersonWithIt() {
        assertThat(quotes("State Sen. [Brian Cole|PERSON] wrote the bill.\n“Judges should not write election law,” Cole told reporters."))
                .containsExactly("direct|Judges should not write election law,|Brian Cole|Cole|untagged-name");
        // two people share it: no guess (the fixture would cluster the two names, so the entities are given here)
        AnnotatedDocument two = MarkedText.parseWithEntities(
                "[Brian Cole|PERSON] and his sister [Ann Cole|PERSON] wrote the bill.\n“Judges should not write election law,” Cole told reporters.");
        two = two.withEntities(List.of(
                new LocalEntity("e1", "Brian Cole", "PERSON", List.of(two.mentions().get(0).id()), List.of("Brian Cole"), List.of(), List.of(), null),
                new LocalEntity("e2", "Ann Cole", "PERSON", List.of(two.mentions().get(1).id()), List.of("Ann Cole"), List.of(), List.of(), null)));
        assertThat(quotes(two)).singleElement().asString().doesNotContain("untagged-name");
        // a name nobody in the document has stays unresolved
        assertThat(quotes("State Sen. [Brian Cole|PERSON] wrote the bill.\n“Judges should not write election law,” Hale told reporters."))
                .containsExactly("direct|Judges should not write election law,|null|Hale|source-unresolved");
        // a double-barrelled surname, split at its hyphen by the tokenizer, is one name
        assertThat(quotes("Guard [Jamal Okafor-Reid|PERSON] retired.\n“It is time,” Okafor-Reid told reporters."))
                .containsExactly("direct|It is time,|Jamal Okafor-Reid|Okafor-Reid|untagged-name");
    }

    @Test
    void verbsOfAnswerAndMannerAreCues() {
        assertThat(quotes("“We will see about that,” [Ann Roe|PERSON] laughed."))
                .containsExactly("direct|We will see about that,|Ann Roe|Ann Roe|verb-after");
        // a feature writer's shrug attributes as a laugh does
        assertThat(quotes("“Somebody has to do it,” [Ann Roe|PERSON] shrugs."))
                .containsExactly("direct|Somebody has to do it,|Ann Roe|Ann Roe|verb-after");
        assertThat(quotes("[Ann Roe|PERSON] retorted that the figures were wrong."))
                .containsExactly("indirect|the figures were wrong|Ann Roe|Ann Roe|indirect-subject");
        // a weak cue takes no bare clause
        assertThat(quotes("[Ann Roe|PERSON] laughed the figures were wrong.")).isEmpty();
    }

    @Test
    void verbsOfConfidingAndMannerFromBritishAndSportsReportingAreCues() {
        assertThat(quotes("“That goal was miles offside,” [Ian Vale|PERSON] fumed."))
                .containsExactly("direct|That goal was miles offside,|Ian Vale|Ian Vale|verb-after");
        assertThat(quotes("[Ian Vale|PERSON] confessed that the club had been sold."))
                .containsExactly("indirect|the club had been sold|Ian Vale|Ian Vale|indirect-subject");
        // weak like the verbs of manner: no bare clause ("he fumed the deal" is no report)
        assertThat(quotes("[Ian Vale|PERSON] fumed the referee was blind.")).isEmpty();
        // "agree" is no cue: "agreed to sit" is a commitment, not a report
        assertThat(quotes("“Fine,” [Ian Vale|PERSON] agreed.")).extracting(q -> q.split("\\|")[4]).doesNotContain("verb-after");
    }

    @Test
    void aDescriptionByANounNoRoleGroupListsNamesThePersonItDescribedBefore() {
        assertThat(quotes("[Ben Ayre|PERSON], the club's goalkeeper, was blunt. “We deserved to lose,” the goalkeeper said."))
                .containsExactly("direct|We deserved to lose,|Ben Ayre|the goalkeeper|nominal");
        assertThat(quotes("Goalkeeper [Ben Ayre|PERSON] was blunt. “We deserved to lose,” the goalkeeper said."))
                .containsExactly("direct|We deserved to lose,|Ben Ayre|the goalkeeper|nominal");
        // a title's head is its last noun before a preposition: a Secretary of State is a secretary, not a state
        assertThat(quotes("Ohio Secretary of State [Jon Hale|PERSON] spoke. “Turnout was high,” the secretary said."))
                .containsExactly("direct|Turnout was high,|Jon Hale|the secretary|nominal");
        assertThat(quotes("Ohio Secretary of State [Jon Hale|PERSON] spoke. “Turnout was high,” the state said."))
                .containsExactly("direct|Turnout was high,|null|the state|source-unresolved");
        // a role the NER types TITLE is still the noun that described the person
        assertThat(quotes("[Ruth Ames|PERSON], a [prosecutor|TITLE], spoke. “He planned it,” the prosecutor said."))
                .containsExactly("direct|He planned it,|Ruth Ames|the prosecutor|nominal");
        // the noun must be the one that described the person: a goalkeeper is no striker
        assertThat(quotes("[Ben Ayre|PERSON], the club's goalkeeper, was blunt. “We deserved to lose,” the striker said."))
                .containsExactly("direct|We deserved to lose,|null|the striker|source-unresolved");
        // a role after a preposition still describes the name after it: the words before the preposition are not its
        assertThat(quotes("The striker fell under a tackle from goalkeeper [Ben Ayre|PERSON].\n“I got the ball,” the goalkeeper said."))
                .last().isEqualTo("direct|I got the ball,|Ben Ayre|the goalkeeper|nominal");
        // a noun before a preposition that takes the name is no role of the name
        assertThat(quotes("The group paid for a TV advert in [Ben Ayre|PERSON]'s district.\n“Vote for him,” the advert said."))
                .last().isEqualTo("direct|Vote for him,|null|the advert|source-unresolved");
    }

    @Test
    void aDescriptionOwnedByAPronounNamesThePersonTheStorySetItBeside() {
        // "her daughter, Priya Anand." closes its sentence: still the daughter's name
        assertThat(quotes("[Ruth Anand|PERSON] died on Tuesday.\nHer death was confirmed by her daughter, [Priya Anand|PERSON].\n"
                + "“She was brave,” her daughter said.")).containsExactly("direct|She was brave,|Priya Anand|her daughter|nominal");
        // a vice president is no president: "its senior vice president" is not the President named before
        assertThat(quotes("[Ben Okafor|PERSON] met President [Ann Roe|PERSON] in May.\nThe firm denied it. “We never paid,” its senior vice president said."))
                .last().isEqualTo("direct|We never paid,|null|its senior vice president|source-unresolved");
        // an owner's role never falls back on the one just named: "his lawyer" is not the man charged
        assertThat(quotes("[Tom Hale|PERSON] was charged on Monday. [Hale|PERSON] denies it. [Hale|PERSON] will appear in court.\n"
                + "“He is innocent,” his lawyer said.")).containsExactly("direct|He is innocent,|null|his lawyer|source-unresolved");
    }

    @Test
    void aDescriptionTakesUpSomeoneBroughtInUnnamedSinceThePersonWithThatRole() {
        // the envoy is a diplomat, but an unnamed diplomat came in after her: "the diplomat" is that one
        assertThat(quotes("The envoy, [Mia Sesay|PERSON], spoke to reporters.\n"
                + "A Western diplomat briefed on the talks said they had stalled.\n“They are stuck,” the diplomat said."))
                .last().isEqualTo("direct|They are stuck,|null|the diplomat|source-unresolved");
        // so when the tagger types the newcomer's noun a TITLE
        assertThat(quotes("The envoy, [Mia Sesay|PERSON], spoke to reporters.\n"
                + "A Western [diplomat|TITLE] briefed on the talks said they had stalled.\n“They are stuck,” the diplomat said."))
                .last().isEqualTo("direct|They are stuck,|null|the diplomat|source-unresolved");
        // with no one brought in between, the description names the envoy
        assertThat(quotes("The envoy, [Mia Sesay|PERSON], spoke to reporters.\n“They are stuck,” the diplomat said."))
                .last().isEqualTo("direct|They are stuck,|Mia Sesay|the diplomat|nominal");
        // a different noun brought in unnamed leaves the role alone
        assertThat(quotes("The envoy, [Mia Sesay|PERSON], spoke to reporters.\n"
                + "A Western official briefed on the talks said they had stalled.\n“They are stuck,” the diplomat said."))
                .last().isEqualTo("direct|They are stuck,|Mia Sesay|the diplomat|nominal");
        // so with a noun no role group lists
        assertThat(quotes("[Ben Ayre|PERSON], the club's goalkeeper, was blunt.\nAnother goalkeeper said the pitch was poor.\n"
                + "“We deserved to lose,” the goalkeeper said."))
                .last().isEqualTo("direct|We deserved to lose,|null|the goalkeeper|source-unresolved");
    }

    @Test
    void aDescriptionNamesItsWholeRoleNotAWordOfIt() {
        // "chief" is a role word of its own (a chief, a chairman): the chief economist named last is no chief executive
        assertThat(quotes("Chief executive [Ola Berg|PERSON] spoke first.\n"
                + "[Ann Roe|PERSON], chief economist at the bank, disagreed.\n“Costs will rise,” the chief executive said."))
                .last().isEqualTo("direct|Costs will rise,|Ola Berg|the chief executive|nominal");
        // a person's role still covers the shorter description: a foreign minister is "the minister"
        assertThat(quotes("Foreign Minister [Karl Strand|PERSON] arrived in [Oslo|CITY] on Monday.\n"
                + "“We came to listen,” the minister said."))
                .containsExactly("direct|We came to listen,|Karl Strand|the minister|nominal");
    }

    @Test
    void anAbbreviatedTitleIsTheRoleItAbbreviates() {
        assertThat(quotes("Sen. [Ann Roe|PERSON] spoke first.\n“We will vote no,” the senator said."))
                .containsExactly("direct|We will vote no,|Ann Roe|the senator|nominal");
        assertThat(quotes("Gov. [Tom Aske|PERSON] spoke first.\n“We will vote no,” the governor said."))
                .containsExactly("direct|We will vote no,|Tom Aske|the governor|nominal");
    }

    @Test
    void onlyTheRoleOfTheDescriptionsHeadNounCounts() {
        // the mayor is no spokesman: "the mayor" is the object of "for", not the head
        assertThat(quotes("Mayor [Ann Roe|PERSON] opened the meeting.\n“We will wait,” the spokesman for the mayor said."))
                .last().asString().doesNotContain("Ann Roe");
        // "Republican" describes the party leader; it is no role of a senator here
        assertThat(quotes("Sen. [Ann Roe|PERSON] opened the meeting.\n“We will wait,” the state's Republican party leader said."))
                .last().asString().doesNotContain("Ann Roe");
        // an actress is never the actor named before
        assertThat(quotes("Actor [Tom Aske|PERSON] opened the show.\n“We will wait,” the actress said."))
                .last().asString().doesNotContain("Tom Aske");
        assertThat(quotes("The former three-term governor [Tom Aske|PERSON] opened the show.\n“We will wait,” the former three-term governor said."))
                .last().isEqualTo("direct|We will wait,|Tom Aske|the former three-term governor|nominal");
        // a role phrase may run over a preposition, as long as it holds the head noun
        assertThat(quotes("Secretary of State [Tom Aske|PERSON] opened the show.\n“We will wait,” the former secretary of state said."))
                .last().isEqualTo("direct|We will wait,|Tom Aske|the former secretary of state|nominal");
    }

    @Test
    void nominalDescriptionFromApposition() {
        assertThat(quotes("[Oda Lie|PERSON], a spokeswoman for the ministry, confirmed the visit.\n“No date has been set,” the spokeswoman added."))
                .element(0).isEqualTo("direct|No date has been set,|Oda Lie|the spokeswoman|nominal");
    }

    @Test
    void aHyphenBetweenSpacesIsADashThatClosesAnAside() {
        // typed news writes its dashes as a spaced hyphen: the subject is after the aside, not the name inside it
        assertThat(quotes("In the letter - addressed to the city's prosecutor, [Ann Roe|PERSON] - the senator asks for “a full inquiry into the files.”"))
                .singleElement().asString().doesNotContain("Ann Roe").contains("the senator");
        assertThat(quotes("In the letter — addressed to the city's prosecutor, [Ann Roe|PERSON] — the senator asks for “a full inquiry into the files.”"))
                .singleElement().asString().doesNotContain("Ann Roe").contains("the senator");
    }

    @Test
    void aRoleNoOneWasSeenWithTakesUpThePersonTheStoryIsAboutJustNamed() {
        String story = "[Tom Aske|PERSON] toured the port on Monday. [Aske|PERSON] met dock workers. "
                + "Later [Aske|PERSON] spoke to reporters.\n";
        assertThat(quotes(story + "“We will build it,” the candidate said."))
                .last().isEqualTo("direct|We will build it,|Tom Aske|the candidate|nominal");
        // a person seen with another role is not this one: a mayor is no candidate
        assertThat(quotes("Mayor [Tom Aske|PERSON] toured the port on Monday. [Aske|PERSON] met dock workers. "
                + "Later [Aske|PERSON] spoke to reporters.\n“We will build it,” the candidate said."))
                .last().asString().doesNotContain("Tom Aske");
        // someone named once is a passer-by, not whom the story is about
        assertThat(quotes("[Tom Aske|PERSON] toured the port on Monday.\n“We will build it,” the candidate said."))
                .last().asString().doesNotContain("Tom Aske");
        // an earlier description brought in the one it takes up
        assertThat(quotes(story + "A second candidate backed the plan. “We will build it,” the candidate said."))
                .last().asString().doesNotContain("Tom Aske");
        // the description's own gender speaks against the person
        assertThat(quotes(story + "“We will build it,” the congresswoman said."))
                .last().asString().doesNotContain("Tom Aske");
        // an owner makes the role someone else's post: the mayor's spokesman is not the person just named
        assertThat(parcQuotes(story + "[Obi|PERSON]’s spokesman said the port would grow."))
                .last().isEqualTo("indirect|the port would grow|null");
        assertThat(parcQuotes(story + "The mayor’s spokesman said the port would grow."))
                .last().isEqualTo("indirect|the port would grow|null");
        // nor does this rule take the reporter among two people named, as a description by age does
        assertThat(quotes(story + "[Aske|PERSON] said [Ada Obi|PERSON] would help.\n“We will build it,” the candidate said."))
                .last().asString().doesNotContain("Tom Aske");
    }

    @Test
    void nominalDescriptionFromARoleSetOffBeforeTheName() {
        // the role first, the name set off by commas after it
        assertThat(quotes("The harbour minister, [Oda Lie|PERSON], opened the talks.\n“No date has been set,” the minister added."))
                .last().isEqualTo("direct|No date has been set,|Oda Lie|the minister|nominal");
        // a name after an opening phrase is the subject, and the phrase no role of it
        assertThat(quotes("To the harbour minister, [Oda Lie|PERSON] sent a letter.\n“No date has been set,” the minister added."))
                .last().asString().doesNotContain("Oda Lie");
    }

    @Test
    void theSubjectOfTheNextClauseIsNoAppositionOfTheNameBeforeIt() {
        // "the former governor" opens the clause after the hosts' names: it describes the governor named before, not a host
        assertThat(quotes("Former governor [Dan Hill|PERSON] toured the port.\n"
                + "In an interview with the radio hosts [Ann Roe|PERSON] and [Tom Aske|PERSON], the former governor said: “Taxes will fall.”"))
                .last().isEqualTo("direct|Taxes will fall.|Dan Hill|the former governor|nominal");
        // an apposition that goes on into a relative clause keeps its role
        assertThat(quotes("The port hired [Dan Hill|PERSON], the former governor who ran the docks.\n“Taxes will fall,” the former governor said."))
                .last().isEqualTo("direct|Taxes will fall,|Dan Hill|the former governor|nominal");
    }

    @Test
    void aPluralDescriptionNamesNoOnePerson() {
        // "Republican" is a senator's role word: the singular describes the senator, the plural a group
        String named = "Senator [Dan Hill|PERSON] toured the port.\n";
        assertThat(quotes(named + "“Taxes will fall,” the Republican state senator said."))
                .last().isEqualTo("direct|Taxes will fall,|Dan Hill|the Republican state senator|nominal");
        assertThat(quotes(named + "“Taxes will fall,” the Republican state senators said."))
                .last().asString().doesNotContain("Dan Hill");
    }

    @Test
    void unknownDescriptionIsNotGuessed() {
        assertThat(quotes("[Karl Strand|PERSON] spoke first.\n“The dam will hold,” an engineer said."))
                .containsExactly("direct|The dam will hold,|null|an engineer|source-unresolved");
    }

    @Test
    void continuationParagraph() {
        assertThat(quotes("“We will appeal,” [Ivan Petrov|PERSON] said.\n“The ruling ignores the evidence.”"))
                .containsExactly("direct|We will appeal,|Ivan Petrov|Ivan Petrov|verb-after",
                        "direct|The ruling ignores the evidence.|Ivan Petrov|Ivan Petrov|continuation");
    }

    @Test
    void aReportInsideTheReportingSentenceDoesNotTakeOverTheNextQuote() {
        assertThat(quotes("“You have been a great friend,” [Ann Roe|PERSON] told [Tom Dunn|PERSON], after [Dunn|PERSON] said that he had voted for her. “I will not forget it.”"))
                .containsExactly("direct|You have been a great friend,|Ann Roe|Ann Roe|verb-after",
                        "indirect|he had voted for her|Tom Dunn|Dunn|indirect-subject",
                        "direct|I will not forget it.|Ann Roe|Ann Roe|same-paragraph");
        // a report in a sentence of its own is who talks on
        assertThat(quotes("“We won,” [Ann Roe|PERSON] said. [Tom Dunn|PERSON] said that the count was fair. “Now we rest.”"))
                .element(2).isEqualTo("direct|Now we rest.|Tom Dunn|Tom Dunn|same-paragraph");
    }

    @Test
    void secondQuoteInTheSameParagraph() {
        assertThat(quotes("“We won,” [Ivan Petrov|PERSON] said. “Now we rest.”"))
                .element(1).isEqualTo("direct|Now we rest.|Ivan Petrov|Ivan Petrov|same-paragraph");
    }

    @Test
    void multiParagraphQuoteKeepsItsSpeaker() {
        assertThat(quotes("[Ivan Petrov|PERSON] said: “The first season was hard.\n“The second was harder.\n“The third will be ours.”"))
                .extracting(s -> s.split("\\|")[2] + "|" + s.split("\\|")[4])
                .containsExactly("Ivan Petrov|verb-before", "Ivan Petrov|continuation", "Ivan Petrov|continuation");
    }

    @Test
    void aQuoteRunningOverParagraphsIsTheSpeakerALaterParagraphNames() {
        assertThat(quotes("[Tom Ellery|PERSON] spoke to the crews first.\n“We lost two boats in the first hour.\n"
                + "“The pontoon went soon after that.\n“By morning the road was closed,” [Jenna Carrick|PERSON] said."))
                .extracting(s -> s.split("\\|")[2] + "|" + s.split("\\|")[4])
                .containsExactly("Jenna Carrick|continuation", "Jenna Carrick|continuation", "Jenna Carrick|verb-after");
    }

    @Test
    void aTranscriptLabelInALaterParagraphNamesNoEarlierOne() {
        assertThat(quotes("[Ola Berg|PERSON] opened the hearing.\n“We will build the bridge.\n“DAHL: The toll pays for it."))
                .extracting(s -> s.split("\\|")[2]).first().isNotEqualTo("Kari Dahl").isNotEqualTo("DAHL");
    }

    @Test
    void organisationAsSpeaker() {
        assertThat(quotes("“The reform is a mistake,” said an editorial in the liberal [Dagbladet|ORGANIZATION] newspaper."))
                .containsExactly("direct|The reform is a mistake,|Dagbladet|Dagbladet|organisation");
    }

    @Test
    void itResolvesToTheOutlet() {
        assertThat(quotes("The weekly [Norsk Tidend|ORGANIZATION] praised the plan.\n“This is long overdue,” it wrote."))
                .containsExactly("direct|This is long overdue,|Norsk Tidend|it|pronoun-it");
    }

    @Test
    void itResolvesToANameSetBesideABodysDescriptionWhateverItsTag() {
        // the tagger took the unfamiliar name for a person's: beside "The haulage federation" it names the body
        String before = "The [Dock Workers Union|ORGANIZATION] called the strike.\n";
        assertThat(quotes(before + "The haulage federation, [Kelmar|PERSON], said fees would rise. “Every day costs our members money,” it said."))
                .last().isEqualTo("direct|Every day costs our members money,|Kelmar|it|pronoun-it");
        assertThat(quotes(before + "[Kelmar|PERSON], the haulage federation, said fees would rise. “Every day costs our members money,” it said."))
                .last().isEqualTo("direct|Every day costs our members money,|Kelmar|it|pronoun-it");
        // someone speaking for the body is no body
        assertThat(quotes(before + "A spokesman for the federation, [Kelmar|PERSON], said fees would rise. “Every day costs our members money,” it said."))
                .last().asString().doesNotContain("|Kelmar|");
    }

    @Test
    void theMinistryResolvesToTheMinistry() {
        assertThat(quotes("The [Ministry of Fisheries|ORGANIZATION] issued new rules.\n“Quotas stay as they are,” the ministry said."))
                .containsExactly("direct|Quotas stay as they are,|Ministry of Fisheries|the ministry|outlet-description");
    }

    @Test
    void theCompanyResolvesToTheNameItIntroduced() {
        // "company" stands only with the first mention; the last mention before the quote drops it
        String between = "The fine follows a breach. Names were exposed. Addresses were too. Users were not told for weeks.\n";
        assertThat(quotes("Regulators fined the software company [Nexora|ORGANIZATION] on Thursday.\n" + between
                + "[Nexora|ORGANIZATION] said it would appeal.\n"
                + "“We disagree with the decision,” the company said."))
                .last().isEqualTo("direct|We disagree with the decision,|Nexora|the company|outlet-description");
        // a name never introduced with the noun is not what it describes
        assertThat(quotes("Regulators fined [Nexora|ORGANIZATION] on Thursday.\n" + between
                + "“We disagree with the decision,” the company said."))
                .last().asString().doesNotContain("outlet-description");
        // unless it has just spoken: the company goes on with the organisation whose report comes right before
        assertThat(quotes("Regulators fined [Nexora|ORGANIZATION] on Thursday.\n" + between
                + "[Nexora|ORGANIZATION] said it would appeal.\n"
                + "“We disagree with the decision,” the company said."))
                .last().isEqualTo("direct|We disagree with the decision,|Nexora|the company|outlet-description");
    }

    @Test
    void aBodyResolvesToTheOrganisationWhoseNameHoldsItsNoun() {
        assertThat(quotes("The [Coastal Ferry Association|ORGANIZATION] warned of delays.\n“Crossings will be late,” the association said."))
                .containsExactly("direct|Crossings will be late,|Coastal Ferry Association|the association|outlet-description");
        // an organisation whose name lacks the noun is not what it describes: the body stays unresolved
        assertThat(quotes("[Harbour Watch|ORGANIZATION] warned of delays.\n“Crossings will be late,” the association said."))
                .containsExactly("direct|Crossings will be late,|null|the association|source-unresolved");
        // a name holding the noun in the plural
        assertThat(quotes("[Skyline Airlines|ORGANIZATION] dropped the fee.\n“We got it wrong,” the airline said."))
                .containsExactly("direct|We got it wrong,|Skyline Airlines|the airline|outlet-description");
    }

    @Test
    void aBodyResolvesToTheNameItStoodInAppositionWith() {
        // the noun before the name, over a comma, whatever type the tagger gave the name
        assertThat(quotes("Her old club, [Racing Dunmore|PERSON], thanked her.\n“We wish her well,” the club said."))
                .last().isEqualTo("direct|We wish her well,|Racing Dunmore|the club|outlet-description");
        // an apposition after the name, closed by a comma
        assertThat(quotes("[Ofwatch|ORGANIZATION], the water regulator, fined the firm.\n“The fine is fair,” the regulator said."))
                .last().isEqualTo("direct|The fine is fair,|Ofwatch|the regulator|outlet-description");
        // a noun owning the apposition's head is not what it describes: the deputy is no regulator
        assertThat(quotes("[Ann Roe|PERSON], the regulator's deputy head, spoke.\n“The fine is fair,” the regulator said."))
                .last().isEqualTo("direct|The fine is fair,|null|the regulator|source-unresolved");
        // a noun opening a new clause after a comma is that clause's subject
        assertThat(quotes("She visited [Lakeview|ORGANIZATION], the club posted online.\n“We wish her well,” the club said."))
                .last().isEqualTo("direct|We wish her well,|null|the club|source-unresolved");
        // a description saying more than the apposition did is not resolved by it
        assertThat(quotes("Her old club, [Racing Dunmore|PERSON], thanked her.\n“We wish her well,” the rival club said."))
                .last().isEqualTo("direct|We wish her well,|null|the rival club|source-unresolved");
    }

    @Test
    void aDescriptionByNationalityOrAgeIsThePersonJustNamed() {
        assertThat(quotes("[Ingrid Holm|PERSON] was gracious in defeat. “She was better today,” the [Norwegian|NATIONALITY] said."))
                .last().isEqualTo("direct|She was better today,|Ingrid Holm|the Norwegian|nominal");
        // the quote in a paragraph of its own
        assertThat(quotes("[Ingrid Holm|PERSON] was gracious in defeat.\n“She was better today,” the [Norwegian|NATIONALITY] said."))
                .last().isEqualTo("direct|She was better today,|Ingrid Holm|the Norwegian|nominal");
        AnnotatedDocument aged = MarkedText.withPos(MarkedText.parseWithEntities(
                "[Ingrid Holm|PERSON] was gracious in defeat.\n“She was better today,” the 31-year-old said."), "old", "JJ");
        assertThat(quotes(aged)).last().isEqualTo("direct|She was better today,|Ingrid Holm|the 31-year-old|nominal");
        // a noun of age alone (quote-cues.txt, age-noun) is such a description; a bare noun of no age is not
        assertThat(quotes("[Ingrid Holm|PERSON] was gracious in defeat.\n“She was better today,” the teenager said."))
                .last().isEqualTo("direct|She was better today,|Ingrid Holm|the teenager|nominal");
        assertThat(quotes("[Ingrid Holm|PERSON] was gracious in defeat.\n“She was better today,” the pensioner said."))
                .last().isEqualTo("direct|She was better today,|Ingrid Holm|the pensioner|nominal");
        assertThat(quotes("[Ingrid Holm|PERSON] was gracious in defeat.\n“She was better today,” the woman said."))
                .last().isEqualTo("direct|She was better today,|null|the woman|source-unresolved");
        // two people just named: either may be meant
        assertThat(quotes("[Ingrid Holm|PERSON] lost to [Ada Obi|PERSON] again.\n“She was better today,” the [Norwegian|NATIONALITY] said."))
                .last().isEqualTo("direct|She was better today,|null|the Norwegian|source-unresolved");
        // of two people named, the one whose report the sentence is: the other is named in what was said
        AnnotatedDocument reporter = MarkedText.withPos(MarkedText.parseWithEntities(
                "The owner, [Ingrid Holm|PERSON], said she had sailed with [Ada Obi|PERSON] for years.\n“It was my life,” the 61-year-old said."),
                "old", "JJ");
        assertThat(quotes(reporter)).last().isEqualTo("direct|It was my life,|Ingrid Holm|the 61-year-old|nominal");
        // a photo credit between them names no one in the story
        assertThat(quotes("[Ingrid Holm|PERSON] was gracious in defeat.\n[Ann Roe|PERSON] via Getty Images\n“She was better today,” the [Norwegian|NATIONALITY] said."))
                .last().isEqualTo("direct|She was better today,|Ingrid Holm|the Norwegian|nominal");
        // a person named further back is not the one just named
        assertThat(quotes("[Ingrid Holm|PERSON] was gracious in defeat.\nThe crowd cheered.\nThe rain came.\n“She was better today,” the [Norwegian|NATIONALITY] said."))
                .last().isEqualTo("direct|She was better today,|null|the Norwegian|source-unresolved");
    }

    @Test
    void aRoleInTheTitleTakesUpThePersonTheFirstSentencesNameWithIt() {
        AnnotatedDocument d = MarkedText.withBlock(MarkedText.parseWithEntities(
                "Minister: “We got the targets wrong”\nHousing minister [Lena Fry|PERSON] admitted on Sunday that targets were missed."),
                0, 0, BlockKind.TITLE);
        assertThat(quotes(d).get(0)).isEqualTo("direct|We got the targets wrong|Lena Fry|Minister|nominal");
        // two people holding the role: which one is meant is a guess
        AnnotatedDocument two = MarkedText.withBlock(MarkedText.parseWithEntities(
                "Minister: “We got the targets wrong”\nHousing minister [Lena Fry|PERSON] and transport minister [Ivo Tal|PERSON] met."),
                0, 0, BlockKind.TITLE);
        assertThat(quotes(two).get(0)).isEqualTo("direct|We got the targets wrong|null|Minister|source-unresolved");
        // the same words in the body are no title's label
        AnnotatedDocument body = MarkedText.parseWithEntities(
                "Housing news\nMinister: “We got the targets wrong”\nHousing minister [Lena Fry|PERSON] admitted it.");
        assertThat(quotes(body).get(0)).doesNotContain("Lena Fry");
    }

    @Test
    void aHeadlineQuoteTheStoryPrintsAgainIsTheStorysSpeakers() {
        // the headline's Title Case words, found whole in a body quote with a speaker, are that speaker's quote
        AnnotatedDocument d = MarkedText.withBlock(MarkedText.parseWithEntities(
                "Harbour Chief Calls Plan ‘A Costly Mistake’\n[Ann Roe|PERSON] said the plan was “a costly mistake for the town.”"),
                0, 0, BlockKind.TITLE);
        assertThat(quotes(d).get(0)).isEqualTo("fragment|A Costly Mistake|Ann Roe|Ann Roe|headline-echo");
        // words the body does not quote again keep the headline's own reading
        AnnotatedDocument other = MarkedText.withBlock(MarkedText.parseWithEntities(
                "Harbour Chief Calls Plan ‘A Costly Mistake’\n[Ann Roe|PERSON] said the plan was “too dear for the town.”"),
                0, 0, BlockKind.TITLE);
        assertThat(quotes(other).get(0)).doesNotContain("headline-echo");
        // one word is anyone's
        AnnotatedDocument one = MarkedText.withBlock(MarkedText.parseWithEntities(
                "Harbour Plan ‘Costly’\n[Ann Roe|PERSON] said the plan was “costly and late.”"),
                0, 0, BlockKind.TITLE);
        assertThat(quotes(one).get(0)).doesNotContain("headline-echo");
    }

    @Test
    void anEpithetIsThePersonJustNamed() {
        String named = "[Ingrid Holm|PERSON] was gracious in defeat.\n";
        AnnotatedDocument retired = MarkedText.withPos(MarkedText.parseWithEntities(
                named + "“She was better today,” the retired novelist said."), "retired", "JJ");
        assertThat(quotes(retired)).last().isEqualTo("direct|She was better today,|Ingrid Holm|the retired novelist|nominal");
        // a bare person noun more often brings in someone new; a body's noun is no person
        assertThat(quotes(named + "“She was better today,” the novelist said.")).last()
                .isEqualTo("direct|She was better today,|null|the novelist|source-unresolved");
        AnnotatedDocument party = MarkedText.withPos(MarkedText.parseWithEntities(
                named + "“She was better today,” the local party said."), "local", "JJ");
        assertThat(quotes(party)).last().asString().doesNotContain("Ingrid Holm");
        // a post of an owner's brings in its holder: the club's head novelist is someone not yet named
        AnnotatedDocument post = MarkedText.withPos(MarkedText.parseWithEntities(
                named + "“She was better today,” the club's head novelist said."), "head", "JJ");
        assertThat(quotes(post)).last().isEqualTo("direct|She was better today,|null|the club's head novelist|source-unresolved");
    }

    @Test
    void aPronounWithNoOneNamedInReachGoesOnWithTheReportJustBefore() {
        String story = "Councillor [Megan Baker|PERSON] opposed the plan. [Tom Aske|PERSON] backed it. [Tom Aske|PERSON] spoke "
                + "first. [Tom Aske|PERSON] spoke again. The vote was close. The hall was full. The debate ran late. The room "
                + "went quiet.\nBaker later wrote that the town deserved better. “I will not give up,” she posted.";
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(story), "Baker", "NN");
        assertThat(quotes(d)).last().isEqualTo("direct|I will not give up,|Megan Baker|she|pronoun");
        // a pronoun the report's speaker cannot be stays unresolved
        AnnotatedDocument he = MarkedText.withPos(MarkedText.parseWithEntities(story.replace("she posted", "he posted")
                .replace("Megan", "Mrs Megan")), "Baker", "NN");
        assertThat(quotes(he)).last().asString().doesNotContain("Megan Baker");
    }

    @Test
    void aSurnameTheTaggerTookForACommonNounResolvesToItsPerson() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "Councillor [Megan Baker|PERSON] opposed the plan.\n“The town deserves better,” Baker said."), "Baker", "NN");
        assertThat(quotes(d)).containsExactly("direct|The town deserves better,|Megan Baker|Baker|untagged-name");
        // a capitalised common noun is no short name of an organisation
        AnnotatedDocument police = MarkedText.withPos(MarkedText.parseWithEntities(
                "[Police Scotland|ORGANIZATION] closed the road.\n“Stay away,” Police warned."), "Police", "NNS");
        assertThat(quotes(police)).singleElement().asString().doesNotContain("untagged-name");
    }

    @Test
    void aCompanyClosingAReportAboutItselfIsThatCompany() {
        assertThat(parcQuotes("[Brightwave|ORGANIZATION] lowered its revenue forecast on [Wednesday|DATE], the company said."))
                .containsExactly("indirect|Brightwave lowered its revenue forecast on Wednesday|Brightwave");
        assertThat(parcQuotes("The [Northgate Energy|ORGANIZATION] plant closed in [May|DATE], the utility said."))
                .containsExactly("indirect|The Northgate Energy plant closed in May|Northgate Energy");
        // the company's own participle after the report is no content of it: a report of its own (PARC's "blame")
        assertThat(parcQuotes("[Orvel Motors|ORGANIZATION] will cut 900 jobs, the carmaker said on [Monday|DATE], blaming weak demand for its vans."))
                .containsExactly("indirect|Orvel Motors will cut 900 jobs|Orvel Motors", "indirect|weak demand for its vans|Orvel Motors");
        // content that opens with no organisation's name leaves the description unresolved
        assertThat(parcQuotes("Sales dropped by a third at [Brightwave|ORGANIZATION], the company said."))
                .containsExactly("indirect|Sales dropped by a third at Brightwave|null");
    }

    @Test
    void aYesNoQuestionReportsNothingInTheSpeechScope() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "Did anyone say the alarms were broken? [Ann Roe|PERSON] said the alarms were broken."), "Did", "VBD");
        assertThat(quotes(d)).containsExactly("indirect|the alarms were broken|Ann Roe|Ann Roe|indirect-subject");
        assertThat(quotes(MarkedText.parseWithEntities("Were you told what to do if a fire broke out?"))).isEmpty();
        // a statement ending in a question mark is no question of this kind
        assertThat(quotes(MarkedText.parseWithEntities("[Ann Roe|PERSON] said the alarms were broken?"))).hasSize(1);
        // the parc scope keeps them, as PolNeAR's annotators mark some
        assertThat(parcQuotes(d)).hasSize(2);
    }

    @Test
    void anOrganisationsNounRightAfterItsReportGoesOnWithIt() {
        assertThat(parcQuotes("Tickets were refunded, promoter [Live Arena|ORGANIZATION] said.\nThe firm said refunds lasted a month."))
                .last().isEqualTo("indirect|refunds lasted a month|Live Arena");
        // a person's report before it: the firm is no one named
        assertThat(parcQuotes("Tickets were refunded, promoter [Dana Cole|PERSON] said.\nThe firm said refunds lasted a month."))
                .last().isEqualTo("indirect|refunds lasted a month|null");
        // nor is a document its issuer's organisation by this rule ("the statement" has a sieve of its own)
        assertThat(parcQuotes("Tickets were refunded, promoter [Live Arena|ORGANIZATION] said.\nThe report said refunds lasted a month."))
                .last().isEqualTo("indirect|refunds lasted a month|null");
        // a public body is "the agency", never "the company": after a regulator's report the company is someone else
        assertThat(parcQuotes("Brakes can fail, the [Road Safety Administration|ORGANIZATION] said.\nThe company said refunds lasted a month."))
                .last().isEqualTo("indirect|refunds lasted a month|null");
        assertThat(parcQuotes("Brakes can fail, the [Road Safety Administration|ORGANIZATION] said.\nThe agency said refunds lasted a month."))
                .last().isEqualTo("indirect|refunds lasted a month|Road Safety Administration");
    }

    @Test
    void anOrganisationsNounAfterWordsOfItsHomeGoesOnWithIt() {
        // "Leeds-based" only says where the firm is from: the firm that has just spoken
        AnnotatedDocument based = MarkedText.withPos(MarkedText.parseWithEntities(
                "Tickets were refunded, promoter [Live Arena|ORGANIZATION] said.\nThe [Leeds|CITY]-based firm said refunds lasted a month."),
                "based", "VBN");
        assertThat(parcQuotes(based)).last().isEqualTo("indirect|refunds lasted a month|Live Arena");
        // so does an industry's noun for a company
        assertThat(parcQuotes("Tickets were refunded, promoter [Live Arena|ORGANIZATION] said.\nThe brewer said refunds lasted a month."))
                .last().isEqualTo("indirect|refunds lasted a month|Live Arena");
        // any other word may mean another organisation
        assertThat(parcQuotes("Tickets were refunded, promoter [Live Arena|ORGANIZATION] said.\nThe rival firm said refunds lasted a month."))
                .last().isEqualTo("indirect|refunds lasted a month|null");
    }

    @Test
    void anUntaggedShortNameOfAnOrganisation() {
        assertThat(quotes("The regulator fined [Orchard Inc.|ORGANIZATION] on Monday.\n“We will appeal,” Orchard said."))
                .containsExactly("direct|We will appeal,|Orchard Inc.|Orchard|untagged-name");
        // two organisations the tagger joined are not the word's full name
        assertThat(quotes("Users left [Orchard and Bramble|ORGANIZATION] last year.\n“We will appeal,” Orchard said."))
                .containsExactly("direct|We will appeal,|null|Orchard|source-unresolved");
        // two organisations open with the word: nothing is guessed
        assertThat(quotes("[Orchard Inc.|ORGANIZATION] and [Orchard Foods|ORGANIZATION] were fined.\n“We will appeal,” Orchard said."))
                .containsExactly("direct|We will appeal,|null|Orchard|source-unresolved");
    }

    @Test
    void fragmentInsideWritersSentence() {
        assertThat(quotes("Opponents called the budget “too timid” on Tuesday."))
                .containsExactly("fragment|too timid|null|Opponents|source-unresolved");
    }

    @Test
    void titleAndScareQuotesAreOther() {
        assertThat(quotes("She read the novel “The Silent Harbour” twice. The so-called “peace dividend” vanished."))
                .extracting(s -> s.split("\\|")[0] + "|" + s.split("\\|")[4])
                .containsExactly("other|none", "other|none");
    }

    @Test
    void indirectSaidThat() {
        assertThat(quotes("[Maria Lopez|PERSON] said that the harvest would be late this year."))
                .containsExactly("indirect|the harvest would be late this year|Maria Lopez|Maria Lopez|indirect-subject");
    }

    @Test
    void indirectWithoutThatAfterADate() {
        assertThat(quotes("[Maria Lopez|PERSON] said on [Monday|DATE] the harvest would be late."))
                .containsExactly("indirect|the harvest would be late|Maria Lopez|Maria Lopez|indirect-subject");
    }

    @Test
    void indirectDenied() {
        assertThat(quotes("[Norway|COUNTRY] denied sending troops to the border."))
                .containsExactly("indirect|sending troops to the border|Norway|Norway|organisation");
    }

    @Test
    void indirectToldReporters() {
        assertThat(quotes("[Tom Aske|PERSON] told reporters he would resign in May."))
                .containsExactly("indirect|he would resign in May|Tom Aske|Tom Aske|indirect-subject");
    }

    @Test
    void indirectToldAnAddresseePronounIsNotTheClause() {
        // the addressee, a pronoun or a plural noun, stands before the clause's own subject
        assertThat(quotes("[Tom Aske|PERSON] told them she would resign in May."))
                .containsExactly("indirect|she would resign in May|Tom Aske|Tom Aske|indirect-subject");
        assertThat(quotes("[Tom Aske|PERSON] told local farmers they would be paid in May."))
                .containsExactly("indirect|they would be paid in May|Tom Aske|Tom Aske|indirect-subject");
    }

    @Test
    void indirectReportAfterItsContent() {
        assertThat(quotes("The bridge will reopen in June, officials said."))
                .containsExactly("indirect|The bridge will reopen in June|null|officials|source-unresolved");
    }

    @Test
    void indirectAccordingTo() {
        assertThat(quotes("According to [Anna Meyer|PERSON], the repairs will take a year."))
                .containsExactly("indirect|the repairs will take a year|Anna Meyer|Anna Meyer|according-to");
    }

    @Test
    void indirectStopsBeforeADirectQuote() {
        assertThat(quotes("[Karl Strand|PERSON] wrote that the talks can go on, but “we need more honesty from all of them”."))
                .containsExactly("indirect|the talks can go on|Karl Strand|Karl Strand|indirect-subject",
                        "direct|we need more honesty from all of them|Karl Strand|Karl Strand|verb-before");
    }

    @Test
    void twoReportsInOneSentence() {
        assertThat(quotes("[Norway|COUNTRY] said it had no plans to sell, after [Tom Aske|PERSON] said the deal was done."))
                .extracting(s -> s.split("\\|")[1] + "|" + s.split("\\|")[2])
                .containsExactly("it had no plans to sell|Norway", "the deal was done|Tom Aske");
    }

    @Test
    void embeddedPostWithByline() {
        AnnotatedDocument d = MarkedText.parseWithEntities(
                "Her post drew praise.\nGreat day at the harbour with the crew!\n— [Maria Lopez|PERSON] (@mlopez) May 2, 2025");
        d = MarkedText.withBlock(d, 1, 2, BlockKind.EMBED);
        assertThat(quotes(d)).containsExactly("direct|Great day at the harbour with the crew!|Maria Lopez|Maria Lopez|embed-byline");
    }

    @Test
    void dashBylineAfterTheQuote() {
        assertThat(quotes("“The ferry saved my village.” ― [Ines Vik|PERSON]"))
                .containsExactly("direct|The ferry saved my village.|Ines Vik|Ines Vik|verb-inverted");
    }

    @Test
    void transcriptLabelInsideTheQuote() {
        assertThat(quotes("[Ola Berg|PERSON] hosted the debate.\n“BERG: Who pays for the bridge?"))
                .containsExactly("direct|BERG: Who pays for the bridge?|Ola Berg|BERG|colon-label");
    }

    @Test
    void transcriptLabelOnARepeatedOpeningMarkNamesTheNewSpeaker() {
        assertThat(quotes("[Ola Berg|PERSON] interviewed [Kari Dahl|PERSON].\n“BERG: Who pays for the bridge?\n“DAHL: The toll does."))
                .containsExactly("direct|BERG: Who pays for the bridge?|Ola Berg|BERG|colon-label",
                        "direct|DAHL: The toll does.|Kari Dahl|DAHL|colon-label");
    }

    @Test
    void shortQuoteAfterAQuoteThatEndedItsSentenceIsDirect() {
        // the sentence before ends inside its closing mark: the next quote opens a sentence of its own
        assertThat(quotes("The family praised “a loyal friend.” “He helped everyone,” his sister, [Clara Lund|PERSON], said."))
                .extracting(s -> s.split("\\|")[0] + "|" + s.split("\\|")[1])
                .containsExactly("fragment|a loyal friend.", "direct|He helped everyone,");
        // nor does one inside a bracket that opens a sentence of its own; one inside a sentence's bracket stays a phrase
        assertThat(quotes("The family praised him. (“He helped everyone,” his sister said.)"))
                .extracting(s -> s.split("\\|")[0]).containsExactly("direct");
        assertThat(quotes("The family praised his kindness (“a rare gift”) at the funeral."))
                .extracting(s -> s.split("\\|")[0]).containsExactly("fragment");
        // a quote that closed mid-sentence does not
        assertThat(quotes("She called it “a loyal gesture” “without equal” at the time."))
                .extracting(s -> s.split("\\|")[0]).containsExactly("fragment", "fragment");
        // nor a title after a title
        assertThat(quotes("He likes “Harbour Nights.” “The Long Winter” is a drama about a ferry town."))
                .extracting(s -> s.split("\\|")[0]).containsExactly("other", "other");
    }

    @Test
    void stageDirectionInATranscriptIsNobodysWords() {
        // a bracketed stage direction on its own repeated opening mark is other, with no speaker, and the transcript
        // goes on with the next label
        assertThat(quotes("[Ola Berg|PERSON] interviewed [Kari Dahl|PERSON].\n“BERG: Who pays for the bridge?\n“(CROSSTALK.)\n“DAHL: The toll does."))
                .containsExactly("direct|BERG: Who pays for the bridge?|Ola Berg|BERG|colon-label",
                        "other|(CROSSTALK.)|null|null|none",
                        "direct|DAHL: The toll does.|Kari Dahl|DAHL|colon-label");
        // in running text too, and the kind filter never reads it as a quote
        assertThat(quotes("[Ola Berg|PERSON] paused. “[Laughter]” Then she went on."))
                .extracting(s -> s.split("\\|")[0] + "|" + s.split("\\|")[4]).containsExactly("other|none");
    }

    @Test
    void speechWordReadAsNounStaysInTheSubject() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities("“Costs rose by a third,” the audit report said."), "report", "NN");
        assertThat(quotes(d)).containsExactly("direct|Costs rose by a third,|null|the audit report|source-unresolved");
    }

    @Test
    void documentThatReadsIsTheSource() {
        assertThat(quotes("“We ask the council to think again,” the petition reads."))
                .containsExactly("direct|We ask the council to think again,|null|the petition|source-unresolved");
    }

    @Test
    void participleAfterAnIntroductoryPhraseTakesTheMainSubject() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "During a visit to the port, [Rita Holm|PERSON] criticised the plan, saying: “It will never pay.”"), "During", "IN");
        assertThat(quotes(d)).containsExactly("direct|It will never pay.|Rita Holm|Rita Holm|verb-before");
    }

    @Test
    void participleBeforeAToVerbTakesTheMainSubject() {
        assertThat(quotes("[Rita Holm|PERSON] praised the crew, going on to say the yard had “never been in better shape.”"))
                .contains("fragment|never been in better shape.|Rita Holm|Rita Holm|verb-before");
    }

    @Test
    void asSourcePutItAfterTheQuote() {
        assertThat(quotes("The new rules are “a tax in disguise,” as the [Farmers Union|ORGANIZATION] put it."))
                .containsExactly("fragment|a tax in disguise,|Farmers Union|Farmers Union|organisation");
    }

    @Test
    void asSourcePutItBeforeTheQuote() {
        assertThat(quotes("As [Rita Holm|PERSON] put it in her letter, the budget is “a house of cards.”"))
                .containsExactly("fragment|a house of cards.|Rita Holm|Rita Holm|verb-before");
    }

    @Test
    void repeatedOpeningMarkWithItsOwnSpeechVerbNamesTheNewSpeaker() {
        assertThat(quotes("[Rita Holm|PERSON] said: “The yard is closing.\n“We will fight it,” added [Ola Berg|PERSON], a welder."))
                .containsExactly("direct|The yard is closing.|Rita Holm|Rita Holm|verb-before",
                        "direct|We will fight it,|Ola Berg|Ola Berg|verb-inverted");
    }

    @Test
    void headlineLabelWhoseNameTheTaggerMissedIsThePersonOfItsSurname() {
        // "Varga" in the headline untagged; the body names her: the label's surname resolves it
        assertThat(quotes("Ferry chief Varga: “No new money for the ferry.”\n\nHarbour chief [Ilona Varga|PERSON] spoke on Monday."))
                .containsExactly("direct|No new money for the ferry.|Ilona Varga|Ferry chief Varga|colon-label");
    }

    @Test
    void headlineLabelNamesTheSpeakerOfAQuoteLaterInTheClaim() {
        assertThat(quotes("[Rita Holm|PERSON]: Harbour plan is “dead on arrival.”"))
                .containsExactly("fragment|dead on arrival.|Rita Holm|Rita Holm|colon-label");
    }

    @Test
    void headlineLabelWithoutQuotationMarksIsAnIndirectReportOfTheLabel() {
        assertThat(quotes("Harbour chief [Rita Holm|PERSON]: Port will reopen in May\nThe board met on Monday."))
                .containsExactly("indirect|Port will reopen in May|Rita Holm|Rita Holm|colon-label");
    }

    @Test
    void headlineSurnameLabelWithoutATagIsTheNamedPerson() {
        assertThat(quotes("Holm: Harbour plan is “dead on arrival.”\n[Rita Holm|PERSON] spoke on Monday."))
                .containsExactly("fragment|dead on arrival.|Rita Holm|Holm|colon-label");
    }

    @Test
    void headlineLabelThatNamesNoOneIsNoSpeaker() {
        assertThat(quotes("Update: the ferry is “running late.”")).containsExactly("fragment|running late.|null|null|none");
    }

    @Test
    void secondQuoteOfASentenceSharesAnUnresolvedSource() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "An engineer warned that the bridge was “unsafe” and “badly built.”"), "engineer", "NN");
        assertThat(quotes(d)).contains("fragment|unsafe|null|An engineer|source-unresolved",
                        "fragment|badly built.|null|An engineer|same-sentence");
    }

    @Test
    void verbOpeningAThatClauseAfterTheQuoteIsNoInvertedCue() {
        assertThat(quotes("[Rita Holm|PERSON] said the new toll “quietly and unfairly” suggests that [Vestby|CITY] drivers pay twice."))
                .contains("fragment|quietly and unfairly|Rita Holm|Rita Holm|verb-before");
    }

    @Test
    void speechVerbWithAThingAsSubjectDefersToTheOuterReport() {
        assertThat(quotes("[Rita Holm|PERSON] said the recent run of floods demands “a new dam.”"))
                .contains("fragment|a new dam.|Rita Holm|Rita Holm|verb-before");
    }

    @Test
    void aSpeechVerbInARelativeClauseOfTheSubjectIsNoOuterReport() {
        // "called" describes Holm in a relative clause; the quote is in the content of "said", whose cue it takes
        List<String> q = quotes(MarkedText.withPos(MarkedText.parseWithEntities(
                "[Rita Holm|PERSON], who has long called for tougher checks, said she was “cautiously hopeful.”"), "long", "RB"));
        assertThat(q).anyMatch(s -> s.startsWith("fragment|cautiously hopeful.|Rita Holm|Rita Holm|"))
                .noneMatch(s -> s.startsWith("fragment|") && s.contains("|who|"));
    }

    @Test
    void aQuoteParagraphSignedOnTheNextLine() {
        assertThat(quotes("“We cut the deficit in half, and nobody talks about it.”\n— [Anna Meyer|PERSON], in the second debate.\nThe record shows a smaller cut."))
                .containsExactly("direct|We cut the deficit in half, and nobody talks about it.|Anna Meyer|Anna Meyer|verb-inverted");
    }

    @Test
    void speechVerbBeforeAColonIntroducesTheQuoteWhateverItsSubject() {
        assertThat(quotes("[Rita Holm|PERSON] was still speaking when a protester shouted: “Go home!”"))
                .containsExactly("direct|Go home!|null|a protester|source-unresolved");
        assertThat(quotes("[Rita Holm|PERSON] said as the crowd chanted, “Fix it now.”"))
                .containsExactly("direct|Fix it now.|null|the crowd|source-unresolved");
    }

    @Test
    void sungAndExclaimedWordsHaveTheirSpeaker() {
        assertThat(quotes("“Row the boat to the island,” [Ines Vik|PERSON] sang to the children. “What a day!” exclaimed [Ola Berg|PERSON]."))
                .containsExactly("direct|Row the boat to the island,|Ines Vik|Ines Vik|verb-after",
                        "direct|What a day!|Ola Berg|Ola Berg|verb-inverted");
    }

    @Test
    void speechVerbClosingTheSentenceAfterTheWritersWords() {
        assertThat(quotes("[Rita Holm|PERSON] faced the board. “You broke the pump” to save money and time, she said."))
                .containsExactly("direct|You broke the pump|Rita Holm|she|pronoun");
    }

    @Test
    void verbConjoinedToTheMainClauseSharesItsSubject() {
        assertThat(quotes("[Rita Holm|PERSON] turned to the crowd and quietly added, “Go home.”"))
                .containsExactly("direct|Go home.|Rita Holm|Rita Holm|verb-before");
    }

    @Test
    void subjectAfterSeveralIntroductoryPhrases() {
        AnnotatedDocument d = MarkedText.parseWithEntities(
                "Once, when the mayor asked about the bridge at the harbour, [Rita Holm|PERSON] laughed and said, “Ask the engineers.”");
        d = MarkedText.withPos(MarkedText.withPos(d, "Once", "RB"), "when", "WRB");
        assertThat(quotes(d)).containsExactly("direct|Ask the engineers.|Rita Holm|Rita Holm|verb-before");
    }

    @Test
    void quoteParagraphContinuesAFragmentWhoseSpeakerACueNamed() {
        assertThat(quotes("[Rita Holm|PERSON] spoke at noon. She called the plan “reckless.”\n“Nobody asked the fishermen.”"))
                .containsExactly("fragment|reckless.|Rita Holm|She|pronoun",
                        "direct|Nobody asked the fishermen.|Rita Holm|She|continuation");
    }

    @Test
    void relativePronounSubjectResolvesToItsAntecedent() {
        assertThat(quotes("The plan was backed by [Tom Aske|PERSON], now the harbour master, who in May said the quay was “falling apart.”"))
                .contains("fragment|falling apart.|Tom Aske|who|verb-before");
        assertThat(quotes("Prices were checked by the [Port Authority|ORGANIZATION], which reported “no irregularities.”"))
                .contains("fragment|no irregularities.|Port Authority|which|organisation");
        // past a person's age and home town: the town is not who spoke
        assertThat(quotes("The petition was started by [Ann Roe|PERSON], 34, of [Leeds|CITY], who said the library was “the heart of the town.”"))
                .contains("fragment|the heart of the town.|Ann Roe|who|verb-before");
        // past "of" and a home state right after the name
        assertThat(quotes("The petition was started by Senator [Ann Roe|PERSON] of [Ohio|STATE_OR_PROVINCE], who said the library was “the heart of the town.”"))
                .contains("fragment|the heart of the town.|Ann Roe|who|verb-before");
    }

    @Test
    void lowerCaseWordsAfterADashAreNoByline() {
        assertThat(quotes("[Rita Holm|PERSON] called the plan “a gift to the rich” — a charge that [Tom Aske|PERSON] denies."))
                .containsExactly("fragment|a gift to the rich|Rita Holm|Rita Holm|verb-before");
    }

    @Test
    void gerundAfterAPrepositionTakesTheMainSubject() {
        assertThat(quotes("[Rita Holm|PERSON] thanked [Tom Aske|PERSON] after calling the ferry “a lifeline.”"))
                .containsExactly("fragment|a lifeline.|Rita Holm|Rita Holm|verb-before");
    }

    @Test
    void possessiveMentionDoesNotMakeThePreviousSpeakerThePronoun() {
        assertThat(quotes("[Ola Berg|PERSON] likened the tax to “theft.”\n[Rita Holm|PERSON] dismissed the claim as the voice of [Berg|PERSON]'s clients. “I like Ola,” she said."))
                .contains("direct|I like Ola,|Rita Holm|she|pronoun");
    }

    @Test
    void participleAfterAReportVerbTakesThatVerbsSubject() {
        assertThat(quotes("[Rita Holm|PERSON] spoke first. “The pump failed” years ago and the budget shrank, she said, pointing to the “broken valve.”"))
                .contains("fragment|broken valve.|Rita Holm|she|pronoun");
    }

    @Test
    void participleModifyingACommonNounReportsNothing() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "[Rita Holm|PERSON] says [Tom Aske|PERSON]'s leaflets accusing her of fraud are “pure fiction.”"), "leaflets", "NNS");
        assertThat(quotes(d)).contains("fragment|pure fiction.|Rita Holm|Rita Holm|verb-before");
    }

    @Test
    void nameAfterAnIndefiniteArticleModifiesTheNextWord() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "[Rita Holm|PERSON] is calling “reckless” a [Tom Aske|PERSON] tweet about the ferry."), "tweet", "VBP");
        assertThat(quotes(d)).containsExactly("fragment|reckless|Rita Holm|Rita Holm|verb-before");
    }

    @Test
    void wordsBeforeACommaWithoutANameAreNoSubjectOfAConjoinedVerb() {
        assertThat(quotes("Feeds on old grudges and rumours, and calls rivals “cowards.”"))
                .containsExactly("fragment|cowards.|null|null|none");
    }

    @Test
    void untaggedFullNameLabelIsTheNamedPerson() {
        assertThat(quotes("Rita Holm: Ferry cuts are “a disgrace.”\n[Rita Holm|PERSON] spoke on Monday."))
                .containsExactly("fragment|a disgrace.|Rita Holm|Rita Holm|colon-label");
    }

    @Test
    void frequencyAdverbBetweenSourceAndVerbIsSkipped() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "“Rain follows the fair,” the old farmers often say."), "farmers", "NNS");
        assertThat(quotes(d)).containsExactly("direct|Rain follows the fair,|null|the old farmers|source-unresolved");
    }

    @Test
    void asSourcePutItWithAnApposition() {
        assertThat(quotes("As [Ann Roe|PERSON], a tax lawyer at the [Lund Institute|ORGANIZATION], recently put it, “Who pays the toll?”"))
                .containsExactly("direct|Who pays the toll?|Ann Roe|Ann Roe|verb-before");
    }

    @Test
    void typewriterDoubleMarks() {
        assertThat(quotes("''We will not sell,'' [Ines Vik|PERSON] said."))
                .containsExactly("direct|We will not sell,|Ines Vik|Ines Vik|verb-after");
    }

    @Test
    void quoteEndingTheSentenceDoesNotTakeTheNextSentencesSpeaker() {
        assertThat(quotes("[Ola Berg|PERSON] warned of “a long winter.” The mayor, [Ines Vik|PERSON], said nothing."))
                .extracting(s -> s.split("\\|")[2]).containsExactly("Ola Berg");
    }

    @Test
    void titleWithCommaInsideTheMarksIsOther() {
        assertThat(quotes("She told “Morning Harbour Live,” a radio show, about the plan."))
                .extracting(s -> s.split("\\|")[0]).containsExactly("other");
    }

    @Test
    void capitalisedQuoteInAHeadlineIsNotATitle() {
        assertThat(quotes("Mayor Calls Ferry Cuts ‘Deeply Unfair’ As Budget Talks Stall"))
                .extracting(s -> s.split("\\|")[0]).containsExactly("fragment");
    }

    @Test
    void stageDeclaresItsLayers() {
        assertThat(STAGE.requires()).contains(Layer.LOCAL_ENTITIES, Layer.MENTIONS, Layer.TOKENS);
        assertThat(STAGE.provides()).containsExactly(Layer.QUOTES);
        assertThat(STAGE.fingerprint()).startsWith("quotes:");
    }
    @Test
    void partyAffiliationInBracketsBetweenNameAndVerb() {
        assertThat(quotes("“The bill is dead,” [Ann Roe|PERSON] (D-Ohio) said on Tuesday."))
                .containsExactly("direct|The bill is dead,|Ann Roe|Ann Roe|verb-after");
    }

    @Test
    void appositionJoiningTwoRolesWithAnd() {
        assertThat(quotes("“The river is rising,” [Hugh Hill|PERSON], a hydrologist at the [Lund Institute|ORGANIZATION] and a former mayor, said."))
                .containsExactly("direct|The river is rising,|Hugh Hill|Hugh Hill|verb-after");
    }
    @Test
    void indirectInfinitiveAfterPromise() {
        assertThat(quotes("[Maria Lopez|PERSON] promised to rebuild the harbour wall by spring."))
                .containsExactly("indirect|to rebuild the harbour wall by spring|Maria Lopez|Maria Lopez|indirect-subject");
    }

    @Test
    void indirectBareClauseWithoutAUsualSubjectWord() {
        assertThat(quotes("[Maria Lopez|PERSON] says too much is spent on roads."))
                .containsExactly("indirect|too much is spent on roads|Maria Lopez|Maria Lopez|indirect-subject");
    }

    @Test
    void indirectAfterAPrepositionalPhraseWithAPronounSubject() {
        assertThat(quotes("[Tom Aske|PERSON] said after the meeting he would stand again."))
                .containsExactly("indirect|he would stand again|Tom Aske|Tom Aske|indirect-subject");
    }

    @Test
    void indirectReportInsideARelativeClause() {
        assertThat(quotes("The storm hit the coast, which officials said flooded 300 homes."))
                .containsExactly("indirect|flooded 300 homes|null|officials|source-unresolved");
    }

    @Test
    void aSpeechVerbInsideARelativeClauseDoesNotCutTheSource() {
        assertThat(quotes("“The ferry will stop,” an official who asked not to be named said."))
                .containsExactly("direct|The ferry will stop,|null|an official|source-unresolved");
    }

    @Test
    void anInvertedSourceEndsWhereItsRelativeClauseOpens() {
        // without the commas of an apposition, the relative pronoun was the nearest candidate left in the source phrase
        assertThat(quotes("“The ferry will stop,” said one harbour official who asked not to be named because talks go on."))
                .containsExactly("direct|The ferry will stop,|null|one harbour official|source-unresolved");
    }

    @Test
    void anInvertedReportClosingTheSentenceAfterTheWritersWords() {
        assertThat(quotes("[Ruth Coyle|PERSON] “lost the room” at the budget meeting last week, said councillor [Jo Hart|PERSON]."))
                .containsExactly("fragment|lost the room|Jo Hart|Jo Hart|verb-inverted");
    }

    @Test
    void aVerbAfterACommaWithATimeAfterItIsNoInvertedReport() {
        // "Hugh Hill, a doctor, said Tuesday": the subject comes before the verb, whatever follows it
        assertThat(quotes("“The ward is full,” [Hugh Hill|PERSON], a doctor, said Tuesday."))
                .containsExactly("direct|The ward is full,|Hugh Hill|Hugh Hill|verb-after");
    }

    @Test
    void anAdverbBetweenTheSourceAndItsVerbIsNoPartOfTheSource() {
        // "long" is no -ly adverb and in no list of auxiliaries: the tagger's RB is what marks it
        assertThat(quotes("Dock unions have long argued that the cranes were unsafe."))
                .containsExactly("indirect|the cranes were unsafe|null|Dock unions|source-unresolved");
        // a modal too ("ca" of "can't", "might")
        assertThat(quotes("Dock unions might never admit that the cranes were unsafe."))
                .containsExactly("indirect|the cranes were unsafe|null|Dock unions|source-unresolved");
    }

    @Test
    void aRelativeClauseDescribingTheSourceIsNotTheReport() {
        assertThat(quotes("The ferry will stop in winter, an official who declined to be named said."))
                .containsExactly("indirect|The ferry will stop in winter|null|an official|source-unresolved");
    }

    @Test
    void indirectReportFollowedByASubordinateClause() {
        assertThat(quotes("The harbour wall will be rebuilt, [Maria Lopez|PERSON] said on Monday, as the council met."))
                .containsExactly("indirect|The harbour wall will be rebuilt|Maria Lopez|Maria Lopez|indirect-subject");
    }

    @Test
    void indirectInvertedReportWithAnApposition() {
        assertThat(quotes("The ferry will stop in winter, said [Tom Aske|PERSON], a spokesman for the port."))
                .containsExactly("indirect|The ferry will stop in winter|Tom Aske|Tom Aske|verb-inverted");
    }

    @Test
    void indirectToldAnAddresseeWithAQuotedTitle() {
        assertThat(quotes("[Anna Meyer|PERSON] told the “Morning Show” that the bridge would reopen."))
                .containsExactly("other|Morning Show|null|null|none",
                        "indirect|the bridge would reopen|Anna Meyer|Anna Meyer|indirect-subject");
    }

    @Test
    void indirectAddresseeAndInfinitive() {
        assertThat(quotes("[Tom Aske|PERSON] urged the council to close the old harbour."))
                .containsExactly("indirect|to close the old harbour|Tom Aske|Tom Aske|indirect-subject");
        // the negation is part of what was urged: without it the content says the opposite
        assertThat(quotes("[Tom Aske|PERSON] urged people not to travel unless necessary."))
                .containsExactly("indirect|not to travel unless necessary|Tom Aske|Tom Aske|indirect-subject");
    }

    @Test
    void indirectCalledOnAnAddresseeToAct() {
        assertThat(quotes("[Anna Meyer|PERSON] called on farmers to save water this summer."))
                .containsExactly("indirect|to save water this summer|Anna Meyer|Anna Meyer|indirect-subject");
    }

    @Test
    void indirectWhClause() {
        assertThat(quotes("[Maria Lopez|PERSON] questioned whether the new bridge was safe."))
                .containsExactly("indirect|whether the new bridge was safe|Maria Lopez|Maria Lopez|indirect-subject");
    }

    @Test
    void indirectReportingNounAfterAName() {
        assertThat(quotes("The mayor cited a [Lund Times|ORGANIZATION] report that the port had lost money."))
                .containsExactly("indirect|the port had lost money|Lund Times|Lund Times|organisation");
    }

    @Test
    void indirectReportingNounWithABareClause() {
        assertThat(quotes("[Norway|COUNTRY] rejects [Tom Aske|PERSON]'s claim it closed the ferry route."))
                .containsExactly("indirect|it closed the ferry route|Tom Aske|Tom Aske|indirect-subject");
    }

    @Test
    void indirectClauseWithAHyphenatedSubject() {
        assertThat(quotes("[Anna Meyer|PERSON] said the A-40 road has been closed for weeks."))
                .containsExactly("indirect|the A-40 road has been closed for weeks|Anna Meyer|Anna Meyer|indirect-subject");
    }

    @Test
    void indirectReportingNounAfterAPossessiveSourceNoun() {
        assertThat(quotes("The video contradicts the police's earlier claim that the driver had a weapon."))
                .containsExactly("indirect|the driver had a weapon|null|police|source-unresolved");
    }

    @Test
    void indirectPointedOutThat() {
        assertThat(quotes("[Anna Meyer|PERSON] pointed out that the bridge was built in 1890."))
                .containsExactly("indirect|the bridge was built in 1890|Anna Meyer|Anna Meyer|indirect-subject");
    }

    @Test
    void aParticipleReportSkipsLeadingAdverbialsToFindTheSubject() {
        assertThat(quotes("In [Lund|CITY], however, [Maria Lopez|PERSON] spoke to farmers, promising to rebuild the harbour wall."))
                .containsExactly("indirect|to rebuild the harbour wall|Maria Lopez|Maria Lopez|indirect-subject");
    }

    @Test
    void anAsideBetweenDashesStandsBetweenTheSourceAndItsVerb() {
        assertThat(quotes("The port's new director, [Ann Roe|PERSON] – also at the meeting – had said the bridge would reopen."))
                .containsExactly("indirect|the bridge would reopen|Ann Roe|Ann Roe|indirect-subject");
    }

    @Test
    void aVerbAttributingAQuestionInMarksTakesNoIndirectContent() {
        assertThat(quotes("“Who pays for the bridge?” the mayor said in a letter he mailed to the council."))
                .extracting(q -> q.substring(0, q.indexOf('|'))).containsExactly("direct");
    }

    @Test
    void indirectGerundAfterAReportingNoun() {
        assertThat(quotes("[Norway|COUNTRY] rejects claims of selling the ferry to a rival."))
                .containsExactly("indirect|selling the ferry to a rival|Norway|Norway|organisation");
    }

    @Test
    void aPronounSkipsAPersonOfTheOtherGender() {
        assertThat(quotes("[Tom Aske|PERSON] met [Maria Lopez|PERSON] at the port. “The wall must be rebuilt,” she said."))
                .containsExactly("direct|The wall must be rebuilt,|Maria Lopez|she|pronoun");
        assertThat(quotes("[Maria Lopez|PERSON] met [Tom Aske|PERSON] at the port. “The wall must be rebuilt,” he said."))
                .containsExactly("direct|The wall must be rebuilt,|Tom Aske|he|pronoun");
    }

    @Test
    void aPronounStillTakesAPersonWhoseGenderIsUnknown() {
        assertThat(quotes("[Robin Aske|PERSON] met reporters at the port. “The wall must be rebuilt,” she said."))
                .containsExactly("direct|The wall must be rebuilt,|Robin Aske|she|pronoun");
    }

    @Test
    void indirectReportSetOffByCommasInsideItsContent() {
        assertThat(quotes("The ferry service, [Tom Aske|PERSON] said, will stop running in winter."))
                .containsExactly("indirect|The ferry service, Tom Aske said, will stop running in winter|Tom Aske|Tom Aske|indirect-subject");
    }

    @Test
    void indirectFindingVerbWithThat() {
        assertThat(quotes("A survey by [Lund University|ORGANIZATION] found that most farmers were short of water."))
                .containsExactly("indirect|most farmers were short of water|Lund University|Lund University|organisation");
    }

    @Test
    void findingVerbWithoutThatIsNoReport() {
        assertThat(quotes("[Tom Aske|PERSON] found the keys in the harbour office.")).isEmpty();
    }

    @Test
    void indirectReportAfterItsContentWithALongApposition() {
        assertThat(quotes("The dam will hold, [Hugh Hill|PERSON], an engineer at the [Lund Institute|ORGANIZATION] who has studied it for years, said."))
                .containsExactly("indirect|The dam will hold|Hugh Hill|Hugh Hill|indirect-subject");
    }
    @Test
    void sentenceBeforeAColonIsNoLabelWhenASpeechVerbFollowsTheQuote() {
        assertThat(quotes("[Anna Meyer|PERSON] turned to [Tom Aske|PERSON]: “Your numbers are wrong,” she said."))
                .containsExactly("direct|Your numbers are wrong,|Anna Meyer|she|pronoun");
    }
    @Test
    void indirectParentheticalReportAfterABareSubjectWithAnAdverb() {
        assertThat(quotes("The museum, [Tom Aske|PERSON] said then, will open its doors in May."))
                .containsExactly("indirect|The museum, Tom Aske said then, will open its doors in May|Tom Aske|Tom Aske|indirect-subject");
    }

    @Test
    void indirectClauseAfterAQuoteJoinedByAnd() {
        assertThat(quotes("[Tom Aske|PERSON] urged members to “think again” and said he would stay on the board."))
                .contains("indirect|he would stay on the board|Tom Aske|Tom Aske|indirect-subject");
    }
    @Test
    void indirectClauseWithAContractedAuxiliary() {
        // CoreNLP splits "she’ll" and may tag "’ll" VB: the contraction still makes the clause finite
        AnnotatedDocument d = splitContraction(MarkedText.parseWithEntities("[Maria Lopez|PERSON] says she’ll run for the council again."));
        assertThat(quotes(d)).containsExactly("indirect|she’ll run for the council again|Maria Lopez|Maria Lopez|indirect-subject");
    }

    /** The document with every "X’ll" token split into "X" and "’ll" (tagged VB), as CoreNLP tokenizes it. */
    private static AnnotatedDocument splitContraction(AnnotatedDocument d) {
        List<org.newsquotes.record.Token> tokens = new java.util.ArrayList<>();
        for (org.newsquotes.record.Token t : d.tokens()) {
            int cut = t.word().indexOf("’ll");
            if (cut <= 0) {
                tokens.add(new org.newsquotes.record.Token(tokens.size(), t.sentence(), t.start(), t.end(), t.word(), t.lemma(), t.pos(), t.ner()));
                continue;
            }
            String head = t.word().substring(0, cut);
            tokens.add(new org.newsquotes.record.Token(tokens.size(), t.sentence(), t.start(), t.start() + cut, head, head.toLowerCase(), "PRP", "O"));
            tokens.add(new org.newsquotes.record.Token(tokens.size(), t.sentence(), t.start() + cut, t.end(), "’ll", "will", "VB", "O"));
        }
        List<org.newsquotes.record.Sentence> sentences = d.sentences().stream()
                .map(s -> new org.newsquotes.record.Sentence(s.index(), s.start(), s.end(),
                        (int) tokens.stream().filter(t -> t.start() < s.start()).count(),
                        (int) tokens.stream().filter(t -> t.start() < s.end()).count()))
                .toList();
        AnnotatedDocument split = AnnotatedDocument.of(d.document()).withTokens(tokens, sentences, Layer.POS, Layer.LEMMA, Layer.NER)
                .withMentions(d.mentions());
        return split.withEntities(d.entities());
    }
    @Test
    void apostropheInsideANameBeforeTheVerbIsNoQuoteMark() {
        assertThat(quotes("The [Court of Appeals’ Board|ORGANIZATION] says the rule was broken twice."))
                .containsExactly("indirect|the rule was broken twice|Court of Appeals’ Board|Court of Appeals’ Board|organisation");
    }
    @Test
    void partyAffiliationInBracketsFollowedByAnApposition() {
        assertThat(quotes("“The bill is dead,” [Ann Roe|PERSON] (D-Ohio), a member of the panel, said."))
                .containsExactly("direct|The bill is dead,|Ann Roe|Ann Roe|verb-after");
    }
    @Test
    void indirectRulingWithThat() {
        assertThat(quotes("The [Lund District Court|ORGANIZATION] ruled that the ferry fees were unlawful."))
                .containsExactly("indirect|the ferry fees were unlawful|Lund District Court|Lund District Court|organisation");
    }

    @Test
    void indirectPossessiveAllegationThat() {
        // the content runs to the sentence end; the possessive name is the evidence
        assertThat(quotes("Later, [Tom Aske|PERSON]'s allegation that the count was rigged."))
                .containsExactly("indirect|the count was rigged|Tom Aske|Tom Aske|indirect-subject");
    }

    @Test
    void everySpeakerEvidenceBecomesAMentionSoQuotesJoinMentionsById() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "\u201cThe border stays closed,\u201d the regional governor said.\n"
                        + "\u201cWe have enough water,\u201d [Petra Lund|PERSON] said. \u201cNot for long,\u201d she added."),
                "governor", "NN");
        AnnotatedDocument out = STAGE.process(d);
        java.util.Map<org.newsquotes.record.Span, org.newsquotes.record.Mention> bySpan = new java.util.HashMap<>();
        for (org.newsquotes.record.Mention m : out.mentions()) bySpan.put(m.span(), m);
        for (Quote q : out.quotes()) {
            if (q.attribution().mentionSpan() == null) continue;
            assertThat(bySpan).as(q.text()).containsKey(q.attribution().mentionSpan());
        }
        org.newsquotes.record.Mention she = out.mentions().stream().filter(m -> m.text().equals("she")).findFirst().orElseThrow();
        assertThat(she.kind()).isEqualTo(org.newsquotes.record.MentionKind.PRONOUN);
        assertThat(she.ner()).isEqualTo("PERSON");
        assertThat(out.mentions().stream().filter(m -> m.id().startsWith("s")).map(org.newsquotes.record.Mention::id))
                .as("added mentions are numbered s1, s2, ... in reading order").isSortedAccordingTo(
                        java.util.Comparator.comparingInt(id -> Integer.parseInt(id.substring(1))));
        org.newsquotes.record.Mention petra = out.mentions().stream().filter(m -> m.text().equals("Petra Lund")).findFirst().orElseThrow();
        assertThat(petra.id()).startsWith("m");
        assertThat(petra.kind()).isEqualTo(org.newsquotes.record.MentionKind.NAME);
        // the tables carry the join
        for (Quote q : out.quotes()) {
            org.newsquotes.output.QuoteRow row = org.newsquotes.output.QuoteRow.of(out, q);
            if (q.attribution().mentionSpan() != null) {
                assertThat(row.speakerMentionId()).as(q.text()).isEqualTo(bySpan.get(q.attribution().mentionSpan()).id());
            } else {
                assertThat(row.speakerMentionId()).isNull();
            }
        }
    }
}
