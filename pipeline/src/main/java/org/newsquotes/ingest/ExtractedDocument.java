package org.newsquotes.ingest;

import java.util.List;
import java.util.Objects;
import org.newsquotes.record.PageMeta;
import org.newsquotes.record.SourceFormat;

/**
 * What a format reader found in one document, before chrome removal and before the final text is built.
 *
 * @param docId            the document id (relative path, {@code #N} suffixed for the Nth record of a multi-document file)
 * @param format           the detected source format
 * @param title            title from the source's metadata, or null
 * @param date             publication date as given by the source (ISO-8601), or null
 * @param url              canonical URL, or null
 * @param sourceText       the text the blocks' source offsets point into
 * @param blocks           candidate blocks in reading order
 * @param firstLineIsTitle true for sources without title metadata (plain text): the first block kept after chrome
 *                         removal becomes the TITLE block and, when {@code title} is null, the title
 * @param warnings         non-fatal problems met while reading this document
 * @param meta             what a web page says about itself beyond title, date and URL
 */
public record ExtractedDocument(String docId, SourceFormat format, String title, String date, String url,
                                String sourceText, List<SourceBlock> blocks, boolean firstLineIsTitle,
                                List<String> warnings, PageMeta meta) {
    /** A document whose source says nothing beyond title, date and URL. */
    public ExtractedDocument(String docId, SourceFormat format, String title, String date, String url,
                             String sourceText, List<SourceBlock> blocks, boolean firstLineIsTitle, List<String> warnings) {
        this(docId, format, title, date, url, sourceText, blocks, firstLineIsTitle, warnings, PageMeta.EMPTY);
    }

    public ExtractedDocument {
        meta = meta == null ? PageMeta.EMPTY : meta;
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sourceText, "sourceText");
        blocks = List.copyOf(blocks);
        for (SourceBlock b : blocks) {
            if (b.sourceEnd() > sourceText.length()) {
                throw new IllegalArgumentException(docId + ": block source range [" + b.sourceStart() + ","
                        + b.sourceEnd() + ") exceeds source text length " + sourceText.length());
            }
        }
        title = blankToNull(title);
        date = blankToNull(date);
        url = blankToNull(url);
    }

    /** Same document, with {@code date} normalised to ISO-8601 or dropped with a warning. */
    public ExtractedDocument withNormalisedDate() {
        if (date == null) return this;
        var iso = DateNormalizer.normalize(date);
        if (iso.isPresent() && iso.get().equals(date)) return this;
        List<String> w = new java.util.ArrayList<>(warnings);
        if (iso.isEmpty()) w.add(docId + ": date '" + date + "' is not ISO-8601 nor RFC 1123; left empty");
        return new ExtractedDocument(docId, format, title, iso.orElse(null), url, sourceText, blocks,
                firstLineIsTitle, w, meta);
    }

    /** Same document with one more warning. */
    public ExtractedDocument withWarning(String warning) {
        List<String> w = new java.util.ArrayList<>(warnings);
        w.add(warning);
        return new ExtractedDocument(docId, format, title, date, url, sourceText, blocks, firstLineIsTitle, w, meta);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
