package org.newsquotes.spark;

import java.io.IOException;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.review.JournalEntry;
import org.newsquotes.review.ReviewJournal;
import org.newsquotes.runner.DocumentOutcome;

/**
 * Phase 3 on Spark, everything written by the executors that hold the documents:
 * <ul>
 *   <li>{@code json/<doc_id>.json} ({@link OutputLocation#writeDocumentJson}, idempotent by doc_id); or, with
 *       {@code --json jsonl}, one {@code json/part-NNNNN.jsonl} per partition ({@link OutputLocation#writeJsonLines});
 *       or none.</li>
 *   <li>The tables ({@link TableFiles}): Parquet by default, CSV with {@code datapackage.json} on request.</li>
 * </ul>
 * Annotators' decisions ({@code review/journal.jsonl} in a local output directory) apply to the quotes table as in
 * the local runner; decisions no quote took are listed in {@code review/orphans.csv}.
 */
final class SparkOutput {
    private final SparkJobConfig config;
    private final HadoopConf hadoop;

    SparkOutput(SparkJobConfig config, HadoopConf hadoop) {
        this.config = config;
        this.hadoop = hadoop;
    }

    /** The journal of annotators' decisions in a local output directory; empty elsewhere or when there is none. */
    static List<JournalEntry> review(OutputLocation location) {
        if (!location.isLocal()) return List.of();
        ReviewJournal journal = ReviewJournal.inOutput(java.nio.file.Path.of(location.local()));
        return java.nio.file.Files.exists(journal.file()) ? journal.read().entries() : List.of();
    }

    void write(AnnotationTables tables, OutputLocation location) throws IOException {
        HadoopConf conf = hadoop;
        JavaRDD<AnnotatedDocument> annotated = tables.documentOutcomes().values()
                .filter(DocumentOutcome::isOk).map(DocumentOutcome::annotated);
        switch (config.json()) {
            case FILES -> annotated.foreachPartition(docs -> {
                while (docs.hasNext()) location.writeDocumentJson(docs.next(), conf);
            });
            case JSONL -> annotated.foreachPartition(docs ->
                    location.writeJsonLines(org.apache.spark.TaskContext.getPartitionId(), docs, conf));
            case NONE -> { }
        }
        TableFiles.write(tables, location, config.tables(), hadoop);
    }
}
