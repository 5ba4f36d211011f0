package org.newsquotes.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.testing.FakeNlpStage;

/** Output content and order do not depend on the number of threads. */
class DeterminismTest {
    @TempDir Path tmp;

    @Test
    void oneAndTwoThreadsWriteTheSameBytes() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 24);
        // a little delay per document makes the two threads finish out of order
        RunSummary one = RunnerFixtures.run(RunnerFixtures.config(corpus, tmp.resolve("one"), 1), new FakeNlpStage(3, 0));
        RunSummary two = RunnerFixtures.run(RunnerFixtures.config(corpus, tmp.resolve("two"), 2), new FakeNlpStage(3, 0));
        assertThat(one.documents()).isEqualTo(27);
        assertThat(two.documents()).isEqualTo(27);
        assertThat(one.failedDocuments()).isZero();
        assertThat(Files.readString(tmp.resolve("one/mentions.csv")).lines().count()).isGreaterThan(27 * 3);
        RunnerFixtures.assertSameTree(tmp.resolve("one"), tmp.resolve("two"));
    }

    @Test
    void withoutTheCacheTheOutputIsTheSameAsWithIt() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 10);
        RunnerFixtures.run(RunnerFixtures.config(corpus, tmp.resolve("cached"), 2), new FakeNlpStage());
        RunnerFixtures.run(RunnerFixtures.config(corpus, tmp.resolve("plain"), 2).withCache(RunConfig.CacheMode.OFF),
                new FakeNlpStage());
        assertThat(tmp.resolve("plain/.cache")).doesNotExist();
        org.newsquotes.testing.TreeCompare.deleteRecursively(tmp.resolve("cached/.cache"));
        RunnerFixtures.assertSameTree(tmp.resolve("cached"), tmp.resolve("plain"));
    }
}
