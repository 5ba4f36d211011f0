package org.newsquotes.ingest;

import java.util.List;
import org.newsquotes.record.Document;
import org.newsquotes.stage.DocumentFailure;

/**
 * What reading one file produced: its documents and a failure row (stage {@code ingest}) for each document or file
 * that could not be read. Both may be non-empty (a JSON Lines file with one bad line). For a web archive,
 * {@code skippedRecords} counts the records that were not pages, per reason ({@link WebArchive}).
 */
public record IngestResult(List<Document> documents, List<DocumentFailure> failures,
                           java.util.Map<String, Integer> skippedRecords) {
    /** What a file that is no web archive gave. */
    public IngestResult(List<Document> documents, List<DocumentFailure> failures) {
        this(documents, failures, java.util.Map.of());
    }

    public IngestResult {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
        skippedRecords = java.util.Map.copyOf(skippedRecords);
    }

    static IngestResult failed(DocumentFailure failure) {
        return new IngestResult(List.of(), List.of(failure));
    }
}
