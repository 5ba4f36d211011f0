package org.newsquotes.record;

import java.io.Serializable;
import java.util.Objects;

/**
 * A quotation found in a document.
 *
 * @param id           document-local id ({@code q1}, {@code q2}, ... in reading order)
 * @param kind         direct, fragment, indirect or other
 * @param start        start of the quoted words (without the marks) in the document text
 * @param end          end (exclusive)
 * @param text         the quoted words without the marks; equals the document text at {@code [start, end)}
 * @param attribution  the speaker, never null ({@link Attribution#none()} when none was found)
 * @param reviewStatus the annotator's verdict, {@link ReviewStatus#UNREVIEWED} until reviewed
 * @param statement    the corpus-wide statement it reports and how it words it; null until phase 2 has linked
 *                     statements, and for quotes of kind {@code other}
 */
public record Quote(String id, QuoteKind kind, int start, int end, String text, Attribution attribution,
                    ReviewStatus reviewStatus, StatementLink statement) implements Serializable {
    /** A quote not (yet) linked to a statement. */
    public Quote(String id, QuoteKind kind, int start, int end, String text, Attribution attribution,
                 ReviewStatus reviewStatus) {
        this(id, kind, start, end, text, attribution, reviewStatus, null);
    }

    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(attribution, "attribution");
        reviewStatus = reviewStatus == null ? ReviewStatus.UNREVIEWED : reviewStatus;
        if (start < 0 || end < start) throw new IllegalArgumentException("bad quote offsets [" + start + "," + end + ")");
        if (text.length() != end - start) {
            throw new IllegalArgumentException("quote " + id + " text length " + text.length() + " != span " + (end - start));
        }
    }

    public Span span() { return new Span(start, end); }

    public Quote withAttribution(Attribution a) { return new Quote(id, kind, start, end, text, a, reviewStatus, statement); }

    public Quote withKind(QuoteKind k) { return new Quote(id, k, start, end, text, attribution, reviewStatus, statement); }

    public Quote withReviewStatus(ReviewStatus s) { return new Quote(id, kind, start, end, text, attribution, s, statement); }

    public Quote withStatement(StatementLink link) { return new Quote(id, kind, start, end, text, attribution, reviewStatus, link); }
}
