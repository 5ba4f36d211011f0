package org.newsquotes.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an undirected graph held as an RDD of edges, by label propagation: every vertex starts
 * with the smallest id among itself and its neighbours, then repeatedly takes the smallest label of its
 * neighbours, until no label changes. Each round is two joins over the edges; the number of rounds is the graph's
 * diameter (name graphs are shallow: stars around a surname or an acronym), and every round's labels are
 * materialised, so lineage stays short enough; past {@value #CHECKPOINT_EVERY} rounds the labels are
 * checkpointed locally to cut it.
 */
final class ConnectedComponents {
    static final int CHECKPOINT_EVERY = 10;

    private ConnectedComponents() {}

    /** Vertex -> the smallest vertex id of its component, for every vertex on an edge. */
    static JavaPairRDD<String, String> smallestReachable(JavaPairRDD<String, String> edges) {
        JavaPairRDD<String, String> adjacent = edges
                .flatMapToPair(e -> java.util.List.of(e, e.swap()).iterator())
                .distinct()
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> labels = adjacent.union(adjacent.keys().mapToPair(v -> new Tuple2<>(v, v)))
                .reduceByKey(ConnectedComponents::min)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        labels.count();
        for (int round = 1; ; round++) {
            JavaPairRDD<String, String> next = adjacent.join(labels)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .union(labels)
                    .reduceByKey(ConnectedComponents::min)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            if (round % CHECKPOINT_EVERY == 0) next.rdd().localCheckpoint();
            long changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) break;
        }
        adjacent.unpersist(false);
        return labels;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
