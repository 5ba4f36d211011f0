package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.Document;
import org.newsquotes.record.SourceFormat;

class WordPressJsonReaderTest {
    @TempDir Path dir;

    private static final String POST = """
            {"id":7,"date":"2024-06-01T10:00:00","date_gmt":"2024-06-01T08:00:00","link":"https:\\/\\/blog.example\\/?p=7",
             "title":{"rendered":"Mayor&#8217;s plan &amp; the budget"},
             "content":{"rendered":"\\n<p>The mayor&#8217;s plan passed.<\\/p>\\n\\n<h2 class=\\"wp-block-heading\\">Reaction<\\/h2>\\n<p>&#8220;It is fair,&#8221;&nbsp;a clerk said.<\\/p>\\n<figure><img src=\\"a.jpg\\"\\/><figcaption>The town hall.<\\/figcaption><\\/figure>"},
             "excerpt":{"rendered":"<p>Excerpt must not appear<\\/p>"}}""";

    @Test
    void wordPressPostIsTitlePlusRenderedContent() throws Exception {
        IngestResult r = TestIngest.read(dir, "wp/post.json", POST);
        assertThat(r.failures()).isEmpty();
        Document d = r.documents().get(0);
        assertThat(d.docId()).isEqualTo("wp/post.json");
        assertThat(d.format()).isEqualTo(SourceFormat.WORDPRESS_JSON);
        assertThat(d.title()).isEqualTo("Mayor’s plan & the budget");
        assertThat(d.date()).isEqualTo("2024-06-01T08:00:00");
        assertThat(d.url()).isEqualTo("https://blog.example/?p=7");
        assertThat(d.blocks()).extracting(b -> b.kind() + ":" + b.span().of(d.text())).containsExactly(
                "TITLE:Mayor’s plan & the budget",
                "PARAGRAPH:The mayor’s plan passed.",
                "HEADING:Reaction",
                "PARAGRAPH:“It is fair,”\u00a0a clerk said.",
                "CAPTION:The town hall.");
        assertThat(d.text()).doesNotContain("Excerpt");
    }

    @Test
    void wordPressPostInATxtFileIsDetectedByContent() throws Exception {
        Document d = TestIngest.read(dir, "post.txt", POST).documents().get(0);
        assertThat(d.format()).isEqualTo(SourceFormat.WORDPRESS_JSON);
        assertThat(d.docId()).isEqualTo("post.txt");
        assertThat(d.warnings()).singleElement().asString().contains("post.txt", ".txt", "JSON");
    }

    @Test
    void arrayElementsGetOneBasedSuffixesAndABadElementFailsAlone() throws Exception {
        String json = "[" + POST + ", 42, {\"title\":\"Plain\",\"text\":\"Line one.\\nLine two.\",\"date\":\"2024-01-02\",\"url\":\"u\"}]";
        IngestResult r = TestIngest.read(dir, "many.json", json);
        assertThat(r.documents()).extracting(Document::docId).containsExactly("many.json#1", "many.json#3");
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.docId()).isEqualTo("many.json#2");
            assertThat(f.error()).contains("expected a JSON object");
        });
        Document plain = r.documents().get(1);
        assertThat(plain.format()).isEqualTo(SourceFormat.JSON);
        assertThat(plain.text()).isEqualTo("Plain\nLine one.\nLine two.");
        assertThat(plain.date()).isEqualTo("2024-01-02");
        assertThat(plain.url()).isEqualTo("u");
    }

    @Test
    void plainObjectWithHtmlContentGoesThroughHtmlExtraction() throws Exception {
        Document d = TestIngest.read(dir, "h.json",
                "{\"headline\":\"H\",\"content\":\"<p>One &amp; two.</p><script>no()</script><p>Three.</p>\"}").documents().get(0);
        assertThat(d.text()).isEqualTo("H\nOne & two.\nThree.");
    }

    @Test
    void bodyGivenAsAnArrayOfParagraphs() throws Exception {
        Document d = TestIngest.read(dir, "arr.json", "{\"title\":\"T\",\"body\":[\"First.\",\"Second.\"]}").documents().get(0);
        assertThat(d.text()).isEqualTo("T\nFirst.\nSecond.");
    }

    @Test
    void apiExportWrapperIsUnwrapped() throws Exception {
        IngestResult r = TestIngest.read(dir, "export.json", "{\"status\":\"ok\",\"articles\":[{\"title\":\"A\",\"content\":\"Alpha.\","
                + "\"publishedAt\":\"2024-05-01T12:00:00Z\"},{\"title\":\"B\",\"content\":\"Beta.\"}]}");
        assertThat(r.documents()).extracting(Document::docId).containsExactly("export.json#1", "export.json#2");
        assertThat(r.documents().get(0).date()).isEqualTo("2024-05-01T12:00:00Z");
    }

    @Test
    void truncatedJsonFailsWithPosition() throws Exception {
        IngestResult r = TestIngest.read(dir, "cut.json", POST.substring(0, 120));
        assertThat(r.documents()).isEmpty();
        assertThat(r.failures()).singleElement().satisfies(f ->
                assertThat(f.error()).contains("truncated JSON", "cut.json", "line", "column"));
    }

    @Test
    void objectWithoutTextFails() throws Exception {
        IngestResult r = TestIngest.read(dir, "meta.json", "{\"id\": 3, \"title\": \"Only a title\"}");
        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.error()).contains("no article text"));
    }
}
