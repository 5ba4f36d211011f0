package org.newsquotes.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsquotes.output.Column;
import org.newsquotes.output.DocumentRow;
import org.newsquotes.output.DocumentStatus;
import org.newsquotes.output.Table;
import org.newsquotes.output.Tables;
import org.newsquotes.record.Entity;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.stage.DocumentFailure;

/** The tables' Spark schemas and rows come from their one definition (no Spark context). */
class SparkTablesTest {
    @Test
    void everyTablesSchemaHasItsColumnsInOrderWithTheirTypesAndDescriptions() {
        for (Table<?> t : Tables.all()) {
            StructType schema = SparkTables.schema(t.schema());
            List<Column> columns = t.schema().columns();
            assertThat(schema.fieldNames()).as(t.name()).containsExactlyElementsOf(columns.stream().map(Column::name).toList());
            for (int i = 0; i < columns.size(); i++) {
                StructField f = schema.fields()[i];
                assertThat(f.nullable()).as(t.name() + "." + f.name()).isEqualTo(!columns.get(i).required());
                assertThat(f.metadata().getString("comment")).isEqualTo(columns.get(i).description());
            }
        }
        StructType quotes = SparkTables.schema(Tables.QUOTES.schema());
        assertThat(quotes.apply("start").dataType()).isEqualTo(DataTypes.LongType);
        assertThat(quotes.apply("confidence").dataType()).isEqualTo(DataTypes.DoubleType);
        assertThat(quotes.apply("text").dataType()).isEqualTo(DataTypes.StringType);
        assertThat(SparkTables.schema(Tables.STATEMENTS.schema()).apply("attribution_conflict").dataType())
                .isEqualTo(DataTypes.BooleanType);
    }

    @Test
    void aRowHoldsTheCellsTypedAndEmptyCellsAsNull() {
        DocumentRow failed = DocumentRow.failed(new DocumentFailure("feed.jsonl#2", "ingest", "truncated JSON"));
        Row r = SparkTables.row(Tables.DOCUMENTS, failed);
        StructType schema = SparkTables.schema(Tables.DOCUMENTS.schema());
        assertThat(r.length()).isEqualTo(schema.size());
        assertThat(r.getString(schema.fieldIndex("doc_id"))).isEqualTo("feed.jsonl#2");
        assertThat(r.getString(schema.fieldIndex("status"))).isEqualTo(DocumentStatus.FAILED.label());
        assertThat(r.get(schema.fieldIndex("chars"))).isNull();
        assertThat(r.get(schema.fieldIndex("title"))).isNull();

        Entity e = new Entity("acme-organization", "Acme", "ORGANIZATION", List.of("Acme", "ACME Corp"), 7,
                List.of("a.txt"), List.of(), true);
        Row er = SparkTables.row(Tables.ENTITIES, e);
        assertThat(er.get(4)).isEqualTo(7L);
        assertThat(er.getString(3)).isEqualTo("Acme|ACME Corp");
        assertThat(er.get(5)).as("no merge evidence: empty cell, null").isNull();
        assertThat(er.get(6)).isEqualTo(Boolean.TRUE);
    }

    @Test
    void theDocumentsTableCarriesTheMetaColumnsItIsGiven() {
        SparkTables.TableRef ref = new SparkTables.TableRef("documents", List.of("desk"));
        StructType schema = SparkTables.schema(ref.table().schema());
        assertThat(schema.fieldNames()).endsWith("meta_desk");
        DocumentRow row = new DocumentRow("a", "a", SourceFormat.RECORD, null, null, null, null, null, List.of(), "en",
                10, 2, 1, 0, 0, 0, List.of(), DocumentStatus.OK, null, null, Map.of("desk", "city"));
        assertThat(SparkTables.row(ref.<DocumentRow>table(), row).getString(schema.fieldIndex("meta_desk"))).isEqualTo("city");
    }

    @Test
    void aCellOfTheWrongTypeNamesTableAndColumn() {
        Column chars = Tables.DOCUMENTS.schema().columns().stream().filter(c -> c.name().equals("chars")).findFirst().orElseThrow();
        assertThatThrownBy(() -> SparkTables.value("documents", chars, "twelve"))
                .hasMessageContaining("documents.chars").hasMessageContaining("String");
        assertThatThrownBy(() -> new SparkTables.TableRef("speakers", List.of())).hasMessageContaining("speakers");
    }
}
