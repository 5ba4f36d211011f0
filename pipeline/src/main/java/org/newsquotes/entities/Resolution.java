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
 * The result of corpus-wide entity resolution (immutable): the canonical entities, where each local entity went, and how many
 * merges each rule made.
 *
 * <ul>
 *   <li>{@link #entities()}: canonical entities, sorted by entity id;</li>
 *   <li>{@link #entityIdByRef()}: (docId, localId) -> entity id, for every local entity of the input;</li>
 *   <li>{@link #mergesByRule()}: merges per rule ({@code alias-table}, {@code transliteration}, ...; in-document
 *       ones prefixed {@code in-document}), sorted by rule.</li>
 * </ul>
 */
public final class Resolution {
    private final List<Entity> entities;
    private final Map<NameOccurrence.LocalRef, String> entityIdByRef;
    private final Map<String, Integer> mergesByRule;
    private final Map<String, Entity> byId = new HashMap<>();

    public Resolution(List<Entity> entities, Map<NameOccurrence.LocalRef, String> entityIdByRef,
                      Map<String, Integer> mergesByRule) {
        this.entities = List.copyOf(entities);
        this.entityIdByRef = Map.copyOf(entityIdByRef);
        this.mergesByRule = Map.copyOf(new java.util.TreeMap<>(mergesByRule));
        for (Entity e : this.entities) {
            if (byId.put(e.entityId(), e) != null) throw new IllegalArgumentException("duplicate entity id " + e.entityId());
        }
    }

    public List<Entity> entities() { return entities; }

    public Map<NameOccurrence.LocalRef, String> entityIdByRef() { return entityIdByRef; }

    public Map<String, Integer> mergesByRule() { return mergesByRule; }

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
        return byId.get(Objects.requireNonNull(entityId, "entityId"));
    }
}
