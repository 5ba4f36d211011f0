package org.newsquotes.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Document;
import org.newsquotes.record.Quote;

class DocumentJsonTest {
    @Test void richDocumentMatchesGolden() {
        Golden.assertMatches("rich-document.json", DocumentJson.toBytes(SampleDocuments.rich()));
    }

    @Test void markedDocumentMatchesGolden() {
        Golden.assertMatches("marked-document.json", DocumentJson.toBytes(SampleDocuments.marked()));
    }

    @Test void richDocumentRoundTripsExactly() throws IOException {
        AnnotatedDocument doc = SampleDocuments.rich();
        AnnotatedDocument back = DocumentJson.fromBytes(DocumentJson.toBytes(doc));
        assertThat(back).isEqualTo(doc);
        assertThat(back.text()).contains("\u00A0").contains("\uD83D\uDE00");
        Quote q1 = back.quotes().get(0);
        assertThat(back.text().substring(q1.start(), q1.end())).isEqualTo(q1.text());
        assertThat(back.quotes().get(1).attribution().hasSpeaker()).isFalse();
    }

    @Test void everyShapeRoundTrips() throws IOException {
        AnnotatedDocument marked = SampleDocuments.marked();
        assertThat(DocumentJson.fromBytes(DocumentJson.toBytes(marked))).isEqualTo(marked);
        AnnotatedDocument textOnly = AnnotatedDocument.of(SampleDocuments.failedAfterIngest());
        assertThat(DocumentJson.fromBytes(DocumentJson.toBytes(textOnly))).isEqualTo(textOnly);
        Document empty = new Document("e.txt", "e.txt", org.newsquotes.record.SourceFormat.TXT, null, null, null, "",
                List.of(), List.of(), List.of());
        AnnotatedDocument bare = new AnnotatedDocument(empty, List.of(), List.of(), List.of(), List.of(), List.of(),
                java.util.Set.of());
        assertThat(DocumentJson.fromBytes(DocumentJson.toBytes(bare))).isEqualTo(bare);
    }

    @Test void controlCharactersAndLineSeparatorsRoundTrip() throws IOException {
        String text = "a\u0000b\u2028c\u2029d\r\n\"e\"\\f\u0007";
        Document d = new Document("ctl.txt", "ctl.txt", org.newsquotes.record.SourceFormat.TXT, "t\u0001", null, null,
                text, List.of(), List.of(), List.of());
        AnnotatedDocument doc = AnnotatedDocument.of(d);
        byte[] json = DocumentJson.toBytes(doc);
        assertThat(DocumentJson.fromBytes(json)).isEqualTo(doc);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\\u0000").contains("\\r\\n");
    }

    @Test void loneSurrogatesRoundTrip() throws IOException {
        String text = "broken \uD83D pair and \uDE00 reversed";
        AnnotatedDocument doc = AnnotatedDocument.of(new Document("s.txt", "s.txt",
                org.newsquotes.record.SourceFormat.TXT, null, null, null, text, List.of(), List.of(), List.of()));
        assertThat(DocumentJson.fromBytes(DocumentJson.toBytes(doc))).isEqualTo(doc);
    }

    @Test void layoutPutsOneTokenPerLineAndIsVersioned() {
        String json = new String(DocumentJson.toBytes(SampleDocuments.rich()), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"schema_version\": 1,\n  \"metadata\": {\n    \"doc_id\": ");
        assertThat(json).contains("\n    {\"index\": 0, \"sentence\": 0, \"start\": 0, \"end\": 4, \"word\": \"Café\",");
        assertThat(json).endsWith("}\n").doesNotContain("\r").doesNotStartWith("\uFEFF");
        assertThat(json).contains("\"confidence\": 0.85").contains("\"confidence\": 0,");
    }

    @Test void readerRejectsOtherSchemaVersions() {
        String json = new String(DocumentJson.toBytes(SampleDocuments.marked()), StandardCharsets.UTF_8)
                .replace("\"schema_version\": 1", "\"schema_version\": 99");
        assertThatThrownBy(() -> DocumentJson.fromBytes(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("schema_version 99");
    }

    @Test void readerNamesAMissingField() {
        String json = new String(DocumentJson.toBytes(SampleDocuments.marked()), StandardCharsets.UTF_8)
                .replace("\"lemma\": ", "\"lemmas\": ");
        assertThatThrownBy(() -> DocumentJson.fromBytes(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("a/plain.txt")
                .hasMessageContaining("missing field 'lemma'");
    }

    @Test void readerRejectsTruncatedFiles() {
        byte[] json = DocumentJson.toBytes(SampleDocuments.marked());
        byte[] cut = java.util.Arrays.copyOf(json, json.length / 2);
        assertThatThrownBy(() -> DocumentJson.fromBytes(cut)).isInstanceOf(IOException.class);
    }

    @Test
    void pageMetadataRoundTripsAndIsLeftOutWhenEmpty() throws Exception {
        org.newsquotes.record.Document base = SampleDocuments.rich().document();
        org.newsquotes.record.PageMeta meta = new org.newsquotes.record.PageMeta("The Harbour Times",
                java.util.List.of("Ines Calloway", "Tomas Wren"), "en-GB", "https://harbourtimes.example/a",
                java.util.Map.of("outlet", "json-ld", "authors", "meta", "language", "html"));
        org.newsquotes.record.Document withMeta = new org.newsquotes.record.Document(base.docId(), base.path(),
                base.format(), base.title(), base.date(), base.url(), base.text(), base.blocks(), base.removed(),
                base.warnings(), meta);
        var doc = org.newsquotes.record.AnnotatedDocument.of(withMeta);
        byte[] json = DocumentJson.toBytes(doc);
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).contains("\"page\"").contains("Tomas Wren");
        assertThat(DocumentJson.fromBytes(json).document().meta()).isEqualTo(meta);
        assertThat(new String(DocumentJson.toBytes(org.newsquotes.record.AnnotatedDocument.of(base)),
                java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\"page\"");
        DocumentRow row = DocumentRow.ok(doc);
        assertThat(row.outlet()).isEqualTo("The Harbour Times");
        assertThat(row.authors()).containsExactly("Ines Calloway", "Tomas Wren");
        assertThat(row.language()).isEqualTo("en-GB");
        assertThat(row.canonicalUrl()).isEqualTo("https://harbourtimes.example/a");
    }
}
