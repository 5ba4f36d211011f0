package org.newsquotes.runner;

import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run, for the one-line summary and {@code run.json}.
 *
 * @param files           source files read
 * @param documents       documents found (a JSONL file holds many)
 * @param failedDocuments documents or files that failed (rows of errors.csv)
 * @param quotes          quotes written
 * @param entities        canonical entities written
 * @param tokens          tokens annotated
 * @param seconds         wall-clock seconds of the whole run
 * @param stageSeconds    seconds per stage (phase-1 stages summed over threads; corpus-wide steps and writing)
 */
public record RunSummary(int files, int documents, int failedDocuments, int quotes, int entities, long tokens,
                         double seconds, Map<String, Double> stageSeconds) {
    public RunSummary {
        stageSeconds = Map.copyOf(stageSeconds);
    }

    public String oneLine() {
        return String.format(Locale.ROOT, "annotated %d documents from %d files: %d failed, %d quotes, %d entities, %.1f s",
                documents, files, failedDocuments, quotes, entities, seconds);
    }
}
