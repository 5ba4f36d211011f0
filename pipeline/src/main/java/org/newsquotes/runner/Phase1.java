package org.newsquotes.runner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.newsquotes.ingest.CorpusReader;
import org.newsquotes.ingest.IngestResult;
import org.newsquotes.ingest.LanguageGate;
import org.newsquotes.ingest.WebArchive;
import org.newsquotes.record.Document;
import org.newsquotes.stage.DocumentFailure;
import org.newsquotes.stage.DocumentPipeline;
import org.newsquotes.stage.StepTime;

/**
 * Phase 1 for one source file: ingest it, then run every document through the stage chain. Never throws for bad
 * input: every problem becomes a {@link DocumentOutcome} with a failure. Thread-safe; the local runner calls it
 * from worker threads and the Spark job from executor tasks.
 *
 * <p>A document longer than {@code maxDocumentChars} is refused (stage {@value #LIMITS_STAGE}) before any stage
 * runs: CoreNLP's cost and memory grow with document length, and nothing that long is a news article. A document in
 * a language the run does not annotate ({@link LanguageGate}) is skipped before any stage runs, with its language
 * recorded.
 */
public final class Phase1 {
    /** The stage name of size and time limit failures in {@code errors.csv}. */
    public static final String LIMITS_STAGE = "limits";

    private final CorpusReader reader;
    private final DocumentPipeline pipeline;
    private final int maxDocumentChars;
    private final LanguageGate languages;

    public Phase1(CorpusReader reader, DocumentPipeline pipeline) {
        this(reader, pipeline, RunConfig.DEFAULT_MAX_DOCUMENT_CHARS, null);
    }

    /**
     * @param languages decides which documents are in a language the stages annotate (and records each one's
     *                  language); null: every document is annotated and no language is detected
     */
    public Phase1(CorpusReader reader, DocumentPipeline pipeline, int maxDocumentChars, LanguageGate languages) {
        this.reader = reader;
        this.pipeline = pipeline;
        this.maxDocumentChars = maxDocumentChars;
        this.languages = languages;
    }

    private final StepTime languageTime = new StepTime();

    /** Time spent detecting languages so far, summed over threads. */
    public StepTime languageTime() { return languageTime; }

    /** The language gate, or null when the run annotates every document whatever its language. */
    public LanguageGate languages() { return languages; }

    public DocumentPipeline pipeline() { return pipeline; }

    public CorpusReader reader() { return reader; }

    /** How one document's stages are run: directly on the caller's thread, or guarded on a pool. */
    @FunctionalInterface
    public interface DocumentRunner {
        CompletableFuture<DocumentPipeline.Result> run(Document document);
    }

    /** Ingests and annotates every document of one file, in document order, on the calling thread. */
    public List<DocumentOutcome> processFile(Path root, Path file) {
        return annotate(reader.read(root, file), CorpusReader.relativePath(root, file));
    }

    /**
     * Ingests and annotates again the pages of web archive {@code relativePath} whose document ids are {@code docIds}
     * ({@code path#offset}), seeking to each record, on the calling thread.
     */
    public List<DocumentOutcome> processArchivePages(Path root, String relativePath, List<String> docIds) {
        List<DocumentOutcome> out = new ArrayList<>();
        try (WebArchive archive = WebArchive.open(root.resolve(relativePath), relativePath, reader.config().maxFileBytes())) {
            for (String id : docIds) {
                int hash = id.lastIndexOf('#');
                if (hash < 0) continue;
                archive.seek(Long.parseLong(id.substring(hash + 1)));
                var item = archive.next();
                if (item.isPresent() && item.get() instanceof WebArchive.PageItem p) {
                    out.addAll(annotate(reader.readPage(relativePath, p.page()), relativePath));
                } else if (item.isPresent() && item.get() instanceof WebArchive.Refused r) {
                    out.add(DocumentOutcome.failed(r.docId(), relativePath, null,
                            new DocumentFailure(r.docId(), CorpusReader.STAGE, r.message())));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            throw new java.io.UncheckedIOException("cannot read the pages of " + relativePath + " again: " + e.getMessage(),
                    e instanceof java.io.IOException io ? io : new java.io.IOException(e));
        }
        return out;
    }

    /** Annotates the documents of an already-ingested file on the calling thread. */
    public List<DocumentOutcome> annotate(IngestResult ingested, String path) {
        return annotate(ingested, path, d -> CompletableFuture.completedFuture(pipeline.process(d)));
    }

    /**
     * Annotates the documents of an already-ingested file through {@code runner} (all documents are handed over
     * first, so a file of many documents is annotated in parallel), and returns the outcomes in document order:
     * ingest failures first, then the documents. A document that runs out of heap or stack becomes a
     * failure marked for retry; any other {@link Error} is rethrown.
     */
    public List<DocumentOutcome> annotate(IngestResult ingested, String path, DocumentRunner runner) {
        List<DocumentOutcome> out = new ArrayList<>();
        for (DocumentFailure f : ingested.failures()) out.add(DocumentOutcome.failed(f.docId(), path, null, f));
        List<CompletableFuture<DocumentPipeline.Result>> pending = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        for (Document ingestedDoc : ingested.documents()) {
            Document d = ingestedDoc;
            DocumentFailure refused = null;
            if (d.text().length() > maxDocumentChars) {
                refused = tooLong(d);
            } else if (languages != null) {
                StepTime.Mark started = languageTime.start();
                LanguageGate.Gated g = languages.gate(d);
                languageTime.stop(started);
                d = g.document();
                refused = g.skip().orElse(null);
            }
            documents.add(d);
            pending.add(refused != null ? CompletableFuture.completedFuture(DocumentPipeline.Result.failed(refused))
                    : start(runner, d));
        }
        for (int i = 0; i < pending.size(); i++) {
            Document d = documents.get(i);
            DocumentPipeline.Result r = await(pending.get(i), d);
            out.add(r.isOk() ? DocumentOutcome.ok(r.document()) : DocumentOutcome.failed(d.docId(), d.path(), d, r.failure()));
        }
        return out;
    }

    /** Hands {@code d} to {@code runner}; whatever a runner throws on the calling thread comes back in the future. */
    private static CompletableFuture<DocumentPipeline.Result> start(DocumentRunner runner, Document d) {
        try {
            return runner.run(d);
        } catch (Throwable t) {
            return CompletableFuture.failedFuture(t);
        }
    }

    /**
     * The failure recorded for a document that ran past the time limit and was abandoned. Marked for retry: a
     * passing load can make any document slow, so the next run tries it again.
     */
    public static DocumentFailure timedOut(Document d, java.time.Duration limit) {
        return new DocumentFailure(d.docId(), LIMITS_STAGE, String.format(Locale.ROOT,
                "time limit exceeded: %s (%,d characters) was still being annotated after %d s and was skipped; "
                        + "it is tried again on the next run", d.docId(), d.text().length(), limit.toSeconds()), true);
    }

    /**
     * The failure recorded for a document whose annotation ran out of heap or stack. Marked for retry: the heap is
     * shared, so the document may have been the victim of another one, and a run with more heap may succeed.
     */
    static DocumentFailure outOfResources(Document d, VirtualMachineError e) {
        String what = e instanceof StackOverflowError ? "stack overflow" : "out of memory";
        return new DocumentFailure(d.docId(), LIMITS_STAGE, String.format(Locale.ROOT,
                "%s while annotating %s (%,d characters, Java heap %,d MB); the document was skipped and is tried "
                        + "again on the next run", what, d.docId(), d.text().length(),
                Runtime.getRuntime().maxMemory() >> 20), true);
    }

    private DocumentFailure tooLong(Document d) {
        return new DocumentFailure(d.docId(), LIMITS_STAGE, String.format(Locale.ROOT,
                "document too long: %s has %,d characters, over the %,d limit for one document",
                d.docId(), d.text().length(), maxDocumentChars));
    }

    private static DocumentPipeline.Result await(CompletableFuture<DocumentPipeline.Result> f, Document d) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while annotating " + d.docId(), e);
        } catch (ExecutionException e) {
            // the heap of a failed document is garbage once its stack unwinds: the run goes on without it
            if (e.getCause() instanceof OutOfMemoryError || e.getCause() instanceof StackOverflowError) {
                return DocumentPipeline.Result.failed(outOfResources(d, (VirtualMachineError) e.getCause()));
            }
            if (e.getCause() instanceof Error err) throw err;
            return DocumentPipeline.Result.failed(new DocumentFailure(d.docId(), "pipeline",
                    DocumentFailure.describe(e.getCause())));
        }
    }
}
