package org.newsquotes.record;

import java.io.Serializable;
import java.util.Objects;

/**
 * A named-entity mention.
 *
 * @param id        document-local id ({@code m1}, {@code m2}, ... in reading order)
 * @param sentence  0-based sentence index
 * @param text      the covered text
 * @param ner       fine-grained type (PERSON, ORGANIZATION, COUNTRY, CITY, ...)
 * @param firstToken first token index (inclusive)
 * @param endToken   last token index (exclusive)
 * @param entityId  corpus-wide entity id, null until entity resolution has run
 */
public record Mention(String id, int sentence, int start, int end, String text, String ner,
                      int firstToken, int endToken, String entityId) implements Serializable {
    public Mention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ner, "ner");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad mention offsets [" + start + "," + end + ")");
        if (firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("bad mention token range [" + firstToken + "," + endToken + ")");
        }
    }

    public Span span() { return new Span(start, end); }

    public Mention withEntityId(String newEntityId) {
        return new Mention(id, sentence, start, end, text, ner, firstToken, endToken, newEntityId);
    }
}
