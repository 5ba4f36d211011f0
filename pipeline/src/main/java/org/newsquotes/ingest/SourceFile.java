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

    /** Lowercase extension without the dot, or "" when the name has none. */
    public String extension() { return extensionOf(relativePath); }

    static String extensionOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
