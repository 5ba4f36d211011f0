package org.newsquotes.quotes;

import org.newsquotes.record.Attribution;

/**
 * The last resort: a source phrase was found ("officials said", "a source told") but no rule could name who it is.
 * Records the evidence and cue with no speaker, so a reviewer sees the words and nothing is guessed.
 */
public final class UnresolvedSourceSieve implements AttributionSieve {
    @Override public String method() { return AttributionMethod.SOURCE_UNRESOLVED.label(); }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() == null || ev == null) return null;
        return new Attribution(null, null, null, ev.text(), ev.span(), q.source().cue(), method(), 0.2);
    }
}
