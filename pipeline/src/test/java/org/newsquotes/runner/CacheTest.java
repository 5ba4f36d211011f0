package org.newsquotes.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.testing.FakeNlpStage;

/** The per-file cache: unchanged files are not annotated again, a changed file is, and only it. */
class CacheTest {
    @TempDir Path tmp;

    @Test
    void unchangedReRunAnnotatesNothingAndDoesNotLoadModels() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 9);
        Path out = tmp.resolve("out");
        FakeNlpStage first = new FakeNlpStage();
        RunSummary s1 = RunnerFixtures.run(RunnerFixtures.config(corpus, out, 2), first);
        assertThat(first.annotated()).isEqualTo(12);
        assertThat(first.prepared()).isEqualTo(1);
        assertThat(s1.cachedDocuments()).isZero();
        var before = RunnerFixtures.tree(out);

        FakeNlpStage second = new FakeNlpStage();
        RunSummary s2 = RunnerFixtures.run(RunnerFixtures.config(corpus, out, 2), second);
        assertThat(second.annotated()).isZero();
        assertThat(second.prepared()).as("models are loaded lazily, on the first cache miss").isZero();
        assertThat(s2.cachedDocuments()).isEqualTo(12);
        assertThat(s2.documents()).isEqualTo(12);
        assertThat(s2.tokens()).isEqualTo(s1.tokens()).isPositive();
        assertThat(RunnerFixtures.tree(out)).containsOnlyKeys(before.keySet());
        RunnerFixtures.assertSameTree(tmp.resolve("out"), out);
        for (var e : before.entrySet()) assertThat(RunnerFixtures.tree(out).get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }

    @Test
    void changingOneFileReAnnotatesThatFileOnly() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 9);
        Path out = tmp.resolve("out");
        RunnerFixtures.run(RunnerFixtures.config(corpus, out, 2), new FakeNlpStage());
        Path changed = corpus.resolve("article-004.txt");
        Files.writeString(changed, RunnerFixtures.article(4).replace("minister", "envoy Karl Ode and minister"),
                StandardCharsets.UTF_8);

        FakeNlpStage second = new FakeNlpStage();
        RunSummary s2 = RunnerFixtures.run(RunnerFixtures.config(corpus, out, 2), second);
        assertThat(second.annotated()).isEqualTo(1);
        assertThat(s2.cachedDocuments()).isEqualTo(11);
        assertThat(Files.readString(out.resolve("mentions.csv"))).contains("article-004.txt,", "Karl Ode");

        // the result equals a clean run on the changed corpus, and the stale entry was pruned
        Path clean = tmp.resolve("clean");
        RunnerFixtures.run(RunnerFixtures.config(corpus, clean, 1), new FakeNlpStage());
        RunnerFixtures.assertSameTree(clean, out);
    }

    @Test
    void anUnchangedJsonFileIsNotRewrittenButOneEditedByHandIs() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 4);
        Path out = tmp.resolve("out");
        RunnerFixtures.run(RunnerFixtures.config(corpus, out, 2), new FakeNlpStage());
        Path json = out.resolve("json/article-001.txt.json");
        byte[] original = Files.readAllBytes(json);
        var before = Files.getLastModifiedTime(json);
        Thread.sleep(20);
        RunnerFixtures.run(RunnerFixtures.config(corpus, out, 2), new FakeNlpStage());
        assertThat(Files.getLastModifiedTime(json)).as("left alone").isEqualTo(before);

        Files.writeString(json, "{}");
        RunnerFixtures.run(RunnerFixtures.config(corpus, out, 2), new FakeNlpStage());
        assertThat(Files.readAllBytes(json)).as("rebuilt").isEqualTo(original);
    }

    @Test
    void rebuildAnnotatesEverythingAgainAndNoCacheWritesNoCache() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 6);
        Path out = tmp.resolve("out");
        RunnerFixtures.run(RunnerFixtures.config(corpus, out, 2), new FakeNlpStage());
        FakeNlpStage rebuild = new FakeNlpStage();
        RunSummary s = RunnerFixtures.run(RunnerFixtures.config(corpus, out, 2).withCache(RunConfig.CacheMode.REBUILD), rebuild);
        assertThat(rebuild.annotated()).isEqualTo(9);
        assertThat(s.cachedDocuments()).isZero();

        Path plain = tmp.resolve("plain");
        FakeNlpStage off = new FakeNlpStage();
        RunnerFixtures.run(RunnerFixtures.config(corpus, plain, 2).withCache(RunConfig.CacheMode.OFF), off);
        RunnerFixtures.run(RunnerFixtures.config(corpus, plain, 2).withCache(RunConfig.CacheMode.OFF), off);
        assertThat(off.annotated()).isEqualTo(18);
        assertThat(plain.resolve(DocumentCache.DIR)).doesNotExist();
    }

    @Test
    void aDifferentStageConfigurationMissesTheCache() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 3);
        Path out = tmp.resolve("out");
        RunnerFixtures.run(RunnerFixtures.config(corpus, out, 1), new FakeNlpStage());
        FakeNlpStage other = new FakeNlpStage(0, 0, "fake-nlp-2");
        RunnerFixtures.run(RunnerFixtures.config(corpus, out, 1), other);
        assertThat(other.annotated()).isEqualTo(6);
    }

    @Test
    void failuresAreCachedUntilTheFileChanges() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 3);
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Path out = tmp.resolve("out");
        RunSummary s1 = RunnerFixtures.run(RunnerFixtures.config(corpus, out, 1), new FakeNlpStage());
        assertThat(s1.failedDocuments()).isEqualTo(1);
        RunSummary s2 = RunnerFixtures.run(RunnerFixtures.config(corpus, out, 1), new FakeNlpStage());
        assertThat(s2.cachedDocuments()).isEqualTo(s2.documents());
        assertThat(Files.readString(out.resolve("errors.csv"))).contains("empty.txt,ingest,");
    }

    @Test
    void aCacheEntryThatVanishesDuringTheRunIsAnnotatedAgainAndTheOutputIsTheSame() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 5);
        RunConfig reference = RunnerFixtures.config(corpus, tmp.resolve("reference"), 2);
        RunnerFixtures.run(reference, new FakeNlpStage());

        // the whole cache is deleted between phase 1 and the writers (a cleaner, a colleague's rm -r)
        RunConfig config = RunnerFixtures.config(corpus, tmp.resolve("out"), 2);
        FakeNlpStage fake = new FakeNlpStage();
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        RunSummary s = new LocalRunner(config, new java.io.PrintStream(log, true, StandardCharsets.UTF_8), c -> {
            Stages stages = Stages.build(c, (cc, m) -> fake);
            return new Stages(stages.models(), stages.phase1(), stages.resolver(), outcomes -> {
                try {
                    org.newsquotes.output.AtomicFiles.deleteTree(c.out().resolve(DocumentCache.DIR));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return stages.corpusStep().apply(outcomes);
            }, stages.metadata());
        }).run();
        assertThat(s.failedDocuments()).isZero();
        assertThat(fake.annotated()).as("each document once in phase 1 and once more for its vanished entry")
                .isEqualTo(2 * s.documents());
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("vanished during the run; annotating it again");
        for (String table : new String[] {"documents.csv", "mentions.csv", "quotes.csv", "entities.csv", "json/article-001.txt.json"}) {
            assertThat(Files.readString(tmp.resolve("out").resolve(table))).as(table)
                    .isEqualTo(Files.readString(tmp.resolve("reference").resolve(table)));
        }
    }
}
