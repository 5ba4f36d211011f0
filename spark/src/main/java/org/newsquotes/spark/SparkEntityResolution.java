package org.newsquotes.spark;

import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.newsquotes.record.Entity;
import org.newsquotes.runner.DocumentOutcome;

/**
 * Phase 2 on Spark: corpus-wide entity resolution. (Placeholder until the local resolver lands: the local runner's
 * corpus step currently adds no entities, and neither does this.)
 */
final class SparkEntityResolution {
    private final SparkJobConfig config;

    SparkEntityResolution(SparkJobConfig config) {
        this.config = config;
    }

    Result resolve(JavaPairRDD<DocKey, DocumentOutcome> outcomes, FileRangePartitioner partitioner) {
        return new Result(List.of());
    }

    /** The canonical entities, and how to apply the resolution to the documents. */
    record Result(List<Entity> entities) {
        JavaPairRDD<DocKey, DocumentOutcome> apply(JavaPairRDD<DocKey, DocumentOutcome> outcomes) {
            return outcomes;
        }
    }
}
