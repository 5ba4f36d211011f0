package org.newsquotes.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.newsquotes.quotes.IndirectScope;

/**
 * Everything one {@code annotate} run is configured with; defaults in {@link #defaults(Path, Path)}.
 *
 * @param corpus           the corpus root directory
 * @param out              the output directory
 * @param threads          worker threads for phase 1 (documents are independent)
 * @param modelsDir        the user's editable models directory, or null for the packaged copy only
 * @param attribution      which quote attributor runs: ours or stock CoreNLP's (for side-by-side evaluation)
 * @param maxFileBytes     files larger than this are refused with an {@code errors.csv} row
 * @param progress         draw a progress line on stderr
 * @param cache            how the per-document cache under {@code OUT/.cache/} is used
 * @param documentTimeLimit a document whose phase-1 stages run longer than this is abandoned and recorded in
 *                         {@code errors.csv} (see {@link GuardedExecutor} for what abandoning means)
 * @param maxDocumentChars documents with more characters than this (after ingest) are refused with an
 *                         {@code errors.csv} row before any stage runs
 * @param indirectScope    which reports without quotation marks are indirect quotes ({@link IndirectScope})
 * @param languages        ISO 639-1 codes of the languages annotated; a document detected in another is recorded as
 *                         {@code skipped} ({@link org.newsquotes.ingest.LanguageGate}); empty: every language is
 *                         annotated
 */
public record RunConfig(Path corpus, Path out, int threads, Path modelsDir, Attribution attribution,
                        long maxFileBytes, boolean progress, CacheMode cache, Duration documentTimeLimit,
                        int maxDocumentChars, IndirectScope indirectScope, java.util.Set<String> languages) {
    /** The languages the models cover: the default of {@code --languages}. */
    public static final java.util.Set<String> ENGLISH = java.util.Set.of("en");

    /** A configuration annotating English only (see the canonical constructor). */
    public RunConfig(Path corpus, Path out, int threads, Path modelsDir, Attribution attribution,
                     long maxFileBytes, boolean progress, CacheMode cache, Duration documentTimeLimit,
                     int maxDocumentChars, IndirectScope indirectScope) {
        this(corpus, out, threads, modelsDir, attribution, maxFileBytes, progress, cache, documentTimeLimit,
                maxDocumentChars, indirectScope, ENGLISH);
    }

    /**
     * Which quote attributor the run uses: ours (sieves, then the learned speaker ranker when {@code models/} has
     * one), our sieves alone (the ranker's training material, and for comparison), or stock CoreNLP's.
     */
    public enum Attribution { OURS, SIEVES, CORENLP }

    /** How a run uses the per-document cache. */
    public enum CacheMode {
        /** Reuse entries whose key matches; store new ones (the default). */
        USE,
        /** Ignore existing entries, annotate everything again, store the new entries ({@code --rebuild}). */
        REBUILD,
        /** Neither read nor write the cache; every document stays in memory until written ({@code --no-cache}). */
        OFF
    }

    /** Default time limit per document: a 50,000-character article takes well under a minute on a busy core. */
    public static final Duration DEFAULT_DOCUMENT_TIME_LIMIT = Duration.ofSeconds(300);
    /** Default size limit per document: about 100 pages of text, far above any news article. */
    public static final int DEFAULT_MAX_DOCUMENT_CHARS = 300_000;

    public RunConfig {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(documentTimeLimit, "documentTimeLimit");
        Objects.requireNonNull(indirectScope, "indirectScope");
        languages = org.newsquotes.ingest.LanguageGate.normalise(Objects.requireNonNull(languages, "languages"));
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        if (maxFileBytes < 1) throw new IllegalArgumentException("maxFileBytes must be >= 1, got " + maxFileBytes);
        if (documentTimeLimit.isNegative() || documentTimeLimit.isZero()) {
            throw new IllegalArgumentException("documentTimeLimit must be > 0, got " + documentTimeLimit);
        }
        if (maxDocumentChars < 1) throw new IllegalArgumentException("maxDocumentChars must be >= 1, got " + maxDocumentChars);
    }

    public static RunConfig defaults(Path corpus, Path out) {
        return new RunConfig(corpus, out, Runtime.getRuntime().availableProcessors(), null, Attribution.OURS,
                10L * 1024 * 1024, true, CacheMode.USE, DEFAULT_DOCUMENT_TIME_LIMIT, DEFAULT_MAX_DOCUMENT_CHARS,
                IndirectScope.SPEECH);
    }

    public RunConfig withThreads(int n) {
        return new RunConfig(corpus, out, n, modelsDir, attribution, maxFileBytes, progress, cache, documentTimeLimit,
                maxDocumentChars, indirectScope, languages);
    }

    public RunConfig withCache(CacheMode mode) {
        return new RunConfig(corpus, out, threads, modelsDir, attribution, maxFileBytes, progress, mode,
                documentTimeLimit, maxDocumentChars, indirectScope, languages);
    }

    public RunConfig withOut(Path dir) {
        return new RunConfig(corpus, dir, threads, modelsDir, attribution, maxFileBytes, progress, cache,
                documentTimeLimit, maxDocumentChars, indirectScope, languages);
    }

    public RunConfig withProgress(boolean draw) {
        return new RunConfig(corpus, out, threads, modelsDir, attribution, maxFileBytes, draw, cache,
                documentTimeLimit, maxDocumentChars, indirectScope, languages);
    }

    /** This configuration annotating {@code codes} (empty: every language). */
    public RunConfig withLanguages(java.util.Set<String> codes) {
        return new RunConfig(corpus, out, threads, modelsDir, attribution, maxFileBytes, progress, cache,
                documentTimeLimit, maxDocumentChars, indirectScope, codes);
    }

    public RunConfig withLimits(Duration timeLimit, int maxChars) {
        return new RunConfig(corpus, out, threads, modelsDir, attribution, maxFileBytes, progress, cache, timeLimit,
                maxChars, indirectScope, languages);
    }
}
