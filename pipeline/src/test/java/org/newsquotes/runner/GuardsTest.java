package org.newsquotes.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.cli.SetupException;
import org.newsquotes.testing.FakeNlpStage;

/** Per-document time and size limits, and the heap guard. */
class GuardsTest {
    @TempDir Path tmp;

    @Test
    void aDocumentOverTheTimeLimitIsSkippedWithAnErrorRowAndNeverStallsTheRun() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 6);
        Files.writeString(corpus.resolve("article-002.txt"), RunnerFixtures.article(2) + "A " + FakeNlpStage.STALL_MARKER
                + " sentence.\n", StandardCharsets.UTF_8);
        // the stalled document ignores interrupts for 30 s; the limit is 0.5 s
        FakeNlpStage fake = new FakeNlpStage(0, 30_000);
        RunConfig config = RunnerFixtures.config(corpus, tmp.resolve("out"), 2).withLimits(Duration.ofMillis(500), 100_000);
        RunSummary s = RunnerFixtures.run(config, fake);
        assertThat(fake.stallsCompleted()).as("the run did not wait for the stalled document").isZero();
        assertThat(s.timedOut()).isEqualTo(1);
        assertThat(s.failedDocuments()).isEqualTo(1);
        assertThat(s.documents()).isEqualTo(9);
        String errors = Files.readString(tmp.resolve("out/errors.csv"));
        assertThat(errors.lines()).hasSize(2);
        assertThat(errors).contains("article-002.txt,limits,time limit exceeded: article-002.txt");
        assertThat(tmp.resolve("out/json/article-004.txt.json")).exists();
        assertThat(tmp.resolve("out/json/article-002.txt.json")).doesNotExist();
    }

    @Test
    void theGuardedExecutorKeepsItsThreadCountWhileATaskIsAbandoned() throws Exception {
        try (GuardedExecutor ex = new GuardedExecutor(1, Duration.ofMillis(200))) {
            CompletableFuture<String> stuck = ex.submit(() -> {
                long end = System.nanoTime() + 1_500_000_000L;
                while (System.nanoTime() < end) Thread.onSpinWait();
                return "late";
            }, () -> "timeout");
            CompletableFuture<String> next = ex.submit(() -> "next", () -> "timeout");
            assertThat(stuck.get()).isEqualTo("timeout");
            assertThat(next.get()).as("runs on a replacement thread, not after the stuck task").isEqualTo("next");
            assertThat(ex.abandoned()).isEqualTo(1);
            // an interruptible task stops when interrupted
            CompletableFuture<String> sleeper = ex.submit(() -> {
                try {
                    Thread.sleep(10_000);
                    return "slept";
                } catch (InterruptedException e) {
                    return "interrupted";
                }
            }, () -> "timeout");
            assertThat(sleeper.get()).isEqualTo("timeout");
            assertThat(ex.abandoned()).isEqualTo(2);
            Thread.sleep(2_000);
            assertThat(ex.poolSize()).as("replacement threads are retired when abandoned tasks end").isEqualTo(1);
        }
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedBeforeAnyStage() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 3);
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 200; i++) huge.append("Paragraph ").append(i).append(" goes on and on.\n");
        Files.writeString(corpus.resolve("huge.txt"), huge, StandardCharsets.UTF_8);
        FakeNlpStage fake = new FakeNlpStage();
        RunConfig config = RunnerFixtures.config(corpus, tmp.resolve("out"), 2).withLimits(Duration.ofSeconds(60), 1000);
        RunSummary s = RunnerFixtures.run(config, fake);
        assertThat(fake.annotated()).isEqualTo(6);
        assertThat(s.failedDocuments()).isEqualTo(1);
        assertThat(Files.readString(tmp.resolve("out/errors.csv")))
                .containsPattern("huge.txt,limits,\"document too long: huge.txt has [0-9,]+ characters, over the 1,000 limit");
        assertThat(Files.readString(tmp.resolve("out/documents.csv"))).contains("huge.txt,huge.txt,txt,");
    }

    @Test
    void tooSmallAHeapForCoreNlpStopsTheRunWithAClearMessage() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 1);
        RunConfig config = RunnerFixtures.config(corpus, tmp.resolve("out"), 1);
        long need = LocalRunner.requiredHeap(Stages.build(config));
        assertThat(need).isEqualTo(org.newsquotes.nlp.NlpConfig.MIN_HEAP_BYTES);
        assertThat(LocalRunner.requiredHeap(Stages.build(config, (c, m) -> new FakeNlpStage()))).isZero();
        Stages real = Stages.build(config);
        assertThatThrownBy(() -> LocalRunner.checkHeap(real, 1024L << 20))
                .isInstanceOf(SetupException.class)
                .hasMessage("the Java heap (1024 MB) is below the 1536 MB the CoreNLP pipeline needs; run with "
                        + "NEWSQUOTES_HEAP=3g (./newsquotes, the default) or java -Xmx3g");
        LocalRunner.checkHeap(real, 3072L << 20);
        LocalRunner.checkHeap(Stages.build(config, (c, m) -> new FakeNlpStage()), 64L << 20);
    }

    @Test
    void aDocumentThatRunsOutOfMemoryIsOneErrorRowAndTheRunWritesEverythingElse() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 4);
        Files.writeString(corpus.resolve("blob.txt"), "A title\n" + OomStage.MARKER + " here.\n", StandardCharsets.UTF_8);
        OomStage oom = new OomStage();
        RunConfig config = RunnerFixtures.config(corpus, tmp.resolve("out"), 2);
        RunSummary s = new LocalRunner(config, quiet(), c -> Stages.build(c, (cc, m) -> oom)).run();
        assertThat(s.documents()).isEqualTo(8);
        assertThat(s.failedDocuments()).isEqualTo(1);
        String errors = Files.readString(tmp.resolve("out/errors.csv"));
        assertThat(errors.lines()).hasSize(2);
        assertThat(errors).contains("blob.txt,limits,\"out of memory while annotating blob.txt (")
                .contains("tried again on the next run");
        assertThat(tmp.resolve("out/json/article-001.txt.json")).exists();
        assertThat(tmp.resolve("out/quotes.csv")).exists();

        // the failure was the run's, not the document's: not cached, so an unchanged re-run tries it again
        int before = oom.calls.get();
        RunSummary again = new LocalRunner(config, quiet(), c -> Stages.build(c, (cc, m) -> oom)).run();
        assertThat(oom.calls.get() - before).as("only the failed document is annotated again").isEqualTo(1);
        assertThat(again.cachedDocuments()).isEqualTo(7);
        assertThat(again.failedDocuments()).isEqualTo(1);
    }

    @Test
    void aDocumentThatTimedOutIsTriedAgainOnTheNextRun() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 3);
        Files.writeString(corpus.resolve("slow.txt"), "Slow\nA " + FakeNlpStage.STALL_MARKER + " sentence.\n",
                StandardCharsets.UTF_8);
        FakeNlpStage fake = new FakeNlpStage(0, 1_500);
        RunConfig config = RunnerFixtures.config(corpus, tmp.resolve("out"), 2).withLimits(Duration.ofMillis(300), 100_000);
        RunSummary first = RunnerFixtures.run(config, fake);
        assertThat(first.timedOut()).isEqualTo(1);
        assertThat(Files.readString(tmp.resolve("out/errors.csv"))).contains("slow.txt,limits,time limit exceeded");

        // an unchanged re-run under the same limits tries the timed-out document again (had its failure been
        // cached, nothing would time out and every document would come from the cache)
        RunSummary retried = RunnerFixtures.run(config, new FakeNlpStage(0, 1_500));
        assertThat(retried.timedOut()).isEqualTo(1);
        assertThat(retried.cachedDocuments()).isEqualTo(first.documents() - 1);
    }

    @Test
    void runningOutOfMemoryOutsideAnyDocumentSaysWhatToDoWithMoreThanTheHeapItHad() {
        SetupException e = LocalRunner.outOfMemory(new OutOfMemoryError("Java heap space"));
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        long suggested = Math.max(2, (2 * mb + 1023) / 1024);
        assertThat(e.getMessage()).contains("(" + mb + " MB)").contains("NEWSQUOTES_HEAP=" + suggested + "g");
        assertThat(suggested * 1024).as("suggests more than the heap it had").isGreaterThan(mb);
    }

    private static java.io.PrintStream quiet() {
        return new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    /**
     * A fake NLP stage that runs out of memory on documents holding {@link #MARKER} (thrown, not provoked, to keep the
     * test fast and safe) and annotates the others like {@link FakeNlpStage}.
     */
    private static final class OomStage implements org.newsquotes.stage.DocumentStage {
        static final String MARKER = "EXHAUST-HEAP";
        final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        private final FakeNlpStage fake = new FakeNlpStage();

        @Override public String name() { return "nlp"; }
        @Override public java.util.Set<org.newsquotes.record.Layer> requires() { return java.util.Set.of(org.newsquotes.record.Layer.TEXT); }
        @Override public java.util.Set<org.newsquotes.record.Layer> provides() { return fake.provides(); }
        @Override public String fingerprint() { return "oom-stage"; }
        @Override public org.newsquotes.record.AnnotatedDocument process(org.newsquotes.record.AnnotatedDocument d)
                throws Exception {
            calls.incrementAndGet();
            if (d.text().contains(MARKER)) throw new OutOfMemoryError("Java heap space");
            return fake.process(d);
        }
    }
}
