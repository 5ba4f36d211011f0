package org.newsquotes.stage;

import java.io.Serializable;
import java.util.Objects;

/**
 * A per-document failure turned into data: one row of {@code errors.csv}.
 *
 * @param docId the document (or, when reading failed, the file's relative path)
 * @param stage the stage that failed ({@code ingest}, {@code nlp}, {@code quotes}, ...)
 * @param error a one-line message naming the problem
 * @param retry true when the failure says nothing about the document itself but about the run it met (a time limit
 *              under load, the heap shared with other documents): such a failure is never cached, so the next run
 *              tries the document again
 * @param skipped true when nothing failed but the document was deliberately left unannotated (a language the models
 *              do not cover): {@code documents.csv} says {@code skipped} and {@code errors.csv} has no row for it
 */
public record DocumentFailure(String docId, String stage, String error, boolean retry, boolean skipped)
        implements Serializable {
    /** A failure that is the document's own (bad input, a stage's verdict): cached until the file changes. */
    public DocumentFailure(String docId, String stage, String error) {
        this(docId, stage, error, false, false);
    }

    /** A failure, retried on the next run when {@code retry}. */
    public DocumentFailure(String docId, String stage, String error, boolean retry) {
        this(docId, stage, error, retry, false);
    }

    /** A document {@code stage} chose not to annotate, {@code reason} saying why; cached like a failure. */
    public static DocumentFailure skipped(String docId, String stage, String reason) {
        return new DocumentFailure(docId, stage, reason, false, true);
    }

    public DocumentFailure {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(stage, "stage");
        error = error == null ? "unknown error" : error.replaceAll("\\s+", " ").trim();
        if (retry && skipped) throw new IllegalArgumentException(docId + ": a skipped document is no retry");
    }

    /** A readable one-line message for any throwable: its class when the message says nothing. */
    public static String describe(Throwable t) {
        String msg = t.getMessage();
        String type = t.getClass().getSimpleName();
        if (msg == null || msg.isBlank()) return type;
        return t instanceof IllegalArgumentException || t instanceof java.io.IOException ? msg : type + ": " + msg;
    }
}
