package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;
import org.newsquotes.record.Token;
import org.newsquotes.testing.MarkedText;

/** Speaker candidates, their features, and the ranker's choice, on sentences written for these tests. */
class SpeakerRankerTest {
    private static final QuoteLexicon LEXICON = QuoteLexicon.load(ModelFiles.packaged());
    private static final QuoteStage SIEVES = new QuoteStage(LEXICON, IndirectScope.SPEECH);

    private static AnnotatedDocument doc(String marked) {
        AnnotatedDocument d = MarkedText.parseWithEntities(marked);
        for (String verb : List.of("said", "told", "added")) d = MarkedText.withPos(d, verb, "VBD");
        return d;
    }

    /** The candidates of the document's first quote as "evidence->speaker". */
    private static List<String> candidates(AnnotatedDocument d) {
        return SIEVES.rankingInstances(d).get(0).candidates().stream()
                .map(c -> c.attribution().mention() + "->" + c.attribution().speaker()).toList();
    }

    private static SpeakerCandidate candidate(AnnotatedDocument d, int quote, String evidence) {
        return SIEVES.rankingInstances(d).get(quote).candidates().stream()
                .filter(c -> c.attribution().mention().equals(evidence)).findFirst().orElseThrow();
    }

    @Test
    void namesBeforeAndAfterTheQuoteAreCandidatesButNamesInsideItAreNot() {
        AnnotatedDocument d = doc("[Ann Roe|PERSON] opened the meeting.\n“Ask [Ivan Petrov|PERSON] about it,” [Tom Aske|PERSON] said.");
        assertThat(candidates(d)).contains("Ann Roe->Ann Roe", "Tom Aske->Tom Aske").noneMatch(c -> c.contains("Petrov"));
    }

    @Test
    void aRoleTheTaggerTypedTitleHeadsTheDescriptionItCloses() {
        // "manager" is a TITLE mention: the candidate is the whole phrase, not its owner "The shop" alone
        AnnotatedDocument d = MarkedText.withPos(doc("The shop's [manager|TITLE] told the paper that the till was empty."), "manager", "NN");
        assertThat(candidates(d)).contains("The shop's manager->null").doesNotContain("The shop->null");
        // its words are the whole phrase (The shop 's manager: tokens 0-3), not the owner the sieve's words overlap
        SpeakerCandidate manager = candidate(d, 0, "The shop's manager");
        assertThat(manager.endToken()).isEqualTo(4);
        assertThat(manager.features()).doesNotContain("possessive");
        // a role right before a name stays the name's title
        AnnotatedDocument titled = MarkedText.withPos(doc("The shop's [manager|TITLE] [Ann Roe|PERSON] told the paper that the till was empty."),
                "manager", "NN");
        assertThat(candidates(titled)).contains("Ann Roe->Ann Roe").noneMatch(c -> c.contains("manager"));
    }

    @Test
    void theNameBeforeASpeechVerbCarriesTheVerbAndTheSievesPick() {
        AnnotatedDocument d = doc("[Ann Roe|PERSON] opened the meeting.\n“The harbour reopens in May,” [Tom Aske|PERSON] said.");
        SpeakerCandidate aske = candidate(d, 0, "Tom Aske");
        assertThat(aske.features()).contains("type=NAME", "ner=PERSON", "dir=after", "sd=0", "verb-after", "sieve=verb-after",
                "direct|verb-after");
        SpeakerCandidate roe = candidate(d, 0, "Ann Roe");
        assertThat(roe.features()).contains("dir=before", "sd=-1", "para=prev", "sentence-start")
                .doesNotContain("verb-after").noneMatch(f -> f.startsWith("sieve="));
        // the sieve's pick, the paragraph and the salience are read for each type of candidate and side apart
        assertThat(aske.features()).contains("NAME:after|sieve=verb-after", "NAME:after|para=same")
                .anyMatch(f -> f.startsWith("NAME:after|salience="));
        assertThat(roe.features()).contains("NAME:before|para=prev").noneMatch(f -> f.startsWith("NAME:before|sieve="));
    }

    @Test
    void aNameOtherThanAnUnresolvedSourceTheSievesFoundIsMarked() {
        // the sieves found the source's words ("The central bank") but no one they name: the governor named later is
        // someone else, and says how far away he is
        AnnotatedDocument d = doc("The central bank said rates would stay high.\nGovernor [Tom Aske|PERSON] spoke later.");
        assertThat(candidate(d, 0, "Tom Aske").features()).contains("sieve-unresolved-other", "sieve-unresolved-other|after|sd=1");
        // a resolved source marks no one so
        AnnotatedDocument named = doc("[Ann Roe|PERSON] said rates would stay high.\nGovernor [Tom Aske|PERSON] spoke later.");
        assertThat(candidate(named, 0, "Tom Aske").features()).noneMatch(f -> f.startsWith("sieve-unresolved-other"));
    }

    @Test
    void aPronounAfterTheQuoteGoesOnWithTheUnnamedPersonWhoseQuoteItIs() {
        String named = "Ward manager [Ann Roe|PERSON] said the ward was full.\n";
        String after = " staff were exhausted.\n“We are running on empty,” she said.";
        // the nurse's report: "she" after it is the nurse, whom nobody named
        AnnotatedDocument nurse = doc(named + "A nurse at the hospital, who asked not to be named, told the paper that" + after);
        assertThat(candidate(nurse, 1, "she").attribution().speaker()).isNull();
        // a body's report leaves "she" to the person named before
        AnnotatedDocument hospital = doc(named + "The hospital told the paper that" + after);
        assertThat(candidate(hospital, 1, "she").attribution().speaker()).isEqualTo("Ann Roe");
    }

    @Test
    void aPlaceWrittenAsACompoundOpensOneDescription() {
        AnnotatedDocument d = MarkedText.withPos(doc("The [Leeds|CITY]-based firm said the mill would close."), "based", "VBN");
        assertThat(candidates(d)).contains("The Leeds-based firm->null").noneMatch(c -> c.startsWith("Leeds->") || c.startsWith("firm->"));
    }

    @Test
    void aDescriptionThatGivesTheNameAfterNamedIsThatPerson() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.withPos(doc(
                "One fan, a retired nurse named [Ann Roe|PERSON], said she had driven all night."), "named", "VBN"), "retired", "JJ");
        assertThat(candidates(d)).contains("a retired nurse->Ann Roe");
        // without the participle the description names no one
        AnnotatedDocument plain = MarkedText.withPos(doc("One fan, a retired nurse from [Leeds|CITY], said she had driven all night."), "retired", "JJ");
        assertThat(candidates(plain)).contains("a retired nurse->null");
    }

    @Test
    void aPossessiveBeforeAPersonNounIsPartOfThatDescriptionNotACandidateOfItsOwn() {
        // the neighbours shout, not Hale: one nominal candidate, no "his" standing for Hale
        AnnotatedDocument d = doc("[Tom Hale|PERSON] waved as his neighbours shouted, “Good morning!”");
        SpeakerCandidate neighbours = candidate(d, 0, "his neighbours");
        assertThat(neighbours.type()).isEqualTo(SpeakerCandidate.Type.NOMINAL);
        assertThat(neighbours.endToken() - neighbours.firstToken()).isEqualTo(2);
        assertThat(SIEVES.rankingInstances(d).get(0).candidates()).noneMatch(c -> c.type() == SpeakerCandidate.Type.PRONOUN);
        // before a noun that names no person the owner is who speaks, and "his" stays a pronoun candidate
        AnnotatedDocument remarks = doc("[Tom Hale|PERSON] rose, and his remarks shouted, “Good morning!”");
        assertThat(SIEVES.rankingInstances(remarks).get(0).candidates())
                .anyMatch(c -> c.type() == SpeakerCandidate.Type.PRONOUN && c.endToken() - c.firstToken() == 1);
    }

    @Test
    void aDescriptionAfterAPossessiveOpensWithItsOwner() {
        AnnotatedDocument d = doc("“The ferry will run,” [Tom Aske|PERSON] said of [Ann Roe|PERSON]’s plan.");
        assertThat(candidates(d)).contains("Ann Roe’s plan->null", "Ann Roe->Ann Roe").noneMatch(c -> c.startsWith("’s"));
    }

    @Test
    void aDescriptionOwnedByARoleOpensWithTheRole() {
        // CoreNLP makes "Governor" a TITLE mention: the spokeswoman is the governor's, not a phrase "'s spokeswoman"
        AnnotatedDocument d = MarkedText.withPos(doc("The [Governor|TITLE]'s [spokeswoman|TITLE] said the bridge would reopen."),
                "spokeswoman", "NN");
        assertThat(candidates(d)).contains("The Governor's spokeswoman->null");
        // its words are the whole phrase (The Governor 's spokeswoman: tokens 0-3); no candidate opens at "'s"
        SpeakerCandidate spokeswoman = candidate(d, 0, "The Governor's spokeswoman");
        assertThat(List.of(spokeswoman.firstToken(), spokeswoman.endToken())).containsExactly(0, 4);
        assertThat(SIEVES.rankingInstances(d).get(0).candidates()).noneMatch(c -> c.firstToken() == 2);
        // the words of the role's own phrase open it too: not "attorney general's office"
        AnnotatedDocument office = MarkedText.withPos(MarkedText.withPos(doc(
                "The state [attorney general|TITLE]'s office said the ruling was wrong."), "state", "NN"), "office", "NN");
        assertThat(SIEVES.rankingInstances(office).get(0).candidates()).noneMatch(c -> c.firstToken() == 2 || c.firstToken() == 4);
    }

    @Test
    void aSpeechVerbAfterAnAppositionAndBeforeTheNameAreSeen() {
        AnnotatedDocument d = doc("“Costs doubled,” [Tom Aske|PERSON], a builder in the town, said.");
        assertThat(candidate(d, 0, "Tom Aske").features()).contains("verb-after-apposition");
        AnnotatedDocument inverted = doc("“Costs doubled,” said [Tom Aske|PERSON].");
        assertThat(candidate(inverted, 0, "Tom Aske").features()).contains("verb-before", "dir=after");
    }

    @Test
    void wordsRunningIntoATitleAndNameAreTheNamesTitleNotACandidate() {
        AnnotatedDocument d = doc("“Costs doubled,” said aviation [analyst|TITLE] [Raj Patel|PERSON].");
        assertThat(candidates(d)).contains("Raj Patel->Raj Patel").noneMatch(c -> c.startsWith("aviation"));
        // a phrase of its own before a name still counts: "the pilots" is no title of Raj Patel
        AnnotatedDocument own = doc("“Costs doubled,” the pilots told [Raj Patel|PERSON].");
        assertThat(candidates(own)).anyMatch(c -> c.startsWith("the pilots"));
    }

    @Test
    void aNounPhraseStaysInItsSentence() {
        // a headline ending on a noun is no part of the description that opens the sentence below it
        AnnotatedDocument d = doc("Army retakes border town\nThe army said the town was calm, “and the roads are open.”");
        SpeakerCandidate army = candidate(d, 0, "The army");
        assertThat(d.tokens().get(army.firstToken()).word()).isEqualTo("The");
        assertThat(army.features()).contains("sentence-start");
        // a line break inside a sentence, before a lower-case word, is no sentence's end: the phrase reads on
        AnnotatedDocument broken = doc("The mayor called it a hate\ncrime, and said the town was calm, “and the roads are open.”");
        assertThat(candidates(broken)).anyMatch(c -> c.startsWith("a hate") && c.contains("crime"));
    }

    @Test
    void aDescriptionBesideANameStandsForThatPersonWhoeverElseSharesItsRole() {
        // "chief" is also the role of the chief executive named first; the name beside the description decides
        String first = "Chief Executive [Ann Roe|PERSON] opened the meeting.\n";
        AnnotatedDocument after = doc(first + "“Margins will recover,” the firm's finance chief, [Tom Aske|PERSON], said.");
        assertThat(candidates(after)).contains("the firm's finance chief->Tom Aske");
        AnnotatedDocument before = doc(first + "“Margins will recover,” [Tom Aske|PERSON], the firm's finance chief, said.");
        assertThat(candidates(before)).contains("the firm's finance chief->Tom Aske");
    }

    @Test
    void aDocumentCandidateSpeaksForWhoeverIssuedIt() {
        // the statement is the participle's subject; the party that issued it is its speaker
        AnnotatedDocument issued = MarkedText.withPos(doc(
                "The [Harbour Party|ORGANIZATION] issued a statement calling the remarks “disgraceful and beneath the office.”"),
                "statement", "NN");
        assertThat(candidates(issued)).contains("a statement calling the remarks->Harbour Party");
        // a document no one is said to have issued stays unresolved
        AnnotatedDocument found = MarkedText.withPos(doc(
                "The [Harbour Party|ORGANIZATION] met. A statement found online called the remarks “disgraceful and beneath the office.”"),
                "statement", "NN");
        assertThat(candidates(found)).anyMatch(c -> c.startsWith("A statement") && c.endsWith("->null"));
    }

    @Test
    void aRelativeWhoAfterADescriptionSpeaksForThePersonTheDescriptionResolvesTo() {
        String text = "Mayor [Ann Roe|PERSON] opened the meeting.\nLater the mayor, who told reporters: “The harbour reopens in May.”";
        AnnotatedDocument d = MarkedText.withPos(MarkedText.withPos(MarkedText.withPos(doc(text), "who", "WP"), "mayor", "NN"), "Later", "RB");
        assertThat(candidates(d)).contains("who->Ann Roe");
        // a description that resolves to no one leaves "who" unresolved, as before
        AnnotatedDocument unnamed = MarkedText.withPos(MarkedText.withPos(
                doc("Later a neighbour, who told reporters: “The harbour reopens in May.”"), "who", "WP"), "neighbour", "NN");
        assertThat(candidates(unnamed)).contains("who->null");
        // "who" after a place is not the place's but the person's the place describes, as the sieves read it
        AnnotatedDocument place = MarkedText.withPos(
                doc("[Tom Aske|PERSON], a builder from [Leeds|CITY] who told reporters: “The harbour reopens in May.”"), "who", "WP");
        assertThat(candidates(place)).contains("who->Tom Aske").doesNotContain("who->Leeds");
        AnnotatedDocument home = MarkedText.withPos(
                doc("Senator [Ann Roe|PERSON] of [Ohio|STATE_OR_PROVINCE], who told reporters: “The harbour reopens in May.”"), "who", "WP");
        assertThat(candidates(home)).contains("who->Ann Roe").doesNotContain("who->Ohio");
    }

    @Test
    void aRelativeWhoAfterAnUnnamedDescriptionIsThatDescriptionForALaterSentencesQuote() {
        String text = "“Money is no problem,” said one aide involved in the planning, who spoke on condition of anonymity. “We will win.”";
        AnnotatedDocument d = MarkedText.withPos(MarkedText.withPos(MarkedText.withPos(MarkedText.withPos(
                doc(text), "who", "WP"), "aide", "NN"), "spoke", "VBD"), "involved", "VBN");
        // the second quote: "who" stands for the aide, and the aide's words are the evidence
        assertThat(SIEVES.rankingInstances(d).get(1).candidates()).extracting(c -> c.attribution().mention())
                .anyMatch(m -> m.startsWith("one aide")).doesNotContain("who");
        // the description's head, not a noun inside its modifier
        String nested = "“Money is no problem,” said one aide with knowledge of the plan, who spoke on condition of anonymity. “We will win.”";
        AnnotatedDocument n = MarkedText.withPos(MarkedText.withPos(MarkedText.withPos(doc(nested), "who", "WP"), "aide", "NN"), "spoke", "VBD");
        SpeakerCandidate who = SIEVES.rankingInstances(n).get(1).candidates().stream()
                .filter(c -> c.type() == SpeakerCandidate.Type.PRONOUN).findFirst().orElseThrow();
        assertThat(who.attribution().mention()).isEqualTo("one aide");
        assertThat(SIEVES.rankingInstances(n).get(1).candidates()).extracting(c -> c.attribution().mention()).contains("the plan");
        // a head no nominal starts at (a party's adjective): the modifier's noun reads back to it, and that is the evidence
        String adjective = "“Money is no problem,” said one Republican involved in the talks, who spoke on condition of anonymity. “We will win.”";
        AnnotatedDocument j = MarkedText.withPos(MarkedText.withPos(MarkedText.withPos(MarkedText.withPos(MarkedText.withPos(
                doc(adjective), "who", "WP"), "Republican", "JJ"), "spoke", "VBD"), "involved", "VBN"), "one", "CD");
        assertThat(SIEVES.rankingInstances(j).get(1).candidates()).filteredOn(c -> c.type() == SpeakerCandidate.Type.PRONOUN)
                .extracting(c -> c.attribution().mention()).containsExactly("one Republican involved in the talks");
        // a restrictive "who" (no comma) describes whoever it follows, not a description of the speaker's
        String restrictive = "“Money is no problem,” said the aide. Fox gave a voice to people who felt ignored. “We will win.”";
        AnnotatedDocument r = MarkedText.withPos(MarkedText.withPos(doc(restrictive), "who", "WP"), "felt", "VBD");
        assertThat(SIEVES.rankingInstances(r).get(1).candidates()).filteredOn(c -> c.type() == SpeakerCandidate.Type.PRONOUN)
                .extracting(c -> c.attribution().mention()).containsExactly("who");
    }

    @Test
    void aRelativeWhoAfterANameIsThatNameForALaterSentencesQuote() {
        String text = "“Costs will rise,” warns [Ellen Marsh|PERSON], who runs a consultancy. “Nobody is ready.”";
        AnnotatedDocument d = MarkedText.withPos(MarkedText.withPos(MarkedText.withPos(doc(text), "who", "WP"), "runs", "VBZ"),
                "warns", "VBZ");
        SpeakerCandidate who = SIEVES.rankingInstances(d).get(1).candidates().stream()
                .filter(c -> c.type() == SpeakerCandidate.Type.PRONOUN).findFirst().orElseThrow();
        // the second quote's candidate speaks for her with her name as its words, not "who"
        assertThat(who.attribution().speaker()).isEqualTo("Ellen Marsh");
        assertThat(who.attribution().mention()).isEqualTo("Ellen Marsh");
    }

    @Test
    void aRelativePronounWhoseClauseClosesBeforeTheCueIsNoCandidateItsAntecedentIs() {
        // "who" is the subject of "chairs", not of "said": the mayor speaks
        AnnotatedDocument d = MarkedText.withPos(MarkedText.withPos(MarkedText.withPos(
                doc("Mayor [Ann Roe|PERSON] opened the meeting.\nLater the mayor, who chairs the board, said: “The harbour reopens in May.”"),
                "who", "WP"), "mayor", "NN"), "Later", "RB");
        d = MarkedText.withPos(d, "chairs", "VBZ");
        assertThat(candidates(d)).contains("the mayor->Ann Roe").noneMatch(c -> c.startsWith("who->"));
        AnnotatedDocument unnamed = MarkedText.withPos(MarkedText.withPos(MarkedText.withPos(
                doc("The 58-year-old, who joined the firm in 2021, said the group would invest the savings."),
                "who", "WP"), "joined", "VBD"), "58-year-old", "NN");
        assertThat(SIEVES.rankingInstances(unnamed).get(0).candidates()).extracting(c -> c.attribution().mention())
                .contains("The 58-year-old").doesNotContain("who");
        // the subject of the cue stays a candidate: no clause of its own closes before the cue
        AnnotatedDocument subject = MarkedText.withPos(MarkedText.withPos(
                doc("Later the mayor, who has also said: “The harbour reopens in May.”"), "who", "WP"), "mayor", "NN");
        assertThat(candidates(subject)).anyMatch(c -> c.startsWith("who->"));
    }

    @Test
    void aRestrictiveRelativePronounWithAVerbOfItsOwnIsNoCandidateOfTheReport() {
        // "who" is the subject of "worked": the wardens report
        AnnotatedDocument d = MarkedText.withPos(MarkedText.withPos(
                doc("Two former wardens who worked at the prison said the cells were damp."), "who", "WP"), "worked", "VBD");
        assertThat(SIEVES.rankingInstances(d).get(0).candidates()).extracting(c -> c.attribution().mention())
                .anyMatch(m -> m.contains("wardens")).doesNotContain("who");
        // "who" right before the cue, or before the cue's own auxiliaries, is its subject and stays
        for (String report : List.of("Two former wardens who said the cells were damp left early.",
                "Two former wardens who have also said the cells were damp left early.")) {
            AnnotatedDocument subject = MarkedText.withPos(MarkedText.withPos(doc(report), "who", "WP"), "have", "VBP");
            assertThat(SIEVES.rankingInstances(subject).get(0).candidates()).extracting(c -> c.attribution().mention())
                    .contains("who");
        }
    }

    @Test
    void aDescriptionNamingAPersonIsMarked() {
        AnnotatedDocument d = doc("A neighbour spoke after the statement.\n“The car never slowed down,” she said.");
        assertThat(candidate(d, 0, "A neighbour").features()).contains("head-person");
        assertThat(candidate(d, 0, "the statement").features()).doesNotContain("head-person");
    }

    @Test
    void aSpeechVerbAfterAShortPrepositionalPhraseAndTheAddresseeOfTheVerbAreSeen() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.withPos(MarkedText.withPos(
                doc("“Nobody wins,” a spokesman for the chamber told the [Herald|ORGANIZATION]."), "for", "IN"), "a", "DT"), "chamber", "NN");
        d = MarkedText.withPos(d, "the", "DT");
        // the sieves' source words join the noun phrase "a spokesman", whose next words are the phrase, then the verb
        assertThat(candidate(d, 0, "a spokesman for the chamber").features()).contains("verb-after-phrase").doesNotContain("addressee");
        assertThat(candidate(d, 0, "Herald").features()).contains("addressee").doesNotContain("verb-after-phrase");
        // a name that speaks is no addressee
        AnnotatedDocument inverted = doc("“Nobody wins,” said [Tom Aske|PERSON].");
        assertThat(candidate(inverted, 0, "Tom Aske").features()).doesNotContain("addressee");
    }

    @Test
    void aSpeechVerbBeforeTheTitleLeadingToTheNameCountsAsBeforeTheName() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.withPos(
                doc("“Costs doubled,” said the deputy health minister [Tom Aske|PERSON]."), "deputy", "JJ"), "health", "NN");
        d = MarkedText.withPos(MarkedText.withPos(d, "minister", "NN"), "the", "DT");
        assertThat(candidate(d, 0, "Tom Aske").features()).contains("verb-before");
        // a comma or a verb between them breaks the title, and the last word before the name must be a role
        AnnotatedDocument broken = MarkedText.withPos(doc("“Costs doubled,” said the minister, [Tom Aske|PERSON] added later."), "minister", "NN");
        assertThat(candidate(broken, 0, "Tom Aske").features()).doesNotContain("verb-before");
        AnnotatedDocument noRole = MarkedText.withPos(doc("“Costs doubled,” said local builder [Tom Aske|PERSON]."), "local", "JJ");
        assertThat(candidate(MarkedText.withPos(noRole, "builder", "NN"), 0, "Tom Aske").features()).doesNotContain("verb-before");
    }

    @Test
    void aPossessorOfTheReportingNounRightBeforeTheQuoteIsMarked() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.withPos(
                doc("[Tom Aske|PERSON]'s claim: “The harbour is sold.”"), "'s", "POS"), "claim", "NN");
        assertThat(candidate(d, 0, "Tom Aske").features()).contains("possessive", SpeakerFeatures.POSSESSOR_OF_REPORT_NOUN);
        // a time phrase may stand between the noun and its "that"
        AnnotatedDocument later = MarkedText.withPos(MarkedText.withPos(MarkedText.withPos(
                doc("They rejected [Tom Aske|PERSON]'s claim [a day earlier|TIME] that the harbour was sold."), "'s", "POS"), "claim", "NN"), "that", "IN");
        SpeakerCandidate laterAske = SIEVES.rankingInstances(later).stream().filter(i -> i.quote().kind() == org.newsquotes.record.QuoteKind.INDIRECT)
                .flatMap(i -> i.candidates().stream()).filter(c -> "Tom Aske".equals(c.attribution().mention())).findFirst().orElseThrow();
        assertThat(laterAske.features()).contains("possessive", SpeakerFeatures.POSSESSOR_OF_REPORT_NOUN);
        // a possessed noun that reports nothing, or a reporting noun far from the quote, is not
        AnnotatedDocument boat = MarkedText.withPos(MarkedText.withPos(
                doc("[Tom Aske|PERSON]'s boat: “The harbour is sold.”"), "'s", "POS"), "boat", "NN");
        SpeakerCandidate boatAske = SIEVES.rankingInstances(boat).get(0).candidates().stream()
                .filter(c -> c.type() == SpeakerCandidate.Type.NAME).findFirst().orElseThrow(); // the colon label's words
        assertThat(boatAske.features()).contains("possessive").doesNotContain(SpeakerFeatures.POSSESSOR_OF_REPORT_NOUN);
        AnnotatedDocument far = MarkedText.withPos(MarkedText.withPos(
                doc("[Tom Aske|PERSON]'s claim came first. The board then wrote: “The harbour is sold.”"), "'s", "POS"), "claim", "NN");
        SpeakerCandidate farAske = SIEVES.rankingInstances(far).stream().filter(i -> i.quote().kind() == org.newsquotes.record.QuoteKind.DIRECT)
                .flatMap(i -> i.candidates().stream()).filter(c -> "Tom Aske".equals(c.attribution().mention())).findFirst().orElseThrow();
        assertThat(farAske.features()).contains("possessive").doesNotContain(SpeakerFeatures.POSSESSOR_OF_REPORT_NOUN);
    }

    @Test
    void wordsThatEndInNoNounAreMarkedAsNoSpeaker() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.withPos(MarkedText.withPos(
                doc("The ministry seldom answered."), "ministry", "NN"), "seldom", "RB"), "The", "DT");
        DocumentIndex ix = new DocumentIndex(d);
        org.newsquotes.record.Attribution none = new org.newsquotes.record.Attribution(null, null, null, "x", new org.newsquotes.record.Span(0, 1),
                null, "none", 0.0);
        // "The ministry" ends in a noun; "The ministry seldom" (words a sieve might hand over) does not
        assertThat(SpeakerFeatures.nounHead(ix, new SpeakerFeatures.Draft(SpeakerCandidate.Type.NOMINAL, 0, 2, none))).isTrue();
        assertThat(SpeakerFeatures.nounHead(ix, new SpeakerFeatures.Draft(SpeakerCandidate.Type.NOMINAL, 0, 3, none))).isFalse();
        // names and pronouns are never marked
        assertThat(SpeakerFeatures.nounHead(ix, new SpeakerFeatures.Draft(SpeakerCandidate.Type.NAME, 2, 3, none))).isTrue();
    }

    @Test
    void aPronounIsResolvedToThePersonTheRulesFindAndKeepsItsOwnWordsAsEvidence() {
        AnnotatedDocument d = doc("[Maria Lopez|PERSON] met the mayor on Monday.\n“We disagree on the budget,” she said.");
        SpeakerCandidate she = candidate(d, 0, "she");
        assertThat(she.type()).isEqualTo(SpeakerCandidate.Type.PRONOUN);
        assertThat(she.attribution().speaker()).isEqualTo("Maria Lopez");
        assertThat(she.features()).contains("pronoun=she", "verb-after");
    }

    @Test
    void aRelativePronounIsACandidateStandingForTheNameBeforeIt() {
        AnnotatedDocument d = doc("“Costs doubled,” said [Ann Roe|PERSON], who chairs the board.");
        AnnotatedDocument report = doc("The port reopened after [Tom Aske|PERSON], who said the harbour was safe, signed the order.");
        SpeakerCandidate who = SIEVES.rankingInstances(report).stream().flatMap(i -> i.candidates().stream())
                .filter(c -> "who".equals(c.attribution().mention())).findFirst().orElseThrow();
        assertThat(who.type()).isEqualTo(SpeakerCandidate.Type.PRONOUN);
        assertThat(who.attribution().speaker()).isEqualTo("Tom Aske");
        assertThat(who.features()).contains("pronoun=who");
        assertThat(candidates(d)).contains("who->Ann Roe");
    }

    @Test
    void thePreviousSpeakerIsMarkedOnEveryCandidateNamingHim() {
        AnnotatedDocument d = doc("“Costs doubled,” [Tom Aske|PERSON] said.\n[Tom Aske|PERSON] left early. “We will see,” he added.");
        SpeakerCandidate again = SIEVES.rankingInstances(d).get(1).candidates().stream()
                .filter(c -> "Tom Aske".equals(c.attribution().mention())).findFirst().orElseThrow();
        assertThat(again.features()).contains("previous-speaker");
    }

    @Test
    void aParsedSubjectOfTheVerbGoverningTheContentIsLinkedToTheQuote() {
        AnnotatedDocument d = doc("[Tom Aske|PERSON] said that the harbour would reopen.");
        // hand-made parse: Aske -nsubj-> said; reopen -ccomp-> said; said is the root
        List<Token> parsed = new ArrayList<>();
        int said = index(d, "said");
        int reopen = index(d, "reopen");
        for (Token t : d.tokens()) {
            int head = t.index() == said ? Token.ROOT : t.word().equals("Tom") ? t.index() + 1 : t.word().equals("Aske") || t.index() == reopen ? said : reopen;
            String rel = t.index() == said ? "root" : t.word().equals("Tom") ? "compound" : t.word().equals("Aske") ? "nsubj"
                    : t.index() == reopen ? "ccomp" : "dep";
            parsed.add(t.withDependency(head, rel));
        }
        AnnotatedDocument withParse = d.withDependencies(parsed);
        QuoteStage parc = new QuoteStage(LEXICON, IndirectScope.SPEECH);
        SpeakerCandidate aske = parc.rankingInstances(withParse).get(0).candidates().stream()
                .filter(c -> "Tom Aske".equals(c.attribution().mention())).findFirst().orElseThrow();
        assertThat(aske.features()).contains("dep=nsubj", "link=gov-of-quote", "dep=nsubj|link=gov-of-quote");
        SpeakerCandidate unparsed = SIEVES.rankingInstances(d).get(0).candidates().stream()
                .filter(c -> "Tom Aske".equals(c.attribution().mention())).findFirst().orElseThrow();
        assertThat(unparsed.features()).contains("dep=unparsed").noneMatch(f -> f.startsWith("link="));
    }

    private static int index(AnnotatedDocument d, String word) {
        return d.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
    }

    @Test
    void theRankerTakesTheBestScoredCandidateWithItsCalibratedConfidence() {
        // a model that trusts the name before a speech verb, whatever the sieves say
        LinearModel model = new LinearModel(Map.of("bias", -3.0, "verb-after", 5.0), new double[] {0.5, 1.0},
                new double[] {0.2, 0.9}, 0.25);
        QuoteStage ranked = new QuoteStage(LEXICON, IndirectScope.SPEECH, model);
        List<Quote> qs = ranked.findQuotes(doc("[Ann Roe|PERSON] opened the meeting.\n“The harbour reopens,” [Tom Aske|PERSON] said."));
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).attribution().speaker()).isEqualTo("Tom Aske");
        assertThat(qs.get(0).attribution().method()).isEqualTo("verb-after"); // the sieve behind the winner
        assertThat(qs.get(0).attribution().confidence()).isEqualTo(0.9);
    }

    @Test
    void belowTheThresholdTheEvidenceIsKeptAndNoNameGiven() {
        LinearModel doubtful = new LinearModel(Map.of("bias", -3.0), new double[] {1.0}, new double[] {0.1}, 0.25);
        QuoteStage ranked = new QuoteStage(LEXICON, IndirectScope.SPEECH, doubtful);
        Quote q = ranked.findQuotes(doc("“The harbour reopens,” [Tom Aske|PERSON] said.")).get(0);
        assertThat(q.attribution().speaker()).isNull();
        assertThat(q.attribution().mention()).isEqualTo("Tom Aske");
        assertThat(q.attribution().method()).isEqualTo("source-unresolved");
        assertThat(q.attribution().confidence()).isEqualTo(0.1);
    }

    @Test
    void aModelThatPrefersAnotherCandidateOverridesTheSieves() {
        LinearModel firstNamed = new LinearModel(Map.of("bias", -3.0, "sentence-start", 4.0, "dir=before", 1.0),
                new double[] {1.0}, new double[] {0.6}, 0.25);
        QuoteStage ranked = new QuoteStage(LEXICON, IndirectScope.SPEECH, firstNamed);
        Quote q = ranked.findQuotes(doc("[Ann Roe|PERSON] opened the meeting.\n“The harbour reopens,” [Tom Aske|PERSON] said.")).get(0);
        assertThat(q.attribution().speaker()).isEqualTo("Ann Roe");
        assertThat(q.attribution().method()).isEqualTo(SpeakerCandidates.METHOD);
    }

    @Test
    void anIndirectReportKeepsItsReportingVerbAsCueWhoeverTheRankerNames() {
        LinearModel firstNamed = new LinearModel(Map.of("bias", -3.0, "sentence-start", 4.0, "dir=before", 1.0),
                new double[] {1.0}, new double[] {0.6}, 0.25);
        QuoteStage ranked = new QuoteStage(LEXICON, IndirectScope.SPEECH, firstNamed);
        Quote q = ranked.findQuotes(doc("[Ann Roe|PERSON] opened the meeting.\n[Tom Aske|PERSON] said the harbour would reopen in May.")).stream()
                .filter(x -> x.kind() == org.newsquotes.record.QuoteKind.INDIRECT).findFirst().orElseThrow();
        assertThat(q.attribution().speaker()).isEqualTo("Ann Roe");
        assertThat(q.attribution().cue()).isEqualTo("said");
        // a marked quote's cue belongs to the sieve's evidence: another speaker does not inherit it
        Quote marked = ranked.findQuotes(doc("[Ann Roe|PERSON] opened the meeting.\n“The harbour reopens,” [Tom Aske|PERSON] said.")).get(0);
        assertThat(marked.attribution().speaker()).isEqualTo("Ann Roe");
        assertThat(marked.attribution().cue()).isNull();
        // the sieves found no evidence for the participle's subject, so their answer names no cue: the report's own
        // verb it still is
        Quote participle = ranked.findQuotes(doc("A water company was fined after admitting it dumped sewage in the river.")).stream()
                .filter(x -> x.kind() == org.newsquotes.record.QuoteKind.INDIRECT).findFirst().orElseThrow();
        assertThat(participle.attribution().cue()).isEqualTo("admitting");
    }

    @Test
    void thePassivesAgentAskedWhateverTheModelPrefers() {
        // a model that prefers the sentence's first name: the analyst who asked is still the source
        LinearModel firstNamed = new LinearModel(Map.of("bias", -3.0, "sentence-start", 4.0, "dir=before", 1.0),
                new double[] {1.0}, new double[] {0.6}, 0.25);
        QuoteStage ranked = new QuoteStage(LEXICON, IndirectScope.SPEECH, firstNamed);
        AnnotatedDocument d = MarkedText.withPos(doc(
                "[Dev Anand|PERSON] spoke next. Asked by one analyst whether the dividend was safe, [Dev Anand|PERSON] smiled."),
                "Asked", "VBN");
        Quote q = ranked.findQuotes(d).stream().filter(x -> x.text().startsWith("whether")).findFirst().orElseThrow();
        assertThat(q.attribution().speaker()).isNull();
        assertThat(q.attribution().mention()).isEqualTo("one analyst");
    }

    @Test
    void quotesWithoutCandidatesKeepTheSievesAnswer() {
        LinearModel any = new LinearModel(Map.of("bias", 2.0), new double[0], new double[0], 0.25);
        QuoteStage ranked = new QuoteStage(LEXICON, IndirectScope.SPEECH, any);
        List<Quote> qs = ranked.findQuotes(doc("“Nobody came.”"));
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).attribution().method()).isEqualTo(SIEVES.findQuotes(doc("“Nobody came.”")).get(0).attribution().method());
    }
}
