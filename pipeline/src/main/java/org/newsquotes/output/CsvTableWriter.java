package org.newsquotes.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes one table row by row, so a table of any size streams to disk: UTF-8 without byte-order mark, RFC 4180
 * quoting (a cell is quoted when it holds a comma, quote, CR or LF, or starts or ends with whitespace; quotes are
 * doubled), a header row, {@code \n} line ends. Nothing is escaped beyond RFC 4180: a cell starting with {@code =}
 * stays as it is (these are data tables, not spreadsheets).
 *
 * <p>The file is written through {@link AtomicFiles}: it appears complete on {@link #commit()} and not at all when
 * the writer is closed without a commit (e.g. after an exception). Not thread-safe; one writer per table.
 *
 * @param <R> the row record
 */
public final class CsvTableWriter<R> implements Closeable {
    /** The dialect of every table, also declared in {@code datapackage.json}. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .build();

    private final Table<R> table;
    private final AtomicFiles.Pending file;
    private final CSVPrinter printer;
    private long rows;

    private CsvTableWriter(Table<R> table, AtomicFiles.Pending file) throws IOException {
        this.table = table;
        this.file = file;
        this.printer = new CSVPrinter(file.writer(), FORMAT);
        printer.printRecord(table.schema().columnNames());
    }

    /** Opens {@code dir/<table>.csv} for writing; it replaces any existing file on {@link #commit()}. */
    public static <R> CsvTableWriter<R> open(Table<R> table, Path dir) throws IOException {
        AtomicFiles.Pending file = AtomicFiles.open(dir.resolve(table.fileName()));
        try {
            return new CsvTableWriter<>(table, file);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    public void write(R row) throws IOException {
        printer.printRecord(table.format(row));
        rows++;
    }

    public void writeAll(Iterable<? extends R> rowsToWrite) throws IOException {
        for (R r : rowsToWrite) write(r);
    }

    /** Rows written so far, header excluded. */
    public long rows() { return rows; }

    /** Makes the file complete and visible under its name. */
    public void commit() throws IOException {
        printer.flush();
        file.commit();
    }

    /** Without a prior commit: discards what was written. */
    @Override public void close() throws IOException {
        file.close();
    }

    /**
     * Writes {@code rows} with no header line, exactly as {@link #write} writes them: one part of a table that a
     * distributed runner writes in parts and joins under {@link #header} (in part order).
     *
     * @return the rows written
     */
    public static <R> long writeRows(Table<R> table, java.util.Iterator<? extends R> rows, Appendable out)
            throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        long n = 0;
        while (rows.hasNext()) {
            printer.printRecord(table.format(rows.next()));
            n++;
        }
        printer.flush();
        return n;
    }

    /** The header line {@link #open} writes, with its line end. */
    public static String header(Table<?> table) throws IOException {
        StringBuilder sb = new StringBuilder();
        new CSVPrinter(sb, FORMAT).printRecord(table.schema().columnNames());
        return sb.toString();
    }

    /** Writes a whole table at once. */
    public static <R> void write(Table<R> table, Path dir, Iterable<? extends R> rows) throws IOException {
        try (CsvTableWriter<R> w = open(table, dir)) {
            w.writeAll(rows);
            w.commit();
        }
    }
}
