package org.newsquotes.quotes;

import org.newsquotes.record.Span;

/**
 * A stretch of text between quotation marks, found by {@link QuoteMarkScanner}.
 *
 * @param start           first character after the opening mark
 * @param end             the closing mark's offset, or the paragraph end when the quote runs on (exclusive)
 * @param markStart       offset of the opening mark (two characters for {@code ''} and {@code ``})
 * @param markEnd         offset just after the closing mark, or {@code end} when there is none
 * @param openMark        the opening mark character
 * @param closed          true when a matching closing mark ends it; false for a run-on segment of a
 *                        multi-paragraph quote or an unbalanced opening mark cut at the paragraph end
 * @param continuesPrevious true when this segment continues a quote from the previous paragraph (the news convention
 *                        of repeating the opening mark on each paragraph)
 */
public record QuotedSpan(int start, int end, int markStart, int markEnd, char openMark, boolean closed,
                         boolean continuesPrevious) {
    public QuotedSpan {
        if (start < 1 || end < start) throw new IllegalArgumentException("bad quoted span [" + start + "," + end + ")");
        if (markStart < 0 || markStart >= start || markEnd < end) {
            throw new IllegalArgumentException("bad marks [" + markStart + "," + markEnd + ") around [" + start + "," + end + ")");
        }
    }

    public Span span() { return new Span(start, end); }

    public boolean isSingle() { return QuoteMarkScanner.isSingleMark(openMark); }
}
