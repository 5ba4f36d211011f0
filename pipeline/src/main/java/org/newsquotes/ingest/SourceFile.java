package org.newsquotes.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * One decoded input file, as the format readers see it.
 *
 * @param relativePath the path relative to the corpus root with {@code /} separators: the document id
 * @param decoded      the file's text
 */
public record SourceFile(String relativePath, DecodedText decoded) {
    public SourceFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(decoded, "decoded");
    }

    public String text() { return decoded.text(); }

    /** Lowercase extension without the dot, or "" when the name has none; a gzipped page's is its inner one. */
    public String extension() { return extensionOf(relativePath); }

    static String extensionOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
