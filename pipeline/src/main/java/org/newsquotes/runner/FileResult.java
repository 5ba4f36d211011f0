package org.newsquotes.runner;

import java.util.List;
import java.util.Objects;
import org.newsquotes.record.AnnotatedDocument;

/**
 * What phase 1 keeps in memory for one source file until the output is written.
 *
 * <p>With the cache on, {@link #outcomes()} are slim ({@link #slim(DocumentOutcome)}: no tokens, no sentences) and
 * the full documents stay in the cache entry {@link #cacheKey()}, re-read one file at a time when the output is
 * written; so a corpus of tens of thousands of documents never holds every token in memory. Without the cache the
 * outcomes are full.
 *
 * @param path      the file's path relative to the corpus root
 * @param cacheKey  its cache entry, or null when the file is not cached (cache off, or file unreadable/too large)
 * @param fromCache true when phase 1 took the outcomes from the cache instead of annotating
 * @param outcomes  one per document (or one for an unreadable file), in document order
 * @param tokens    token count per outcome (null where the outcome has no token layer), from the full documents
 * @param sentences sentence count per outcome, likewise
 */
record FileResult(String path, String cacheKey, boolean fromCache, List<DocumentOutcome> outcomes,
                  List<Integer> tokens, List<Integer> sentences) {
    FileResult {
        Objects.requireNonNull(path, "path");
        outcomes = List.copyOf(outcomes);
        tokens = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tokens));
        sentences = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sentences));
        if (tokens.size() != outcomes.size() || sentences.size() != outcomes.size()) {
            throw new IllegalArgumentException(path + ": counts do not match outcomes");
        }
    }

    /** The result of a file's full outcomes; slimmed when {@code keepFull} is false. */
    static FileResult of(String path, String cacheKey, boolean fromCache, List<DocumentOutcome> full, boolean keepFull) {
        List<Integer> tokens = new java.util.ArrayList<>();
        List<Integer> sentences = new java.util.ArrayList<>();
        List<DocumentOutcome> kept = new java.util.ArrayList<>();
        for (DocumentOutcome o : full) {
            boolean has = o.isOk() && o.annotated().has(org.newsquotes.record.Layer.TOKENS);
            tokens.add(has ? o.annotated().tokens().size() : null);
            sentences.add(has ? o.annotated().sentences().size() : null);
            kept.add(keepFull ? o : slim(o));
        }
        return new FileResult(path, cacheKey, fromCache, kept, tokens, sentences);
    }

    /** The result of a cache hit read with {@link DocumentCache#readSlim}. */
    static FileResult ofCached(String path, String cacheKey, List<DocumentCache.Cached> cached) {
        List<DocumentOutcome> outcomes = new java.util.ArrayList<>();
        List<Integer> tokens = new java.util.ArrayList<>();
        List<Integer> sentences = new java.util.ArrayList<>();
        for (DocumentCache.Cached c : cached) {
            boolean has = c.outcome().isOk() && c.outcome().annotated().has(org.newsquotes.record.Layer.TOKENS);
            outcomes.add(c.outcome());
            tokens.add(has ? c.tokens() : null);
            sentences.add(has ? c.sentences() : null);
        }
        return new FileResult(path, cacheKey, true, outcomes, tokens, sentences);
    }

    /**
     * The outcome without tokens and sentences: what phase 2 needs (document, mentions, local entities, quotes) at a
     * small fraction of the memory. The layers still name what the full document has.
     */
    static DocumentOutcome slim(DocumentOutcome o) {
        if (!o.isOk()) return o;
        AnnotatedDocument d = o.annotated();
        return DocumentOutcome.ok(new AnnotatedDocument(d.document(), List.of(), List.of(), d.mentions(), d.entities(),
                d.quotes(), d.layers()));
    }

    int documents() { return outcomes.size(); }

    int failures() { return (int) outcomes.stream().filter(o -> !o.isOk()).count(); }
}
