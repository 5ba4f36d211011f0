package org.newsquotes.quotes;

import org.newsquotes.record.Attribution;

/** "Hugh Hill: “…”" — a name label ending in a colon at the start of the quote's paragraph. */
public final class ColonLabelSieve implements AttributionSieve {
    @Override public String method() { return "colon-label"; }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() == null || q.source().position() != SourcePhrase.Position.COLON_LABEL) return null;
        if (ev == null || ev.type() != Evidence.Type.NAME) return null;
        return ctx.named(ev.mention(), ev, ":", method(), 0.9);
    }
}
