package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.testing.MarkedText;

/** Our format's conventions over the ranker's choice, on feature lists and on sentences written for these tests. */
class SpeakerConventionsTest {
    private static final QuoteLexicon LEXICON = QuoteLexicon.load(ModelFiles.packaged());

    private static AnnotatedDocument doc(String marked, String... wordPos) {
        AnnotatedDocument d = MarkedText.parseWithEntities(marked);
        for (String verb : List.of("said", "told", "added")) d = MarkedText.withPos(d, verb, "VBD");
        for (int i = 0; i < wordPos.length; i += 2) d = MarkedText.withPos(d, wordPos[i], wordPos[i + 1]);
        return d;
    }

    /** A softmax model that trusts one feature above all. */
    private static LinearModel trusting(String feature) {
        return new LinearModel(LinearModel.Scoring.SOFTMAX, Map.of(feature, 6.0), new double[0], new double[0], 0.0, Set.of());
    }

    @Test
    void theSubjectOfTheQuotesOwnSpeechVerbWinsOverTheAgencyItCameThrough() {
        List<List<String>> cands = List.of(
                List.of("type=NAME", "sd=0", "verb-before", "sieve=verb-inverted"),
                List.of("type=NAME", "sd=0", "according-to"));
        assertThat(new SpeechVerbOverAccordingTo().override(cands, 1)).isEqualTo(0);
        assertThat(SpeakerConventions.apply(cands, 1)).isEqualTo(0);
        // the ranker's own choice of the speaker stands
        assertThat(SpeakerConventions.apply(cands, 0)).isEqualTo(0);
    }

    @Test
    void anAccordingToSourceStaysWhenTheSievesFoundNoSpeechVerbInTheQuotesSentence() {
        List<List<String>> elsewhere = List.of(
                List.of("type=NAME", "sd=-1", "verb-after", "sieve=verb-after"),
                List.of("type=NAME", "sd=0", "according-to"));
        assertThat(SpeakerConventions.apply(elsewhere, 1)).isEqualTo(1);
        List<List<String>> noVerbPick = List.of(
                List.of("type=NAME", "sd=0", "verb-before", "sieve=same-paragraph"),
                List.of("type=NAME", "sd=0", "according-to"));
        assertThat(SpeakerConventions.apply(noVerbPick, 1)).isEqualTo(1);
    }

    @Test
    void theOwnerOfTheReportingNounWinsOverTheSubjectWhoAnsweredIt() {
        List<List<String>> cands = List.of(
                List.of("type=NAME", "sd=0", "verb-after", "dep=nsubj"),
                List.of("type=NAME", "sd=0", "possessive", SpeakerFeatures.POSSESSOR_OF_REPORT_NOUN, "sieve=indirect-subject"));
        assertThat(new ReportNounOwner().override(cands, 0)).isEqualTo(1);
        // a possessor the sieves did not pick, or a pick that owns no reporting noun, changes nothing
        List<List<String>> unpicked = List.of(
                List.of("type=NAME", "sd=0", "verb-after", "sieve=indirect-subject"),
                List.of("type=NAME", "sd=0", "possessive", SpeakerFeatures.POSSESSOR_OF_REPORT_NOUN));
        assertThat(SpeakerConventions.apply(unpicked, 0)).isEqualTo(0);
        List<List<String>> plain = List.of(
                List.of("type=NAME", "sd=0", "verb-after"),
                List.of("type=NAME", "sd=0", "possessive", "sieve=indirect-subject"));
        assertThat(SpeakerConventions.apply(plain, 0)).isEqualTo(0);
    }

    @Test
    void inASentenceTheMinisterWhoSaidTheWordsIsTheSpeakerNotTheAgency() {
        AnnotatedDocument d = doc("“The talks are over,” said deputy minister [Ann Roe|PERSON], according to the [State Agency|ORGANIZATION].",
                "deputy", "JJ", "minister", "NN", "the", "DT");
        QuoteStage ranked = new QuoteStage(LEXICON, IndirectScope.SPEECH, trusting("according-to"));
        Quote q = ranked.findQuotes(d).get(0);
        assertThat(q.attribution().speaker()).isEqualTo("Ann Roe");
        // without the verb the agency is all there is to go by
        AnnotatedDocument bare = doc("“The talks are over,” according to the [State Agency|ORGANIZATION].");
        assertThat(ranked.findQuotes(bare).get(0).attribution().speaker()).isEqualTo("State Agency");
    }

    @Test
    void inASentenceTheOwnerOfTheClaimIsTheSpeakerNotTheManWhoAnsweredIt() {
        AnnotatedDocument d = doc("In response to [Ann Roe|PERSON]'s claim that the harbour had been sold, [Tom Aske|PERSON] said he would sue.",
                "'s", "POS", "claim", "NN", "harbour", "NN", "the", "DT", "would", "MD");
        QuoteStage ranked = new QuoteStage(LEXICON, IndirectScope.PARC, trusting("verb-after"));
        Quote q = ranked.findQuotes(d).stream().filter(x -> x.kind() == QuoteKind.INDIRECT).findFirst().orElseThrow();
        assertThat(q.text()).startsWith("the harbour had been sold");
        assertThat(q.attribution().speaker()).isEqualTo("Ann Roe");
    }
}
