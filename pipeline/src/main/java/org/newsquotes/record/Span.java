package org.newsquotes.record;

import java.io.Serializable;

/**
 * A half-open character range {@code [start, end)} into a document's text.
 * Every span the pipeline writes out is one of these, so a reviewer can highlight it.
 */
public record Span(int start, int end) implements Serializable, Comparable<Span> {
    public Span {
        if (start < 0) throw new IllegalArgumentException("span start < 0: " + start);
        if (end < start) throw new IllegalArgumentException("span end " + end + " < start " + start);
    }

    public int length() { return end - start; }

    public boolean overlaps(Span other) { return start < other.end && other.start < end; }

    public boolean contains(Span other) { return start <= other.start && other.end <= end; }

    public boolean contains(int offset) { return start <= offset && offset < end; }

    /** The covered characters of {@code text}; fails loudly if the span does not fit. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " exceeds text length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    @Override public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override public String toString() { return "[" + start + "," + end + ")"; }
}
