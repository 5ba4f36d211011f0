package org.newsquotes.record;

import java.io.Serializable;
import java.util.Objects;

/**
 * A stretch of the source that chrome removal cut, so that nothing is silently lost.
 *
 * @param at            offset in the cleaned document text where the removed stretch used to be
 * @param sourceStart   start offset of the removed stretch in the decoded source text (before cleaning): for plain
 *                      text the decoded file itself; for HTML and JSON the text extracted from the markup, its
 *                      blocks joined by newlines (see {@code org.newsquotes.ingest.SourceBlock})
 * @param sourceEnd     end offset (exclusive) in the decoded source text
 * @param reason        the marker or rule that caused the cut (e.g. {@code trailer:Related Articles})
 * @param preview       the first characters of the removed text, for a human reading the output
 */
public record Removal(int at, int sourceStart, int sourceEnd, String reason, String preview) implements Serializable {
    public Removal {
        if (at < 0) throw new IllegalArgumentException("removal offset < 0: " + at);
        if (sourceStart < 0 || sourceEnd < sourceStart) {
            throw new IllegalArgumentException("bad removal source range [" + sourceStart + "," + sourceEnd + ")");
        }
        Objects.requireNonNull(reason, "reason");
        preview = preview == null ? "" : preview;
    }

    public int chars() { return sourceEnd - sourceStart; }
}
