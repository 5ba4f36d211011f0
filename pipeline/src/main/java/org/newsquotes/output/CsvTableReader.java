package org.newsquotes.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads our own tables back into row records (round-trip tests, {@code eval}, the review app). The header must be
 * exactly the schema's columns in order, so a file from another version of the tool fails loudly instead of being
 * misread. A leading byte-order mark is tolerated (a spreadsheet may have added one).
 */
public final class CsvTableReader {
    private static final CSVFormat FORMAT = CsvTableWriter.FORMAT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build();

    private CsvTableReader() {}

    /** Every row of {@code dir/<table>.csv}. */
    public static <R> List<R> readAll(Table<R> table, Path dir) throws IOException {
        List<R> rows = new ArrayList<>();
        read(table, dir.resolve(table.fileName()), rows::add);
        return rows;
    }

    /** Streams the rows of {@code file} to {@code sink}, one at a time (for tables too big to hold). */
    public static <R> void read(Table<R> table, Path file, Consumer<? super R> sink) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(table, file.toString(), reader, sink);
        }
    }

    /** Streams the rows of {@code reader} to {@code sink}; {@code source} names the input in errors. */
    public static <R> void read(Table<R> table, String source, Reader reader, Consumer<? super R> sink)
            throws IOException {
        Reader r = skipBom(reader);
        try (CSVParser parser = FORMAT.parse(r)) {
            List<String> header = parser.getHeaderNames();
            List<String> expected = table.schema().columnNames();
            if (!header.equals(expected)) {
                throw new IOException(source + ": header " + header + " is not the " + table.name()
                        + " table's " + expected);
            }
            for (CSVRecord rec : parser) {
                if (rec.size() != expected.size()) {
                    throw new IOException(source + " line " + rec.getParser().getCurrentLineNumber() + ": "
                            + rec.size() + " cells for " + expected.size() + " columns");
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < expected.size(); i++) cells.put(expected.get(i), rec.get(i));
                long row = rec.getRecordNumber();
                try {
                    sink.accept(table.fromCells().apply(new RowCells(table.name(), row, cells)));
                } catch (IllegalArgumentException e) {
                    throw new IOException(source + " row " + row + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        Reader r = reader.markSupported() ? reader : new java.io.BufferedReader(reader);
        r.mark(1);
        if (r.read() != '\uFEFF') r.reset();
        return r;
    }
}
