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
        AttributionContext.Attributed prev = ctx.attributed().get(ctx.attributed().size() - 1);
        if (!prev.attribution().hasSpeaker() && prev.attribution().mention() == null) return null;
        DocumentIndex ix = ctx.index();
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
