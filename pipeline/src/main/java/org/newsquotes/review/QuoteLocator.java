package org.newsquotes.review;

import java.util.Optional;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;

/**
 * Finds the quote a {@link QuoteKey} names in a (possibly re-annotated, possibly edited) document.
 *
 * <p>The rules, in order; the first that yields a quote wins:
 * <ol>
 *   <li>The document id must be the same; a key never jumps to another document.</li>
 *   <li><b>exact</b>: the content hash is unchanged, so offsets are still valid: the quote with the key's start and
 *       text.</li>
 *   <li>Otherwise (the text changed: an unrelated paragraph was edited, so every later offset shifted) the key's
 *       text is searched in the new document text. Among its occurrences the one whose surroundings best match
 *       the key's context wins (characters of common suffix of the text before plus common prefix of the text
 *       after); a tie goes to the occurrence with the key's occurrence index, then to the one nearest the old
 *       start. Context decides before the index because an edit elsewhere can add or remove an earlier
 *       occurrence of the same words (the same words quoted twice by two people stay told apart).</li>
 *   <li><b>moved</b>: a quote spans exactly that occurrence.</li>
 *   <li><b>respan</b>: a quote overlaps at least half of that occurrence and at least half of itself (a later
 *       extractor cuts the span a little differently, e.g. without the final period).</li>
 *   <li>Otherwise the key is an orphan: its quote no longer exists. Orphans are reported, never dropped.</li>
 * </ol>
 * Quote kind is not part of the identity, since an annotator may have changed it.
 */
public final class QuoteLocator {
    /** How a key was found. */
    public enum Match { EXACT, MOVED, RESPAN }

    /** A found quote and how it was found. */
    public record Located(Quote quote, Match match) {}

    private QuoteLocator() {}

    public static Optional<Located> locate(QuoteKey key, AnnotatedDocument doc) {
        return locate(key, doc, QuoteKey.sha256(doc.text()));
    }

    /** As {@link #locate(QuoteKey, AnnotatedDocument)}, with the document's content hash already computed. */
    static Optional<Located> locate(QuoteKey key, AnnotatedDocument doc, String docHash) {
        if (!key.docId().equals(doc.docId())) return Optional.empty();
        String text = doc.text();
        if (key.docHash().equals(docHash)) {
            for (Quote q : doc.quotes()) {
                if (q.start() == key.start() && q.text().equals(key.text())) return Optional.of(new Located(q, Match.EXACT));
            }
        }
        int bestAt = find(key, text, docHash.equals(key.docHash()));
        if (bestAt < 0) return Optional.empty();
        int s = bestAt;
        int e = bestAt + key.text().length();
        for (Quote q : doc.quotes()) {
            if (q.start() == s && q.end() == e) return Optional.of(new Located(q, Match.MOVED));
        }
        Quote best = null;
        int bestOverlap = 0;
        for (Quote q : doc.quotes()) {
            int overlap = Math.min(e, q.end()) - Math.max(s, q.start());
            if (overlap * 2 >= (e - s) && overlap * 2 >= q.text().length() && overlap > bestOverlap) {
                best = q;
                bestOverlap = overlap;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Located(best, Match.RESPAN));
    }

    /**
     * Where the key's words are in {@code text} (rules 2 and 3 above, without a quote): the key's own start when the
     * text is the one the key was made on, else the occurrence whose surroundings best match the key's context;
     * -1 when the words are gone. What re-anchors an annotator's span ({@link QuoteEdits}), which no quote holds yet.
     */
    static int find(QuoteKey key, String text, boolean sameText) {
        if (key.text().isEmpty()) return -1;
        if (sameText && text.startsWith(key.text(), key.start())) return key.start();
        int bestAt = -1;
        long bestScore = Long.MIN_VALUE;
        for (int i = text.indexOf(key.text()); i >= 0; i = text.indexOf(key.text(), i + 1)) {
            long score = (long) contextScore(key, text, i, i + key.text().length()) << 32
                    | (QuoteKey.occurrenceIndex(text, key.text(), i) == key.occurrence() ? 1L << 31 : 0)
                    | (Integer.MAX_VALUE - Math.min(Integer.MAX_VALUE - 1, Math.abs(i - key.start())));
            if (score > bestScore) {
                bestScore = score;
                bestAt = i;
            }
        }
        return bestAt;
    }

    /** Common suffix of the key's {@code before} with the text before {@code start}, plus common prefix of {@code after}. */
    static int contextScore(QuoteKey key, String text, int start, int end) {
        int b = 0;
        String before = key.before();
        while (b < before.length() && start - b - 1 >= 0
                && before.charAt(before.length() - 1 - b) == text.charAt(start - b - 1)) b++;
        int a = 0;
        String after = key.after();
        while (a < after.length() && end + a < text.length() && after.charAt(a) == text.charAt(end + a)) a++;
        return a + b;
    }
}
