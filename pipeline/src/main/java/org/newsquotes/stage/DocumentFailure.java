package org.newsquotes.stage;

import java.io.Serializable;
import java.util.Objects;

/**
 * A per-document failure turned into data: one row of {@code errors.csv}.
 *
 * @param docId the document (or, when reading failed, the file's relative path)
 * @param stage the stage that failed ({@code ingest}, {@code nlp}, {@code quotes}, ...)
 * @param error a one-line message naming the problem
 */
public record DocumentFailure(String docId, String stage, String error) implements Serializable {
    public DocumentFailure {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(stage, "stage");
        error = error == null ? "unknown error" : error.replaceAll("\\s+", " ").trim();
    }

    /** A readable one-line message for any throwable: its class when the message says nothing. */
    public static String describe(Throwable t) {
        String msg = t.getMessage();
        String type = t.getClass().getSimpleName();
        if (msg == null || msg.isBlank()) return type;
        return t instanceof IllegalArgumentException || t instanceof java.io.IOException ? msg : type + ": " + msg;
    }
}
