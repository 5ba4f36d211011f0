package org.newsquotes.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsquotes.cli.SetupException;

/**
 * Runs the three phases on one machine: phase 1 (ingest and per-document stages) on N threads over one shared
 * pipeline, phase 2 (corpus-wide entity resolution), phase 3 (writers).
 *
 * <p>Output content and order do not depend on the number of threads: results are collected per file in corpus
 * order, whatever order the threads finish in.
 */
public final class LocalRunner {
    private final RunConfig config;
    private final PrintStream err;

    public LocalRunner(RunConfig config, PrintStream err) {
        this.config = config;
        this.err = err;
    }

    public RunSummary run() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Map<String, Double> stageSeconds = new LinkedHashMap<>();
        Path root = config.corpus();

        long loadStart = System.nanoTime();
        Stages stages = Stages.build(config);
        stageSeconds.put("setup", seconds(loadStart));

        List<Path> files = stages.phase1().reader().listFiles(root);
        Progress progress = new Progress(err, config.progress(), files.size());
        List<DocumentOutcome> outcomes = runPhase1(stages.phase1(), root, files, progress);
        progress.draw(true);
        stageSeconds.putAll(stages.phase1().pipeline().stageSeconds());

        long p2 = System.nanoTime();
        CorpusResult corpus = stages.corpusStep().apply(outcomes);
        stageSeconds.put("entities-corpus", seconds(p2));

        long p3 = System.nanoTime();
        OutputStep.write(config, corpus, stages).ifPresent(err::println);
        stageSeconds.put("write", seconds(p3));

        return new RunSummary(files.size(), corpus.outcomes().size(),
                (int) corpus.outcomes().stream().filter(o -> !o.isOk()).count(),
                corpus.outcomes().stream().filter(DocumentOutcome::isOk).mapToInt(o -> o.annotated().quotes().size()).sum(),
                corpus.entities().size(),
                corpus.outcomes().stream().filter(DocumentOutcome::isOk).mapToLong(o -> o.annotated().tokens().size()).sum(),
                seconds(t0), stageSeconds);
    }

    /** Phase 1 over all files on {@code config.threads()} threads; results in corpus order. */
    private List<DocumentOutcome> runPhase1(Phase1 phase1, Path root, List<Path> files, Progress progress)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "annotate-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<DocumentOutcome>>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    List<DocumentOutcome> r = phase1.processFile(root, file);
                    progress.fileDone(r.size(), (int) r.stream().filter(o -> !o.isOk()).count());
                    return r;
                }));
            }
            List<DocumentOutcome> all = new ArrayList<>();
            for (Future<List<DocumentOutcome>> f : futures) {
                try {
                    all.addAll(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof OutOfMemoryError) {
                        throw new SetupException("out of memory: the JVM heap (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                                + " MB) is too small for CoreNLP; set NEWSQUOTES_HEAP=3g or more", e.getCause());
                    }
                    throw new IllegalStateException("phase 1 failed outside any document: " + e.getCause(), e.getCause());
                }
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
