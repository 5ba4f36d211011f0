package org.newsquotes.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;
import org.newsquotes.ingest.IngestConfig;
import org.newsquotes.quotes.IndirectScope;
import org.newsquotes.runner.RunConfig;

/**
 * What one Spark run is configured with. Serializable, because executor tasks carry it to build their
 * {@link ExecutorStages} from, and a value type, because it is the key of that per-JVM holder.
 *
 * @param corpus       the corpus root, any Hadoop-compatible URI ({@code hdfs://}, {@code s3a://}, {@code file:}) or a
 *                     local path
 * @param out          the output directory, likewise
 * @param partitions   phase-1 partitions (0: chosen from the corpus size and the cluster's parallelism)
 * @param modelsDir    an editable models directory present on every executor at this local path, or null for the
 *                     copy packaged in the jar
 * @param maxFileBytes files larger than this are refused with an {@code errors.csv} row, as in the local runner
 * @param indirectScope which reports without quotation marks are indirect quotes, as {@code annotate --indirect-scope}
 * @param json         how the per-document JSON is written ({@link JsonLayout})
 * @param jobLogging   true when run as the job ({@link SparkAnnotateJob#main}): executors then apply the job's logging
 *                     configuration ({@link JobLogging}); false when the job is called as a library, whose logging
 *                     is the caller's
 * @param tables       the tables' file format ({@link TableFormat}): Parquet unless CSV is asked for
 */
public record SparkJobConfig(String corpus, String out, int partitions, String modelsDir, long maxFileBytes,
                             IndirectScope indirectScope, JsonLayout json, boolean jobLogging, TableFormat tables)
        implements Serializable {
    /** How the per-document JSON is written. */
    public enum JsonLayout {
        /** {@code json/<doc_id>.json}, one file per document, as the local runner writes it (the default). */
        FILES,
        /**
         * {@code json/part-NNNNN.jsonl}, one JSON Lines file per partition (a document per line, in corpus order
         * within the part): a million documents make hundreds of files, not a million.
         */
        JSONL,
        /** No per-document JSON: the tables only. */
        NONE;

        /** {@code files}, {@code jsonl} or {@code none}. */
        public static JsonLayout parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--json must be files, jsonl or none, got '" + s + "'");
            }
        }
    }

    /** A configuration writing one JSON file per document, Parquet tables, and leaving logging to the caller. */
    public SparkJobConfig(String corpus, String out, int partitions, String modelsDir, long maxFileBytes,
                          IndirectScope indirectScope) {
        this(corpus, out, partitions, modelsDir, maxFileBytes, indirectScope, JsonLayout.FILES, false,
                TableFormat.PARQUET);
    }

    public SparkJobConfig {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(indirectScope, "indirectScope");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(tables, "tables");
        if (partitions < 0) throw new IllegalArgumentException("partitions must be >= 0, got " + partitions);
        if (maxFileBytes < 1) throw new IllegalArgumentException("maxFileBytes must be >= 1, got " + maxFileBytes);
    }

    public static SparkJobConfig defaults(String corpus, String out) {
        return new SparkJobConfig(corpus, out, 0, null, IngestConfig.DEFAULT_MAX_FILE_BYTES, IndirectScope.SPEECH);
    }

    public SparkJobConfig withPartitions(int n) {
        return new SparkJobConfig(corpus, out, n, modelsDir, maxFileBytes, indirectScope, json, jobLogging, tables);
    }

    public SparkJobConfig withModelsDir(String dir) {
        return new SparkJobConfig(corpus, out, partitions, dir, maxFileBytes, indirectScope, json, jobLogging, tables);
    }

    /** This configuration with the job's logging on executors ({@code true}) or the caller's ({@code false}). */
    public SparkJobConfig withJobLogging(boolean on) {
        return new SparkJobConfig(corpus, out, partitions, modelsDir, maxFileBytes, indirectScope, json, on, tables);
    }

    /** This configuration writing the per-document JSON as {@code layout}. */
    public SparkJobConfig withJson(JsonLayout layout) {
        return new SparkJobConfig(corpus, out, partitions, modelsDir, maxFileBytes, indirectScope, layout, jobLogging, tables);
    }

    /** This configuration writing the tables as {@code format}. */
    public SparkJobConfig withTables(TableFormat format) {
        return new SparkJobConfig(corpus, out, partitions, modelsDir, maxFileBytes, indirectScope, json, jobLogging, format);
    }

    /**
     * The local runner's configuration for the same stages, so both runners assemble them through
     * {@link org.newsquotes.runner.Stages#build}. Corpus and output paths are placeholders: the stages never read
     * them (the Spark job does its own listing and writing).
     */
    public RunConfig stageConfig() {
        RunConfig d = RunConfig.defaults(Path.of("."), Path.of("."));
        return new RunConfig(d.corpus(), d.out(), 1, modelsDir == null ? null : Path.of(modelsDir), d.attribution(),
                maxFileBytes, false, RunConfig.CacheMode.OFF, d.documentTimeLimit(), d.maxDocumentChars(), indirectScope);
    }
}
