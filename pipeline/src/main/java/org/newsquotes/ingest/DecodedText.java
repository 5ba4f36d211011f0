package org.newsquotes.ingest;

import java.util.List;
import java.util.Objects;

/**
 * The characters of one input file and what decoding had to do to get them.
 *
 * @param text     the decoded text, byte-order mark removed; every source offset in ingest points into this
 * @param charset  what the text was decoded as ({@code UTF-8}, {@code UTF-8+windows-1252}, {@code UTF-16LE}, ...)
 * @param warnings non-fatal decoding problems, copied into every document read from the file
 */
public record DecodedText(String text, String charset, List<String> warnings) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        warnings = List.copyOf(warnings);
    }
}
