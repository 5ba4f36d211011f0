package org.newsquotes.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.newsquotes.output.DocumentRow;
import org.newsquotes.output.DocumentStatus;
import org.newsquotes.output.EntityDocument;
import org.newsquotes.output.MentionRow;
import org.newsquotes.output.QuoteRow;
import org.newsquotes.output.Tables;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Entity;
import org.newsquotes.record.Statement;
import org.newsquotes.review.JournalEntry;
import org.newsquotes.review.ReviewApplier;
import org.newsquotes.runner.DocumentOutcome;

/**
 * The tables of one annotation on Spark, as DataFrames: {@code documents}, {@code mentions}, {@code quotes},
 * {@code statements}, {@code entities}, {@code entity_documents} and {@code errors}, with the columns, types and
 * rows of the local runner's tables of the same names ({@code output/README.md} documents every column; the
 * DataFrames' schemas carry each description as the field's {@code comment}).
 *
 * <p>Every table is computed on the executors from the documents where they lie: nothing is collected to the
 * driver. Rows of {@link #typed documents}, {@code mentions}, {@code quotes} and {@code errors} come partition by
 * partition in corpus order; {@code entities} and {@code entity_documents} are sorted by entity id (a distributed
 * sort); {@code statements} is made from the statements the driver linked ({@link SparkStatements} says why).
 *
 * <p>The data stays cached until {@link #close()}; a table used after that is recomputed from scratch or fails.
 */
public final class AnnotationTables implements AutoCloseable {
    private final SparkSession spark;
    private final CorpusSteps.Result phase2;
    private final List<String> metaColumns;
    private final Broadcast<Map<String, String>> duplicates;
    private final Broadcast<List<JournalEntry>> review;
    private final CollectionAccumulator<String> reviewLocated;

    AnnotationTables(SparkSession spark, CorpusSteps.Result phase2, List<JournalEntry> review) {
        this.spark = spark;
        this.phase2 = phase2;
        this.metaColumns = List.copyOf(phase2.metaColumns());
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.duplicates = sc.broadcast(new java.util.HashMap<>(phase2.duplicates()));
        this.review = review.isEmpty() ? null : sc.broadcast(List.copyOf(review));
        this.reviewLocated = review.isEmpty() ? null : spark.sparkContext().collectionAccumulator("review-located");
    }

    /** The names of the tables, in the order the data package lists them. */
    public static List<String> names() {
        return Tables.all().stream().map(t -> t.name()).toList();
    }

    /** The DataFrame schema of the table {@code name}, without running anything. */
    public StructType schema(String name) {
        return SparkTables.schema(ref(name).table().schema());
    }

    /** The table {@code name} ({@link #names()}). */
    public Dataset<Row> table(String name) {
        SparkTables.TableRef ref = ref(name);
        return SparkTables.frame(spark, ref, typed(name));
    }

    public Dataset<Row> documents() { return table("documents"); }

    public Dataset<Row> mentions() { return table("mentions"); }

    public Dataset<Row> quotes() { return table("quotes"); }

    public Dataset<Row> statements() { return table("statements"); }

    public Dataset<Row> entities() { return table("entities"); }

    public Dataset<Row> entityDocuments() { return table("entity_documents"); }

    public Dataset<Row> errors() { return table("errors"); }

    /**
     * Writes every table into {@code out} (any Hadoop file system URI: a local path, {@code hdfs://},
     * {@code s3a://}) as Parquet: {@code out/<table>.parquet/part-*.parquet}, written by the executors.
     */
    public void write(String out) throws java.io.IOException {
        write(out, TableFormat.PARQUET);
    }

    /** Writes every table into {@code out} as {@code format} ({@link TableFormat}), from the executors. */
    public void write(String out, TableFormat format) throws java.io.IOException {
        HadoopConf hadoop = new HadoopConf(spark.sparkContext().hadoopConfiguration());
        TableFiles.write(this, OutputLocation.of(out, hadoop), format, hadoop);
    }

    SparkTables.TableRef ref(String name) {
        return new SparkTables.TableRef(name, name.equals("documents") ? metaColumns : List.of());
    }

    /** The rows of the table {@code name} as its row records, in the order the local runner writes them. */
    JavaRDD<?> typed(String name) {
        return switch (name) {
            case "documents" -> documentRows();
            case "mentions" -> annotated().flatMap(d -> MentionRow.rowsOf(d).iterator());
            case "quotes" -> quoteRows();
            case "statements" -> statementRows();
            case "entities" -> sortedEntities();
            // one row per entity and document, so no row grows with the corpus
            case "entity_documents" -> sortedEntities().flatMap(e -> EntityDocument.rowsOf(e).iterator());
            case "errors" -> outcomes().filter(o -> !o.isOk() && !o.failure().skipped()).map(DocumentOutcome::failure);
            default -> throw new IllegalArgumentException("no table " + name + "; the tables are " + names());
        };
    }

    private JavaRDD<DocumentOutcome> outcomes() {
        return phase2.documents().values();
    }

    private JavaRDD<AnnotatedDocument> annotated() {
        return outcomes().filter(DocumentOutcome::isOk).map(DocumentOutcome::annotated);
    }

    private JavaRDD<DocumentRow> documentRows() {
        Broadcast<Map<String, String>> copies = duplicates;
        return outcomes().map(o -> {
            DocumentRow r = o.documentRow();
            return r.status() == DocumentStatus.OK ? r.withDuplicateOf(copies.value().get(r.docId())) : r;
        });
    }

    /**
     * Quote rows with annotators' decisions applied when the run has a journal: one {@link ReviewApplier.Pass} per
     * partition, the decisions each located gathered for {@link #reviewOrphans}.
     */
    private JavaRDD<QuoteRow> quoteRows() {
        Broadcast<List<JournalEntry>> decisions = review;
        CollectionAccumulator<String> located = reviewLocated;
        return annotated().mapPartitions(docs -> {
            ReviewApplier.Pass pass = decisions == null ? null : new ReviewApplier.Pass(decisions.value());
            List<QuoteRow> rows = new ArrayList<>();
            while (docs.hasNext()) {
                AnnotatedDocument d = pass == null ? docs.next() : pass.apply(docs.next());
                rows.addAll(QuoteRow.rowsOf(d));
            }
            if (pass != null) pass.located().forEach(located::add);
            return rows.iterator();
        });
    }

    /**
     * After the quotes table was computed (written): the journal's decisions in force that no quote took, as
     * {@link ReviewApplier.Pass#finish()} gives them; null when the run has no journal.
     */
    ReviewApplier.Result reviewOrphans() {
        if (review == null) return null;
        return new ReviewApplier.Pass(review.value()).finish(new java.util.HashSet<>(reviewLocated.value()));
    }

    private JavaRDD<Statement> statementRows() {
        List<Statement> sorted = new ArrayList<>(phase2.statements());
        sorted.sort(Comparator.comparing(Statement::statementId));
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return sc.parallelize(sorted, Math.max(1, Math.min(sc.defaultParallelism(), (sorted.size() + 9_999) / 10_000)));
    }

    private JavaRDD<Entity> sortedEntities() {
        JavaRDD<Entity> entities = phase2.entities();
        return entities.sortBy(Entity::entityId, true, Math.max(1, entities.getNumPartitions()));
    }

    /** Documents, failed documents (not skipped ones), quotes and entities: the run's figures, in one pass each. */
    Counts counts() {
        long[] c = documentRows().map(r -> new long[] {1, r.status() == DocumentStatus.FAILED ? 1 : 0,
                        r.quotes() == null ? 0 : r.quotes()})
                .fold(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
        return new Counts(c[0], c[1], c[2], phase2.entities().count(), phase2.statements().size());
    }

    /** The figures of a run. */
    record Counts(long documents, long failed, long quotes, long entities, long statements) {}

    /** The final documents, keyed and ordered as in the corpus (for the per-document JSON). */
    org.apache.spark.api.java.JavaPairRDD<DocKey, DocumentOutcome> documentOutcomes() {
        return phase2.documents();
    }

    List<String> metaColumns() { return metaColumns; }

    /** Frees the cached documents, entities and broadcasts. */
    @Override public void close() {
        phase2.releaseAll();
        duplicates.destroy();
        if (review != null) review.destroy();
    }
}
