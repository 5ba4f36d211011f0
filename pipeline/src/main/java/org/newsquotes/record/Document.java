package org.newsquotes.record;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One ingested document: cleaned text, metadata and the blocks of the text. Produced by ingest, immutable afterwards.
 *
 * <p>Every offset in every later record points into {@link #text()}, which is written to the per-document JSON.
 *
 * @param docId    the file's path relative to the corpus root, {@code #N} suffixed for the Nth JSONL line / array element
 * @param path     the source file's path relative to the corpus root (several documents may share one path)
 * @param format   the detected source format
 * @param title    title from the source, or null
 * @param date     publication date as ISO-8601 ({@code yyyy-MM-dd} or a full timestamp), or null
 * @param url      canonical URL, or null
 * @param text     the cleaned article text
 * @param blocks   paragraph-like blocks covering the text, in order
 * @param removed  stretches chrome removal cut
 * @param warnings non-fatal problems met while reading (e.g. a windows-1252 fallback)
 * @param meta     what a web page says about itself beyond title, date and URL ({@link PageMeta#EMPTY} for others)
 */
public record Document(String docId, String path, SourceFormat format, String title, String date, String url,
                       String text, List<Block> blocks, List<Removal> removed, List<String> warnings, PageMeta meta)
        implements Serializable {
    /** A document with no page metadata beyond title, date and URL. */
    public Document(String docId, String path, SourceFormat format, String title, String date, String url,
                    String text, List<Block> blocks, List<Removal> removed, List<String> warnings) {
        this(docId, path, format, title, date, url, text, blocks, removed, warnings, PageMeta.EMPTY);
    }

    public Document {
        meta = meta == null ? PageMeta.EMPTY : meta;
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
        for (Block b : blocks) {
            if (b.span().end() > text.length()) {
                throw new IllegalArgumentException(docId + ": block " + b.span() + " exceeds text length " + text.length());
            }
        }
    }

    /** Characters cut by chrome removal. */
    public int removedChars() {
        return removed.stream().mapToInt(Removal::chars).sum();
    }
}
