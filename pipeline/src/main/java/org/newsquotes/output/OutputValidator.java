package org.newsquotes.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsquotes.record.AnnotatedDocument;

/**
 * Checks an output directory against {@link Tables} the way {@code frictionless validate datapackage.json} would
 * (which is not installable here): every table exists with the schema's header; every cell parses as its type and
 * meets its constraints (required, enum, minimum, maximum); primary keys are unique; foreign keys resolve. With
 * {@code checkOffsets}, it also reads each document's JSON and checks that the {@code text} of every mention and quote
 * row equals the document text at its offsets, and that speaker mention offsets lie inside the text.
 *
 * <p>Reports every problem (up to a limit) instead of stopping at the first, each naming file, row and column.
 * Meant for tests of the runners (local and Spark) and for a researcher wondering whether a directory is intact.
 */
public final class OutputValidator {
    private static final int MAX_PROBLEMS = 100;
    private static final CSVFormat FORMAT = CsvTableWriter.FORMAT;

    private final Path dir;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Set<String>> keyValues = new HashMap<>();

    private OutputValidator(Path dir) { this.dir = dir; }

    /** The problems found in {@code dir}; empty when it is valid. */
    public static List<String> validate(Path dir, boolean checkOffsets) throws IOException {
        OutputValidator v = new OutputValidator(dir);
        Map<String, List<Map<String, String>>> rowsByTable = new HashMap<>();
        List<Table<?>> tables = Tables.of(dir);
        for (Table<?> t : tables) rowsByTable.put(t.name(), v.checkTable(t.schema()));
        for (Table<?> t : tables) v.checkForeignKeys(t.schema(), rowsByTable.get(t.name()));
        if (checkOffsets) v.checkOffsets(rowsByTable);
        return List.copyOf(v.problems);
    }

    private void problem(String p) {
        if (problems.size() < MAX_PROBLEMS) problems.add(p);
        else if (problems.size() == MAX_PROBLEMS) problems.add("... more problems not listed");
    }

    private List<Map<String, String>> checkTable(TableSchema s) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        Path file = dir.resolve(s.fileName());
        if (!Files.isRegularFile(file)) {
            problem(s.fileName() + ": missing");
            return rows;
        }
        Set<List<String>> keys = new HashSet<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = FORMAT.parse(r)) {
            boolean header = true;
            for (CSVRecord rec : parser) {
                if (header) {
                    header = false;
                    List<String> names = rec.toList();
                    if (!names.equals(s.columnNames())) {
                        problem(s.fileName() + ": header " + names + " is not " + s.columnNames());
                        return rows;
                    }
                    continue;
                }
                String where = s.fileName() + " row " + (rec.getRecordNumber() - 1);
                if (rec.size() != s.columns().size()) {
                    problem(where + ": " + rec.size() + " cells for " + s.columns().size() + " columns");
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < s.columns().size(); i++) {
                    Column c = s.columns().get(i);
                    String cell = rec.get(i);
                    row.put(c.name(), cell);
                    checkCell(where, c, cell);
                }
                rows.add(row);
                if (!s.primaryKey().isEmpty()) {
                    List<String> key = s.primaryKey().stream().map(row::get).toList();
                    if (!keys.add(key)) problem(where + ": duplicate primary key " + key);
                }
            }
            if (header) problem(s.fileName() + ": no header row");
        }
        if (!s.primaryKey().isEmpty()) {
            Set<String> values = new HashSet<>();
            for (Map<String, String> row : rows) values.add(key(row, s.primaryKey()));
            keyValues.put(s.name() + "." + String.join(",", s.primaryKey()), values);
        }
        return rows;
    }

    private void checkCell(String where, Column c, String cell) {
        if (cell.isEmpty()) {
            if (c.required()) problem(where + ": " + c.name() + " is empty");
            return;
        }
        Double value = null;
        switch (c.type()) {
            case INTEGER -> {
                if (!cell.matches("-?\\d+")) problem(where + ": " + c.name() + " is not an integer: '" + cell + "'");
                else value = Double.valueOf(cell);
            }
            case NUMBER -> {
                if (!cell.matches("-?\\d+(\\.\\d+)?")) problem(where + ": " + c.name() + " is not a plain number: '"
                        + cell + "'");
                else value = Double.valueOf(cell);
            }
            case BOOLEAN -> {
                if (!cell.equals("true") && !cell.equals("false")) {
                    problem(where + ": " + c.name() + " is not true or false: '" + cell + "'");
                }
            }
            case STRING -> { }
        }
        if (!c.allowedValues().isEmpty() && !c.allowedValues().contains(cell)) {
            problem(where + ": " + c.name() + " '" + cell + "' is not one of " + c.allowedValues());
        }
        if (value != null && c.minimum() != null && value < c.minimum()) {
            problem(where + ": " + c.name() + " " + cell + " < " + c.minimum());
        }
        if (value != null && c.maximum() != null && value > c.maximum()) {
            problem(where + ": " + c.name() + " " + cell + " > " + c.maximum());
        }
    }

    private void checkForeignKeys(TableSchema s, List<Map<String, String>> rows) {
        for (ForeignKey fk : s.foreignKeys()) {
            Set<String> targets = keyValues.get(fk.referencedTable() + "." + String.join(",", fk.referencedColumns()));
            if (targets == null) continue; // the referenced table is missing or broken: already reported
            for (int i = 0; i < rows.size(); i++) {
                String v = rows.get(i).get(fk.column());
                if (!v.isEmpty() && !targets.contains(key(rows.get(i), fk.columns()))) {
                    problem(s.fileName() + " row " + (i + 1) + ": " + String.join(",", fk.columns()) + " '"
                            + key(rows.get(i), fk.columns()).replace('\u0000', ',') + "' not in "
                            + fk.referencedTable() + "." + String.join(",", fk.referencedColumns()));
                }
            }
        }
    }

    /** The values of {@code columns} in {@code row}, joined by NUL (which no cell holds). */
    private static String key(Map<String, String> row, List<String> columns) {
        if (columns.size() == 1) return row.get(columns.get(0));
        StringBuilder k = new StringBuilder();
        for (String c : columns) k.append(k.length() == 0 ? "" : "\u0000").append(row.get(c));
        return k.toString();
    }

    private void checkOffsets(Map<String, List<Map<String, String>>> rowsByTable) {
        Map<String, List<Map<String, String>>> spansByDoc = new HashMap<>();
        for (String table : List.of("mentions", "quotes")) {
            for (Map<String, String> row : rowsByTable.get(table)) {
                Map<String, String> tagged = new HashMap<>(row);
                tagged.put("#table", table);
                spansByDoc.computeIfAbsent(row.get("doc_id"), k -> new ArrayList<>()).add(tagged);
            }
        }
        OutputWriter writer = new OutputWriter(dir);
        for (Map.Entry<String, List<Map<String, String>>> e : spansByDoc.entrySet()) {
            AnnotatedDocument doc;
            try {
                doc = writer.readDocumentJson(e.getKey());
            } catch (IOException | RuntimeException ex) {
                problem("json for " + e.getKey() + ": " + ex.getMessage());
                continue;
            }
            String text = doc.text();
            for (Map<String, String> row : e.getValue()) {
                String id = row.get("#table") + ".csv " + e.getKey() + " "
                        + row.getOrDefault("mention_id", row.get("quote_id"));
                checkSpan(id, text, row.get("start"), row.get("end"), row.get("text"));
                if (row.containsKey("speaker_mention_start") && !row.get("speaker_mention_start").isEmpty()) {
                    checkSpan(id + " speaker_mention", text, row.get("speaker_mention_start"),
                            row.get("speaker_mention_end"), row.get("speaker_mention"));
                }
            }
        }
    }

    private void checkSpan(String id, String text, String startCell, String endCell, String expected) {
        int start;
        int end;
        try {
            start = Integer.parseInt(startCell);
            end = Integer.parseInt(endCell);
        } catch (NumberFormatException e) {
            return; // reported by the cell check
        }
        if (start < 0 || end < start || end > text.length()) {
            problem(id + ": span [" + start + "," + end + ") outside the text (length " + text.length() + ")");
        } else if (!text.substring(start, end).equals(expected)) {
            problem(id + ": text '" + expected + "' differs from the document text at [" + start + "," + end
                    + "): '" + text.substring(start, end) + "'");
        }
    }
}
