package org.newsquotes.quotes;

import org.newsquotes.testing.MarkedText;

/** Documents and tokens for tests that read one function of the quote rules alone, on marked text of our own. */
final class IndexFixtures {
    private IndexFixtures() {}

    /** The index over {@code marked} ({@link MarkedText#parseWithEntities}). */
    static DocumentIndex index(String marked) {
        return new DocumentIndex(MarkedText.parseWithEntities(marked));
    }

    /** The index of the first token whose text is {@code word} (any case); fails the test when there is none. */
    static int at(DocumentIndex ix, String word) {
        for (int t = 0; t < ix.tokenCount(); t++) if (ix.word(t).equalsIgnoreCase(word)) return t;
        throw new AssertionError("no token " + word);
    }
}
