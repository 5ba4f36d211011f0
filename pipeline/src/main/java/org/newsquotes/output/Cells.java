package org.newsquotes.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How values become CSV cells and back. One place, so every table formats alike:
 * <ul>
 *   <li>null is the empty cell, and an empty cell reads back as null (the tables do not tell "" from null);</li>
 *   <li>integers are plain decimal; numbers are plain decimal with the shortest digits that read back to the same
 *       {@code double} ({@code 0.85}, {@code 1}, {@code 0.0001}), never scientific notation, never locale-dependent;</li>
 *   <li>lists are joined with {@code |}; a {@code |} or {@code \} inside an item is escaped with a backslash
 *       ({@code \|}, {@code \\}), so splitting on unescaped {@code |} gives the items back exactly.</li>
 * </ul>
 */
public final class Cells {
    /** The list separator inside one cell. */
    public static final char LIST_SEPARATOR = '|';

    private Cells() {}

    /** The cell text for a value: null → "", numbers as described above, enums by their label, else toString. */
    public static String format(Object value) {
        if (value == null) return "";
        if (value instanceof String s) return s;
        if (value instanceof Integer || value instanceof Long) return value.toString();
        if (value instanceof Double d) return formatNumber(d);
        if (value instanceof Float f) return formatNumber(f.doubleValue());
        if (value instanceof Boolean b) return b.toString();
        throw new IllegalArgumentException("no cell format for " + value.getClass().getSimpleName() + ": " + value);
    }

    /** Plain decimal, shortest round-tripping digits: 0.85, 1, 0, 0.0001. */
    public static String formatNumber(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) throw new IllegalArgumentException("not a finite number: " + d);
        if (d == 0) return "0";
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s;
    }

    /** Longest text a title or message cell keeps (Python's csv module refuses fields over 131,072 characters). */
    public static final int MAX_TEXT_CELL = 1_000;

    /**
     * {@code s} cut to {@value #MAX_TEXT_CELL} characters with a note of how much was left out, when it is much longer
     * (the full text stays in the per-document JSON where there is one). Idempotent: a capped text is never cut
     * again.
     */
    public static String cap(String s) {
        if (s == null || s.length() <= MAX_TEXT_CELL + 100) return s;
        int end = MAX_TEXT_CELL;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end) + "… [" + (s.length() - end) + " more characters]";
    }

    /** "" → null. */
    public static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public static Integer parseInteger(String cell, String column) {
        if (cell == null || cell.isEmpty()) return null;
        try {
            return Integer.valueOf(cell.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column " + column + ": not an integer: '" + cell + "'");
        }
    }

    public static Double parseNumber(String cell, String column) {
        if (cell == null || cell.isEmpty()) return null;
        try {
            return Double.valueOf(cell.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column " + column + ": not a number: '" + cell + "'");
        }
    }

    /** Joins items with {@code |}, escaping {@code |} and {@code \} inside items. Empty list → "". */
    public static String joinList(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(LIST_SEPARATOR);
            sb.append(escape(items.get(i), "|\\"));
        }
        return sb.toString();
    }

    /** The inverse of {@link #joinList}: null or "" → empty list. */
    public static List<String> splitList(String cell) {
        List<String> items = new ArrayList<>();
        if (cell == null || cell.isEmpty()) return items;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                cur.append(cell.charAt(++i));
            } else if (c == LIST_SEPARATOR) {
                items.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        items.add(cur.toString());
        return items;
    }

    /** Backslash-escapes every char of {@code special} (which must include the backslash itself). */
    static String escape(String s, String special) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (special.indexOf(c) >= 0) {
                if (sb == null) sb = new StringBuilder(s.length() + 8).append(s, 0, i);
                sb.append('\\');
            }
            if (sb != null) sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }
}
