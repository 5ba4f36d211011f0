package org.newsquotes.quotes;

import org.newsquotes.record.Attribution;
import org.newsquotes.record.QuoteKind;

/**
 * A quote with no source phrase of its own continues the previous speaker: the next paragraph segment of a
 * multi-paragraph quote, a second quote in the same paragraph ("“…,” he said. “…”"), or a paragraph that opens with
 * a quote right after a paragraph whose last quote had a speaker.
 */
public final class ContinuationSieve implements AttributionSieve {
    @Override public String method() { return AttributionMethod.CONTINUATION.label(); }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() != null || q.kind() == QuoteKind.OTHER) return null;
        if (ctx.attributed().isEmpty()) return null;
        DocumentIndex ix = ctx.index();
        AttributionContext.Attributed prev = continued(ctx, ix);
        if (!prev.attribution().hasSpeaker() && prev.attribution().mention() == null) return null;
        int para = ix.paragraphOf(q.markStart());
        int prevPara = ix.paragraphOf(prev.quote().markStart());
        if (q.continuesPrevious()) return inherit(prev.attribution(), AttributionMethod.CONTINUATION.label(), 0.85);
        if (q.kind() == QuoteKind.FRAGMENT) return null;
        if (para == prevPara) return inherit(prev.attribution(), AttributionMethod.SAME_PARAGRAPH.label(), 0.75);
        boolean opensParagraph = ix.text().substring(ix.paragraphStart(para), q.markStart()).isBlank();
        if (opensParagraph && para == prevPara + 1 && (prev.quote().kind() != QuoteKind.FRAGMENT || cueAttributed(prev.attribution()))) {
            return inherit(prev.attribution(), AttributionMethod.CONTINUATION.label(), 0.7);
        }
        return null;
    }

    /**
     * The quote a quote with no source of its own goes on from: the last one attributed, unless that is an indirect
     * report inside the sentence of the marked quote before it ("“You have been a great friend,” Roe told Dunn, after
     * Dunn said that he had voted for her. “I will not forget it.”"): a clause of the reporting sentence, whose own
     * speaker the next quote does not continue; the marked quote's speaker goes on talking.
     */
    static AttributionContext.Attributed continued(AttributionContext ctx, DocumentIndex ix) {
        var done = ctx.attributed();
        AttributionContext.Attributed last = done.get(done.size() - 1);
        if (last.quote().kind() != QuoteKind.INDIRECT) return last;
        int report = ix.firstTokenAtOrAfter(last.quote().content().start());
        for (int i = done.size() - 2; i >= 0; i--) {
            AttributionContext.Attributed a = done.get(i);
            if (a.quote().kind() == QuoteKind.INDIRECT) continue;
            int closing = ix.lastTokenBefore(a.quote().markEnd());
            boolean oneSentence = closing >= 0 && report < ix.tokenCount() && a.quote().markEnd() <= last.quote().content().start()
                    && ix.token(closing).sentence() == ix.token(report).sentence();
            return oneSentence && (a.attribution().hasSpeaker() || a.attribution().mention() != null) ? a : last;
        }
        return last;
    }

    /**
     * A fragment's speaker carries over to a quote paragraph only when a cue named it ("she called it “x”."), not when
     * it was a guess from the sentence's subject.
     */
    private static boolean cueAttributed(Attribution a) {
        return a.hasSpeaker() && a.cue() != null && !a.method().equals(AttributionMethod.SENTENCE_SUBJECT.label());
    }

    private Attribution inherit(Attribution a, String method, double confidence) {
        return new Attribution(a.speaker(), a.speakerLocalId(), a.speakerEntityId(), a.mention(), a.mentionSpan(), a.cue(),
                method, Math.min(confidence, Math.max(a.confidence(), 0.3)));
    }
}
