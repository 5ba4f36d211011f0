package org.newsquotes.ingest;

import java.util.List;
import org.newsquotes.record.Document;
import org.newsquotes.stage.DocumentFailure;

/**
 * What reading one file produced: its documents and a failure row (stage {@code ingest}) for each document or file
 * that could not be read. Both may be non-empty (a JSON Lines file with one bad line).
 */
public record IngestResult(List<Document> documents, List<DocumentFailure> failures) {
    public IngestResult {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }

    static IngestResult failed(DocumentFailure failure) {
        return new IngestResult(List.of(), List.of(failure));
    }
}
