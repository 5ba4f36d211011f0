package org.newsquotes.quotes;

import java.util.Locale;
import org.newsquotes.record.Attribution;

/**
 * "according to Hugh Hill" — any named speaker (person, agency, ministry) after the cue; also the name in an opening
 * "In" phrase ("In the new Harbour Post poll, …": {@link InPhraseReport}). The cue is the source phrase's own words,
 * lower-cased ("according to", "in").
 */
public final class AccordingToSieve implements AttributionSieve {
    @Override public String method() { return AttributionMethod.ACCORDING_TO.label(); }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() == null || q.source().position() != SourcePhrase.Position.ACCORDING_TO) return null;
        if (ev == null || ev.type() != Evidence.Type.NAME) return null;
        return ctx.named(ev.mention(), ev, q.source().cue().toLowerCase(Locale.ROOT), method(), 0.85);
    }
}
