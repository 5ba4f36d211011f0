package org.newsquotes.statements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One node of the statement linker ({@link StatementLinker}): reports with the same words (and, when short, the same
 * speaker), aligned once however many outlets printed them.
 */
final class LinkedNode {
    final int[][] segments;
    final boolean linkable;
    final boolean indirect;
    /** Some member is a fragment / a direct quote. */
    boolean fragment;
    boolean direct;
    /** Under {@link LinkRules#SHORT_WORDS} words (direct or fragment): links only within {@link StatementLinker#SHORT_WINDOW_DAYS}. */
    final boolean isShort;
    final int words;
    /** Earliest and latest date of its dated members (epoch days); MIN_VALUE / MAX_VALUE while none is dated. */
    int firstDay = Integer.MAX_VALUE;
    int lastDay = Integer.MIN_VALUE;
    /** Speakers of its members: entity ids; for indirect nodes {@link ReportedQuote#speakerKey()}s. */
    final Set<String> speakers = new HashSet<>();
    final List<Integer> members = new ArrayList<>();

    LinkedNode(int[][] segments, boolean linkable, boolean indirect, boolean isShort) {
        this.segments = segments;
        this.linkable = linkable;
        this.indirect = indirect;
        this.isShort = isShort;
        this.words = words(segments);
    }

    void date(int day) {
        if (day == Integer.MIN_VALUE) return;
        firstDay = Math.min(firstDay, day);
        lastDay = Math.max(lastDay, day);
    }

    /**
     * True when the dates [{@code from}, {@code to}] lie within {@code days} of this node's dates, or either side is
     * undated (then nothing says they are apart).
     */
    boolean within(int from, int to, int days) {
        if (lastDay == Integer.MIN_VALUE || from == Integer.MIN_VALUE || to == Integer.MIN_VALUE
                || from == Integer.MAX_VALUE) {
            return true;
        }
        long gap = Math.max((long) from - lastDay, (long) firstDay - to);
        return gap <= days;
    }

    /** Within {@code days} of node {@code o}'s dates ({@link #within(int, int, int)}). */
    boolean within(LinkedNode o, int days) {
        return within(o.firstDay, o.lastDay, days);
    }

    /** How many words {@code segments} hold. */
    static int words(int[][] segments) {
        int n = 0;
        for (int[] seg : segments) n += seg.length;
        return n;
    }

    /** How many of the words {@code segments} hold are content words (not {@code function} words). */
    static int contentWords(int[][] segments, FunctionWords function) {
        int n = 0;
        for (int[] seg : segments) for (int w : seg) if (!function.isFunction(w)) n++;
        return n;
    }
}
