package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.Entity;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Quote;

/**
 * The result of corpus-wide entity resolution: the canonical entities, where each local entity went, and how many
 * merges each rule made.
 *
 * @param entities      canonical entities, sorted by entity id
 * @param entityIdByRef (docId, localId) -> entity id, for every local entity of the input
 * @param mergesByRule  corpus-wide merges per rule ({@code alias-table}, {@code transliteration}, ...)
 */
public record Resolution(List<Entity> entities, Map<NameOccurrence.LocalRef, String> entityIdByRef,
                         Map<String, Integer> mergesByRule) {
    public Resolution {
        entities = List.copyOf(entities);
        entityIdByRef = Map.copyOf(entityIdByRef);
        mergesByRule = Map.copyOf(mergesByRule);
    }

    /** The entity id of a local entity, or null when it was not part of the input. */
    public String entityIdOf(String docId, String localId) {
        return entityIdByRef.get(new NameOccurrence.LocalRef(docId, localId));
    }

    /**
     * Fills the corpus-wide ids into one document: {@link Mention#entityId()} of every clustered mention,
     * {@link LocalEntity#entityId()}, and for every quote whose speaker is a local entity the attribution's
     * {@code speakerEntityId} and {@code speaker} (the canonical name), through {@link Attribution#withEntity}.
     * Mentions outside any local entity and quotes without a local speaker are left as they are.
     */
    public AnnotatedDocument apply(AnnotatedDocument doc) {
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities) byId.put(e.entityId(), e);
        Map<String, String> idByLocal = new HashMap<>();
        Map<String, String> idByMention = new HashMap<>();
        List<LocalEntity> locals = new ArrayList<>();
        for (LocalEntity le : doc.entities()) {
            String id = entityIdOf(doc.docId(), le.id());
            locals.add(le.withEntityId(id));
            if (id == null) continue;
            idByLocal.put(le.id(), id);
            for (String m : le.mentionIds()) idByMention.put(m, id);
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            String id = idByMention.get(m.id());
            mentions.add(id == null ? m : m.withEntityId(id));
        }
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            String local = q.attribution().speakerLocalId();
            String id = local == null ? null : idByLocal.get(local);
            Entity e = id == null ? null : byId.get(id);
            quotes.add(e == null ? q : q.withAttribution(q.attribution().withEntity(e.entityId(), e.canonicalName())));
        }
        return new AnnotatedDocument(doc.document(), doc.tokens(), doc.sentences(), mentions, locals, quotes,
                doc.layers());
    }

    /** The canonical entity with this id, or null. */
    public Entity entity(String entityId) {
        Objects.requireNonNull(entityId, "entityId");
        for (Entity e : entities) if (e.entityId().equals(entityId)) return e;
        return null;
    }
}
