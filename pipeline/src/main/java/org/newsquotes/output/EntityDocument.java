package org.newsquotes.output;

import java.util.Objects;

/** One row of {@code entity_documents.csv}: an entity and one document that mentions it. */
public record EntityDocument(String entityId, String docId) implements java.io.Serializable {
    public EntityDocument {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(docId, "docId");
    }
}
