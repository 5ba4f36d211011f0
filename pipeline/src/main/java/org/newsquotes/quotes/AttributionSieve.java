package org.newsquotes.quotes;

import org.newsquotes.record.Attribution;

/**
 * One attribution rule. Sieves run in order of reliability; the first that answers decides, so a sieve answers only
 * when its own pattern is present and returns null otherwise (CoreNLP's multi-pass sieve design, on our records).
 */
public interface AttributionSieve {
    /** The {@link Attribution#method()} this sieve records. */
    String method();

    /**
     * @param q        the quote, with its source phrase (null when none was found)
     * @param evidence the speaker words picked from the source phrase, or null
     * @return an attribution, or null when this sieve's pattern does not apply
     */
    Attribution attribute(QuoteCandidate q, Evidence evidence, AttributionContext ctx);
}
