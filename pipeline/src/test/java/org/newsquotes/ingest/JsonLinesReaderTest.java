package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.Document;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.stage.DocumentFailure;

class JsonLinesReaderTest {
    @TempDir Path dir;

    @Test
    void oneDocumentPerLineWithPhysicalLineNumbers() throws Exception {
        String jsonl = "{\"title\":\"First\",\"text\":\"Alpha paragraph.\"}\n"
                + "\n"
                + "{\"title\":\"Third\",\"text\":\"Gamma\n"
                + "{\"title\":{\"rendered\":\"Fourth\"},\"content\":{\"rendered\":\"<p>Delta.</p>\"},\"date_gmt\":\"2024-02-02T00:00:00\"}\n";
        IngestResult r = TestIngest.read(dir, "feed/items.jsonl", jsonl);
        assertThat(r.documents()).extracting(Document::docId)
                .containsExactly("feed/items.jsonl#1", "feed/items.jsonl#4");
        assertThat(r.documents()).extracting(Document::path).containsOnly("feed/items.jsonl");
        assertThat(r.documents()).extracting(Document::format).containsOnly(SourceFormat.JSONL);
        assertThat(r.documents().get(1).text()).isEqualTo("Fourth\nDelta.");
        assertThat(r.documents().get(1).date()).isEqualTo("2024-02-02T00:00:00");
        assertThat(r.failures()).extracting(DocumentFailure::docId).containsExactly("feed/items.jsonl#3");
        assertThat(r.failures().get(0).error()).contains("JSON", "feed/items.jsonl#3");
    }

    @Test
    void jsonLinesUnderAJsonExtensionAreDetected() throws Exception {
        IngestResult r = TestIngest.read(dir, "x.json", "{\"text\":\"a b c\"}\n{\"text\":\"d e f\"}\n");
        assertThat(r.documents()).extracting(Document::docId).containsExactly("x.json#1", "x.json#2");
    }
}
