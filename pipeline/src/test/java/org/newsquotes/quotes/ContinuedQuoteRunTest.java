package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;

class ContinuedQuoteRunTest {
    private static final SourcePhrase AFTER = new SourcePhrase(SourcePhrase.Position.AFTER_NORMAL, 20, 22, 22, "said");
    private static final SourcePhrase LABEL = new SourcePhrase(SourcePhrase.Position.COLON_LABEL, 20, 21, 21, ":");
    private static final SourcePhrase BEFORE = new SourcePhrase(SourcePhrase.Position.BEFORE, 0, 2, 2, "said");

    private static QuoteCandidate segment(int at, boolean continues, SourcePhrase source) {
        return new QuoteCandidate(new Span(at, at + 5), at - 1, at + 6, QuoteKind.DIRECT, continues, source);
    }

    private static QuoteCandidate indirect(int at) {
        return new QuoteCandidate(new Span(at, at + 5), at, at + 5, QuoteKind.INDIRECT, false, AFTER);
    }

    private static Attribution by(String speaker, String method) {
        return new Attribution(speaker, null, null, null, null, "said", method, 0.9);
    }

    @Test
    void theHeadTakesTheSourceOfTheFirstLaterSegmentThatHasOne() {
        List<QuoteCandidate> run = List.of(segment(10, false, null), segment(20, true, null), segment(30, true, AFTER));
        assertThat(ContinuedQuoteRun.sourcesCarriedBack(run)).extracting(QuoteCandidate::source)
                .containsExactly(AFTER, null, AFTER);
    }

    @Test
    void aTranscriptLabelOrAHeadsOwnSourceIsNotReplaced() {
        assertThat(ContinuedQuoteRun.sourcesCarriedBack(List.of(segment(10, false, null), segment(20, true, LABEL))).get(0).source())
                .isNull();
        assertThat(ContinuedQuoteRun.sourcesCarriedBack(List.of(segment(10, false, BEFORE), segment(20, true, AFTER))).get(0).source())
                .isSameAs(BEFORE);
    }

    @Test
    void aQuoteThatDoesNotContinueTheHeadLendsItNothing() {
        assertThat(ContinuedQuoteRun.sourcesCarriedBack(List.of(segment(10, false, null), segment(20, false, AFTER))).get(0).source())
                .isNull();
    }

    @Test
    void theHeadAndTheSegmentsBeforeTheNamedOneTakeItsSpeakerPastAnIndirectReport() {
        List<QuoteCandidate> run = ContinuedQuoteRun.sourcesCarriedBack(
                List.of(segment(10, false, null), segment(20, true, null), segment(30, true, AFTER)));
        List<QuoteCandidate> withReport = new ArrayList<>(run);
        withReport.add(2, indirect(25));
        List<Attribution> decided = Arrays.asList(by("Ann Roe", "ranker"), by("Ann Roe", "continuation"),
                by("Bo Lind", "indirect-subject"), by("Kai Moe", "verb-after"));
        assertThat(ContinuedQuoteRun.oneSpeaker(withReport, decided))
                .extracting(a -> a.speaker() + "|" + a.method())
                .containsExactly("Kai Moe|continuation", "Kai Moe|continuation", "Bo Lind|indirect-subject", "Kai Moe|verb-after");
    }

    @Test
    void aNamedSegmentWithNoSpeakerChangesNothing() {
        List<QuoteCandidate> run = ContinuedQuoteRun.sourcesCarriedBack(List.of(segment(10, false, null), segment(20, true, AFTER)));
        List<Attribution> decided = List.of(by("Ann Roe", "ranker"), Attribution.none());
        assertThat(ContinuedQuoteRun.oneSpeaker(run, decided)).containsExactlyElementsOf(decided);
    }

    @Test
    void aLaterSegmentWithNoSpeakerGoesOnWithTheOneBeforeIt() {
        List<QuoteCandidate> run = List.of(segment(10, false, null), segment(20, true, null), segment(30, true, null));
        List<Attribution> decided = List.of(by("Ann Roe", "ranker"), Attribution.none(), Attribution.none());
        assertThat(ContinuedQuoteRun.oneSpeaker(run, decided)).extracting(a -> a.speaker() + "|" + a.method())
                .containsExactly("Ann Roe|ranker", "Ann Roe|continuation", "Ann Roe|continuation");
        // a segment that starts a quote of its own, or has a speaker already, is left as it is
        List<QuoteCandidate> fresh = List.of(segment(10, false, null), segment(20, false, null), segment(30, true, null));
        List<Attribution> own = List.of(by("Ann Roe", "ranker"), Attribution.none(), by("Bo Lind", "ranker"));
        assertThat(ContinuedQuoteRun.oneSpeaker(fresh, own)).containsExactlyElementsOf(own);
    }
}
