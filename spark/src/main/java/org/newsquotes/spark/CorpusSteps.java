package org.newsquotes.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.newsquotes.ingest.CorpusMetadata;
import org.newsquotes.record.Entity;
import org.newsquotes.record.Statement;
import org.newsquotes.runner.DocumentOutcome;
import org.newsquotes.runner.MetadataStep;
import org.newsquotes.runner.Stages;

/**
 * Phase 2, the corpus-wide steps, over phase 1's outcomes whichever way they were made (corpus files or DataFrame
 * rows), in the local runner's order:
 * <ol>
 *   <li>the corpus metadata file over each document ({@code MetadataStep}; none for a DataFrame);</li>
 *   <li>entity resolution ({@link SparkEntityResolution});</li>
 *   <li>copies of one article and statements ({@link SparkStatements}).</li>
 * </ol>
 * The documents never leave their partitions: the result keeps the outcomes' {@link FileRangePartitioner}
 * partitioning and {@link DocKey} order, so tables written partition by partition are in corpus order.
 */
final class CorpusSteps {
    private CorpusSteps() {}

    /**
     * What phase 2 made.
     *
     * @param documents   every outcome, ok ones with entity ids and statement links filled in; persisted
     * @param entities    the canonical entities, unordered
     * @param statements  the statements, as the driver linked them
     * @param duplicates  doc_id → the doc_id it copies
     * @param metaColumns the corpus metadata file's extra columns (documents' {@code meta_*})
     */
    record Result(JavaPairRDD<DocKey, DocumentOutcome> documents, JavaRDD<Entity> entities, List<Statement> statements,
                  Map<String, String> duplicates, List<String> metaColumns, List<Runnable> release) {
        /** Frees what phase 2 cached; the tables built on it can then no longer be computed. */
        void releaseAll() {
            release.forEach(Runnable::run);
        }
    }

    static Result run(JavaSparkContext sc, SparkJobConfig config, JavaPairRDD<DocKey, DocumentOutcome> outcomes,
                      FileRangePartitioner partitioner, CorpusMetadata metadata, List<String> metaColumns) {
        // mapValues keeps the file-range partitioning
        JavaPairRDD<DocKey, DocumentOutcome> described = metadata.isEmpty() ? outcomes
                : outcomes.mapValues(o -> MetadataStep.apply(metadata, o));
        SparkEntityResolution.Result entities = new SparkEntityResolution(config).resolve(described, partitioner);
        JavaPairRDD<DocKey, DocumentOutcome> resolved = entities.apply(described);
        SparkStatements.Result statements = SparkStatements.link(sc, resolved,
                Stages.linker(Stages.models(config.stageConfig())));
        // every table and the JSON read the final documents: computed once
        JavaPairRDD<DocKey, DocumentOutcome> documents = statements.outcomes().persist(StorageLevel.MEMORY_AND_DISK_SER());
        List<Runnable> release = new ArrayList<>();
        release.add(() -> documents.unpersist(false));
        release.add(entities::release);
        release.add(statements::release);
        return new Result(documents, entities.entities(), statements.statements().statements(),
                statements.duplicates(), metaColumns, List.copyOf(release));
    }
}
