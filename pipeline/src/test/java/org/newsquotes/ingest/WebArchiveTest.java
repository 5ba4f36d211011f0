package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsquotes.record.Document;

/** Web archives written by the test itself with jwarc: pages, records that are not pages, charsets, damage. */
class WebArchiveTest {
    @TempDir Path tmp;

    static final Instant CRAWLED = Instant.parse("2025-03-04T05:06:07Z");

    /** A news page of our own: a headline and two paragraphs, one with a quote. */
    static String page(String headline, String body) {
        return "<!doctype html><html><head><title>" + headline + "</title></head><body><nav><a href=/>Home</a></nav>"
                + "<article><h1>" + headline + "</h1><p>" + body + "</p><p>\u201cWe will reopen the bridge in May,\u201d "
                + "the mayor said on Tuesday, adding that the repairs had cost less than planned.</p></article>"
                + "<footer>Contact us</footer></body></html>";
    }

    /** Writes a WARC of: a warcinfo-like request, an HTML page, a PNG, a 404, a cp1251 page without meta. */
    static Path writeArchive(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), compression)) {
            w.write(new WarcRequest.Builder("https://news.example.org/bridge").date(CRAWLED).build());
            w.write(response("https://news.example.org/bridge", 200, "text/html; charset=utf-8",
                    page("Bridge to reopen in May", "The city council approved the budget.").getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://news.example.org/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            w.write(response("https://news.example.org/gone", 404, "text/html", "<html>gone</html>".getBytes(StandardCharsets.UTF_8)));
            Charset cp1251 = Charset.forName("windows-1251");
            w.write(response("https://news.example.org/ru", 200, "text/html; charset=windows-1251",
                    page("Мост откроют в мае", "Городской совет утвердил бюджет ремонта моста.").getBytes(cp1251)));
        }
        return file;
    }

    static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
    }

    @Test
    void everyHtmlResponseIsAPageAndTheOtherRecordsAreCountedPerReason() throws IOException {
        for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            String name = c == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc";
            Path file = writeArchive(tmp.resolve(name), c);
            List<WebArchive.Page> pages = new ArrayList<>();
            Map<String, Integer> skipped = new TreeMap<>();
            try (WebArchive a = WebArchive.open(file, "news/" + name, 1 << 20)) {
                for (var item = a.next(); item.isPresent(); item = a.next()) {
                    if (item.get() instanceof WebArchive.PageItem p) pages.add(p.page());
                    if (item.get() instanceof WebArchive.Skipped s) skipped.merge(s.reason(), 1, Integer::sum);
                }
            }
            assertThat(skipped).as(name).isEqualTo(Map.of("not-a-response", 1, "not-html", 1, "http-404", 1));
            assertThat(pages).as(name).hasSize(2);
            WebArchive.Page first = pages.get(0);
            assertThat(first.url()).isEqualTo("https://news.example.org/bridge");
            assertThat(first.crawlDate()).isEqualTo("2025-03-04T05:06:07Z");
            assertThat(first.charset()).isEqualToIgnoringCase("utf-8");
            assertThat(first.docId()).isEqualTo("news/" + name + "#" + first.offset());
            assertThat(first.offset()).isPositive();

            // the offset finds the record again, as a CDX index's offset would
            try (WebArchive a = WebArchive.open(file, "news/" + name, 1 << 20)) {
                a.seek(pages.get(1).offset());
                var again = a.next().orElseThrow();
                assertThat(again).isInstanceOf(WebArchive.PageItem.class);
                assertThat(((WebArchive.PageItem) again).page().url()).isEqualTo("https://news.example.org/ru");
            }
        }
    }

    @Test
    void pagesBecomeDocumentsWithTheRecordsUrlAndDateAndTheDeclaredCharset() throws IOException {
        Path file = writeArchive(tmp.resolve("crawl.warc.gz"), WarcCompression.GZIP);
        CorpusReader reader = TestIngest.reader();
        IngestResult r = reader.read("crawl.warc.gz", Files.readAllBytes(file));
        assertThat(r.failures()).isEmpty();
        assertThat(r.skippedRecords()).containsEntry("not-html", 1).containsEntry("http-404", 1);
        assertThat(r.documents()).hasSize(2);
        Document bridge = r.documents().get(0);
        assertThat(bridge.path()).isEqualTo("crawl.warc.gz");
        assertThat(bridge.docId()).startsWith("crawl.warc.gz#");
        assertThat(bridge.title()).isEqualTo("Bridge to reopen in May");
        assertThat(bridge.text()).contains("The city council approved the budget.").doesNotContain("Contact us");
        assertThat(bridge.url()).isEqualTo("https://news.example.org/bridge");
        assertThat(bridge.date()).isEqualTo("2025-03-04T05:06:07Z");
        assertThat(bridge.meta().sources()).containsEntry("url", CorpusReader.ARCHIVE_SOURCE)
                .containsEntry("date", CorpusReader.ARCHIVE_SOURCE);
        // bytes in windows-1251, as the HTTP header says: Cyrillic, not mojibake
        assertThat(r.documents().get(1).text()).contains("Городской совет утвердил бюджет");
    }

    @Test
    void aPageOverTheSizeLimitIsAFailureRowNamingItsRecordNotTheArchive() throws IOException {
        Path file = writeArchive(tmp.resolve("crawl.warc"), WarcCompression.NONE);
        CorpusReader reader = new CorpusReader(IngestConfig.defaults(org.newsquotes.config.ModelFiles.packaged())
                .withMaxFileBytes(200));
        IngestResult r = reader.read("crawl.warc", Files.readAllBytes(file));
        assertThat(r.failures()).hasSize(2).allSatisfy(f -> assertThat(f.error()).startsWith("page too large: crawl.warc#"));
        assertThat(r.documents()).isEmpty();
        assertThat(r.skippedRecords()).containsEntry("http-404", 1); // the archive itself is read to its end
    }

    @Test
    void aTruncatedArchiveKeepsThePagesBeforeTheDamageAndNamesTheFile() throws IOException {
        Path file = writeArchive(tmp.resolve("crawl.warc"), WarcCompression.NONE);
        byte[] all = Files.readAllBytes(file);
        byte[] cut = java.util.Arrays.copyOf(all, all.length - 60);
        IngestResult r = TestIngest.reader().read("crawl.warc", cut);
        assertThat(r.documents()).hasSize(1);
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.docId()).isEqualTo("crawl.warc");
            assertThat(f.error()).contains("damaged web archive: crawl.warc");
        });
    }

    @Test
    void aFileThatIsNoArchiveIsOneErrorRow() {
        IngestResult r = TestIngest.reader().read("notes.warc", "just some notes, not WARC".getBytes(StandardCharsets.UTF_8));
        assertThat(r.documents()).isEmpty();
        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.error()).contains("damaged web archive: notes.warc"));
    }

    @Test
    void archiveNamesAreRecognised() {
        assertThat(WebArchive.isArchive("a/CC-NEWS-2024.warc.gz")).isTrue();
        assertThat(WebArchive.isArchive("x.WARC")).isTrue();
        assertThat(WebArchive.isArchive("page.html.gz")).isFalse();
        assertThat(WebArchive.isArchive("warc.txt")).isFalse();
    }
}
