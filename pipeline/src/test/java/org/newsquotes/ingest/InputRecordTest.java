package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.Document;
import org.newsquotes.record.SourceFormat;

/** A record handed over by a program reads as the JSON Lines record with the same fields does. */
class InputRecordTest {
    private final CorpusReader reader = TestIngest.reader();

    @Test void aRecordReadsAsTheSameJsonLinesRecord(@TempDir Path dir) throws Exception {
        String text = "The harbour board met on Monday.\n\n\"We will reopen the pier,\" the chair said.\n";
        InputRecord record = new InputRecord("wire-17", text, "Pier to reopen", "Tue, 03 Jun 2025 10:00:00 GMT",
                "https://example.org/pier", null);
        ObjectNode line = JsonSupport.MAPPER.createObjectNode();
        line.put("title", record.title()).put("date", record.date()).put("url", record.url()).put("text", text);
        Document fromFile = TestIngest.read(dir, "feed.jsonl", line.toString() + "\n").documents().get(0);

        IngestResult r = reader.readRecord(record);

        assertThat(r.failures()).isEmpty();
        Document d = r.documents().get(0);
        assertThat(d.docId()).isEqualTo("wire-17");
        assertThat(d.path()).isEqualTo("wire-17");
        assertThat(d.format()).isEqualTo(SourceFormat.RECORD);
        assertThat(d.text()).isEqualTo(fromFile.text());
        assertThat(d.blocks()).isEqualTo(fromFile.blocks());
        assertThat(d.title()).isEqualTo("Pier to reopen");
        assertThat(d.date()).isEqualTo(fromFile.date()).isEqualTo("2025-06-03T10:00:00Z");
        assertThat(d.url()).isEqualTo("https://example.org/pier");
    }

    @Test void htmlInTheTextIsReadAsHtml() {
        Document d = reader.readRecord(new InputRecord("h1", "<p>First paragraph here.</p><p>Second one.</p>", null,
                null, null, null)).documents().get(0);
        assertThat(d.text()).doesNotContain("<p>").contains("First paragraph here.").contains("Second one.");
        assertThat(d.blocks()).hasSize(2);
    }

    @Test void theOutletIsKeptWithItsSource() {
        Document d = reader.readRecord(new InputRecord("o1", "A council spokesman said the road would close.", null,
                null, null, "The Harbour Times")).documents().get(0);
        assertThat(d.meta().outlet()).isEqualTo("The Harbour Times");
        assertThat(d.meta().sources()).containsEntry("outlet", InputRecord.SOURCE);
    }

    @Test void otherFieldsPassThroughWithoutEmptyOnes() {
        Document d = reader.readRecord(new InputRecord("x1", "A council spokesman said the road would close.", null,
                null, null, null, java.util.Map.of("desk", "city", "section", ""))).documents().get(0);
        assertThat(d.meta().extra()).containsExactly(java.util.Map.entry("desk", "city"));
        assertThat(d.meta().outlet()).isNull();
    }

    @Test void aDateThatDoesNotParseIsDroppedWithAWarning() {
        Document d = reader.readRecord(new InputRecord("d1", "Some article text.", null, "last Tuesday", null, null))
                .documents().get(0);
        assertThat(d.date()).isNull();
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("d1").contains("last Tuesday"));
    }

    @Test void aRowWithNoTextIsAFailureNamingIt() {
        IngestResult r = reader.readRecord(new InputRecord("empty-3", "  ", "A title", null, null, null));
        assertThat(r.documents()).isEmpty();
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.docId()).isEqualTo("empty-3");
            assertThat(f.stage()).isEqualTo(CorpusReader.STAGE);
            assertThat(f.error()).contains("empty-3").contains("no text");
        });
        assertThat(reader.readRecord(new InputRecord("null-4", null, null, null, null, null)).failures()).hasSize(1);
    }

    @Test void aTextOverTheSizeLimitIsRefused() {
        CorpusReader small = new CorpusReader(TestIngest.config().withMaxFileBytes(100));
        IngestResult r = small.readRecord(new InputRecord("big", "word ".repeat(50), null, null, null, null));
        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.error()).contains("big").contains("limit"));
    }

    @Test void aDocIdIsRequired() {
        assertThatThrownBy(() -> new InputRecord(" ", "text", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("doc_id");
    }
}
