package org.newsquotes.ingest;

import java.util.Objects;
import org.newsquotes.record.BlockKind;

/**
 * One candidate block of a document before chrome removal: its text, its kind, and where it came from.
 *
 * <p>{@code sourceStart}/{@code sourceEnd} locate the block in the document's <em>source text</em>
 * ({@link ExtractedDocument#sourceText()}): for plain text the decoded file itself, for HTML and JSON the text
 * extracted from the markup with its blocks joined by newlines. They become the source ranges of
 * {@link org.newsquotes.record.Removal} records.
 *
 * @param text        the block's text, non-blank, without leading/trailing white space
 * @param kind        what the block is
 * @param sourceStart start of the block in the source text
 * @param sourceEnd   end (exclusive) of the block in the source text
 */
public record SourceBlock(String text, BlockKind kind, int sourceStart, int sourceEnd) {
    public SourceBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.isBlank()) throw new IllegalArgumentException("blank block at " + sourceStart);
        if (sourceStart < 0 || sourceEnd < sourceStart) {
            throw new IllegalArgumentException("bad block source range [" + sourceStart + "," + sourceEnd + ")");
        }
    }

    public SourceBlock withKind(BlockKind newKind) {
        return new SourceBlock(text, newKind, sourceStart, sourceEnd);
    }
}
