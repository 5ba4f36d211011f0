package org.newsquotes.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with {@code kill -9} at any moment and started again finishes with the same output as an
 * uninterrupted run (run.json aside). The run is a child JVM ({@link FakeRunMain}, cheap fake NLP stage slowed to
 * stretch phase 1) killed by {@link Process#destroyForcibly()} (SIGKILL on Unix) at several points, each restart
 * resuming from what the killed runs left.
 */
class ResumeAfterKillTest {
    private static final long DELAY_MILLIS = 25;

    @TempDir Path tmp;

    @Test
    void killedRunsResumeToTheOutputOfAnUninterruptedRun() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 40);
        Path clean = tmp.resolve("clean");
        Process p = start(corpus, clean);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();

        Path out = tmp.resolve("killed");
        List<String> states = new ArrayList<>();
        // kill points chosen by watching the run's progress on disk, so they land where intended on a busy machine
        states.add(killWhen(corpus, out, "while starting", () -> true));
        states.add(killWhen(corpus, out, "after 8 cache entries", () -> entries(out) >= 8));
        states.add(killWhen(corpus, out, "after 25 cache entries", () -> entries(out) >= 25));
        states.add(killWhen(corpus, out, "while writing JSON", () -> jsonFiles(out) >= 5));
        states.add(killWhen(corpus, out, "after the tables", () -> Files.exists(out.resolve("documents.csv"))));
        System.out.println("kill points: " + states);
        assertThat(states).filteredOn(st -> st.startsWith("killed")).as(states.toString()).hasSizeGreaterThanOrEqualTo(4);

        Process last = start(corpus, out);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();
        RunnerFixtures.assertSameTree(clean, out);
        try (var files = Files.walk(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".nqtmp"))).as("no temporary files").isEmpty();
        }
    }

    /** Starts a run on {@code out} and kills it as soon as {@code condition} holds; returns what happened. */
    private String killWhen(Path corpus, Path out, String when, java.util.concurrent.Callable<Boolean> condition)
            throws Exception {
        Process child = start(corpus, out);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && System.nanoTime() < deadline) {
            if (condition.call()) {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
                return "killed " + when + " (" + entries(out) + " cache entries, " + jsonFiles(out) + " JSON files)";
            }
            Thread.sleep(5);
        }
        child.waitFor(30, TimeUnit.SECONDS);
        return "finished before " + when;
    }

    private Process start(Path corpus, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                FakeRunMain.class.getName(), corpus.toString(), out.toString(), "2", String.valueOf(DELAY_MILLIS));
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(tmp.resolve("child.log").toFile()));
        return pb.start();
    }

    private static long entries(Path out) throws Exception {
        return count(out.resolve(DocumentCache.DIR), ".entry");
    }

    private static long jsonFiles(Path out) throws Exception {
        return count(out.resolve("json"), ".json");
    }

    /**
     * Files under {@code dir} ending in {@code suffix}, while the child run may be writing there: a temporary file
     * renamed away during the walk makes the walk fail, so it is retried.
     */
    private static long count(Path dir, String suffix) throws Exception {
        for (int attempt = 0; ; attempt++) {
            if (!Files.isDirectory(dir)) return 0;
            try (var files = Files.walk(dir)) {
                return files.filter(f -> f.toString().endsWith(suffix)).count();
            } catch (java.io.UncheckedIOException e) {
                if (!(e.getCause() instanceof java.nio.file.NoSuchFileException) || attempt >= 50) throw e;
            }
        }
    }
}
