package org.newsquotes.record;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * A mention: a named-entity mention found by the tagger, or the words the quote stage took as a speaker where the
 * tagger found none ("the top diplomat", "who").
 *
 * @param id        document-local id: {@code m1}, {@code m2}, ... in reading order for the tagger's mentions;
 *                  {@code s1}, {@code s2}, ... for speaker mentions the quote stage added
 * @param sentence  0-based sentence index
 * @param text      the covered text
 * @param ner       fine-grained type (PERSON, ORGANIZATION, COUNTRY, CITY, ...)
 * @param firstToken first token index (inclusive)
 * @param endToken   last token index (exclusive)
 * @param entityId  corpus-wide entity id, null until entity resolution has run
 * @param kind      name, pronoun or nominal
 */
public record Mention(String id, int sentence, int start, int end, String text, String ner,
                      int firstToken, int endToken, String entityId, MentionKind kind) implements Serializable {
    /** The NER types of places: the project's one list (entity grouping, a home town in a speaker's apposition). */
    public static final Set<String> PLACE_TYPES = Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION");

    /** A mention whose kind is judged from its words ({@link MentionKind#ofText}). */
    public Mention(String id, int sentence, int start, int end, String text, String ner, int firstToken, int endToken,
                   String entityId) {
        this(id, sentence, start, end, text, ner, firstToken, endToken, entityId, MentionKind.ofText(text));
    }

    public Mention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ner, "ner");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad mention offsets [" + start + "," + end + ")");
        if (firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("bad mention token range [" + firstToken + "," + endToken + ")");
        }
    }

    public Span span() { return new Span(start, end); }

    public Mention withEntityId(String newEntityId) {
        return new Mention(id, sentence, start, end, text, ner, firstToken, endToken, newEntityId, kind);
    }
}
