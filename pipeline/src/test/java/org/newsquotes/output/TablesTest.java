package org.newsquotes.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The column lists are the contract with issues 2-7; they are spelled out here on purpose, from the issue texts. */
class TablesTest {
    @Test void columnsAreExactlyTheDocumentedOnesInOrder() {
        assertThat(Tables.DOCUMENTS.schema().columnNames()).containsExactly("doc_id", "path", "format", "title", "date",
                "url", "canonical_url", "outlet", "authors", "language", "chars", "tokens", "sentences", "mentions", "quotes", "removed_chars", "warnings",
                "status", "error", "duplicate_of");
        assertThat(Tables.MENTIONS.schema().columnNames()).containsExactly("doc_id", "mention_id", "sentence", "start",
                "end", "text", "ner", "mention_kind", "entity_id");
        assertThat(Tables.QUOTES.schema().columnNames()).containsExactly("doc_id", "quote_id", "kind", "text", "start",
                "end", "speaker_entity_id", "speaker", "speaker_mention_id", "speaker_mention", "speaker_mention_start",
                "speaker_mention_end", "cue", "method", "confidence", "review_status", "statement_id", "wording",
                "wording_differences");
        assertThat(Tables.STATEMENTS.schema().columnNames()).containsExactly("statement_id", "speaker_entity_id",
                "speaker", "text", "quotes", "documents", "outlets", "first_date", "first_doc_id", "attribution_conflict");
        assertThat(Tables.ENTITIES.schema().columnNames()).containsExactly("entity_id", "canonical_name", "type",
                "variants", "mentions", "merge_evidence", "outlet");
        assertThat(Tables.ENTITY_DOCUMENTS.schema().columnNames()).containsExactly("entity_id", "doc_id");
        assertThat(Tables.ERRORS.schema().columnNames()).containsExactly("doc_id", "stage", "error");
        assertThat(Tables.all()).extracting(Table::fileName)
                .containsExactly("documents.csv", "mentions.csv", "quotes.csv", "statements.csv", "entities.csv",
                        "entity_documents.csv", "errors.csv");
    }

    @Test void everyForeignKeyPointsAtTheReferencedTablesPrimaryKey() {
        for (Table<?> t : Tables.all()) {
            for (ForeignKey fk : t.schema().foreignKeys()) {
                TableSchema ref = Tables.byName(fk.referencedTable()).schema();
                assertThat(ref.primaryKey()).as("%s.%s -> %s", t.name(), fk.columns(), ref.name())
                        .containsExactlyElementsOf(fk.referencedColumns());
                for (int i = 0; i < fk.columns().size(); i++) {
                    assertThat(ref.column(fk.referencedColumns().get(i)).type())
                            .isEqualTo(t.schema().column(fk.columns().get(i)).type());
                }
            }
        }
    }

    @Test void theIssueForeignKeysAreDeclared() {
        assertThat(Tables.MENTIONS.schema().foreignKeys()).contains(
                new ForeignKey("doc_id", "documents", "doc_id"), new ForeignKey("entity_id", "entities", "entity_id"));
        assertThat(Tables.QUOTES.schema().foreignKeys()).contains(
                new ForeignKey("doc_id", "documents", "doc_id"),
                new ForeignKey("speaker_entity_id", "entities", "entity_id"),
                new ForeignKey("statement_id", "statements", "statement_id"));
        assertThat(Tables.DOCUMENTS.schema().foreignKeys()).contains(new ForeignKey("duplicate_of", "documents", "doc_id"));
    }

    @Test void primaryKeyColumnsAreNeverEmpty() {
        for (Table<?> t : Tables.all()) {
            for (String k : t.schema().primaryKey()) {
                assertThat(t.schema().column(k).required()).as("%s.%s", t.name(), k).isTrue();
            }
        }
    }

    @Test void offsetAndCountColumnsAreNonNegativeIntegers() {
        for (Table<?> t : Tables.all()) {
            for (Column c : t.schema().columns()) {
                if (c.type() == FieldType.INTEGER) {
                    // counts of a statement's reports are at least 1 (a statement is reported at least once)
                    assertThat(c.minimum()).as("%s.%s minimum", t.name(), c.name())
                            .isEqualTo(t == Tables.STATEMENTS ? 1 : 0);
                }
            }
        }
        assertThat(Tables.QUOTES.schema().column("confidence").type()).isEqualTo(FieldType.NUMBER);
        assertThat(Tables.DOCUMENTS.schema().column("date").type()).isEqualTo(FieldType.STRING);
    }

    @Test void enumColumnsListTheRecordsLabels() {
        assertThat(Tables.QUOTES.schema().column("kind").allowedValues())
                .containsExactly("direct", "fragment", "indirect", "other");
        assertThat(Tables.QUOTES.schema().column("review_status").allowedValues())
                .containsExactly("unreviewed", "accepted", "corrected", "rejected", "added");
        assertThat(Tables.DOCUMENTS.schema().column("status").allowedValues()).containsExactly("ok", "failed", "skipped");
        assertThat(Tables.DOCUMENTS.schema().column("format").allowedValues()).contains("wordpress-json", "jsonl");
    }

    @Test void columnNamesAreUniqueSnakeCase() {
        for (Table<?> t : Tables.all()) {
            List<String> names = t.schema().columnNames();
            assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z][a-z0-9_]*"));
        }
    }

    @Test
    void aHugeTitleOrErrorIsCutSoEveryCsvReaderTakesTheCell() {
        String huge = "x".repeat(9_000_000);
        org.newsquotes.output.DocumentRow row = new org.newsquotes.output.DocumentRow("big.txt", "big.txt", null, huge, null, null,
                null, null, java.util.List.of(), null, null, null, null, null, null, null, java.util.List.of(),
                org.newsquotes.output.DocumentStatus.FAILED,
                "ingest: " + huge, null);
        assertThat(row.title()).hasSize(1_000 + "… [8999000 more characters]".length()).endsWith("… [8999000 more characters]");
        assertThat(row.error().length()).isLessThan(1_100);
        // idempotent: a capped cell read back is not cut again
        assertThat(Cells.cap(row.title())).isEqualTo(row.title());
        assertThat(Cells.cap("short title")).isEqualTo("short title");
        List<String> errorCells = Tables.ERRORS.format(new org.newsquotes.stage.DocumentFailure("big.txt", "ingest", huge));
        assertThat(errorCells.get(2).length()).isLessThan(1_100);
    }
}
