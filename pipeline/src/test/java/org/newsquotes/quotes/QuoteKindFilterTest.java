package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.testing.MarkedText;

/** The quote-kind filter's features and decision, on sentences written for these tests. */
class QuoteKindFilterTest {
    private static final QuoteLexicon LEXICON = QuoteLexicon.load(ModelFiles.packaged());

    private static AnnotatedDocument doc(String marked) {
        return MarkedText.withPos(MarkedText.parseWithEntities(marked), "said", "VBD");
    }

    private static List<String> features(String marked) {
        // the marked quote's instance (an indirect report of the sentence has no kind features)
        return new QuoteStage(LEXICON, IndirectScope.SPEECH).rankingInstances(doc(marked)).stream()
                .map(QuoteStage.RankingInstance::kindFeatures).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }

    /** Whether the first marked quote of {@code marked} (its first line a title when {@code title}) is a labelled headline. */
    private static boolean labelledHeadline(String marked, boolean title, String method) {
        AnnotatedDocument d = MarkedText.parseWithEntities(marked);
        if (title) d = MarkedText.withBlock(d, 0, 0, org.newsquotes.record.BlockKind.TITLE);
        DocumentIndex ix = new DocumentIndex(d);
        String text = d.text();
        int open = text.indexOf('‘');
        int close = text.indexOf('’', open);
        org.newsquotes.record.Span content = new org.newsquotes.record.Span(open + 1, close);
        QuoteCandidate q = new QuoteCandidate(content, open, close + 1, QuoteKind.DIRECT, false, null);
        org.newsquotes.record.Attribution sieve = new org.newsquotes.record.Attribution("Ann Roe", "e1", null, "Ann Roe",
                new org.newsquotes.record.Span(0, 7), "—", method, 0.9);
        return QuoteKindFilter.labelledHeadline(q, sieve, new AttributionContext(ix, LEXICON, List.of()));
    }

    @Test
    void aHeadlineQuoteASpeakersLabelOpensIsKeptWithoutTheFilter() {
        String headline = "[Ann Roe|PERSON]: ‘We Will Fight On’\nThe vote is on Monday.";
        assertThat(labelledHeadline(headline, true, AttributionMethod.COLON_LABEL.label())).isTrue();
        // the same line in the body, or a quote given its speaker another way, is left to the filter
        assertThat(labelledHeadline(headline, false, AttributionMethod.COLON_LABEL.label())).isFalse();
        assertThat(labelledHeadline(headline, true, AttributionMethod.VERB_AFTER.label())).isFalse();
    }

    @Test
    void describesLengthCapitalsPunctuationAndPosition() {
        List<String> f = features("“We will rebuild the harbour,” [Tom Aske|PERSON] said.");
        assertThat(f).contains("bias", "kind=direct", "words=4-6", "upper-start", "end=comma", "first-person",
                "opens-paragraph", "first-paragraph", "sieve=verb-after", "direct|first-person");
        AnnotatedDocument d = MarkedText.withPos(doc("The mayor called the plan “a fine mess” at the meeting."), "plan", "NN");
        List<String> phrase = new QuoteStage(LEXICON, IndirectScope.SPEECH).rankingInstances(d).get(0).kindFeatures();
        assertThat(phrase).contains("kind=fragment", "words=3", "end=none", "before=noun", "after=preposition",
                "fragment|before=noun")
                .doesNotContain("upper-start", "first-person", "opens-paragraph", "finite-verb");
    }

    @Test
    void marksTheSignsOfANameOrATitle() {
        // a noun of a work right before the marks, and a bracket after them
        List<String> memoir = features("[Tom Aske|PERSON] published the memoir “Harbour Lights” (Gull Press) in 2019.");
        assertThat(memoir).contains("after-work-noun", "bracket-after", "all-proper", "title-case", "title-case|before=noun",
                "other|after-work-noun");
        // a name's possessive before the marks
        List<String> show = features("[Tom Aske|PERSON] told the Gazette's “Morning Desk” that the port would reopen.");
        assertThat(show).contains("after-name-possessive", "all-proper").doesNotContain("after-work-noun", "bracket-after");
        // someone's words: none of the signs
        List<String> words = features("[Tom Aske|PERSON] said the plan was “a fine mess” at the meeting.");
        assertThat(words).doesNotContain("after-work-noun", "after-name-possessive", "bracket-after", "all-proper")
                .noneMatch(f -> f.startsWith("title-case"));
    }

    @Test
    void continuedParagraphsAndIndirectQuotesAreNotFiltered() {
        List<QuoteStage.RankingInstance> in = new QuoteStage(LEXICON, IndirectScope.SPEECH).rankingInstances(
                doc("[Tom Aske|PERSON] said: “The harbour will reopen.\n“And the fish market will follow.”"));
        assertThat(in).hasSize(2);
        assertThat(in.get(0).kindFeatures()).isNotNull();
        assertThat(in.get(1).quote().continuesPrevious()).isTrue();
        assertThat(in.get(1).kindFeatures()).isNull();
    }

    @Test
    void aQuoteTheModelDoubtsBecomesOtherWithNoSpeaker() {
        // a model that keeps only quotes with a finite verb inside
        LinearModel model = new LinearModel(Map.of("bias", -2.0, "finite-verb", 4.0), new double[0], new double[0], 0.5);
        QuoteStage stage = new QuoteStage(LEXICON, IndirectScope.SPEECH, null, model, null);
        AnnotatedDocument d = MarkedText.withPos(doc("[Tom Aske|PERSON] called it “a fine mess” and said: “It is broken.”"), "is", "VBZ");
        List<Quote> qs = stage.findQuotes(d);
        assertThat(qs).extracting(q -> q.kind() + "|" + q.text()).containsExactly("OTHER|a fine mess", "DIRECT|It is broken.");
        assertThat(qs.get(0).attribution().hasSpeaker()).isFalse();
        assertThat(new QuoteStage(LEXICON, IndirectScope.SPEECH).findQuotes(d).get(0).kind()).isEqualTo(QuoteKind.FRAGMENT);
    }

    @Test
    void wordsTheRulesCalledOtherAreReadAsAQuoteWithTheirSource() {
        // Title Case after a verb: the rules call it other; the instance carries its features as a quote
        String text = "[Tom Aske|PERSON] called the plan “Project Harbour Fear” at the meeting.";
        List<QuoteStage.RankingInstance> in = new QuoteStage(LEXICON, IndirectScope.SPEECH).rankingInstances(doc(text));
        assertThat(in).hasSize(1);
        assertThat(in.get(0).quote().kind()).isEqualTo(QuoteKind.OTHER);
        assertThat(in.get(0).candidates()).isEmpty();
        assertThat(in.get(0).kindFeatures()).contains("kind=other", "title-case", "other|title-case");
        // a model that reads Title Case after a noun as someone's words promotes it, speaker and all
        LinearModel promote = new LinearModel(Map.of("bias", -2.0, "other|before=noun", 4.0), new double[0], new double[0], 0.5);
        List<Quote> qs = new QuoteStage(LEXICON, IndirectScope.SPEECH, null, promote, null).findQuotes(doc(text));
        assertThat(qs).extracting(q -> q.kind() + "|" + q.text() + "|" + q.attribution().speaker())
                .containsExactly("FRAGMENT|Project Harbour Fear|Tom Aske");
        // one that does not leaves it other, with no speaker
        LinearModel keep = new LinearModel(Map.of("bias", -2.0), new double[0], new double[0], 0.5);
        assertThat(new QuoteStage(LEXICON, IndirectScope.SPEECH, null, keep, null).findQuotes(doc(text)))
                .extracting(q -> q.kind() + "|" + q.attribution().hasSpeaker()).containsExactly("OTHER|false");
    }
    @Test
    void anEditorsBracketedNoteIsNeverPromotedNorLearnedFrom() {
        String text = "[Tom Aske|PERSON] thanked the crowd. “(APPLAUSE)” He went on.";
        // no training instance: it is neither a quote nor a promotion candidate
        assertThat(new QuoteStage(LEXICON, IndirectScope.SPEECH).rankingInstances(doc(text))).isEmpty();
        // a model that promotes everything leaves it other
        LinearModel all = new LinearModel(Map.of("bias", 4.0), new double[0], new double[0], 0.5);
        assertThat(new QuoteStage(LEXICON, IndirectScope.SPEECH, null, all, null).findQuotes(doc(text)))
                .extracting(q -> q.kind() + "|" + q.attribution().hasSpeaker()).containsExactly("OTHER|false");
    }

    @Test
    void stageDirectionIsOneBracketedGroupAndNothingElse() {
        assertThat(QuoteKindClassifier.stageDirection("(APPLAUSE)")).isTrue();
        assertThat(QuoteKindClassifier.stageDirection("[Laughter.]")).isTrue();
        assertThat(QuoteKindClassifier.stageDirection("(inaudible),")).isTrue();
        assertThat(QuoteKindClassifier.stageDirection("[The toll] is too high,")).isFalse();
        assertThat(QuoteKindClassifier.stageDirection("(laughs) We won. (cheers)")).isFalse();
        assertThat(QuoteKindClassifier.stageDirection("We won (narrowly)")).isFalse();
        assertThat(QuoteKindClassifier.stageDirection("(...)")).isFalse();
    }
}
