package org.newsquotes.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsquotes.record.BlockKind;

/**
 * A block of text and its kind, before it has a place in any source text (what HTML extraction yields).
 *
 * @param text non-blank text without leading/trailing white space; may contain {@code \n} (line breaks in an embed)
 * @param kind what the block is
 */
public record TextBlock(String text, BlockKind kind) {
    public TextBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.isBlank()) throw new IllegalArgumentException("blank block");
    }

    /** Places blocks one after another, joined by one newline, as the source text of a document. */
    public static List<SourceBlock> joined(List<TextBlock> blocks) {
        List<SourceBlock> out = new ArrayList<>(blocks.size());
        int at = 0;
        for (TextBlock b : blocks) {
            out.add(new SourceBlock(b.text(), b.kind(), at, at + b.text().length()));
            at += b.text().length() + 1;
        }
        return out;
    }

    /** The source text {@link #joined(List)} positions point into. */
    public static String joinedText(List<TextBlock> blocks) {
        StringBuilder sb = new StringBuilder();
        for (TextBlock b : blocks) {
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(b.text());
        }
        return sb.toString();
    }
}
