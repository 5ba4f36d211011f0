package org.newsquotes.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Entity;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.stage.DocumentFailure;

class CsvTablesTest {
    @TempDir Path dir;

    private static List<DocumentRow> documentRows() {
        AnnotatedDocument rich = SampleDocuments.rich();
        return List.of(
                DocumentRow.ok(rich),
                DocumentRow.ok(SampleDocuments.marked()),
                DocumentRow.failed(SampleDocuments.failedAfterIngest(), new DocumentFailure("c/failed.html", "nlp", "boom")),
                DocumentRow.failed(new DocumentFailure("broken.jsonl#3", "ingest", "truncated JSON at line 3")));
    }

    private static List<MentionRow> mentionRows() {
        List<MentionRow> rows = new ArrayList<>();
        for (AnnotatedDocument d : List.of(SampleDocuments.rich(), SampleDocuments.marked())) {
            d.mentions().forEach(m -> rows.add(MentionRow.of(d.docId(), m)));
        }
        return rows;
    }

    private static List<QuoteRow> quoteRows() {
        AnnotatedDocument d = SampleDocuments.rich();
        return d.quotes().stream().map(q -> QuoteRow.of(d, q)).toList();
    }

    private static List<DocumentFailure> failures() {
        return List.of(new DocumentFailure("broken.jsonl#3", "ingest", "truncated JSON at line 3"),
                new DocumentFailure("bin.txt", "ingest", "binary file, \"not text\"\nsecond line"));
    }

    private <R> byte[] writeAndRead(Table<R> table, List<R> rows) throws IOException {
        CsvTableWriter.write(table, dir, rows);
        List<R> back = CsvTableReader.readAll(table, dir);
        assertThat(back).as("round trip of %s", table.fileName()).isEqualTo(rows);
        return Files.readAllBytes(dir.resolve(table.fileName()));
    }

    @Test void documentsMatchGoldenAndRoundTrip() throws IOException {
        Golden.assertMatches("documents.csv", writeAndRead(Tables.DOCUMENTS, documentRows()));
    }

    @Test void mentionsMatchGoldenAndRoundTrip() throws IOException {
        Golden.assertMatches("mentions.csv", writeAndRead(Tables.MENTIONS, mentionRows()));
    }

    @Test void quotesMatchGoldenAndRoundTrip() throws IOException {
        Golden.assertMatches("quotes.csv", writeAndRead(Tables.QUOTES, quoteRows()));
    }

    @Test void entitiesMatchGoldenAndRoundTrip() throws IOException {
        // an entity row holds no documents (entity_documents.csv does): read back alone, it has none
        List<Entity> withoutDocuments = SampleDocuments.entities().stream().map(e -> new Entity(e.entityId(),
                e.canonicalName(), e.type(), e.variants(), e.mentions(), List.of(), e.evidence())).toList();
        Golden.assertMatches("entities.csv", writeAndRead(Tables.ENTITIES, withoutDocuments));
        assertThat(Tables.ENTITIES.format(SampleDocuments.entities().get(1)))
                .isEqualTo(Tables.ENTITIES.format(withoutDocuments.get(1)));
    }

    @Test void entityDocumentsAreOneRowPerEntityAndDocument() throws IOException {
        List<EntityDocument> rows = List.of(new EntityDocument("a_b_organization", "a/plain.txt"),
                new EntityDocument("a_b_organization", "world/iran news.jsonl#2"),
                new EntityDocument("hugh_hill_person", "world/iran news.jsonl#2"));
        String csv = new String(writeAndRead(Tables.ENTITY_DOCUMENTS, rows), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("entity_id,doc_id\na_b_organization,a/plain.txt\n"
                + "a_b_organization,world/iran news.jsonl#2\nhugh_hill_person,world/iran news.jsonl#2\n");
    }

    @Test void errorsMatchGoldenAndRoundTrip() throws IOException {
        Golden.assertMatches("errors.csv", writeAndRead(Tables.ERRORS, failures()));
    }

    @Test void headerIsTheSchemaAndFileIsUtf8WithoutBomAndLfOnly() throws IOException {
        for (Table<?> t : Tables.all()) {
            CsvTableWriter.write(t, dir, List.of());
            byte[] bytes = Files.readAllBytes(dir.resolve(t.fileName()));
            assertThat(new String(bytes, StandardCharsets.UTF_8))
                    .isEqualTo(String.join(",", t.schema().columnNames()) + "\n");
        }
        byte[] quotes = writeAndRead(Tables.QUOTES, quoteRows());
        assertThat(quotes[0]).isEqualTo((byte) 'd');
        String s = new String(quotes, StandardCharsets.UTF_8);
        assertThat(s).doesNotContain("\r").endsWith("\n").contains("We’re ready, truly \uD83D\uDE00.").doesNotContain("\uFEFF");
    }

    @Test void rfc4180EdgeCasesRoundTripAndAreQuotedMinimally() throws IOException {
        String[] texts = {
                "plain", "a, b", "say \"hi\"", "two\nlines", "crlf\r\nline", "=SUM(A1:A2)", " leading space",
                "trailing space ", "#hash first", "tab\there", "\"", ",", "ünïcödé \uD83D\uDE00\u00A0nbsp", "",
        };
        List<MentionRow> rows = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            rows.add(new MentionRow("d.txt", "m" + i, 0, i, i + texts[i].length(), texts[i], "PERSON",
                    org.newsquotes.record.MentionKind.NAME, null));
        }
        String csv = new String(writeAndRead(Tables.MENTIONS, rows), StandardCharsets.UTF_8);
        assertThat(csv).contains("\nd.txt,m0,0,0,5,plain,PERSON,name,\n")
                .contains(",\"a, b\",")
                .contains(",\"say \"\"hi\"\"\",")
                .contains(",\"two\nlines\",")
                .contains(",\"crlf\r\nline\",")
                .contains(",=SUM(A1:A2),")
                .contains(",\"\"\"\",")
                .contains(",\",\",");
    }

    @Test void aTableWrittenInPartsUnderOneHeaderIsTheFileWrittenAtOnce() throws IOException {
        List<MentionRow> rows = mentionRows();
        byte[] whole = writeAndRead(Tables.MENTIONS, rows);
        StringBuilder parts = new StringBuilder(CsvTableWriter.header(Tables.MENTIONS));
        int cut = rows.size() / 2;
        assertThat(CsvTableWriter.writeRows(Tables.MENTIONS, rows.subList(0, cut).iterator(), parts)).isEqualTo(cut);
        CsvTableWriter.writeRows(Tables.MENTIONS, List.<MentionRow>of().iterator(), parts); // an empty part
        CsvTableWriter.writeRows(Tables.MENTIONS, rows.subList(cut, rows.size()).iterator(), parts);
        assertThat(parts.toString()).isEqualTo(new String(whole, StandardCharsets.UTF_8));
    }

    @Test void numbersAreLocaleIndependentAndNeverScientific() {
        assertThat(Cells.formatNumber(0.85)).isEqualTo("0.85");
        assertThat(Cells.formatNumber(1.0)).isEqualTo("1");
        assertThat(Cells.formatNumber(0.0)).isEqualTo("0");
        assertThat(Cells.formatNumber(0.0001)).isEqualTo("0.0001");
        assertThat(Cells.formatNumber(1e-7)).isEqualTo("0.0000001");
        assertThat(Cells.formatNumber(1234567.0)).isEqualTo("1234567");
        double third = 1.0 / 3;
        assertThat(Double.parseDouble(Cells.formatNumber(third))).isEqualTo(third);
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(Cells.formatNumber(0.5)).isEqualTo("0.5");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test void listCellsEscapeTheSeparator() {
        List<String> items = List.of("A|B", "back\\slash", "", "plain");
        String cell = Cells.joinList(items);
        assertThat(cell).isEqualTo("A\\|B|back\\\\slash||plain");
        assertThat(Cells.splitList(cell)).isEqualTo(items);
        assertThat(Cells.splitList("")).isEmpty();
    }

    @Test void readerRejectsAForeignHeaderNamingBoth() {
        String csv = "doc_id,stage\nx,ingest\n";
        assertThatThrownBy(() -> CsvTableReader.read(Tables.ERRORS, "errors.csv", new StringReader(csv), r -> {}))
                .isInstanceOf(IOException.class).hasMessageContaining("[doc_id, stage]")
                .hasMessageContaining("[doc_id, stage, error]");
    }

    @Test void readerNamesRowAndColumnOfABadCell() {
        String csv = "doc_id,mention_id,sentence,start,end,text,ner,mention_kind,entity_id\nd,m1,zero,0,1,x,PERSON,name,\n";
        assertThatThrownBy(() -> CsvTableReader.read(Tables.MENTIONS, "mentions.csv", new StringReader(csv), r -> {}))
                .isInstanceOf(IOException.class).hasMessageContaining("row 1").hasMessageContaining("sentence");
    }

    @Test void readerToleratesAByteOrderMark() throws IOException {
        String csv = "\uFEFFdoc_id,stage,error\nx,ingest,bad\n";
        List<DocumentFailure> rows = new ArrayList<>();
        CsvTableReader.read(Tables.ERRORS, "errors.csv", new StringReader(csv), rows::add);
        assertThat(rows).containsExactly(new DocumentFailure("x", "ingest", "bad"));
    }

    @Test void quoteRowFlattensTheAttribution() {
        QuoteRow q = quoteRows().get(0);
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.speakerEntityId()).isEqualTo("hugh_hill_person");
        assertThat(SampleDocuments.RICH_TEXT.substring(q.speakerMentionStart(), q.speakerMentionEnd()))
                .isEqualTo(q.speakerMention());
        assertThat(q.reviewStatus()).isEqualTo(ReviewStatus.ACCEPTED);
        QuoteRow none = quoteRows().get(1);
        assertThat(none.speaker()).isNull();
        assertThat(none.method()).isEqualTo("none");
        assertThat(none.reviewStatus()).isEqualTo(ReviewStatus.UNREVIEWED);
    }

    @Test void failedRowsKeepWhatIsKnown() {
        List<DocumentRow> rows = documentRows();
        DocumentRow partial = rows.get(2);
        assertThat(partial.status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(partial.chars()).isEqualTo(SampleDocuments.failedAfterIngest().text().length());
        assertThat(partial.tokens()).isNull();
        assertThat(partial.error()).isEqualTo("nlp: boom");
        DocumentRow unread = rows.get(3);
        assertThat(unread.path()).isEqualTo("broken.jsonl");
        assertThat(unread.format()).isNull();
    }

    @Test void entityCellsRoundTripWithEscapes() {
        Entity e = SampleDocuments.entities().get(1);
        List<String> cells = Tables.ENTITIES.format(e);
        assertThat(cells.get(3)).isEqualTo("A\\|B|AB\\\\C");
        assertThat(cells.get(5)).isEqualTo("acronym(AB~A\\|B \\(Inc\\)\\, \\~x,1,defined\\, in text)"
                + "|same-string(A\\|B~A\\|B,0.0001)");
        assertThat(MergeEvidenceCell.parse(cells.get(5))).isEqualTo(e.evidence());
    }
}
