package org.newsquotes.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.testing.FakeNlpStage;

/** Bad input becomes errors.csv rows while everything else is written; run.json records the run. */
class BadInputRunTest {
    @TempDir Path tmp;

    @Test
    void badFilesBecomeErrorRowsAndTheRestIsWritten() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 4);
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 0, 0, 0});
        Files.writeString(corpus.resolve("truncated.json"), "{\"title\": \"Half\", \"content\": {\"rendered\": \"<p>Cut",
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("nobody.html"), "<html><head><title>x</title></head></html>", StandardCharsets.UTF_8);
        RunSummary s = RunnerFixtures.run(RunnerFixtures.config(corpus, tmp.resolve("out"), 2), new FakeNlpStage());

        assertThat(s.failedDocuments()).isEqualTo(4);
        String errors = Files.readString(tmp.resolve("out/errors.csv"));
        assertThat(errors.lines().skip(1)).hasSize(4).allSatisfy(line -> assertThat(line).contains(",ingest,"));
        assertThat(errors).contains("empty.txt,", "binary.txt,", "truncated.json,", "nobody.html,");
        for (int i : new int[] {1, 2}) {
            assertThat(tmp.resolve("out/json/article-00" + i + ".txt.json")).exists();
        }
        assertThat(Files.readString(tmp.resolve("out/documents.csv")).lines()).hasSize(1 + 7 + 4);
    }

    @Test
    void runJsonRecordsVersionsConfigurationTimingsAndCounts() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 4);
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Path out = tmp.resolve("out");
        RunSummary first = RunnerFixtures.run(RunnerFixtures.config(corpus, out, 2), new FakeNlpStage());
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(run.at("/versions/corenlp").asText()).isEqualTo("4.5.10");
        assertThat(run.at("/versions/java").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(run.at("/versions/code_fingerprint").asText()).hasSize(16);
        assertThat(run.at("/configuration/threads").asInt()).isEqualTo(2);
        assertThat(run.at("/configuration/cache").asText()).isEqualTo("use");
        assertThat(run.at("/configuration/indirect_scope").asText()).isEqualTo("speech");
        assertThat(run.at("/configuration/stages/nlp").asText()).isEqualTo("fake-nlp-1");
        assertThat(run.at("/counts/files").asInt()).isEqualTo(6);
        assertThat(run.at("/counts/documents").asInt()).isEqualTo(8);
        assertThat(run.at("/counts/failed").asInt()).isEqualTo(1);
        assertThat(run.at("/counts/cached").asInt()).isZero();
        assertThat(run.at("/counts/tokens").asLong()).isEqualTo(first.tokens()).isPositive();
        assertThat(run.at("/counts/mentions").asLong()).isEqualTo(first.mentions()).isPositive();
        assertThat(run.at("/cpu_seconds/total").asDouble()).isPositive();
        for (String stage : new String[] {"total", "setup", "model-load", "phase1", "ingest", "nlp", "corpus", "write"}) {
            assertThat(run.at("/timings_seconds").has(stage)).as(stage).isTrue();
        }
        assertThat(run.at("/entity_merges_by_rule").isObject()).isTrue();

        RunnerFixtures.run(RunnerFixtures.config(corpus, out, 2), new FakeNlpStage());
        JsonNode again = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(again.at("/counts/cached").asInt()).isEqualTo(8);
        assertThat(again.at("/counts/annotated").asInt()).isZero();
    }
}
