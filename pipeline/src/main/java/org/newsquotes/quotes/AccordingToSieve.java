package org.newsquotes.quotes;

import org.newsquotes.record.Attribution;

/** "according to Hugh Hill" — any named speaker (person, agency, ministry) after the cue. */
public final class AccordingToSieve implements AttributionSieve {
    @Override public String method() { return AttributionMethod.ACCORDING_TO.label(); }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() == null || q.source().position() != SourcePhrase.Position.ACCORDING_TO) return null;
        if (ev == null || ev.type() != Evidence.Type.NAME) return null;
        return ctx.named(ev.mention(), ev, "according to", method(), 0.85);
    }
}
