package org.newsquotes.runner;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything one {@code annotate} run is configured with; defaults in {@link #defaults(Path, Path)}.
 *
 * @param corpus       the corpus root directory
 * @param out          the output directory
 * @param threads      worker threads for phase 1 (documents are independent)
 * @param modelsDir    the user's editable models directory, or null for the packaged copy only
 * @param attribution  which quote attributor runs: ours or stock CoreNLP's (for side-by-side evaluation)
 * @param maxFileBytes files larger than this are refused with an {@code errors.csv} row
 * @param progress     draw a progress line on stderr
 */
public record RunConfig(Path corpus, Path out, int threads, Path modelsDir, Attribution attribution,
                        long maxFileBytes, boolean progress) {
    /** Which quote attributor the run uses. */
    public enum Attribution { OURS, CORENLP }

    public RunConfig {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(attribution, "attribution");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        if (maxFileBytes < 1) throw new IllegalArgumentException("maxFileBytes must be >= 1, got " + maxFileBytes);
    }

    public static RunConfig defaults(Path corpus, Path out) {
        return new RunConfig(corpus, out, Runtime.getRuntime().availableProcessors(), null, Attribution.OURS,
                10L * 1024 * 1024, true);
    }

    public RunConfig withThreads(int n) {
        return new RunConfig(corpus, out, n, modelsDir, attribution, maxFileBytes, progress);
    }
}
