package org.newsquotes.output;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.record.MergeEvidence;

/**
 * The {@code merge_evidence} cell of {@code entities.csv}: each piece of evidence as
 * {@code rule(left~right,confidence)} or {@code rule(left~right,confidence,detail)}, pieces joined with {@code |},
 * e.g. {@code short-form(Trump~Donald Trump,0.9)|transliteration(Baghaei~Baqaei,0.85,gh=q)}.
 *
 * <p>Readable for people auditing merges in a spreadsheet, and exact for programs: inside a field, each of
 * {@code \ | ~ , ( )} is escaped with a backslash, so {@link #parse} gives back equal records. Names rarely contain
 * these characters, so the escapes are rarely seen.
 */
public final class MergeEvidenceCell {
    private static final String SPECIAL = "\\|~,()";

    private MergeEvidenceCell() {}

    public static String format(List<MergeEvidence> evidence) {
        StringBuilder sb = new StringBuilder();
        for (MergeEvidence e : evidence) {
            if (sb.length() > 0) sb.append('|');
            sb.append(Cells.escape(e.rule(), SPECIAL)).append('(')
                    .append(Cells.escape(e.left(), SPECIAL)).append('~')
                    .append(Cells.escape(e.right(), SPECIAL)).append(',')
                    .append(Cells.formatNumber(e.confidence()));
            if (!e.detail().isEmpty()) sb.append(',').append(Cells.escape(e.detail(), SPECIAL));
            sb.append(')');
        }
        return sb.toString();
    }

    /** The inverse of {@link #format}; fails naming the cell when it is not in that form. */
    public static List<MergeEvidence> parse(String cell) {
        List<MergeEvidence> out = new ArrayList<>();
        if (cell == null || cell.isEmpty()) return out;
        int i = 0;
        while (i < cell.length()) {
            List<String> fields = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            char[] expected = {'(', '~', ',', ',', ')'};
            int field = 0;
            boolean closed = false;
            for (; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == '\\' && i + 1 < cell.length()) {
                    cur.append(cell.charAt(++i));
                    continue;
                }
                if (field == 3 && c == ')') field = 4; // no detail: the confidence is the last field
                if (field < expected.length && c == expected[field]) {
                    fields.add(cur.toString());
                    cur.setLength(0);
                    field++;
                    if (c == ')') {
                        closed = true;
                        i++;
                        break;
                    }
                } else if (SPECIAL.indexOf(c) >= 0) {
                    throw bad(cell, "unexpected '" + c + "' at " + i);
                } else {
                    cur.append(c);
                }
            }
            if (!closed) throw bad(cell, "unterminated evidence");
            if (i < cell.length()) {
                if (cell.charAt(i) != '|') throw bad(cell, "expected '|' at " + i);
                i++;
                if (i == cell.length()) throw bad(cell, "trailing '|'");
            }
            double confidence;
            try {
                confidence = Double.parseDouble(fields.get(3));
            } catch (NumberFormatException e) {
                throw bad(cell, "confidence '" + fields.get(3) + "' is not a number");
            }
            String detail = fields.size() > 4 ? fields.get(4) : "";
            out.add(new MergeEvidence(fields.get(0), fields.get(1), fields.get(2), confidence, detail));
        }
        return out;
    }

    private static IllegalArgumentException bad(String cell, String why) {
        return new IllegalArgumentException("merge_evidence cell '" + cell + "': " + why);
    }
}
