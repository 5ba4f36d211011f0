package org.newsquotes.record;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An entity inside one document: the mentions that name it, clustered by the in-document step.
 *
 * @param id         document-local id ({@code e1}, {@code e2}, ...)
 * @param name       the fullest name the document gives ("Donald Trump" for Trump / President Donald Trump)
 * @param type       the voted fine-grained type
 * @param mentionIds ids of the {@link Mention}s in this cluster
 * @param variants   distinct surface forms, titles stripped
 * @param attributes titles and roles seen with the name (President, spokesman, ...)
 * @param evidence   why the mentions were put together
 * @param entityId   corpus-wide entity id, null until entity resolution has run
 */
public record LocalEntity(String id, String name, String type, List<String> mentionIds, List<String> variants,
                          List<String> attributes, List<MergeEvidence> evidence, String entityId)
        implements Serializable {
    public LocalEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentionIds = List.copyOf(mentionIds);
        variants = List.copyOf(variants);
        attributes = List.copyOf(attributes);
        evidence = List.copyOf(evidence);
    }

    public LocalEntity withEntityId(String newEntityId) {
        return new LocalEntity(id, name, type, mentionIds, variants, attributes, evidence, newEntityId);
    }
}
