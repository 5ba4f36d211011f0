package org.newsquotes.entities;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.newsquotes.record.LocalEntity;

/**
 * One in-document entity as the corpus-wide resolver sees it: the input of phase 2, small and serialisable so a
 * Spark job can produce it in {@code mapPartitions} without shipping whole documents.
 *
 * @param docId    the document
 * @param localId  the {@link LocalEntity#id()} inside it
 * @param name     the entity's fullest name in that document
 * @param type     its voted type
 * @param mentions how many mentions it has there
 * @param variants its distinct surface forms there
 */
public record NameOccurrence(String docId, String localId, String name, String type, int mentions,
                             List<String> variants) implements Serializable {
    public NameOccurrence {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(localId, "localId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        variants = List.copyOf(variants);
        if (mentions < 0) throw new IllegalArgumentException("mentions < 0: " + mentions);
    }

    public static NameOccurrence of(String docId, LocalEntity e) {
        return new NameOccurrence(docId, e.id(), e.name(), e.type(), e.mentionIds().size(), e.variants());
    }

    /** The (docId, localId) pair that identifies this occurrence. */
    public LocalRef ref() { return new LocalRef(docId, localId); }

    /** A local entity's address in the corpus. */
    public record LocalRef(String docId, String localId) implements Serializable, Comparable<LocalRef> {
        public LocalRef {
            Objects.requireNonNull(docId, "docId");
            Objects.requireNonNull(localId, "localId");
        }

        @Override public int compareTo(LocalRef o) {
            int c = docId.compareTo(o.docId);
            return c != 0 ? c : localId.compareTo(o.localId);
        }
    }
}
