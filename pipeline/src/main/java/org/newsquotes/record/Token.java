package org.newsquotes.record;

import java.io.Serializable;
import java.util.Objects;

/**
 * One token with CoreNLP's annotations, converted at the {@code nlp} boundary.
 *
 * @param index    0-based index in the document
 * @param sentence 0-based sentence index
 * @param ner      fine-grained NER tag, {@code O} for none
 */
public record Token(int index, int sentence, int start, int end, String word, String lemma, String pos, String ner)
        implements Serializable {
    public Token {
        if (index < 0) throw new IllegalArgumentException("token index < 0: " + index);
        if (sentence < 0) throw new IllegalArgumentException("token sentence < 0: " + sentence);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad token offsets [" + start + "," + end + ")");
        Objects.requireNonNull(word, "word");
        lemma = lemma == null ? word : lemma;
        pos = pos == null ? "" : pos;
        ner = ner == null ? "O" : ner;
    }

    public Span span() { return new Span(start, end); }
}
