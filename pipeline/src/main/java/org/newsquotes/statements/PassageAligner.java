package org.newsquotes.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the best-matching passage of two word sequences: a local alignment (Smith and Waterman) over words, scoring
 * +2 for a word in common, -1 for a word replaced and -2 for a word added or left out. A match outweighs a changed
 * word next to it, so "at last forty homes" aligns with "at least forty homes" from its first word; an added word
 * costs more, so two passages are not chained across unrelated words. A passage quoted verbatim aligns as a
 * run of matches; one quoted with a word changed ("at last" for "at least") aligns through the change, which is
 * listed.
 *
 * <p>Cost: time and memory proportional to the product of the lengths; quotes are short, and only candidate pairs
 * that share a fingerprint ({@link Winnowing}) are aligned.
 */
public final class PassageAligner {
    private static final int MATCH = 2;
    private static final int MISMATCH = -1;
    private static final int GAP = -2;

    private PassageAligner() {}

    /**
     * The best local alignment of {@code a} and {@code b}.
     *
     * @param matches  words matched
     * @param aStart   first word of the passage in {@code a}; {@code aEnd} one past the last
     * @param bStart   first word of the passage in {@code b}; {@code bEnd} one past the last
     * @param changes  what differs inside the passage, in order: a word of {@code a} replaced by one of {@code b}
     *                 ({@code aWord >= 0, bWord >= 0}), a word only {@code a} has ({@code bWord < 0}), or a word only
     *                 {@code b} has ({@code aWord < 0}); positions are word indexes
     */
    public record Alignment(int matches, int aStart, int aEnd, int bStart, int bEnd, List<Change> changes) {
        public static final Alignment NONE = new Alignment(0, 0, 0, 0, 0, List.of());

        /** True when the passage is a verbatim run: no word replaced, added or left out. */
        public boolean verbatim() { return changes.isEmpty(); }
    }

    /** One difference inside an aligned passage (word positions, -1 where a side has no word). */
    public record Change(int aWord, int bWord) {}

    public static Alignment align(int[] a, int[] b) {
        int n = a.length;
        int m = b.length;
        if (n == 0 || m == 0) return Alignment.NONE;
        int[][] score = new int[n + 1][m + 1];
        int best = 0;
        int bi = 0;
        int bj = 0;
        for (int i = 1; i <= n; i++) {
            int ai = a[i - 1];
            int[] row = score[i];
            int[] up = score[i - 1];
            for (int j = 1; j <= m; j++) {
                int s = up[j - 1] + (ai == b[j - 1] ? MATCH : MISMATCH);
                int del = up[j] + GAP;
                int ins = row[j - 1] + GAP;
                int v = Math.max(0, Math.max(s, Math.max(del, ins)));
                row[j] = v;
                // the first best cell in reading order: deterministic among equal passages
                if (v > best) {
                    best = v;
                    bi = i;
                    bj = j;
                }
            }
        }
        if (best == 0) return Alignment.NONE;
        List<Change> changes = new ArrayList<>();
        int matches = 0;
        int i = bi;
        int j = bj;
        while (i > 0 && j > 0 && score[i][j] > 0) {
            int v = score[i][j];
            boolean same = a[i - 1] == b[j - 1];
            if (v == score[i - 1][j - 1] + (same ? MATCH : MISMATCH)) {
                if (same) matches++;
                else changes.add(new Change(i - 1, j - 1));
                i--;
                j--;
            } else if (v == score[i - 1][j] + GAP) {
                changes.add(new Change(i - 1, -1));
                i--;
            } else {
                changes.add(new Change(-1, j - 1));
                j--;
            }
        }
        java.util.Collections.reverse(changes);
        return new Alignment(matches, i, bi, j, bj, List.copyOf(changes));
    }
}
