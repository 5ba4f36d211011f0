package org.newsquotes.review;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsquotes.record.AnnotatedDocument;

/**
 * The documents of one run by id, with their content hashes and a memo of located keys, so folding a growing
 * journal again after every decision does not re-hash every document or re-search every key.
 * Valid as long as the documents do not change (one server session, one runner call).
 */
final class DocumentIndex {
    private final Map<String, AnnotatedDocument> docs = new LinkedHashMap<>();
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Map<QuoteKey, Optional<QuoteLocator.Located>> located = new ConcurrentHashMap<>();

    DocumentIndex(Collection<AnnotatedDocument> documents) {
        for (AnnotatedDocument d : documents) docs.put(d.docId(), d);
    }

    Collection<AnnotatedDocument> documents() { return docs.values(); }

    /**
     * Puts {@code doc} in place of the document with its id (its quotes changed: an annotator added one or changed a
     * span), forgetting that document's hash and located keys only.
     */
    void replace(AnnotatedDocument doc) {
        docs.put(doc.docId(), doc);
        hashes.remove(doc.docId());
        located.keySet().removeIf(k -> k.docId().equals(doc.docId()));
    }

    AnnotatedDocument get(String docId) { return docs.get(docId); }

    /** Where {@code key}'s quote is in these documents ({@link QuoteLocator}), memoised. */
    Optional<QuoteLocator.Located> locate(QuoteKey key) {
        return located.computeIfAbsent(key, k -> {
            AnnotatedDocument d = docs.get(k.docId());
            if (d == null) return Optional.empty();
            String hash = hashes.computeIfAbsent(d.docId(), id -> QuoteKey.sha256(d.text()));
            return QuoteLocator.locate(k, d, hash);
        });
    }
}
