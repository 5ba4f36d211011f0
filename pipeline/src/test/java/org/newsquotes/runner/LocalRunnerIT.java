package org.newsquotes.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real pipeline (CoreNLP, shared per JVM) on the sample corpus: 1 and 2 threads write the same bytes. */
class LocalRunnerIT {
    @TempDir Path tmp;

    @Test
    void sampleCorpusOnOneAndTwoThreadsIsIdenticalAndAReRunComesFromTheCache() throws Exception {
        Path corpus = Path.of("..", "corpus");
        assertThat(corpus.resolve("000_fe7b2f415766e588.txt")).exists();
        RunSummary one = run(RunConfig.defaults(corpus, tmp.resolve("one")).withThreads(1).withProgress(false));
        RunSummary two = run(RunConfig.defaults(corpus, tmp.resolve("two")).withThreads(2).withProgress(false));
        assertThat(one.failedDocuments()).isZero();
        assertThat(one.tokens()).isGreaterThan(2000);
        assertThat(two.tokens()).isEqualTo(one.tokens());
        RunnerFixtures.assertSameTree(tmp.resolve("one"), tmp.resolve("two"));

        RunSummary again = run(RunConfig.defaults(corpus, tmp.resolve("two")).withThreads(2).withProgress(false));
        assertThat(again.cachedDocuments()).isEqualTo(again.documents());
        assertThat(again.stageSeconds().get("model-load")).isZero();
        assertThat(Files.readString(tmp.resolve("two/mentions.csv"))).contains(",PERSON");

        // statements across the four outlets: the hand-checked links, and no false one
        var links = org.newsquotes.eval.StatementLinkScore.score(Path.of("..", "eval-gold", "sample-statements.tsv"),
                tmp.resolve("one"));
        assertThat(links.falseLinks()).isEmpty();
        assertThat(links.missed()).noneMatch(m -> m.startsWith("no-request-for-meeting") || m.startsWith("scheduled-talks")
                || m.startsWith("editorial-forgotten") || m.startsWith("casualties-1060")
                // short phrases in one reporting sentence, and a clause reported with a word changed
                || m.startsWith("positive-approach") || m.startsWith("no-problem:") || m.startsWith("little-too-soft")
                || m.startsWith("doubts-about-dialogue"));
        assertThat(links.notFound()).isEmpty();
        String altered = Files.readAllLines(tmp.resolve("one/quotes.csv")).stream().filter(l -> l.contains(",altered,"))
                .findFirst().orElseThrow();
        assertThat(altered).contains("last \u2192 least");
    }

    private static RunSummary run(RunConfig config) throws Exception {
        return new LocalRunner(config, new PrintStream(new ByteArrayOutputStream())).run();
    }
}
