package org.newsquotes.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsquotes.output.OutputValidator;
import org.newsquotes.testing.FakeNlpStage;

/**
 * A corpus holding a web archive beside ordinary files, through the whole local runner (fake NLP stage): pages in
 * batches, records that are not pages counted, a page in another language skipped, the cache per batch.
 */
class ArchiveRunTest {
    @TempDir Path tmp;

    static final int PAGES = 40; // more than one batch

    private static final String FRENCH = "Le conseil municipal a approuvé mardi le budget de réparation du pont, qui "
            + "rouvrira en mai selon la maire. « Les travaux ont coûté moins que prévu », a-t-elle déclaré aux "
            + "journalistes, ajoutant que la circulation resterait limitée pendant deux semaines.";

    private static void writeArchive(Path file) throws IOException {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < PAGES; i++) {
                String[] lines = RunnerFixtures.article(i).split("\n");
                StringBuilder html = new StringBuilder("<html><head><title>").append(lines[0]).append("</title></head><body><article>");
                for (int l = 1; l < lines.length; l++) html.append("<p>").append(lines[l]).append("</p>");
                html.append("</article></body></html>");
                w.write(response("https://wire.example.net/story/" + i, 200, "text/html", html.toString()));
                if (i == 5) w.write(response("https://wire.example.net/feed.json", 200, "application/json", "{}"));
                if (i == 9) w.write(response("https://wire.example.net/old", 301, "text/html", "moved"));
            }
            w.write(response("https://wire.example.net/fr/pont", 200, "text/html",
                    "<html><head><title>Le pont rouvrira en mai</title></head><body><article><p>" + FRENCH
                            + "</p></article></body></html>"));
        }
    }

    private static WarcResponse response(String url, int status, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, "X").body(MediaType.parse(type),
                body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(url).date(Instant.parse("2025-06-01T10:00:00Z")).body(http).build();
    }

    @Test
    void anArchiveStreamsInBatchesSkipsWhatIsNoPageAndIsCachedPerBatch() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 2);
        Files.createDirectories(corpus.resolve("crawl"));
        writeArchive(corpus.resolve("crawl/CC-NEWS-test.warc.gz"));
        Path out = tmp.resolve("out");

        RunSummary first = RunnerFixtures.run(RunnerFixtures.config(corpus, out, 2), new FakeNlpStage());
        assertThat(first.failedDocuments()).isZero();
        assertThat(first.skippedDocuments()).isEqualTo(1);
        assertThat(first.skippedRecords()).containsEntry("not-html", 1).containsEntry("http-301", 1).hasSize(2);
        assertThat(first.documents()).isEqualTo(2 + 3 + PAGES + 1);

        List<String> docs = Files.readAllLines(out.resolve("documents.csv"));
        List<String> pages = docs.stream().filter(l -> l.startsWith("crawl/CC-NEWS-test.warc.gz#")).toList();
        assertThat(pages).hasSize(PAGES + 1);
        assertThat(pages).allMatch(l -> l.contains(",crawl/CC-NEWS-test.warc.gz,html,"));
        assertThat(pages).filteredOn(l -> l.contains("https://wire.example.net/story/7")).singleElement()
                .satisfies(l -> assertThat(l).contains(",2025-06-01T10:00:00Z,").contains(",ok,"));
        assertThat(pages).filteredOn(l -> l.contains("/fr/pont")).singleElement()
                .satisfies(l -> assertThat(l).contains(",fr,").contains(",skipped,language: the text is in french"));
        assertThat(Files.readAllLines(out.resolve("errors.csv"))).hasSize(1); // the header: skipping is no error
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(run.path("counts").path("archive_records_skipped").path("http-301").asInt()).isEqualTo(1);
        assertThat(run.path("counts").path("skipped").asInt()).isEqualTo(1);
        assertThat(OutputValidator.validate(out, true)).isEmpty();

        // a second run reads every batch from the cache, the skipped page too
        RunSummary again = RunnerFixtures.run(RunnerFixtures.config(corpus, out, 2), new FakeNlpStage());
        assertThat(again.cachedDocuments()).isEqualTo(again.documents()).isEqualTo(first.documents());
        assertThat(again.skippedDocuments()).isEqualTo(1);
        assertThat(Files.readAllLines(out.resolve("documents.csv"))).isEqualTo(docs);
    }

    @Test
    void pagesAreReadAgainByTheirIdsWhenTheirCacheEntryIsGone() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        writeArchive(corpus.resolve("a.warc.gz"));
        Stages stages = Stages.build(RunnerFixtures.config(corpus, tmp.resolve("out"), 1), (c, m) -> new FakeNlpStage());
        var all = stages.phase1().reader().read(corpus, corpus.resolve("a.warc.gz"));
        List<String> ids = List.of(all.documents().get(3).docId(), all.documents().get(35).docId());
        List<DocumentOutcome> again = stages.phase1().processArchivePages(corpus, "a.warc.gz", ids);
        assertThat(again).extracting(DocumentOutcome::docId).isEqualTo(ids);
        assertThat(again).allMatch(DocumentOutcome::isOk);
        assertThat(again.get(1).annotated().document().url()).isEqualTo("https://wire.example.net/story/35");
    }
}
