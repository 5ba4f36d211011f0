package org.newsquotes.ingest;

import java.io.Serializable;

/**
 * One document a program hands over with its fields already separated, instead of a file to detect and parse: a row
 * of a Spark DataFrame ({@code NewsQuotes.annotate}), say. {@link CorpusReader#readRecord} reads it exactly as it reads
 * one record of a JSON Lines file with the same fields (HTML in the text is read as HTML, a plain text's lines are its
 * paragraphs, the date is normalised, chrome is removed), so the same article gives the same document either way.
 *
 * @param docId  the document id, unique in the input; never blank
 * @param text   the article text (plain text or an HTML fragment), or null when the input row has none
 * @param title  the title, or null
 * @param date   the publication date as the source gives it (ISO-8601 or RFC 1123), or null
 * @param url    the article's URL, or null
 * @param outlet the outlet's name ("The Harbour Times"), or null: documents.csv then falls back to the URL's domain
 * @param extra  other fields to pass through to documents.csv as {@code meta_<name>} (snake_case name → value,
 *               as a corpus metadata file's other columns); empty when none
 */
public record InputRecord(String docId, String text, String title, String date, String url, String outlet,
                          java.util.Map<String, String> extra) implements Serializable {
    /** A record with no fields to pass through. */
    public InputRecord(String docId, String text, String title, String date, String url, String outlet) {
        this(docId, text, title, date, url, outlet, java.util.Map.of());
    }

    /** Where a value the record gave came from ({@code PageMeta#sources}). */
    public static final String SOURCE = "input";

    public InputRecord {
        if (docId == null || docId.isBlank()) throw new IllegalArgumentException("a document needs a non-blank doc_id");
        java.util.Map<String, String> kept = new java.util.TreeMap<>();
        if (extra != null) extra.forEach((k, v) -> { if (v != null && !v.isEmpty()) kept.put(k, v); });
        extra = java.util.Collections.unmodifiableMap(kept);
    }
}
