package org.newsquotes.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;

/**
 * A quote's identity that survives pipeline re-runs, stored with every review decision.
 *
 * <p>A row number or the doc-local id ({@code q7}) would shift as soon as the extractor finds one more quote, so a
 * key names the quote by what it is: the document, the quoted words and where they sit.
 *
 * @param docId      the document id ({@link org.newsquotes.record.Document#docId()})
 * @param docHash    sha256 (hex) of the document text the decision was made on
 * @param text       the quoted words (the quote's {@code text})
 * @param start      the quote's start offset in that text: exact when the hash matches, a hint otherwise
 * @param occurrence how many earlier occurrences of {@code text} the document text had before {@code start}
 *                   (0 for the first), used to tell repeated identical quotes apart
 * @param before     up to {@link #CONTEXT} characters of document text right before the quote
 * @param after      up to {@link #CONTEXT} characters right after it
 * @see QuoteLocator for how a key is found again
 */
public record QuoteKey(String docId, String docHash, String text, int start, int occurrence, String before,
                       String after)
        implements java.io.Serializable {
    /** Characters of context kept on each side: enough to tell repeated quotes apart, short enough to survive edits elsewhere. */
    public static final int CONTEXT = 40;

    public QuoteKey {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(docHash, "docHash");
        Objects.requireNonNull(text, "text");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        if (start < 0) throw new IllegalArgumentException("key start < 0: " + start);
        if (occurrence < 0) throw new IllegalArgumentException("key occurrence < 0: " + occurrence);
    }

    /** The key of {@code quote} in {@code doc} as it is now. */
    public static QuoteKey of(AnnotatedDocument doc, Quote quote) {
        String t = doc.text();
        return new QuoteKey(doc.docId(), sha256(t), quote.text(), quote.start(), occurrenceIndex(t, quote.text(), quote.start()),
                t.substring(Math.max(0, quote.start() - CONTEXT), quote.start()),
                t.substring(quote.end(), Math.min(t.length(), quote.end() + CONTEXT)));
    }

    /** The key of the words at {@code [start, end)} of {@code doc}'s text, which no quote need hold (an added quote). */
    public static QuoteKey ofSpan(AnnotatedDocument doc, int start, int end) {
        String t = doc.text();
        if (start < 0 || end > t.length() || end <= start) {
            throw new IllegalArgumentException("span [" + start + "," + end + ") is not inside the document text");
        }
        String words = t.substring(start, end);
        return new QuoteKey(doc.docId(), sha256(t), words, start, occurrenceIndex(t, words, start),
                t.substring(Math.max(0, start - CONTEXT), start), t.substring(end, Math.min(t.length(), end + CONTEXT)));
    }

    /** Number of occurrences of {@code needle} in {@code text} that start before {@code start}. */
    static int occurrenceIndex(String text, String needle, int start) {
        if (needle.isEmpty()) return 0;
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0 && i < start; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }

    /** Lower-case hex sha256 of the UTF-8 bytes of {@code text}: the document content hash. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** A one-line form for reports: {@code doc#start "text…"}. */
    public String describe() {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return docId + "@" + start + " \"" + shown.replace('\n', ' ') + "\"";
    }
}
