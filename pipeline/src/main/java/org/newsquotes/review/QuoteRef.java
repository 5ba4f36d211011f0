package org.newsquotes.review;

import java.util.Objects;

/** A quote in the documents loaded right now: document id and doc-local quote id. Valid for one run's output only. */
public record QuoteRef(String docId, String quoteId) {
    public QuoteRef {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(quoteId, "quoteId");
    }
}
