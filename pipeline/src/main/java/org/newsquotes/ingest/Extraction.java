package org.newsquotes.ingest;

import java.util.List;
import org.newsquotes.stage.DocumentFailure;

/**
 * What a format reader got out of one file: the documents it could read and a failure row for each one it could
 * not (a bad JSONL line, a non-object array element) — one bad record never costs the file's other documents.
 */
public record Extraction(List<ExtractedDocument> documents, List<DocumentFailure> failures) {
    public Extraction {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }

    public static Extraction of(ExtractedDocument document) {
        return new Extraction(List.of(document), List.of());
    }
}
