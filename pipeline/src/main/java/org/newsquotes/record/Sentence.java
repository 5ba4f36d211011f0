package org.newsquotes.record;

import java.io.Serializable;

/**
 * A sentence: its character span and its token range {@code [firstToken, endToken)}.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) implements Serializable {
    public Sentence {
        if (index < 0) throw new IllegalArgumentException("sentence index < 0: " + index);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad sentence offsets [" + start + "," + end + ")");
        if (firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("bad sentence token range [" + firstToken + "," + endToken + ")");
        }
    }

    public Span span() { return new Span(start, end); }
}
