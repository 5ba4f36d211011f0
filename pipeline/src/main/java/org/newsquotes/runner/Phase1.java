package org.newsquotes.runner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsquotes.ingest.CorpusReader;
import org.newsquotes.ingest.IngestResult;
import org.newsquotes.record.Document;
import org.newsquotes.stage.DocumentFailure;
import org.newsquotes.stage.DocumentPipeline;

/**
 * Phase 1 for one source file: ingest it, then run every document through the stage chain. Never throws for bad
 * input: every problem becomes a {@link DocumentOutcome} with a failure. Thread-safe; the local runner calls it
 * from worker threads and the Spark job from executor tasks.
 */
public final class Phase1 {
    private final CorpusReader reader;
    private final DocumentPipeline pipeline;

    public Phase1(CorpusReader reader, DocumentPipeline pipeline) {
        this.reader = reader;
        this.pipeline = pipeline;
    }

    public DocumentPipeline pipeline() { return pipeline; }

    public CorpusReader reader() { return reader; }

    /** Ingests and annotates every document of one file, in document order. */
    public List<DocumentOutcome> processFile(Path root, Path file) {
        return annotate(reader.read(root, file), CorpusReader.relativePath(root, file));
    }

    /** Annotates the documents of an already-ingested file. */
    public List<DocumentOutcome> annotate(IngestResult ingested, String path) {
        List<DocumentOutcome> out = new ArrayList<>();
        for (DocumentFailure f : ingested.failures()) out.add(DocumentOutcome.failed(f.docId(), path, null, f));
        for (Document d : ingested.documents()) {
            DocumentPipeline.Result r = pipeline.process(d);
            out.add(r.isOk() ? DocumentOutcome.ok(r.document()) : DocumentOutcome.failed(d.docId(), d.path(), d, r.failure()));
        }
        return out;
    }
}
