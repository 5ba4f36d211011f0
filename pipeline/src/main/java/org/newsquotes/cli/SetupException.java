package org.newsquotes.cli;

/**
 * A failure that stops the run before any document is processed (missing corpus, unreadable models, too little
 * heap, unwritable output). Per-document problems are never this: they become rows of {@code errors.csv}.
 */
public final class SetupException extends RuntimeException {
    public SetupException(String message) { super(message); }

    public SetupException(String message, Throwable cause) { super(message, cause); }
}
