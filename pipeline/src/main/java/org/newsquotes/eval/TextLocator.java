package org.newsquotes.eval;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.record.Span;

/**
 * Finds a gold string in our document text despite the small differences cleaning and typing make: curly vs
 * straight quotes and apostrophes, no-break and other spaces, runs of white space. Both strings are normalised the
 * same way and offsets are mapped back, so the result is a span of the original haystack.
 */
public final class TextLocator {
    private final String haystack;
    private final String normal;
    private final int[] back;

    public TextLocator(String haystack) {
        this.haystack = haystack;
        StringBuilder sb = new StringBuilder(haystack.length());
        int[] map = new int[haystack.length() + 1];
        int n = 0;
        boolean lastSpace = false;
        for (int i = 0; i < haystack.length(); i++) {
            char c = norm(haystack.charAt(i));
            if (c == ' ') {
                if (lastSpace) continue;
                lastSpace = true;
            } else {
                lastSpace = false;
            }
            sb.append(c);
            map[n++] = i;
        }
        map[n] = haystack.length();
        this.normal = sb.toString();
        this.back = map;
    }

    public String text() { return haystack; }

    static char norm(char c) {
        return switch (c) {
            case '‘', '’', '‛', '′', '`' -> '\'';
            case '“', '”', '„', '″', '«', '»' -> '"';
            case '\u00a0', '\u2009', '\u202f', '\u2007', '\t', '\n', '\r', '\u2002', '\u2003' -> ' ';
            case '–', '—' -> '-';
            default -> c;
        };
    }

    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean lastSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = norm(s.charAt(i));
            if (c == ' ' && lastSpace) continue;
            lastSpace = c == ' ';
            sb.append(c);
        }
        return sb.toString().strip();
    }

    /**
     * The occurrence of {@code needle} nearest to {@code hint} (a haystack offset; negative for "first at or after
     * {@code -hint-1}", i.e. reading order), or null when absent. Falls back to the needle's first 40 characters.
     */
    public Span locate(String needle, int hint) {
        String n = normalise(needle);
        if (n.isEmpty()) return null;
        Span s = nearest(n, n.length(), hint);
        if (s == null && n.length() > 40) s = nearest(n.substring(0, 40), n.length(), hint);
        return s;
    }

    private Span nearest(String n, int fullLength, int hint) {
        List<Integer> hits = new ArrayList<>();
        for (int i = normal.indexOf(n); i >= 0; i = normal.indexOf(n, i + 1)) hits.add(i);
        if (hits.isEmpty()) return null;
        int best = hits.get(0);
        if (hint >= 0) {
            for (int h : hits) if (Math.abs(back[h] - hint) < Math.abs(back[best] - hint)) best = h;
        } else {
            int from = -hint - 1;
            for (int h : hits) {
                if (back[h] >= from) { best = h; break; }
            }
        }
        int endN = Math.min(normal.length(), best + fullLength);
        int start = back[best];
        int end = back[endN - 1] + 1;
        return new Span(start, Math.max(start, end));
    }
}
