package org.newsquotes.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The tables in the other formats researchers load in one line: Parquet files ({@code OUT/<table>.parquet}) and one
 * DuckDB database ({@code OUT/newsquotes.duckdb}) holding every table with its primary and foreign keys and the views
 * in {@code duckdb-views.sql}. Both are made from the CSV tables just written, by DuckDB's embedded engine (its JDBC
 * driver, one dependency): it reads each CSV with the column types the data package declares and streams it into the
 * database or the Parquet file, so the JVM never holds a table, and Parquet and DuckDB hold exactly the CSV's rows.
 *
 * <p>Types: integer → BIGINT, number → DOUBLE, string → VARCHAR; an empty cell is NULL. A cell that does not parse
 * as its declared type fails the export naming the table.
 *
 * <p>Every file is written under a temporary name and renamed into place, like the CSVs. A format not asked for in
 * this run has its files from an earlier run removed, so a directory never holds a database older than its CSVs.
 */
public final class TableExport {
    /** The output formats of {@code annotate --format}. CSV is always written: it is what the others are made from. */
    public enum Format {
        CSV, PARQUET, DUCKDB;

        public String label() { return name().toLowerCase(Locale.ROOT); }

        /** Parses {@code csv,parquet,duckdb} (any order, any case); CSV is always included. */
        public static Set<Format> parseList(String list) {
            Set<Format> out = EnumSet.of(CSV);
            for (String part : list.split(",")) {
                String p = part.strip().toLowerCase(Locale.ROOT);
                if (p.isEmpty()) continue;
                try {
                    out.add(valueOf(p.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--format: unknown format '" + part.strip()
                            + "' (use csv, parquet, duckdb, separated by commas)");
                }
            }
            return out;
        }
    }

    /** The database file's name in the output directory. */
    public static final String DATABASE = "newsquotes.duckdb";
    private static final String VIEWS = "duckdb-views.sql";

    private TableExport() {}

    /** Writes the formats asked for from the CSV tables in {@code out}, and removes stale files of the others. */
    public static void export(Path out, Set<Format> formats) throws IOException {
        if (!formats.contains(Format.PARQUET)) {
            for (Table<?> t : Tables.all()) Files.deleteIfExists(out.resolve(parquetName(t)));
        }
        if (!formats.contains(Format.DUCKDB)) Files.deleteIfExists(out.resolve(DATABASE));
        if (!formats.contains(Format.PARQUET) && !formats.contains(Format.DUCKDB)) return;
        Path dbTemp = formats.contains(Format.DUCKDB) ? temp(out, DATABASE) : null;
        try {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + (dbTemp == null ? "" : dbTemp));
                 Statement s = c.createStatement()) {
                s.execute("SET preserve_insertion_order = true");
                s.execute("SET memory_limit = '1GB'");
                s.execute("SET temp_directory = '" + sqlString(out.resolve(".duckdb-tmp").toAbsolutePath().toString()) + "'");
                for (Table<?> t : loadOrder(Tables.of(out))) {
                    s.execute(createTable(t.schema()));
                    s.execute("INSERT INTO " + t.name() + " SELECT * FROM " + readCsv(out, t.schema()));
                }
                if (formats.contains(Format.PARQUET)) {
                    for (Table<?> t : Tables.all()) {
                        Path target = out.resolve(parquetName(t));
                        Path tmp = temp(out, parquetName(t));
                        Files.deleteIfExists(tmp);
                        s.execute("COPY " + t.name() + " TO '" + sqlString(tmp.toAbsolutePath().toString())
                                + "' (FORMAT parquet, COMPRESSION zstd)");
                        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                if (dbTemp != null) {
                    for (String view : views()) s.execute(view);
                    s.execute("CHECKPOINT");
                }
            }
            if (dbTemp != null) {
                Files.move(dbTemp, out.resolve(DATABASE), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (SQLException e) {
            throw new IOException("cannot write the Parquet/DuckDB tables in " + out + ": " + e.getMessage(), e);
        } finally {
            if (dbTemp != null) {
                Files.deleteIfExists(dbTemp);
                Files.deleteIfExists(Path.of(dbTemp + ".wal"));
            }
            AtomicFiles.deleteTree(out.resolve(".duckdb-tmp"));
        }
    }

    /** {@code quotes.parquet} for the quotes table. */
    public static String parquetName(Table<?> t) { return t.name() + ".parquet"; }

    /** Tables in an order where every table comes after those its foreign keys reference. */
    static List<Table<?>> loadOrder() {
        return loadOrder(Tables.all());
    }

    /** {@code tables} in an order where every table comes after those its foreign keys reference. */
    static List<Table<?>> loadOrder(List<Table<?>> tables) {
        Set<Table<?>> done = new LinkedHashSet<>();
        while (done.size() < tables.size()) {
            int before = done.size();
            for (Table<?> t : tables) {
                if (done.contains(t)) continue;
                boolean ready = true;
                for (ForeignKey fk : t.schema().foreignKeys()) {
                    if (fk.referencedTable().equals(t.name())) continue;
                    boolean refDone = done.stream().anyMatch(d -> d.name().equals(fk.referencedTable()));
                    if (!refDone) ready = false;
                }
                if (ready) done.add(t);
            }
            if (done.size() == before) throw new IllegalStateException("foreign keys form a cycle: " + tables);
        }
        return new ArrayList<>(done);
    }

    /** {@code CREATE TABLE} with the schema's column types, NOT NULL for required columns, and its keys. */
    static String createTable(TableSchema schema) {
        StringJoiner cols = new StringJoiner(", ");
        for (Column c : schema.columns()) cols.add(quote(c.name()) + " " + sqlType(c.type()) + (c.required() ? " NOT NULL" : ""));
        if (!schema.primaryKey().isEmpty()) cols.add("PRIMARY KEY (" + names(schema.primaryKey()) + ")");
        for (ForeignKey fk : schema.foreignKeys()) {
            cols.add("FOREIGN KEY (" + names(fk.columns()) + ") REFERENCES " + fk.referencedTable() + " ("
                    + names(fk.referencedColumns()) + ")");
        }
        return "CREATE TABLE " + schema.name() + " (" + cols + ")";
    }

    /** DuckDB's {@code read_csv} of one table, every column given its declared type, nothing guessed. */
    static String readCsv(Path out, TableSchema schema) {
        StringJoiner cols = new StringJoiner(", ");
        for (Column c : schema.columns()) cols.add("'" + sqlString(c.name()) + "': '" + sqlType(c.type()) + "'");
        return "read_csv('" + sqlString(out.resolve(schema.fileName()).toAbsolutePath().toString()) + "', header = true, "
                + "delim = ',', quote = '\"', escape = '\"', auto_detect = false, nullstr = '', strict_mode = true, "
                + "columns = {" + cols + "})";
    }

    static String sqlType(FieldType type) {
        return switch (type) {
            case INTEGER -> "BIGINT";
            case NUMBER -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case STRING -> "VARCHAR";
        };
    }

    /** The view statements, one per {@code ;}-terminated statement of the resource. */
    static List<String> views() throws IOException {
        try (InputStream in = TableExport.class.getResourceAsStream(VIEWS)) {
            if (in == null) throw new IllegalStateException("resource missing from the jar: " + VIEWS);
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : sql.split("\n")) {
                if (line.strip().startsWith("--")) continue;
                current.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    out.add(current.toString().strip());
                    current.setLength(0);
                }
            }
            return out;
        }
    }

    private static String names(List<String> columns) {
        StringJoiner j = new StringJoiner(", ");
        for (String c : columns) j.add(quote(c));
        return j.toString();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String sqlString(String s) {
        return s.replace("'", "''");
    }

    private static Path temp(Path out, String name) {
        return out.resolve("." + name + "." + Long.toUnsignedString(System.nanoTime(), 36) + AtomicFiles.TEMP_SUFFIX);
    }
}
