package org.newsquotes.eval;

import java.util.Objects;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;

/** One row of our {@code quotes.csv}, as the scorer needs it. Spans point into our document text. */
public record OutputQuote(String doc, String id, QuoteKind kind, String text, Span span, String speakerEntityId,
                          String speaker, String mention, Span mentionSpan, String cue, String method, double confidence) {
    public OutputQuote {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** The scorer's view of one of our quote records (for in-memory evaluation without writing CSV). */
    public static OutputQuote of(String docId, org.newsquotes.record.Quote q) {
        var a = q.attribution();
        return new OutputQuote(docId, q.id(), q.kind(), q.text(), q.span(), a.speakerEntityId(), a.speaker(), a.mention(),
                a.mentionSpan(), a.cue(), a.method(), a.confidence());
    }
}
