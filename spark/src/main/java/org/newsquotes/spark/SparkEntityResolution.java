package org.newsquotes.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.newsquotes.entities.BlockingKeys;
import org.newsquotes.entities.EntityResolver;
import org.newsquotes.entities.MatchDecision;
import org.newsquotes.entities.NameMatcher;
import org.newsquotes.entities.NameNode;
import org.newsquotes.entities.NameOccurrence;
import org.newsquotes.entities.Resolution;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Entity;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.runner.DocumentOutcome;
import scala.Tuple2;

/**
 * Phase 2 on Spark: the local runner's {@link EntityResolver}, step by step, with no step that gathers mentions,
 * names or pairs on the driver.
 * <ol>
 *   <li>Every local entity of every annotated document becomes a {@link NameOccurrence}; they collapse into
 *       distinct {@link NameNode}s with {@code reduceByKey(NameNode::plus)}.</li>
 *   <li>{@link BlockingKeys} per node ({@code flatMap}); {@code groupByKey} per block; pairs within each block by
 *       {@link EntityResolver#pairsInBlock} (same size cap), de-duplicated.</li>
 *   <li>{@link NameMatcher#decide} on each pair, smaller node id first as locally; the positive decisions are the
 *       edges.</li>
 *   <li>Connected components of those edges by label propagation (each node takes the smallest node id it can
 *       reach; a few iterations, as name graphs are shallow stars). The resolver's constrained union-find only
 *       ever joins names along edges, so it never crosses these components, and it sees the same nodes and
 *       decisions in the same relative order inside each: {@link EntityResolver#components} and
 *       {@link EntityResolver#drafts} run per component on the executors and give what one global run gives.</li>
 *   <li>Entity ids: drafts only compete with drafts of the same slug, so {@link EntityResolver#entityIds} runs per
 *       slug after a {@code groupByKey}.</li>
 *   <li>Every local entity's id and canonical name travel back to its document as small assignments, partitioned
 *       and sorted like the documents ({@link FileRangePartitioner}) and merged partition by partition with
 *       {@code zipPartitions}, applied by {@link Resolution#apply}: the annotated documents are never shuffled.</li>
 * </ol>
 * Nothing is collected to the driver: the entity rows ({@link Result#entities}) are an RDD the tables are written
 * from.
 */
final class SparkEntityResolution {
    private final SparkJobConfig config;

    SparkEntityResolution(SparkJobConfig config) {
        this.config = config;
    }

    /** Where a local entity went. */
    record Assignment(String localId, String entityId, String canonicalName) implements Serializable {}

    /** A positive decision between two nodes, {@code a < b} by node id. */
    record Edge(String a, String b, MatchDecision decision) implements Serializable {}

    /** A component's entity row (its id still the bare slug) and its member node ids. */
    record DraftEntity(Entity row, List<String> members) implements Serializable {}

    Result resolve(JavaPairRDD<DocKey, DocumentOutcome> outcomes, FileRangePartitioner partitioner) {
        SparkJobConfig cfg = config;
        JavaPairRDD<DocKey, NameOccurrence> occurrences = outcomes.filter(t -> t._2().isOk())
                .flatMapToPair(t -> {
                    List<Tuple2<DocKey, NameOccurrence>> out = new ArrayList<>();
                    for (LocalEntity e : t._2().annotated().entities()) {
                        out.add(new Tuple2<>(t._1(), NameOccurrence.of(t._2().docId(), e)));
                    }
                    return out.iterator();
                });

        // 1. distinct names
        JavaPairRDD<String, NameNode> nodes = occurrences
                .mapToPair(t -> {
                    var text = resolver(cfg).matcher().knowledge().text();
                    // with the type annotators gave the name's entity, as the local resolver's nodes have it
                    var o = resolver(cfg).retyped(t._2());
                    return new Tuple2<>(NameNode.idOf(text, o.name(), o.type()), NameNode.of(text, o));
                })
                .reduceByKey(NameNode::plus)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        // 2. blocks and candidate pairs
        JavaPairRDD<String, String> pairs = nodes
                .flatMapToPair(t -> {
                    EntityResolver r = resolver(cfg);
                    BlockingKeys blocking = new BlockingKeys(r.matcher().knowledge());
                    List<Tuple2<String, Tuple2<String, Boolean>>> out = new ArrayList<>();
                    for (String k : blocking.of(t._2().name(), t._2().type())) {
                        boolean star = k.startsWith(BlockingKeys.STAR);
                        out.add(new Tuple2<>(star ? k.substring(BlockingKeys.STAR.length()) : k, new Tuple2<>(t._1(), star)));
                    }
                    return out.iterator();
                })
                .groupByKey()
                .flatMapToPair(block -> {
                    List<String> plain = new ArrayList<>();
                    List<String> star = new ArrayList<>();
                    for (Tuple2<String, Boolean> m : block._2()) (m._2() ? star : plain).add(m._1());
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    EntityResolver.pairsInBlock(plain, star, resolver(cfg).maxBlock(), (a, b) -> {
                        int c = a.compareTo(b);
                        if (c != 0) out.add(c < 0 ? new Tuple2<>(a, b) : new Tuple2<>(b, a));
                    });
                    return out.iterator();
                })
                .distinct();

        // 3. decisions
        JavaPairRDD<String, String[]> nameAndType = nodes.mapValues(n -> new String[] {n.name(), n.type()});
        JavaPairRDD<String, Edge> edges = pairs.join(nameAndType)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .join(nameAndType)
                .flatMapToPair(t -> {
                    String a = t._2()._1()._1();
                    String[] na = t._2()._1()._2();
                    String[] nb = t._2()._2();
                    NameMatcher m = resolver(cfg).matcher();
                    MatchDecision d = m.decide(m.prepare(na[0], na[1]), m.prepare(nb[0], nb[1]));
                    return d.match() ? List.of(new Tuple2<>(a, new Edge(a, t._1(), d))).iterator()
                            : java.util.Collections.<Tuple2<String, Edge>>emptyIterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        // 4. components: label = the smallest node id reachable over the edges
        JavaPairRDD<String, String> labels = ConnectedComponents.smallestReachable(
                edges.mapToPair(t -> new Tuple2<>(t._2().a(), t._2().b())));
        JavaPairRDD<String, Tuple2<NameNode, String>> labelled = nodes.leftOuterJoin(labels)
                .mapValues(v -> new Tuple2<>(v._1(), v._2().orElse(v._1().id())));
        JavaPairRDD<String, NameNode> nodesByComponent = labelled.mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
        JavaPairRDD<String, Edge> edgesByComponent = edges.join(labels).mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
        JavaPairRDD<EntityResolver.Draft, DraftEntity> drafts = nodesByComponent.cogroup(edgesByComponent)
                .flatMapToPair(c -> draftsOf(resolver(cfg), c._2()._1(), c._2()._2()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        // 5. entity ids, per slug
        JavaPairRDD<EntityResolver.Draft, String> ids = drafts.keys()
                .mapToPair(d -> new Tuple2<>(d.slug(), d))
                .groupByKey()
                .flatMapToPair(g -> {
                    List<EntityResolver.Draft> group = new ArrayList<>();
                    g._2().forEach(group::add);
                    List<Tuple2<EntityResolver.Draft, String>> out = new ArrayList<>();
                    resolver(cfg).entityIds(group).forEach((d, id) -> out.add(new Tuple2<>(d, id)));
                    return out.iterator();
                });
        JavaPairRDD<EntityResolver.Draft, Tuple2<DraftEntity, String>> named = drafts.join(ids)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // the entity rows stay on the executors: the tables are written from there
        JavaRDD<Entity> entities = named.values().map(t -> withId(t._1().row(), t._2()));

        // 6. assignments back to the documents
        JavaPairRDD<String, Assignment> byNode = named.values().flatMapToPair(t -> {
            List<Tuple2<String, Assignment>> out = new ArrayList<>();
            for (String node : t._1().members()) {
                out.add(new Tuple2<>(node, new Assignment(null, t._2(), t._1().row().canonicalName())));
            }
            return out.iterator();
        });
        JavaPairRDD<DocKey, Assignment> assignments = occurrences
                .mapToPair(t -> {
                    var text = resolver(cfg).matcher().knowledge().text();
                    var o = resolver(cfg).retyped(t._2());
                    return new Tuple2<>(NameNode.idOf(text, o.name(), o.type()), new Tuple2<>(t._1(), o.localId()));
                })
                .join(byNode)
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(),
                        new Assignment(t._2()._1()._2(), t._2()._2().entityId(), t._2()._2().canonicalName())))
                .repartitionAndSortWithinPartitions(partitioner);
        List<Runnable> release = List.of(() -> nodes.unpersist(false), () -> edges.unpersist(false),
                () -> drafts.unpersist(false), () -> named.unpersist(false));
        return new Result(entities, assignments, release);
    }

    private static EntityResolver resolver(SparkJobConfig config) {
        return ExecutorStages.resolver(config);
    }

    /** Runs the resolver's union-find and drafts on one component, with node indices local to it. */
    static List<Tuple2<EntityResolver.Draft, DraftEntity>> draftsOf(EntityResolver resolver, Iterable<NameNode> nodeIt,
                                                                   Iterable<Edge> edgeIt) {
        List<NameNode> nodes = new ArrayList<>();
        nodeIt.forEach(nodes::add);
        nodes.sort(Comparator.comparing(NameNode::id));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) index.put(nodes.get(i).id(), i);
        List<EntityResolver.Decided> decided = new ArrayList<>();
        for (Edge e : edgeIt) decided.add(new EntityResolver.Decided(index.get(e.a()), index.get(e.b()), e.decision()));
        // the order candidatePairs gives locally: by first, then second node
        decided.sort(Comparator.comparingInt(EntityResolver.Decided::a).thenComparingInt(EntityResolver.Decided::b));
        List<NameMatcher.Prepared> prepared = resolver.prepare(nodes);
        EntityResolver.Components c = resolver.components(nodes, prepared, decided);
        List<Tuple2<EntityResolver.Draft, DraftEntity>> out = new ArrayList<>();
        for (EntityResolver.Draft d : resolver.drafts(nodes, prepared, c)) {
            List<String> members = new ArrayList<>();
            for (int m : c.membersOf(d.root())) members.add(nodes.get(m).id());
            out.add(new Tuple2<>(d, new DraftEntity(EntityResolver.entity(d, d.slug(), nodes, c), members)));
        }
        return out;
    }

    private static Entity withId(Entity e, String id) {
        return new Entity(id, e.canonicalName(), e.type(), e.variants(), e.mentions(), e.documents(), e.evidence(),
                e.outlet());
    }

    /** The canonical entities, and the per-document assignments to apply. */
    static final class Result {
        private final JavaRDD<Entity> entities;
        private final JavaPairRDD<DocKey, Assignment> assignments;
        private final List<Runnable> release;

        Result(JavaRDD<Entity> entities, JavaPairRDD<DocKey, Assignment> assignments, List<Runnable> release) {
            this.entities = entities;
            this.assignments = assignments;
            this.release = release;
        }

        /** The canonical entities, one row each, unordered (computed from persisted data). */
        JavaRDD<Entity> entities() { return entities; }

        /** Frees the intermediate data once the output is written. */
        void release() { release.forEach(Runnable::run); }

        /**
         * The outcomes with entity ids filled in; partition by partition, outcomes and assignments both in
         * {@link DocKey} order. The result keeps the outcomes' partitioning and order.
         */
        JavaPairRDD<DocKey, DocumentOutcome> apply(JavaPairRDD<DocKey, DocumentOutcome> outcomes) {
            return outcomes.zipPartitions(assignments, Result::merge)
                    .mapPartitionsToPair(it -> it, true);
        }

        private static Iterator<Tuple2<DocKey, DocumentOutcome>> merge(Iterator<Tuple2<DocKey, DocumentOutcome>> docs,
                                                                       Iterator<Tuple2<DocKey, Assignment>> assigned) {
            PeekingIterator<Tuple2<DocKey, Assignment>> a = new PeekingIterator<>(assigned);
            return new Iterator<>() {
                @Override public boolean hasNext() { return docs.hasNext(); }

                @Override public Tuple2<DocKey, DocumentOutcome> next() {
                    Tuple2<DocKey, DocumentOutcome> d = docs.next();
                    List<Assignment> mine = new ArrayList<>();
                    if (a.hasNext() && a.peek()._1().compareTo(d._1()) < 0) {
                        throw new IllegalStateException("entity assignment for " + a.peek()._1() + " has no document "
                                + "in its partition: outcomes and assignments are not partitioned alike");
                    }
                    while (a.hasNext() && a.peek()._1().equals(d._1())) mine.add(a.next()._2());
                    if (!d._2().isOk() || mine.isEmpty()) return d;
                    return new Tuple2<>(d._1(), DocumentOutcome.ok(applyTo(d._2().annotated(), mine)));
                }
            };
        }

        /** {@link Resolution#apply} with the resolution restricted to one document's local entities. */
        static AnnotatedDocument applyTo(AnnotatedDocument doc, List<Assignment> assignments) {
            Map<NameOccurrence.LocalRef, String> byRef = new HashMap<>();
            Map<String, Entity> entities = new HashMap<>();
            for (Assignment x : assignments) {
                byRef.put(new NameOccurrence.LocalRef(doc.docId(), x.localId()), x.entityId());
                // apply() reads only id and canonical name from the entity
                entities.putIfAbsent(x.entityId(), new Entity(x.entityId(), x.canonicalName(), "", List.of(), 0,
                        List.of(), List.of()));
            }
            return new Resolution(new ArrayList<>(entities.values()), byRef, Map.of()).apply(doc);
        }
    }

    /** An iterator that can look at its next element. */
    private static final class PeekingIterator<T> implements Iterator<T> {
        private final Iterator<T> it;
        private T next;
        private boolean peeked;

        PeekingIterator(Iterator<T> it) { this.it = it; }

        @Override public boolean hasNext() { return peeked || it.hasNext(); }

        T peek() {
            if (!peeked) {
                next = it.next();
                peeked = true;
            }
            return next;
        }

        @Override public T next() {
            if (peeked) {
                peeked = false;
                return next;
            }
            return it.next();
        }
    }
}
