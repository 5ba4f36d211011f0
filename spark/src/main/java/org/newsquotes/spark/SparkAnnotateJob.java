package org.newsquotes.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.ingest.CorpusMetadata;
import org.newsquotes.ingest.CorpusReader;
import org.newsquotes.ingest.IngestConfig;
import org.newsquotes.quotes.IndirectScope;
import org.newsquotes.runner.DocumentOutcome;
import org.newsquotes.runner.MetadataStep;
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
 *   <li>Phase 3 ({@link SparkOutput}) writes per-document JSON from the executors and the CSV tables and data
 *       package through the same {@code OutputWriter}.</li>
 * </ol>
 *
 * <p>Usage: {@code SparkAnnotateJob CORPUS OUT [--partitions N] [--models DIR] [--max-file-mb MB] [--indirect-scope speech|parc]
 * [--json files|jsonl|none]}.
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
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            SparkRunSummary summary = new SparkAnnotateJob(config).run(sc);
            System.err.println(summary.oneLine());
        }
    }

    /** Parses {@code CORPUS OUT [--partitions N] [--models DIR] [--max-file-mb MB] [--indirect-scope speech|parc]}. */
    static SparkJobConfig parse(String[] args) {
        List<String> positional = new ArrayList<>();
        int partitions = 0;
        String models = null;
        long maxFileBytes = IngestConfig.DEFAULT_MAX_FILE_BYTES;
        IndirectScope scope = IndirectScope.SPEECH;
        SparkJobConfig.JsonLayout json = SparkJobConfig.JsonLayout.FILES;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
                case "--models" -> models = value(args, ++i, a);
                case "--max-file-mb" -> maxFileBytes = Long.parseLong(value(args, ++i, a)) * 1024 * 1024;
                case "--indirect-scope" -> scope = IndirectScope.parse(value(args, ++i, a));
                case "--json" -> json = SparkJobConfig.JsonLayout.parse(value(args, ++i, a));
                default -> {
                    if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
                    positional.add(a);
                }
            }
        }
        if (positional.size() != 2) throw new IllegalArgumentException(USAGE);
        return new SparkJobConfig(positional.get(0), positional.get(1), partitions, models, maxFileBytes, scope, json, false);
    }

    private static final String USAGE = "usage: SparkAnnotateJob CORPUS OUT [--partitions N] [--models DIR] [--max-file-mb MB] [--indirect-scope speech|parc] [--json files|jsonl|none]";

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        return args[i];
    }

    /** Runs the three phases on {@code sc}; the output directory then holds what the local runner writes. */
    public SparkRunSummary run(JavaSparkContext sc) throws IOException {
        long t0 = System.nanoTime();
        HadoopConf hadoop = new HadoopConf(sc.hadoopConfiguration());
        // the driver needs only the listing rules, not the CoreNLP pipeline
        ModelFiles models = Stages.models(config.stageConfig());
        CorpusReader rules = new CorpusReader(IngestConfig.defaults(models).withMaxFileBytes(config.maxFileBytes()));
        List<CorpusFile> files = CorpusListing.list(config.corpus(), sc.hadoopConfiguration(), rules, config.out());
        FileRangePartitioner partitioner = new FileRangePartitioner(partitions(files.size(), sc.defaultParallelism()),
                files.size());

        List<Tuple2<DocKey, CorpusFile>> keyedFiles = new ArrayList<>(files.size());
        for (CorpusFile f : files) keyedFiles.add(new Tuple2<>(new DocKey(f.index(), 0), f));
        // the (small) file list is shuffled into file ranges, so phase-1 output is partitioned and ordered by DocKey
        JavaPairRDD<DocKey, DocumentOutcome> outcomes = sc.parallelizePairs(keyedFiles, partitioner.numPartitions())
                .repartitionAndSortWithinPartitions(partitioner)
                // keys stay within their file's range: the partitioner still holds for the outcomes
                .mapPartitionsToPair(new Phase1Partition(config, hadoop), true)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        LOG.info("listed {} files of {} in {} partitions; phase 1 (ingest and annotation) starts", files.size(),
                config.corpus(), partitioner.numPartitions());
        long p1 = System.nanoTime();
        long documents = outcomes.count(); // materialises phase 1 once, before anything else reads it
        double phase1Seconds = seconds(p1);
        LOG.info(String.format(Locale.ROOT, "phase 1: %d documents in %.1f s; phase 2 (metadata, entities, "
                + "statements) starts", documents, phase1Seconds));

        long p2 = System.nanoTime();
        // the corpus's metadata file first, as in the local runner (mapValues keeps the file-range partitioning)
        CorpusMetadata metadata = SparkStatements.metadata(config.corpus(), hadoop);
        JavaPairRDD<DocKey, DocumentOutcome> described = metadata.isEmpty() ? outcomes
                : outcomes.mapValues(o -> MetadataStep.apply(metadata, o));
        SparkEntityResolution.Result entities = new SparkEntityResolution(config).resolve(described, partitioner);
        JavaPairRDD<DocKey, DocumentOutcome> resolved = entities.apply(described);
        SparkStatements.Result statements = SparkStatements.link(sc, resolved, Stages.linker(models));
        double phase2Seconds = seconds(p2);
        LOG.info(String.format(Locale.ROOT, "phase 2: %d entities, %d statements in %.1f s; writing %s",
                entities.entities().size(), statements.statements().statements().size(), phase2Seconds, config.out()));

        long p3 = System.nanoTime();
        SparkOutput.Counts counts = new SparkOutput(config, hadoop).write(sc, statements.outcomes(), entities.entities(),
                statements.statements().statements(), statements.duplicates(), metadata.extraColumns());
        double phase3Seconds = seconds(p3);
        entities.release();
        statements.release();
        outcomes.unpersist(false);
        if (counts.documents() != documents) {
            throw new IllegalStateException("wrote " + counts.documents() + " document rows for " + documents + " documents");
        }
        return new SparkRunSummary(files.size(), counts.documents(), counts.failed(), counts.quotes(),
                entities.entities().size(), seconds(t0), phase1Seconds, phase2Seconds, phase3Seconds);
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
