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
        if (Runtime.getRuntime().maxMemory() < need) {
            assertThatThrownBy(() -> new LocalRunner(config, System.err).run())
                    .isInstanceOf(SetupException.class).hasMessageContaining("NEWSQUOTES_HEAP");
        }
    }

    @Test
    void runningOutOfMemoryBecomesASetupExceptionThatSaysWhatToDo() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 2);
        assertThatThrownBy(() -> new LocalRunner(RunnerFixtures.config(corpus, tmp.resolve("out"), 1), System.err,
                c -> Stages.build(c, (cc, m) -> new OomStage())).run())
                .isInstanceOf(SetupException.class)
                .hasMessageContaining("out of memory").hasMessageContaining("NEWSQUOTES_HEAP");
    }

    /** A stage that runs out of memory (thrown, not provoked, to keep the test fast and safe). */
    private static final class OomStage implements org.newsquotes.stage.DocumentStage {
        @Override public String name() { return "nlp"; }
        @Override public java.util.Set<org.newsquotes.record.Layer> requires() { return java.util.Set.of(org.newsquotes.record.Layer.TEXT); }
        @Override public java.util.Set<org.newsquotes.record.Layer> provides() {
            return new FakeNlpStage().provides();
        }
        @Override public org.newsquotes.record.AnnotatedDocument process(org.newsquotes.record.AnnotatedDocument d) {
            throw new OutOfMemoryError("Java heap space");
        }
    }
}
