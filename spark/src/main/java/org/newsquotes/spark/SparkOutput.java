package org.newsquotes.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsquotes.output.DocumentRow;
import org.newsquotes.output.OutputWriter;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Entity;
import org.newsquotes.record.Statement;
import org.newsquotes.review.ReviewApplier;
import org.newsquotes.review.ReviewJournal;
import org.newsquotes.runner.DocumentOutcome;
import org.newsquotes.stage.DocumentFailure;

/**
 * Phase 3 on Spark: what the local runner's output step writes, through the same writer.
 * <ul>
 *   <li>{@code json/<doc_id>.json}: written by the executors, each for the documents of its partitions
 *       ({@link OutputLocation#writeDocumentJson}, idempotent by doc_id); or, with {@code --json jsonl}, one
 *       {@code json/part-NNNNN.jsonl} per partition ({@link OutputLocation#writeJsonLines}); or none.</li>
 *   <li>The CSV tables and {@code datapackage.json}: {@link OutputWriter#writeTables} on the driver. The small
 *       per-document rows ({@code documents.csv}, {@code errors.csv}) are collected; the annotated documents, the
 *       source of {@code mentions.csv} and {@code quotes.csv}, are streamed one partition at a time
 *       ({@code toLocalIterator}) in corpus order and without their tokens and sentences, so the driver never
 *       holds the corpus. Off the local file system
 *       the tables are written to a local staging directory and then copied.</li>
 * </ul>
 * Trade-off: the driver writes every mention row itself. For a few million documents that is minutes; for far more
 * one would write part files per partition from the executors (they are already in corpus order) and concatenate them
 * under one header in a merge step.
 */
final class SparkOutput {
    private final SparkJobConfig config;
    private final HadoopConf hadoop;

    SparkOutput(SparkJobConfig config, HadoopConf hadoop) {
        this.config = config;
        this.hadoop = hadoop;
    }

    /** Figures for the run summary. */
    record Counts(long documents, long failed, long quotes) {}

    Counts write(JavaSparkContext sc, JavaPairRDD<DocKey, DocumentOutcome> resolved, List<Entity> entities,
                 List<Statement> statements, Map<String, String> duplicates, List<String> metaColumns) throws IOException {
        OutputLocation location = OutputLocation.of(config.out(), hadoop);
        HadoopConf conf = hadoop;
        JavaRDD<DocumentOutcome> outcomes = resolved.values();
        JavaRDD<AnnotatedDocument> annotated = outcomes.filter(DocumentOutcome::isOk).map(DocumentOutcome::annotated);

        switch (config.json()) {
            case FILES -> annotated.foreachPartition(docs -> {
                while (docs.hasNext()) location.writeDocumentJson(docs.next(), conf);
            });
            case JSONL -> annotated.foreachPartition(docs ->
                    location.writeJsonLines(org.apache.spark.TaskContext.getPartitionId(), docs, conf));
            case NONE -> { }
        }

        List<DocumentRow> rows = new java.util.ArrayList<>();
        for (DocumentRow r : outcomes.map(DocumentOutcome::documentRow).collect()) {
            rows.add(r.status() == org.newsquotes.output.DocumentStatus.OK ? r.withDuplicateOf(duplicates.get(r.docId())) : r);
        }
        List<DocumentFailure> failures = outcomes.filter(o -> !o.isOk()).map(DocumentOutcome::failure).collect();
        long quotes = annotated.map(d -> (long) d.quotes().size()).fold(0L, Long::sum);
        // mentions.csv and quotes.csv need only ids, mentions and quotes: tokens and sentences (most of a
        // document's bytes) stay on the executors
        JavaRDD<AnnotatedDocument> forTables = annotated.map(SparkOutput::withoutTokens);
        Iterable<AnnotatedDocument> stream = forTables::toLocalIterator;

        java.nio.file.Path tablesDir = location.isLocal() ? java.nio.file.Path.of(location.local())
                : Files.createTempDirectory("newsquotes-tables");
        OutputWriter writer = new OutputWriter(tablesDir, metaColumns);
        // annotators' decisions apply to quotes.csv exactly as in the local runner (journal in a local OUT only)
        ReviewJournal journal = ReviewJournal.inOutput(tablesDir);
        ReviewApplier.Pass review = location.isLocal() && Files.exists(journal.file()) ? journal.pass() : null;
        Iterable<AnnotatedDocument> tableDocuments = review == null ? stream : review.applying(stream);
        writer.writeTables(rows, tableDocuments, entities, statements, failures);
        if (review != null) review.finish().writeOrphans(tablesDir.resolve(ReviewJournal.ORPHANS_RELATIVE_PATH));
        writer.writeDataPackage();
        if (!location.isLocal()) upload(tablesDir, location);
        // a document skipped on purpose (a language the run does not annotate) is no failure, as in the local runner
        return new Counts(rows.size(), failures.stream().filter(f -> !f.skipped()).count(), quotes);
    }

    /** The document as {@link OutputWriter#writeTables} reads it: text, mentions and quotes, no tokens or sentences. */
    static AnnotatedDocument withoutTokens(AnnotatedDocument d) {
        return new AnnotatedDocument(d.document(), List.of(), List.of(), d.mentions(), d.entities(), d.quotes(), d.layers());
    }

    /** Copies the staged tables into the output directory and removes the staging copy. */
    private void upload(java.nio.file.Path staged, OutputLocation location) throws IOException {
        Path target = new Path(location.uri());
        FileSystem fs = target.getFileSystem(hadoop.get());
        fs.mkdirs(target);
        try (Stream<java.nio.file.Path> files = Files.list(staged)) {
            for (Iterator<java.nio.file.Path> it = files.iterator(); it.hasNext(); ) {
                java.nio.file.Path f = it.next();
                fs.copyFromLocalFile(true, true, new Path(f.toUri()), new Path(target, f.getFileName().toString()));
            }
        }
        Files.deleteIfExists(staged);
    }
}
