package org.newsquotes.runner;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of one run, for the summary on stderr and {@code run.json}.
 *
 * @param files           source files read
 * @param documents       documents found (a JSONL file holds many)
 * @param failedDocuments documents or files that failed (rows of errors.csv)
 * @param cachedDocuments documents (and failures) taken from the cache instead of being annotated
 * @param timedOut        documents abandoned at the time limit
 * @param mentions        entity mentions written
 * @param quotes          quotes written
 * @param entities        canonical entities written
 * @param tokens          tokens of the documents written
 * @param seconds         wall-clock seconds of the whole run
 * @param stageSeconds    seconds per stage, in run order: wall-clock for setup, model load, phase 1, the corpus-wide
 *                        step and writing; the phase-1 stages (ingest, cache, nlp, ...) summed over threads
 * @param cpuSeconds      CPU seconds of the whole process (all threads, GC included) per phase: setup, model-load,
 *                        phase1, corpus, write, total; unlike wall-clock time, hardly affected by other processes
 *                        competing for the cores, so the figure to compare on a busy machine. Then the CPU time of
 *                        each per-document step (ingest, language, nlp, institution-names, titled-names, repeated-names, entities-local, quotes), the threads' own
 *                        CPU summed over threads (garbage collection not included)
 * @param mergesByRule    entity merges per rule (empty until entity resolution reports them)
 * @param statements      statements written (rows of statements.csv)
 * @param duplicates      documents found to copy another ({@code duplicate_of} set)
 * @param linksByRule     quote pairs linked into statements per rule ({@code same-words}: reports with identical words)
 * @param skippedDocuments documents left unannotated on purpose (a language the run does not annotate): status
 *                        {@code skipped} in documents.csv, not in errors.csv nor in {@code failedDocuments}
 * @param skippedRecords  web-archive records that are not documents, per reason ({@code not-a-response},
 *                        {@code http-404}, {@code not-html}, ...)
 */
public record RunSummary(int files, int documents, int failedDocuments, int cachedDocuments, int timedOut,
                         long mentions, long quotes, int entities, long tokens, double seconds,
                         Map<String, Double> stageSeconds, Map<String, Double> cpuSeconds,
                         Map<String, Integer> mergesByRule, int statements, int duplicates,
                         Map<String, Integer> linksByRule, int skippedDocuments, Map<String, Integer> skippedRecords) {
    /** A run with no statement step. */
    public RunSummary(int files, int documents, int failedDocuments, int cachedDocuments, int timedOut,
                      long mentions, long quotes, int entities, long tokens, double seconds,
                      Map<String, Double> stageSeconds, Map<String, Double> cpuSeconds,
                      Map<String, Integer> mergesByRule) {
        this(files, documents, failedDocuments, cachedDocuments, timedOut, mentions, quotes, entities, tokens, seconds,
                stageSeconds, cpuSeconds, mergesByRule, 0, 0, Map.of(), 0, Map.of());
    }

    public RunSummary {
        linksByRule = Map.copyOf(linksByRule);
        skippedRecords = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(skippedRecords));
        stageSeconds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
        cpuSeconds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cpuSeconds));
        mergesByRule = Map.copyOf(mergesByRule);
    }

    public String oneLine() {
        return String.format(Locale.ROOT,
                "annotated %d documents from %d files (%d from cache): %d failed, %s%d quotes, %d statements, %d entities, "
                        + "%,d tokens, %.1f s",
                documents, files, cachedDocuments, failedDocuments,
                skippedDocuments == 0 ? "" : skippedDocuments + " skipped, ", quotes, statements, entities, tokens, seconds);
    }

    /** Web-archive records that were not documents, per reason; null when there were none. */
    public String archiveLine() {
        if (skippedRecords.isEmpty()) return null;
        return "web-archive records skipped: " + skippedRecords.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" | "));
    }

    /** Corpus-wide entity merges per rule, most frequent first ({@code entity merges: short-form 12 | alias-table 3}). */
    public String mergeLine() {
        if (mergesByRule.isEmpty()) return "entity merges: none";
        return "entity merges: " + mergesByRule.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(" | "));
    }

    /** Seconds per stage on one line ({@code setup 0.4 s | nlp 12.1 s | ...}). */
    public String stageLine() {
        return "time per stage: " + stageSeconds.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
                .collect(Collectors.joining(" | "));
    }
}
