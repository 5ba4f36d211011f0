package org.newsquotes.record;

import java.io.Serializable;
import java.util.Objects;

/** A paragraph-like block of the document text: its span and what kind of block it is. */
public record Block(Span span, BlockKind kind) implements Serializable {
    public Block {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }
}
