package org.newsquotes.ingest;

/**
 * A problem with one input file or one document in it (empty, binary, truncated JSON, no body text, ...).
 * {@link CorpusReader} turns it into a {@link org.newsquotes.stage.DocumentFailure} row; it never stops the run.
 * The message is the one-line text a user reads in {@code errors.csv}.
 */
public final class IngestException extends RuntimeException {
    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
