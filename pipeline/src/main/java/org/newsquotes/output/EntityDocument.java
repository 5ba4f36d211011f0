package org.newsquotes.output;

import java.util.Objects;

/** One row of {@code entity_documents.csv}: an entity and one document that mentions it. */
public record EntityDocument(String entityId, String docId) implements java.io.Serializable {
    public EntityDocument {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(docId, "docId");
    }

    /** One row per document of the entity, by doc_id: the list that would otherwise grow inside the entity's row. */
    public static java.util.List<EntityDocument> rowsOf(org.newsquotes.record.Entity e) {
        return new java.util.TreeSet<>(e.documents()).stream().map(d -> new EntityDocument(e.entityId(), d)).toList();
    }
}
