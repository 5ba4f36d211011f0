package org.newsquotes.record;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A canonical entity across the whole corpus: one row of {@code entities.csv}.
 *
 * @param entityId      stable readable id, a slug of the canonical name and type, de-duplicated
 * @param canonicalName the fullest common form
 * @param type          fine-grained type
 * @param variants      every distinct surface form
 * @param mentions      number of mentions across the corpus
 * @param documents     doc ids where it is mentioned
 * @param evidence      why its names were merged
 * @param outlet        true when it is a news outlet of {@code models/outlets.csv} (then its type is ORGANIZATION)
 */
public record Entity(String entityId, String canonicalName, String type, List<String> variants, int mentions,
                     List<String> documents, List<MergeEvidence> evidence, boolean outlet) implements Serializable {
    /** An entity that is no news outlet. */
    public Entity(String entityId, String canonicalName, String type, List<String> variants, int mentions,
                  List<String> documents, List<MergeEvidence> evidence) {
        this(entityId, canonicalName, type, variants, mentions, documents, evidence, false);
    }

    public Entity {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(canonicalName, "canonicalName");
        Objects.requireNonNull(type, "type");
        variants = List.copyOf(variants);
        documents = List.copyOf(documents);
        evidence = List.copyOf(evidence);
        if (mentions < 0) throw new IllegalArgumentException("mentions < 0: " + mentions);
    }
}
