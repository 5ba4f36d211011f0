package org.newsquotes.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.ingest.CorpusMetadata;
import org.newsquotes.ingest.CorpusReader;
import org.newsquotes.ingest.IngestConfig;
import org.newsquotes.quotes.IndirectScope;
import org.newsquotes.runner.DocumentOutcome;
import org.newsquotes.runner.Stages;
import scala.Tuple2;

/**
 * The annotate job on Apache Spark: the local runner's three phases, composed from the same stages, records and
 * writers.
 * <ol>
 *   <li>The driver lists the corpus ({@link CorpusListing}: same ids, same order as the local runner) and spreads the
 *       file list over partitions of contiguous file ranges ({@link FileRangePartitioner}).</li>
 *   <li>Phase 1 runs in {@code mapPartitions} ({@link Phase1Partition}) on one pipeline per executor JVM
 *       ({@link ExecutorStages}); its outcomes are persisted, so CoreNLP runs once per document.</li>
 *   <li>Phase 2: the corpus's metadata file over each document, corpus-wide entity resolution as Spark steps over
 *       distinct names ({@link SparkEntityResolution}; only its per-document assignments travel back to the
 *       documents), then copies of one article and statements ({@link SparkStatements}).</li>
 *   <li>Phase 3 ({@link SparkOutput}) writes per-document JSON and the tables ({@link AnnotationTables}: Parquet by
 *       default, the local runner's CSV files on request) from the executors; the driver holds no row.</li>
 * </ol>
 *
 * <p>Usage: {@code SparkAnnotateJob CORPUS OUT [--partitions N] [--models DIR] [--max-file-mb MB] [--indirect-scope speech|parc]
 * [--json files|jsonl|none] [--tables parquet|csv]}.
 */
public final class SparkAnnotateJob {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SparkAnnotateJob.class);
    private final SparkJobConfig config;

    public SparkAnnotateJob(SparkJobConfig config) {
        this.config = config;
    }

    public static void main(String[] args) throws IOException {
        SparkJobConfig config;
        try {
            config = parse(args).withJobLogging(true);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2); // bad usage, as the CLI's exit codes
            return;
        }
        JobLogging.configure();
        SparkConf conf = new SparkConf().setAppName("newsquotes annotate " + config.corpus());
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            JobLogging.configure(); // the context's start put Spark's default logging back
            SparkRunSummary summary = new SparkAnnotateJob(config).run(spark);
            System.err.println(summary.oneLine());
        }
    }

    /** Parses the arguments of {@link #main} (see the class comment). */
    static SparkJobConfig parse(String[] args) {
        List<String> positional = new ArrayList<>();
        int partitions = 0;
        String models = null;
        long maxFileBytes = IngestConfig.DEFAULT_MAX_FILE_BYTES;
        IndirectScope scope = IndirectScope.SPEECH;
        SparkJobConfig.JsonLayout json = SparkJobConfig.JsonLayout.FILES;
        TableFormat tables = TableFormat.PARQUET;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
                case "--models" -> models = value(args, ++i, a);
                case "--max-file-mb" -> maxFileBytes = Long.parseLong(value(args, ++i, a)) * 1024 * 1024;
                case "--indirect-scope" -> scope = IndirectScope.parse(value(args, ++i, a));
                case "--json" -> json = SparkJobConfig.JsonLayout.parse(value(args, ++i, a));
                case "--tables" -> tables = TableFormat.parse(value(args, ++i, a));
                default -> {
                    if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
                    positional.add(a);
                }
            }
        }
        if (positional.size() != 2) throw new IllegalArgumentException(USAGE);
        return new SparkJobConfig(positional.get(0), positional.get(1), partitions, models, maxFileBytes, scope, json, false, tables);
    }

    private static final String USAGE = "usage: SparkAnnotateJob CORPUS OUT [--partitions N] [--models DIR] [--max-file-mb MB] [--indirect-scope speech|parc] [--json files|jsonl|none] [--tables parquet|csv]";

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        return args[i];
    }

    /** Runs the three phases on {@code sc}; the output directory then holds what the local runner writes. */
    public SparkRunSummary run(JavaSparkContext sc) throws IOException {
        return run(SparkSession.builder().config(sc.getConf()).getOrCreate());
    }

    /**
     * Runs the three phases on {@code spark}; the output directory then holds the local runner's tables (as Parquet
     * unless CSV is configured) and per-document JSON.
     */
    public SparkRunSummary run(SparkSession spark) throws IOException {
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopConf hadoop = new HadoopConf(sc.hadoopConfiguration());
        // the driver needs only the listing rules, not the CoreNLP pipeline
        ModelFiles models = Stages.models(config.stageConfig());
        CorpusReader rules = new CorpusReader(IngestConfig.defaults(models).withMaxFileBytes(config.maxFileBytes()));
        List<CorpusFile> files = CorpusListing.list(config.corpus(), sc.hadoopConfiguration(), rules, config.out());
        FileRangePartitioner partitioner = new FileRangePartitioner(partitions(files.size(), sc.defaultParallelism()),
                files.size());
        // read before anything runs: a broken metadata file stops the run here, not after phase 1
        CorpusMetadata metadata = SparkStatements.metadata(config.corpus(), hadoop);
        OutputLocation location = OutputLocation.of(config.out(), hadoop);

        List<Tuple2<DocKey, CorpusFile>> keyedFiles = new ArrayList<>(files.size());
        for (CorpusFile f : files) keyedFiles.add(new Tuple2<>(new DocKey(f.index(), 0), f));
        // the (small) file list is shuffled into file ranges, so phase-1 output is partitioned and ordered by DocKey
        JavaPairRDD<DocKey, CorpusFile> ranges = sc.parallelizePairs(keyedFiles, partitioner.numPartitions())
                .repartitionAndSortWithinPartitions(partitioner);
        LOG.info("listed {} files of {} in {} partitions; phase 1 (ingest and annotation) starts", files.size(),
                config.corpus(), partitioner.numPartitions());
        Phases phases = phases(spark, config, ranges, Phase1Partition.files(config, hadoop), partitioner, metadata,
                metadata.extraColumns(), SparkOutput.review(location));

        long p3 = System.nanoTime();
        try (AnnotationTables tables = phases.tables()) {
            new SparkOutput(config, hadoop).write(tables, location);
            double phase3Seconds = seconds(p3);
            AnnotationTables.Counts counts = tables.counts();
            if (counts.documents() != phases.documents()) {
                throw new IllegalStateException("wrote " + counts.documents() + " document rows for "
                        + phases.documents() + " documents");
            }
            return new SparkRunSummary(files.size(), counts.documents(), counts.failed(), counts.quotes(),
                    (int) counts.entities(), seconds(t0), phases.phase1Seconds(), phases.phase2Seconds(), phase3Seconds);
        }
    }

    /** Phases 1 and 2 over keyed inputs, and their timings. */
    record Phases(AnnotationTables tables, long documents, double phase1Seconds, double phase2Seconds) {}

    /**
     * Phase 1 over {@code inputs} (partitioned by {@code partitioner}, sorted by key), then phase 2: what the directory
     * job and the DataFrame API ({@link NewsQuotes#annotate}) share.
     */
    static <T> Phases phases(SparkSession spark, SparkJobConfig config, JavaPairRDD<DocKey, T> inputs,
                             Phase1Partition<T> phase1, FileRangePartitioner partitioner, CorpusMetadata metadata,
                             List<String> metaColumns, List<org.newsquotes.review.JournalEntry> review) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // keys stay within their input's range: the partitioner still holds for the outcomes
        JavaPairRDD<DocKey, DocumentOutcome> outcomes = inputs.mapPartitionsToPair(phase1, true)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long p1 = System.nanoTime();
        long documents = outcomes.count(); // materialises phase 1 once, before anything else reads it
        double phase1Seconds = seconds(p1);
        LOG.info(String.format(Locale.ROOT, "phase 1: %d documents in %.1f s; phase 2 (metadata, entities, "
                + "statements) starts", documents, phase1Seconds));

        long p2 = System.nanoTime();
        CorpusSteps.Result phase2 = CorpusSteps.run(sc, config, outcomes, partitioner, metadata, metaColumns);
        long persisted = phase2.documents().count(); // materialises phase 2's documents; phase 1's can go
        outcomes.unpersist(false);
        double phase2Seconds = seconds(p2);
        LOG.info(String.format(Locale.ROOT, "phase 2: %d statements in %.1f s", phase2.statements().size(),
                phase2Seconds));
        if (persisted != documents) {
            throw new IllegalStateException("phase 2 has " + persisted + " documents, phase 1 had " + documents);
        }
        return new Phases(new AnnotationTables(spark, phase2, review), documents, phase1Seconds, phase2Seconds);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * Phase-1 partitions: as configured, else about 4 per core so stragglers (long documents) even out, and at most
     * ~500 files each so a retried task redoes little; never more partitions than files.
     */
    int partitions(int files, int defaultParallelism) {
        if (config.partitions() > 0) return config.partitions();
        int n = Math.max(defaultParallelism * 4, (files + 499) / 500);
        return Math.max(1, Math.min(n, files));
    }

    /**
     * The figures of one Spark run.
     *
     * @param phase1Seconds listing excluded: ingest and per-document stages, including loading the models on each
     *                      executor the first time
     * @param phase2Seconds corpus-wide entity resolution
     * @param phase3Seconds JSON and tables
     */
    public record SparkRunSummary(int files, long documents, long failedDocuments, long quotes, int entities,
                                  double seconds, double phase1Seconds, double phase2Seconds, double phase3Seconds) {
        public String oneLine() {
            return String.format(Locale.ROOT, "annotated %d documents from %d files on Spark: %d failed, %d quotes, "
                    + "%d entities, %.1f s (phase 1 %.1f s, entities %.1f s, output %.1f s)", documents, files,
                    failedDocuments, quotes, entities, seconds, phase1Seconds, phase2Seconds, phase3Seconds);
        }
    }
}
