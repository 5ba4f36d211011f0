package org.newsquotes.quotes;

/** One way the words around a marked quote name its speaker; {@link SourcePhraseFinder} tries them in order. */
interface SourcePattern {
    /** The source phrase this pattern finds for {@code q}, or null. */
    SourcePhrase find(DocumentIndex ix, QuoteCandidate q);
}
