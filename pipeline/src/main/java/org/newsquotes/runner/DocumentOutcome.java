package org.newsquotes.runner;

import java.io.Serializable;
import java.util.Objects;
import org.newsquotes.output.DocumentRow;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Document;
import org.newsquotes.stage.DocumentFailure;

/**
 * What phase 1 made of one document (or of one unreadable file): the annotated document, or the failure with
 * whatever was known of the document before it failed.
 *
 * @param docId     the document id (for an unreadable file: its relative path)
 * @param path      the source file's path relative to the corpus root
 * @param source    the ingested document, or null when ingest itself failed
 * @param annotated the phase-1 result, or null on failure
 * @param failure   the failure, or null on success
 */
public record DocumentOutcome(String docId, String path, Document source, AnnotatedDocument annotated,
                              DocumentFailure failure) implements Serializable {
    public DocumentOutcome {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(path, "path");
        if ((annotated == null) == (failure == null)) {
            throw new IllegalArgumentException(docId + ": exactly one of annotated / failure must be set");
        }
    }

    public static DocumentOutcome ok(AnnotatedDocument d) {
        return new DocumentOutcome(d.docId(), d.document().path(), d.document(), d, null);
    }

    public static DocumentOutcome failed(String docId, String path, Document source, DocumentFailure f) {
        return new DocumentOutcome(docId, path, source, null, f);
    }

    public boolean isOk() { return failure == null; }

    /** True for a document left unannotated on purpose ({@link DocumentFailure#skipped()}): neither ok nor failed. */
    public boolean isSkipped() { return failure != null && failure.skipped(); }

    /** This outcome's row of {@code documents.csv} (both runners write it so). */
    public DocumentRow documentRow() {
        if (isOk()) return DocumentRow.ok(annotated);
        if (isSkipped() && source != null) return DocumentRow.skipped(source, failure);
        return source != null ? DocumentRow.failed(source, failure) : DocumentRow.failed(failure);
    }
}
