package org.newsquotes.quotes;

import org.newsquotes.record.Attribution;

/** "“…,” said Hugh Hill" (also with an apposition: "said Hugh Hill, a doctor"): a person named right after the verb. */
public final class InvertedVerbSieve implements AttributionSieve {
    @Override public String method() { return AttributionMethod.VERB_INVERTED.label(); }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() == null || q.source().position() != SourcePhrase.Position.AFTER_INVERTED) return null;
        if (ev == null || ev.type() != Evidence.Type.NAME || !"PERSON".equals(ctx.typeOf(ev.mention()))) return null;
        return ctx.named(ev.mention(), ev, q.source().cue(), method(), 0.92);
    }
}
