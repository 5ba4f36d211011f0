package org.newsquotes.output;

import java.util.List;
import java.util.Map;

/**
 * One CSV row read back, by column name, with typed access that names the table, row and column in its errors.
 * Empty cells read as null.
 */
public final class RowCells {
    private final String table;
    private final long rowNumber;
    private final Map<String, String> cells;

    public RowCells(String table, long rowNumber, Map<String, String> cells) {
        this.table = table;
        this.rowNumber = rowNumber;
        this.cells = Map.copyOf(cells);
    }

    /** The cell, null when empty. */
    public String text(String column) {
        return Cells.emptyToNull(raw(column));
    }

    /** The cell, which must not be empty. */
    public String requiredText(String column) {
        String s = text(column);
        if (s == null) throw error(column, "is empty");
        return s;
    }

    public Integer integer(String column) {
        try {
            return Cells.parseInteger(raw(column), column);
        } catch (IllegalArgumentException e) {
            throw error(column, "is not an integer: '" + raw(column) + "'");
        }
    }

    public int requiredInt(String column) {
        Integer i = integer(column);
        if (i == null) throw error(column, "is empty");
        return i;
    }

    public double requiredNumber(String column) {
        Double d;
        try {
            d = Cells.parseNumber(raw(column), column);
        } catch (IllegalArgumentException e) {
            throw error(column, "is not a number: '" + raw(column) + "'");
        }
        if (d == null) throw error(column, "is empty");
        return d;
    }

    /** A {@code true} / {@code false} cell, never empty. */
    public boolean requiredBool(String column) {
        String s = requiredText(column);
        if (s.equals("true")) return true;
        if (s.equals("false")) return false;
        throw error(column, "is not true or false: '" + s + "'");
    }

    /** A {@code |}-joined list cell (see {@link Cells#splitList}). */
    public List<String> list(String column) {
        return Cells.splitList(raw(column));
    }

    private String raw(String column) {
        String s = cells.get(column);
        if (s == null && !cells.containsKey(column)) {
            throw new IllegalArgumentException(table + ".csv has no column " + column);
        }
        return s;
    }

    private IllegalArgumentException error(String column, String problem) {
        return new IllegalArgumentException(table + ".csv row " + rowNumber + ": " + column + " " + problem);
    }
}
