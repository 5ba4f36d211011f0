package org.newsquotes.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.output.TableExport.Format;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.stage.DocumentFailure;

/** Parquet and DuckDB hold exactly the CSV tables' rows, typed as the data package declares. */
class TableExportTest {
    @TempDir Path out;

    @BeforeEach
    void writeTables() throws Exception {
        AnnotatedDocument rich = SampleDocuments.rich();
        AnnotatedDocument marked = SampleDocuments.marked();
        DocumentFailure nlp = new DocumentFailure("c/failed.html", "nlp", "boom, with a comma");
        OutputWriter w = new OutputWriter(out);
        w.writeTables(List.of(DocumentRow.ok(marked), DocumentRow.failed(SampleDocuments.failedAfterIngest(), nlp),
                DocumentRow.ok(rich)), List.of(marked, rich), SampleDocuments.entities(), List.of(nlp));
        w.writeDataPackage();
    }

    @Test
    void parquetAndDuckDbHoldExactlyTheCsvRowsWithDeclaredTypes() throws Exception {
        TableExport.export(out, EnumSet.allOf(Format.class));
        assertThat(out.resolve(TableExport.DATABASE)).exists();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + out.resolve(TableExport.DATABASE));
             Connection mem = DriverManager.getConnection("jdbc:duckdb:")) {
            for (Table<?> t : Tables.all()) {
                List<List<String>> csv = csvRows(out.resolve(t.fileName()), t);
                assertThat(rows(db, "SELECT * FROM " + t.name(), t)).as("duckdb " + t.name()).isEqualTo(csv);
                Path parquet = out.resolve(TableExport.parquetName(t));
                assertThat(rows(mem, "SELECT * FROM '" + parquet + "'", t)).as("parquet " + t.name()).isEqualTo(csv);
                // the declared types, not strings everywhere
                try (Statement s = mem.createStatement(); ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM '" + parquet + "'")) {
                    int i = 0;
                    while (r.next()) {
                        Column c = t.schema().columns().get(i++);
                        assertThat(r.getString("column_name")).isEqualTo(c.name());
                        assertThat(r.getString("column_type")).as(c.name()).isEqualTo(TableExport.sqlType(c.type()));
                    }
                    assertThat(i).isEqualTo(t.schema().columns().size());
                }
            }
            assertThat(csvRows(out.resolve("quotes.csv"), Tables.QUOTES)).isNotEmpty();
        }
    }

    @Test
    void theDatabaseEnforcesKeysAndOffersTheDocumentedViews() throws Exception {
        TableExport.export(out, EnumSet.of(Format.CSV, Format.DUCKDB));
        assertThat(out.resolve("quotes.parquet")).doesNotExist();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + out.resolve(TableExport.DATABASE));
             Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM quote_speakers")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(csvRows(out.resolve("quotes.csv"), Tables.QUOTES).size());
            }
            try (ResultSet r = s.executeQuery("SELECT sum(quotes) FROM quotes_per_speaker_outlet")) {
                r.next();
                assertThat(r.getLong(1)).isPositive();
            }
            // a quote pointing at a mention that does not exist is refused
            assertThatThrownBy(() -> s.execute("INSERT INTO quotes (doc_id, quote_id, kind, start, \"end\", "
                    + "speaker_mention_id, method, confidence, review_status) SELECT doc_id, 'q999', 'direct', 0, 1, "
                    + "'no-such-mention', 'none', 0.5, 'unreviewed' FROM documents LIMIT 1"))
                    .hasMessageContaining("foreign key");
        }
    }

    @Test
    void aLaterCsvOnlyRunRemovesTheStaleDatabaseAndParquetFiles() throws Exception {
        TableExport.export(out, EnumSet.allOf(Format.class));
        TableExport.export(out, EnumSet.of(Format.CSV));
        assertThat(out.resolve(TableExport.DATABASE)).doesNotExist();
        assertThat(out.resolve("quotes.parquet")).doesNotExist();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(AtomicFiles.TEMP_SUFFIX));
        }
    }

    @Test
    void formatListsParseAndUnknownFormatsAreNamed() {
        assertThat(Format.parseList("csv")).containsExactly(Format.CSV);
        assertThat(Format.parseList("Parquet, duckdb")).containsExactlyInAnyOrder(Format.CSV, Format.PARQUET, Format.DUCKDB);
        assertThatThrownBy(() -> Format.parseList("csv,xlsx")).hasMessageContaining("'xlsx'");
    }

    @Test
    void aCellThatIsNotItsDeclaredTypeFailsTheExportNamingIt() throws Exception {
        String csv = Files.readString(out.resolve("mentions.csv"));
        String[] lines = csv.split("\n", -1);
        lines[1] = lines[1].replaceFirst("^([^,]*,[^,]*,)\\d+", "$1zero");
        Files.writeString(out.resolve("mentions.csv"), String.join("\n", lines));
        assertThatThrownBy(() -> TableExport.export(out, EnumSet.of(Format.CSV, Format.DUCKDB)))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("zero");
        assertThat(out.resolve(TableExport.DATABASE)).doesNotExist();
    }

    /** Rows of a query as strings in the CSV's spelling (empty for NULL, integers without decimals). */
    private static List<List<String>> rows(Connection c, String sql, Table<?> t) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData md = r.getMetaData();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = r.getObject(i);
                    FieldType type = t.schema().columns().get(i - 1).type();
                    row.add(v == null ? "" : type == FieldType.NUMBER ? number(((Number) v).doubleValue()) : v.toString());
                }
                out.add(row);
            }
        }
        return out;
    }

    /** Rows of a CSV table as strings, numbers spelled as {@link #number} spells them. */
    private static List<List<String>> csvRows(Path file, Table<?> t) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                List<String> row = new ArrayList<>();
                for (int i = 0; i < rec.size(); i++) {
                    String v = rec.get(i);
                    boolean number = t.schema().columns().get(i).type() == FieldType.NUMBER;
                    row.add(number && !v.isEmpty() ? number(Double.parseDouble(v)) : v);
                }
                out.add(row);
            }
        }
        return out;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
