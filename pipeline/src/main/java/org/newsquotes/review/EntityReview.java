package org.newsquotes.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.newsquotes.output.CsvTableReader;
import org.newsquotes.output.Tables;
import org.newsquotes.record.Entity;

/**
 * The entity side of the review app: the corpus's entities ({@code entities.csv} of the output directory) and the
 * annotators' decisions on them ({@link EntityJournal}): merge two entities, split names off one, fix its type. The
 * decisions change nothing here; the next {@code annotate} applies them in phase 2 and lists them in
 * {@code run.json}. Thread-safe (every method is synchronised).
 */
public final class EntityReview {
    /** Most entities a search answers with. */
    public static final int MAX_RESULTS = 50;

    private final Map<String, Entity> byId = new LinkedHashMap<>();
    private final EntityJournal journal;
    private final Clock clock;
    private final List<EntityDecision> decisions = new ArrayList<>();
    private final Set<String> types = new TreeSet<>(List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC"));

    public EntityReview(List<Entity> entities, EntityJournal journal, Clock clock) {
        for (Entity e : entities) {
            byId.put(e.entityId(), e);
            types.add(e.type());
        }
        this.journal = journal;
        this.clock = clock;
        if (journal != null) decisions.addAll(journal.read().decisions());
    }

    /** The entities of an output directory ({@code entities.csv}; none when it has no such file) and its journal. */
    public static EntityReview load(Path outputDir, Clock clock) {
        Path csv = outputDir.resolve(Tables.ENTITIES.fileName());
        try {
            List<Entity> entities = Files.exists(csv) ? CsvTableReader.readAll(Tables.ENTITIES, outputDir) : List.of();
            return new EntityReview(entities, EntityJournal.inOutput(outputDir), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    /** No entities, no journal: a review app over documents alone. */
    public static EntityReview none() { return new EntityReview(List.of(), null, Clock.systemUTC()); }

    public synchronized int size() { return byId.size(); }

    /** The types an annotator may give: those of the corpus and the four coarse ones. */
    public synchronized Set<String> types() { return Set.copyOf(types); }

    public synchronized Optional<Entity> entity(String id) { return Optional.ofNullable(id == null ? null : byId.get(id)); }

    /**
     * Entities with {@code query} anywhere in their canonical name or a variant (case-insensitive; blank: all):
     * people first, then organisations, then the rest; most mentioned first within each; at most {@code limit}.
     */
    public synchronized List<Entity> search(String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        Comparator<Entity> order = Comparator.<Entity>comparingInt(e -> rank(e.type()))
                .thenComparing(Comparator.comparingInt(Entity::mentions).reversed()).thenComparing(Entity::entityId);
        return byId.values().stream().filter(e -> q.isEmpty() || names(e).stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(q)))
                .sorted(order).limit(Math.max(0, Math.min(limit, MAX_RESULTS))).toList();
    }

    private static int rank(String type) {
        return type.equals("PERSON") ? 0 : type.equals("ORGANIZATION") ? 1 : 2;
    }

    /** The entity's canonical name first, then its other variants. */
    static List<String> names(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        out.add(e.canonicalName());
        out.addAll(e.variants());
        return List.copyOf(out);
    }

    /** {@code other} is the same entity as {@code keep}, which keeps its canonical name and type. */
    public synchronized EntityDecision merge(String annotator, String keepId, String otherId) {
        Entity keep = known(keepId);
        Entity other = known(otherId);
        if (keep.entityId().equals(other.entityId())) throw new IllegalArgumentException("an entity cannot merge with itself");
        return save(new EntityDecision(UUID.randomUUID().toString(), clock.instant(), checked(annotator),
                EntityDecision.Action.MERGE, keep.entityId(), keep.canonicalName(), names(keep), names(other), keep.type(), null));
    }

    /** The names {@code apart} of the entity are another entity (at least one of its names stays). */
    public synchronized EntityDecision split(String annotator, String entityId, List<String> apart) {
        Entity e = known(entityId);
        List<String> all = names(e);
        if (apart == null || apart.isEmpty()) throw new IllegalArgumentException("choose the names to split off");
        for (String n : apart) {
            if (!all.contains(n)) throw new IllegalArgumentException("'" + n + "' is not a name of " + e.entityId());
        }
        List<String> left = all.stream().filter(n -> !apart.contains(n)).toList();
        if (left.isEmpty()) throw new IllegalArgumentException("a split leaves at least one name with the entity");
        return save(new EntityDecision(UUID.randomUUID().toString(), clock.instant(), checked(annotator),
                EntityDecision.Action.SPLIT, e.entityId(), e.canonicalName(), List.copyOf(new LinkedHashSet<>(apart)), left,
                null, null));
    }

    /** The entity is of {@code type} (one of {@link #types()}). */
    public synchronized EntityDecision retype(String annotator, String entityId, String type) {
        Entity e = known(entityId);
        if (type == null || !types.contains(type)) throw new IllegalArgumentException("unknown type: " + type);
        if (type.equals(e.type())) throw new IllegalArgumentException(e.entityId() + " is " + type + " already");
        return save(new EntityDecision(UUID.randomUUID().toString(), clock.instant(), checked(annotator),
                EntityDecision.Action.TYPE, e.entityId(), e.canonicalName(), names(e), List.of(), type, null));
    }

    /** Takes back the annotator's latest entity decision still in force; empty when there is none. */
    public synchronized Optional<EntityDecision> undo(String annotator) {
        checked(annotator);
        List<EntityDecision> inForce = new EntityJournal.Contents(decisions, List.of()).inForce();
        for (int i = inForce.size() - 1; i >= 0; i--) {
            EntityDecision d = inForce.get(i);
            if (d.annotator().equals(annotator)) {
                return Optional.of(save(new EntityDecision(UUID.randomUUID().toString(), clock.instant(), annotator,
                        EntityDecision.Action.UNDO, d.entityId(), d.canonical(), d.names(), d.others(), d.type(), d.id())));
            }
        }
        return Optional.empty();
    }

    /** The decisions in force that concern the entity (made on it, or naming one of its names), in order. */
    public synchronized List<EntityDecision> decisionsOn(String entityId) {
        Entity e = byId.get(entityId);
        Set<String> mine = e == null ? Set.of() : Set.copyOf(names(e));
        return new EntityJournal.Contents(decisions, List.of()).inForce().stream()
                .filter(d -> entityId.equals(d.entityId()) || d.names().stream().anyMatch(mine::contains)
                        || d.others().stream().anyMatch(mine::contains))
                .toList();
    }

    private Entity known(String id) {
        Entity e = id == null ? null : byId.get(id);
        if (e == null) throw new IllegalArgumentException("unknown entity: " + id);
        return e;
    }

    private static String checked(String annotator) {
        ReviewSession.checkAnnotator(annotator);
        return annotator;
    }

    private EntityDecision save(EntityDecision d) {
        if (journal == null) throw new IllegalStateException("no entities loaded: annotate first");
        journal.append(d);
        decisions.add(d);
        return d;
    }
}
