package org.newsquotes.quotes;

import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;

/**
 * A quotation before attribution: its span, its kind and the source phrase found next to it (null when none).
 *
 * @param content        the quoted words (without marks) or, for indirect speech, the reported clause
 * @param markStart      offset of the opening mark (= content start for indirect speech)
 * @param markEnd        offset after the closing mark (= content end when there is none)
 * @param kind           direct, fragment, indirect or other
 * @param continuesPrevious true for the second and later paragraph segments of one quote
 * @param source         the phrase naming the speaker, or null
 */
public record QuoteCandidate(Span content, int markStart, int markEnd, QuoteKind kind, boolean continuesPrevious,
                             SourcePhrase source) {
    public QuoteCandidate withSource(SourcePhrase s) {
        return new QuoteCandidate(content, markStart, markEnd, kind, continuesPrevious, s);
    }

    public QuoteCandidate withKind(QuoteKind k) {
        return new QuoteCandidate(content, markStart, markEnd, k, continuesPrevious, source);
    }
}
