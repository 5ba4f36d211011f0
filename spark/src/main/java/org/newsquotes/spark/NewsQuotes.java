package org.newsquotes.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.newsquotes.ingest.CorpusMetadata;
import org.newsquotes.ingest.IngestConfig;
import org.newsquotes.ingest.InputRecord;
import org.newsquotes.quotes.IndirectScope;
import scala.Tuple2;

/**
 * newsquotes as a Spark library: a DataFrame of articles in, the annotation tables out as DataFrames.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().parquet("s3a://bucket/articles.parquet"); // doc_id, text, title, date, ...
 * try (AnnotationTables t = NewsQuotes.annotate(articles)) {
 *     t.quotes().groupBy("speaker").count().show();
 *     t.write("s3a://bucket/annotated");                                        // Parquet, written by executors
 * }
 * }</pre>
 * From PySpark, through the JVM:
 * <pre>{@code
 * t = spark._jvm.org.newsquotes.spark.NewsQuotes.annotate(articles._jdf)
 * quotes = DataFrame(t.quotes(), spark)
 * }</pre>
 *
 * <p>The input DataFrame ({@link #annotate(Dataset, Options)}):
 * <ul>
 *   <li>{@code doc_id} (required, unique, never null or blank; cast to a string) and {@code text} (required, a string:
 *       plain text, whose lines are its paragraphs, or an HTML fragment);</li>
 *   <li>optional {@code title}, {@code date} (ISO-8601 or RFC 1123; a date or timestamp column is cast),
 *       {@code url}, {@code outlet};</li>
 *   <li>any other column passes through to {@code documents} as {@code meta_<name>} (as a corpus metadata file's
 *       other columns do), cast to a string.</li>
 * </ul>
 * A row with no text, or whose text the stages cannot annotate, becomes a {@code failed} documents row and an
 * {@code errors} row naming it, as a bad file does in a directory run; the rest is annotated. An input that breaks
 * the contract (a missing {@code doc_id} or {@code text} column, a null or duplicate {@code doc_id}) is refused with
 * an {@link IllegalArgumentException} naming the problem, before any annotation runs.
 *
 * <p>Each row is read as the record of a JSON Lines file with the same fields would be ({@code format}
 * {@code record}), annotated by the same stages as the directory job (one CoreNLP pipeline per executor JVM), and
 * phase 2 (entities, statements) runs over all of them. Documents are processed in {@code doc_id} order, so the
 * result does not depend on how the input is partitioned.
 */
public final class NewsQuotes {
    /** The input columns the API reads; others pass through. */
    public static final List<String> INPUT_COLUMNS = List.of("doc_id", "text", "title", "date", "url", "outlet");

    private NewsQuotes() {}

    /** {@link #annotate(Dataset, Options)} with {@link Options#defaults()}. */
    public static AnnotationTables annotate(Dataset<Row> docs) {
        return annotate(docs, Options.defaults());
    }

    /**
     * Annotates every row of {@code docs}: runs phases 1 and 2 (the tables' data is then cached) and returns the
     * tables. Close the result to free the cache.
     */
    public static AnnotationTables annotate(Dataset<Row> docs, Options options) {
        SparkSession spark = docs.sparkSession();
        Dataset<Row> input = validated(docs);
        List<String> extras = extraColumns(docs);
        // doc_id order: the corpus order, whatever the input's partitioning (and so the statements' first reports)
        JavaPairRDD<Long, InputRecord> indexed = input.toJavaRDD()
                .map(r -> record(r, extras))
                .sortBy(InputRecord::docId, true, input.rdd().getNumPartitions())
                .zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._2(), t._1()));
        long n = indexed.count();
        if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("over " + Integer.MAX_VALUE + " rows in one call");
        SparkJobConfig config = options.jobConfig();
        SparkAnnotateJob job = new SparkAnnotateJob(config);
        FileRangePartitioner partitioner = new FileRangePartitioner(
                job.partitions((int) n, spark.sparkContext().defaultParallelism()), (int) n);
        JavaPairRDD<DocKey, InputRecord> keyed = indexed
                .mapToPair(t -> new Tuple2<>(new DocKey(Math.toIntExact(t._1()), 0), t._2()))
                .repartitionAndSortWithinPartitions(partitioner);
        List<String> metaColumns = extras.stream().map(CorpusMetadata::snake).toList();
        return SparkAnnotateJob.phases(spark, config, keyed, Phase1Partition.records(config), partitioner,
                CorpusMetadata.NONE, metaColumns, List.of()).tables();
    }

    /**
     * The input with the contract's columns as strings ({@code doc_id}, {@code text}, {@code title}, {@code date},
     * {@code url}, {@code outlet}; absent optional ones null) followed by the other columns as strings; refuses an
     * input that breaks the contract.
     */
    static Dataset<Row> validated(Dataset<Row> docs) {
        Map<String, StructField> fields = new LinkedHashMap<>();
        for (StructField f : docs.schema().fields()) fields.put(f.name(), f);
        for (String required : List.of("doc_id", "text")) {
            if (!fields.containsKey(required)) {
                throw new IllegalArgumentException("the input DataFrame has no " + required + " column (it needs doc_id "
                        + "and text; title, date, url and outlet are optional); its columns are " + fields.keySet());
            }
        }
        if (!fields.get("text").dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("the input's text column must be a string, not "
                    + fields.get("text").dataType().simpleString());
        }
        List<org.apache.spark.sql.Column> columns = new ArrayList<>();
        for (String c : INPUT_COLUMNS) {
            columns.add(fields.containsKey(c) ? col(c).cast(DataTypes.StringType).as(c) : lit(null).cast(DataTypes.StringType).as(c));
        }
        for (String c : extraColumns(docs)) columns.add(col("`" + c + "`").cast(DataTypes.StringType));
        Dataset<Row> typed = docs.select(columns.toArray(new org.apache.spark.sql.Column[0]));

        // one cheap pass before any annotation: ids the tables' keys depend on
        Dataset<Row> bad = typed.groupBy(col("doc_id")).count()
                .filter(col("doc_id").isNull().or(org.apache.spark.sql.functions.trim(col("doc_id")).equalTo(""))
                        .or(col("count").gt(1)))
                .limit(5);
        List<Row> problems = bad.collectAsList();
        if (!problems.isEmpty()) {
            List<String> said = new ArrayList<>();
            for (Row r : problems) {
                String id = r.getString(0);
                said.add(id == null || id.isBlank() ? r.getLong(1) + " rows with no doc_id"
                        : "doc_id '" + id + "' on " + r.getLong(1) + " rows");
            }
            throw new IllegalArgumentException("the input's doc_id must be unique and never blank: " + String.join("; ", said));
        }
        return typed;
    }

    /** The input's columns beyond {@link #INPUT_COLUMNS}, in its order. */
    static List<String> extraColumns(Dataset<Row> docs) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String c : docs.columns()) {
            if (INPUT_COLUMNS.contains(c)) continue;
            String snake = CorpusMetadata.snake(c);
            if (snake.isEmpty() || !Character.isLetter(snake.charAt(0))) {
                throw new IllegalArgumentException("the input column '" + c + "' cannot be passed through: its name "
                        + "must start with a letter (it would become documents.meta_<name>)");
            }
            if (!names.add(snake)) {
                throw new IllegalArgumentException("the input columns give meta_" + snake + " twice");
            }
            out.add(c);
        }
        return out;
    }

    /** One validated row as the record ingest reads. */
    static InputRecord record(Row r, List<String> extras) {
        Map<String, String> extra = new java.util.TreeMap<>();
        for (int i = 0; i < extras.size(); i++) {
            String v = r.getString(INPUT_COLUMNS.size() + i);
            if (v != null) extra.put(CorpusMetadata.snake(extras.get(i)), v);
        }
        return new InputRecord(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), extra);
    }

    /**
     * How the DataFrame API annotates.
     *
     * @param partitions    phase-1 partitions (0: about 4 per core, at most ~500 documents each)
     * @param modelsDir     an editable models directory present on every executor at this path, or null for the
     *                      copy packaged in the jar
     * @param indirectScope which reports without quotation marks are indirect quotes ({@code speech} or {@code parc})
     * @param maxTextChars  a row's text longer than this is refused with an errors row
     */
    public record Options(int partitions, String modelsDir, IndirectScope indirectScope, long maxTextChars)
            implements Serializable {
        public Options {
            if (partitions < 0) throw new IllegalArgumentException("partitions must be >= 0, got " + partitions);
            if (maxTextChars < 1) throw new IllegalArgumentException("maxTextChars must be >= 1, got " + maxTextChars);
            java.util.Objects.requireNonNull(indirectScope, "indirectScope");
        }

        public static Options defaults() {
            return new Options(0, null, IndirectScope.SPEECH, IngestConfig.DEFAULT_MAX_FILE_BYTES);
        }

        public Options withPartitions(int n) { return new Options(n, modelsDir, indirectScope, maxTextChars); }

        public Options withModelsDir(String dir) { return new Options(partitions, dir, indirectScope, maxTextChars); }

        /** {@code speech} or {@code parc}, as {@code annotate --indirect-scope}. */
        public Options withIndirectScope(String scope) {
            return new Options(partitions, modelsDir, IndirectScope.parse(scope), maxTextChars);
        }

        public Options withMaxTextChars(long n) { return new Options(partitions, modelsDir, indirectScope, n); }

        /** The job configuration the stages are built from (no corpus or output directory: the caller has both). */
        SparkJobConfig jobConfig() {
            return new SparkJobConfig("<dataframe>", "<dataframe>", partitions, modelsDir, maxTextChars, indirectScope,
                    SparkJobConfig.JsonLayout.NONE, false, TableFormat.PARQUET);
        }
    }
}
