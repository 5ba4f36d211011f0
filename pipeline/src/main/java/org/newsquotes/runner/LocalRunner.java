package org.newsquotes.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.newsquotes.cli.SetupException;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.ingest.CorpusReader;
import org.newsquotes.nlp.NlpConfig;
import org.newsquotes.nlp.NlpStage;
import org.newsquotes.output.AtomicFiles;
import org.newsquotes.stage.DocumentPipeline;
import org.newsquotes.stage.DocumentStage;
import org.newsquotes.stage.StepTime;

/**
 * Runs the three phases on one machine: phase 1 (ingest and per-document stages, or the cache) on N threads over
 * one shared pipeline, phase 2 (corpus-wide steps), phase 3 (writers).
 *
 * <p>Guarantees:
 * <ul>
 *   <li><b>Deterministic</b>: output content and order do not depend on the number of threads; results are
 *       collected per file in corpus order, whatever order the threads finish in.</li>
 *   <li><b>Incremental</b>: phase-1 results are cached per source file ({@link DocumentCache}); an unchanged file is
 *       read back, not annotated, and when no file needs annotating the CoreNLP models are never loaded.</li>
 *   <li><b>Crash-safe</b>: every file (outputs, cache entries, run.json) is written atomically, and temporary files
 *       of a killed run are removed at start; a run killed at any moment and started again writes the same output as
 *       an uninterrupted run, and reuses every cache entry the killed run completed.</li>
 *   <li><b>Guarded</b>: a document over the size limit is refused, one over the time limit abandoned
 *       ({@link GuardedExecutor}), and one that runs out of heap or stack skipped; all become {@code errors.csv}
 *       rows, and those caused by the run's limits rather than the document (time, memory) are not cached, so the
 *       next run tries them again. Too small a heap stops the run at start, and running out of memory outside any
 *       document stops it with a {@link SetupException} that says what to do.</li>
 *   <li><b>Self-healing cache</b>: a cache entry that vanishes between phase 1 and the writers is re-annotated.</li>
 *   <li><b>Bounded memory</b>: with the cache on, phase 1 keeps only slim outcomes (no tokens) in memory, and phase 3
 *       re-reads full documents one file at a time.</li>
 * </ul>
 */
public final class LocalRunner {
    private final RunConfig config;
    private final PrintStream err;
    private final Function<RunConfig, Stages> stagesFactory;

    public LocalRunner(RunConfig config, PrintStream err) {
        this(config, err, Stages::build);
    }

    /** A runner whose stages come from {@code stagesFactory} (tests use a cheap fake NLP stage). */
    public LocalRunner(RunConfig config, PrintStream err, Function<RunConfig, Stages> stagesFactory) {
        this.config = config;
        this.err = err;
        this.stagesFactory = stagesFactory;
    }

    public RunSummary run() throws IOException, InterruptedException {
        try {
            return runPhases();
        } catch (OutOfMemoryError e) {
            throw outOfMemory(e);
        }
    }

    private RunSummary runPhases() throws IOException, InterruptedException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        double cpu0 = ProcessCpu.seconds();
        Map<String, Double> stageSeconds = new LinkedHashMap<>();
        Map<String, Double> cpuSeconds = new LinkedHashMap<>();

        Stages stages = stagesFactory.apply(config);
        checkHeap(stages, Runtime.getRuntime().maxMemory());
        prepareOutput();
        String fingerprint = runFingerprint(stages);
        DocumentCache cache = config.cache() == RunConfig.CacheMode.OFF ? null : new DocumentCache(config.out(), fingerprint);
        List<Path> files = stages.phase1().reader().listFiles(config.corpus(), config.out());
        stageSeconds.put("setup", seconds(t0));
        cpuSeconds.put("setup", ProcessCpu.seconds() - cpu0);

        long p1 = System.nanoTime();
        double cpu1 = ProcessCpu.seconds();
        Progress progress = new Progress(err, config.progress(), files.size());
        Phase1Run phase1 = new Phase1Run(stages.phase1(), cache, progress);
        List<FileResult> results = phase1.run(files);
        progress.draw(true);
        stageSeconds.put("model-load", phase1.loadSeconds);
        stageSeconds.put("phase1", seconds(p1));
        cpuSeconds.put("model-load", phase1.loadCpuSeconds);
        cpuSeconds.put("phase1", ProcessCpu.seconds() - cpu1);
        stageSeconds.put("ingest", phase1.ingestTime.seconds());
        stageSeconds.put("language", stages.phase1().languageTime().seconds());
        // the per-document steps' CPU time too: on a busy machine their wall-clock sums count waiting for a core
        cpuSeconds.put("ingest", phase1.ingestTime.cpuSeconds());
        cpuSeconds.put("language", stages.phase1().languageTime().cpuSeconds());
        cpuSeconds.putAll(stages.phase1().pipeline().stageCpuSeconds());
        stageSeconds.put("cache-read", phase1.cacheReadNanos.sum() / 1e9);
        stageSeconds.put("cache-write", phase1.cacheWriteNanos.sum() / 1e9);
        stageSeconds.putAll(stages.phase1().pipeline().stageSeconds());

        long p2 = System.nanoTime();
        double cpu2 = ProcessCpu.seconds();
        List<DocumentOutcome> outcomes = new ArrayList<>();
        for (FileResult r : results) outcomes.addAll(r.outcomes());
        CorpusResult corpus = stages.corpusStep().apply(outcomes);
        stageSeconds.put("corpus", seconds(p2));
        cpuSeconds.put("corpus", ProcessCpu.seconds() - cpu2);

        long p3 = System.nanoTime();
        double cpu3 = ProcessCpu.seconds();
        OutputStep.Written written = OutputStep.write(config, corpus, results, cache, stages.metadata().extraColumns(), (path, ids) -> {
            // a cache entry deleted during the run (a cleaner, a colleague's rm): annotate the file again
            err.println("newsquotes: the cache entry of " + path + " vanished during the run; annotating it again");
            if (org.newsquotes.ingest.WebArchive.isArchive(path)) {
                return stages.phase1().processArchivePages(config.corpus(), path, ids);
            }
            return stages.phase1().processFile(config.corpus(), config.corpus().resolve(path));
        });
        if (written.review() != null) err.println(written.review());
        if (cache != null) {
            Set<String> used = new HashSet<>();
            for (FileResult r : results) if (r.cacheKey() != null) used.add(r.cacheKey());
            cache.prune(used);
        }
        stageSeconds.put("write", seconds(p3));
        cpuSeconds.put("write", ProcessCpu.seconds() - cpu3);
        cpuSeconds.put("total", ProcessCpu.seconds() - cpu0);

        int documents = results.stream().mapToInt(FileResult::documents).sum();
        int skipped = (int) corpus.outcomes().stream().filter(DocumentOutcome::isSkipped).count();
        int failed = (int) corpus.outcomes().stream().filter(o -> !o.isOk()).count() - skipped;
        int cached = results.stream().filter(FileResult::fromCache).mapToInt(FileResult::documents).sum();
        long tokens = results.stream().flatMap(r -> r.tokens().stream()).filter(java.util.Objects::nonNull)
                .mapToLong(Integer::longValue).sum();
        RunSummary summary = new RunSummary(files.size(), documents, failed, cached, phase1.timedOut(),
                written.mentions(), written.quotes(), corpus.entities().size(), tokens, seconds(t0), stageSeconds,
                cpuSeconds, corpus.mergesByRule(), corpus.statements().statements().size(),
                corpus.duplicates().size(), corpus.statements().linksByRule(), skipped, phase1.skippedRecords());
        RunReport.write(config.out(), config, stages, fingerprint, summary, started, Instant.now());
        return summary;
    }

    /** Creates the output directory and removes temporary files a killed run left (outputs and cache). */
    private void prepareOutput() throws IOException {
        try {
            Files.createDirectories(config.out());
        } catch (IOException e) {
            throw new SetupException("cannot create the output directory " + config.out().toAbsolutePath() + ": " + e, e);
        }
        if (!Files.isWritable(config.out())) {
            throw new SetupException("output directory is not writable: " + config.out().toAbsolutePath());
        }
        AtomicFiles.deleteLeftovers(config.out());
    }

    /** Everything besides a file's own bytes that phase 1's result depends on (see {@link DocumentCache}). */
    private String runFingerprint(Stages stages) {
        String material = String.join("\n",
                "code " + CodeVersion.fingerprint(),
                "stages " + stages.phase1().pipeline().fingerprint(),
                "models " + stages.models().fingerprint(),
                "ingest " + stages.phase1().reader().config().fingerprint(),
                "languages " + (stages.phase1().languages() == null ? "-" : stages.phase1().languages().fingerprint()),
                "limits " + config.maxDocumentChars() + " " + config.documentTimeLimit().toMillis());
        return ModelFiles.sha256(material.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 24);
    }

    /**
     * Heap below which stock CoreNLP's quote attribution ({@code --attribution corenlp}: dependency parser and
     * coreference on top of NER) cannot run a document reliably.
     */
    static final long CORENLP_ATTRIBUTION_MIN_HEAP_BYTES = 3L * 1024 * 1024 * 1024;

    /** The heap the stage chain needs at least; 0 when it loads no CoreNLP models. */
    static long requiredHeap(Stages stages) {
        long need = 0;
        for (DocumentStage s : stages.phase1().pipeline().stages()) {
            if (s instanceof NlpStage) need = Math.max(need, NlpConfig.MIN_HEAP_BYTES);
            if (s instanceof org.newsquotes.nlp.CoreNlpQuoteAttributionStage) {
                need = Math.max(need, CORENLP_ATTRIBUTION_MIN_HEAP_BYTES);
            }
        }
        return need;
    }

    /** Stops the run before anything is loaded when {@code max} bytes of heap cannot hold the stages' models. */
    static void checkHeap(Stages stages, long max) {
        long need = requiredHeap(stages);
        // some collectors report a little less than -Xmx (a survivor space is not counted): allow 10%
        if (max < need - need / 10) {
            throw new SetupException(String.format(java.util.Locale.ROOT,
                    "the Java heap (%d MB) is below the %d MB the CoreNLP pipeline needs; run with "
                            + "NEWSQUOTES_HEAP=3g (./newsquotes, the default) or java -Xmx3g",
                    max >> 20, need >> 20));
        }
    }

    /**
     * The message for memory exhausted outside any one document (a document that exhausts it is only that
     * document's failure, see {@link Phase1}): names the heap the run had and suggests twice as much.
     */
    static SetupException outOfMemory(OutOfMemoryError e) {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        long suggest = Math.max(2, (2 * mb + 1023) / 1024);
        return new SetupException(String.format(java.util.Locale.ROOT,
                "out of memory outside any one document: the Java heap (%d MB) is too small for this run; give it "
                        + "more with NEWSQUOTES_HEAP=%dg (./newsquotes) or java -Xmx%dg, or use fewer --threads",
                mb, suggest, suggest), e);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Phase 1 over all files: cache lookups and ingest on N file workers, annotation on a guarded pool. */
    private final class Phase1Run {
        private final Phase1 phase1;
        private final DocumentCache cache;
        private final Progress progress;
        final StepTime ingestTime = new StepTime();
        final LongAdder cacheReadNanos = new LongAdder();
        final LongAdder cacheWriteNanos = new LongAdder();
        private final java.util.concurrent.ConcurrentHashMap<String, Integer> skippedRecords = new java.util.concurrent.ConcurrentHashMap<>();
        private GuardedExecutor annotators;
        private boolean prepared;
        private RuntimeException prepareFailure;
        volatile double loadSeconds;
        volatile double loadCpuSeconds;

        Phase1Run(Phase1 phase1, DocumentCache cache, Progress progress) {
            this.phase1 = phase1;
            this.cache = cache;
            this.progress = progress;
        }

        int timedOut() { return annotators == null ? 0 : annotators.abandoned(); }

        /** Web-archive records that were not documents, per reason. */
        Map<String, Integer> skippedRecords() { return Map.copyOf(skippedRecords); }

        List<FileResult> run(List<Path> files) throws InterruptedException {
            ExecutorService fileWorkers = Executors.newFixedThreadPool(config.threads(), GuardedExecutor.daemon("files-"));
            annotators = new GuardedExecutor(config.threads(), config.documentTimeLimit());
            try {
                List<Future<List<FileResult>>> futures = new ArrayList<>();
                for (Path file : files) {
                    boolean archive = org.newsquotes.ingest.WebArchive.isArchive(CorpusReader.relativePath(config.corpus(), file));
                    futures.add(fileWorkers.submit(() -> archive ? processArchive(file) : List.of(processFile(file))));
                }
                List<FileResult> all = new ArrayList<>(files.size());
                for (Future<List<FileResult>> f : futures) {
                    try {
                        all.addAll(f.get());
                    } catch (ExecutionException e) {
                        Throwable cause = e.getCause();
                        if (cause instanceof OutOfMemoryError oom) throw oom;
                        if (cause instanceof SetupException setup) throw setup;
                        if (cause instanceof java.io.UncheckedIOException io) throw io;
                        throw new IllegalStateException("phase 1 failed outside any document: " + cause, cause);
                    }
                }
                return all;
            } finally {
                fileWorkers.shutdownNow();
                annotators.close();
            }
        }

        private FileResult processFile(Path file) throws IOException {
            Path root = config.corpus();
            String rel = CorpusReader.relativePath(root, file);
            String key = null;
            if (cache != null) {
                long t = System.nanoTime();
                byte[] bytes = readIfCacheable(file);
                cacheReadNanos.add(System.nanoTime() - t);
                if (bytes != null) {
                    key = cache.key(rel, bytes);
                    FileResult hit = cached(rel, key);
                    if (hit != null) {
                        progress.fileDone(hit.documents(), hit.failures(), true);
                        return hit;
                    }
                }
            }
            StepTime.Mark started = ingestTime.start();
            var ingested = phase1.reader().read(root, file);
            ingestTime.stop(started);
            FileResult r = annotateAndCache(rel, key, ingested);
            progress.fileDone(r.documents(), r.failures(), false);
            return r;
        }

        /**
         * Streams a web archive ({@link org.newsquotes.ingest.WebArchive}) in batches of at most
         * {@value #BATCH_PAGES} pages or {@value #BATCH_BYTES} bytes, each batch cached and annotated like a file of
         * its own: memory holds one batch of pages, whatever the archive's size, and an archive that grows by a
         * crawl appended keeps the cache entries of its earlier batches. Records that are not pages are counted
         * per reason; a refused page or a damaged archive becomes an error row, and the pages before it are kept.
         */
        private List<FileResult> processArchive(Path file) {
            String rel = CorpusReader.relativePath(config.corpus(), file);
            Batches batches = new Batches(rel);
            try (var archive = org.newsquotes.ingest.WebArchive.open(file, rel, config.maxFileBytes())) {
                archive.readAll(batches);
            } catch (org.newsquotes.ingest.IngestException e) {
                batches.results.add(failedResult(rel, rel, e.getMessage()));
            } catch (IOException e) {
                batches.results.add(failedResult(rel, rel, "cannot read " + rel + ": "
                        + org.newsquotes.stage.DocumentFailure.describe(e)));
            }
            batches.finish();
            progress.fileDone(0, 0, false);
            return batches.results;
        }

        /** An archive's records as they stream by: pages gathered into batches, the rest counted or refused. */
        private final class Batches implements org.newsquotes.ingest.WebArchive.Sink {
            private final String rel;
            final List<FileResult> results = new ArrayList<>();
            private List<org.newsquotes.ingest.WebArchive.Page> batch = new ArrayList<>();
            private long batchBytes;
            private StepTime.Mark reading = ingestTime.start();

            Batches(String rel) { this.rel = rel; }

            @Override public void page(org.newsquotes.ingest.WebArchive.Page page) {
                batch.add(page);
                batchBytes += page.body().length;
                if (batch.size() >= BATCH_PAGES || batchBytes >= BATCH_BYTES) {
                    ingestTime.stop(reading);
                    results.add(processPages(rel, batch));
                    reading = ingestTime.start();
                    batch = new ArrayList<>();
                    batchBytes = 0;
                }
            }

            @Override public void skipped(String reason) { skippedRecords.merge(reason, 1, Integer::sum); }

            @Override public void refused(String docId, String message) { results.add(failedResult(rel, docId, message)); }

            /** Ends the reading time and processes the last, partial batch. */
            void finish() {
                ingestTime.stop(reading);
                if (!batch.isEmpty()) results.add(processPages(rel, batch));
            }
        }

        /** Pages of an archive per batch, at most. */
        static final int BATCH_PAGES = 32;
        /** Bytes of page bodies per batch, at most (one larger page makes a batch of its own). */
        static final int BATCH_BYTES = 16 << 20;

        private FileResult failedResult(String rel, String docId, String message) {
            var f = new org.newsquotes.stage.DocumentFailure(docId, CorpusReader.STAGE, message);
            FileResult r = FileResult.of(rel, null, false, List.of(DocumentOutcome.failed(docId, rel, null, f)), true);
            progress.documentsDone(1, 1, false);
            return r;
        }

        /** One batch of an archive's pages: from the cache when its entry matches, else ingested and annotated. */
        private FileResult processPages(String rel, List<org.newsquotes.ingest.WebArchive.Page> pages) {
            String key = null;
            if (cache != null) {
                java.io.ByteArrayOutputStream material = new java.io.ByteArrayOutputStream();
                for (var p : pages) {
                    material.writeBytes((p.docId() + "\n" + p.charset() + "\n" + p.url() + "\n" + p.crawlDate() + "\n"
                            + p.body().length + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    material.writeBytes(p.body());
                }
                key = cache.key(pages.get(0).docId(), material.toByteArray());
                FileResult hit = cached(rel, key);
                if (hit != null) {
                    progress.documentsDone(hit.documents(), hit.failures(), true);
                    return hit;
                }
            }
            StepTime.Mark started = ingestTime.start();
            List<org.newsquotes.record.Document> docs = new ArrayList<>();
            List<org.newsquotes.stage.DocumentFailure> failures = new ArrayList<>();
            for (var p : pages) {
                var r = phase1.reader().readPage(rel, p);
                docs.addAll(r.documents());
                failures.addAll(r.failures());
            }
            ingestTime.stop(started);
            FileResult r = annotateAndCache(rel, key, new org.newsquotes.ingest.IngestResult(docs, failures));
            progress.documentsDone(r.documents(), r.failures(), false);
            return r;
        }

        /** The cached result under {@code key} when the run reuses the cache and the entry is readable, else null. */
        private FileResult cached(String rel, String key) {
            if (config.cache() != RunConfig.CacheMode.USE) return null;
            long t = System.nanoTime();
            List<DocumentCache.Cached> hit = cache.readSlim(key);
            cacheReadNanos.add(System.nanoTime() - t);
            return hit == null ? null : FileResult.ofCached(rel, key, hit);
        }

        /** Annotates what ingest gave, caches it under {@code key} (unless a limit was met) and keeps it slim. */
        private FileResult annotateAndCache(String rel, String key, org.newsquotes.ingest.IngestResult ingested) {
            if (!ingested.documents().isEmpty()) prepare();
            List<DocumentOutcome> outcomes = phase1.annotate(ingested, rel, d -> annotators.submit(
                    () -> phase1.pipeline().process(d),
                    () -> DocumentPipeline.Result.failed(Phase1.timedOut(d, config.documentTimeLimit()))));
            if (key != null && outcomes.stream().anyMatch(o -> !o.isOk() && o.failure().retry())) {
                key = null; // a limit met under this run's load is no verdict: not cached, tried again next run
            }
            if (key != null) {
                long w = System.nanoTime();
                try {
                    cache.write(key, outcomes);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("cannot write the cache entry of " + rel + ": " + e.getMessage(), e);
                }
                cacheWriteNanos.add(System.nanoTime() - w);
            }
            return FileResult.of(rel, key, false, outcomes, key == null);
        }

        /** The file's bytes for its cache key, or null when ingest will refuse it anyway (too large, unreadable). */
        private byte[] readIfCacheable(Path file) {
            try {
                if (Files.size(file) > config.maxFileBytes()) return null;
                return Files.readAllBytes(file);
            } catch (IOException e) {
                return null;
            }
        }

        /** Loads the stages' models once, on the first document that needs annotating; failures stop the run. */
        private synchronized void prepare() {
            if (prepareFailure != null) throw prepareFailure;
            if (prepared) return;
            long t = System.nanoTime();
            double cpu = ProcessCpu.seconds();
            progress.note("newsquotes: loading the annotation models (CoreNLP; about 10 s) ...");
            try {
                phase1.pipeline().prepare();
                if (phase1.languages() != null) phase1.languages().prepare();
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Exception e) {
                prepareFailure = e instanceof SetupException s ? s
                        : new SetupException("cannot load the annotation models: " + e.getMessage(), e);
                throw prepareFailure;
            }
            prepared = true;
            loadSeconds = (System.nanoTime() - t) / 1e9;
            progress.note(String.format(java.util.Locale.ROOT, "newsquotes: models loaded in %.1f s; annotating", loadSeconds));
            loadCpuSeconds = ProcessCpu.seconds() - cpu;
        }
    }
}
