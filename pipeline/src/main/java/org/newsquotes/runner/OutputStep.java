package org.newsquotes.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import org.newsquotes.output.AtomicFiles;
import org.newsquotes.output.DocumentJson;
import org.newsquotes.output.DocumentRow;
import org.newsquotes.output.OutputWriter;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.review.ReviewApplier;
import org.newsquotes.review.ReviewJournal;
import org.newsquotes.stage.DocumentFailure;

/**
 * Phase 3: per-document JSON, the CSV tables and the data package, from the corpus after phase 2.
 *
 * <p>Streams: documents are taken one source file at a time (re-read from the cache when phase 1 kept only slim
 * outcomes), given the entity ids phase 2 assigned, written as JSON and turned into table rows, then dropped. Only
 * the table rows of {@code documents.csv} and {@code errors.csv} are held for the whole corpus.
 *
 * <p>Every file is written atomically. A document's JSON is rewritten only when its bytes change, so a re-run of an
 * unchanged corpus costs reading, not writing; JSON files of documents that are no longer in the output (removed from
 * the corpus, or failing now) are deleted, so the output directory always equals what a clean run would write.
 *
 * <p>Review decisions ({@code review/journal.jsonl}, when the output directory has one) are applied to the rows of
 * the tables only ({@code quotes.csv}: review_status, corrected speaker and kind); the per-document JSON keeps the
 * machine's proposals, because it is the cache and the review app's input (applying there would turn every later
 * comparison of a decision with what the pipeline proposes into a comparison with the decision itself). Decisions
 * whose quote no longer exists are written to {@code review/orphans.csv}.
 */
final class OutputStep {
    private OutputStep() {}

    /**
     * What was written, for the summary.
     *
     * @param review the review summary line when a review journal was applied, else null
     */
    record Written(int jsonWritten, int jsonUnchanged, int jsonDeleted, long mentions, long quotes, String review) {}

    /**
     * Annotates again the documents of one file result (the file's relative path, and its documents' ids: a batch of
     * a web archive's pages is read back by their ids) when its cache entry vanished during the run.
     */
    @FunctionalInterface
    interface Reannotator {
        List<DocumentOutcome> annotate(String relativePath, List<String> docIds);
    }

    /**
     * @param cache      the phase-1 cache holding the full documents of files with a cache key, or null (cache off:
     *                   the file results hold full documents)
     * @param metaColumns the corpus metadata file's extra columns (documents.csv meta_*), as phase 2 applied them
     * @param reannotate what to do for a file whose cache entry can no longer be read
     */
    static Written write(RunConfig config, CorpusResult corpus, List<FileResult> files, DocumentCache cache,
                         List<String> metaColumns, Reannotator reannotate) throws IOException {
        OutputWriter writer = new OutputWriter(config.out(), metaColumns);
        Map<String, DocumentOutcome> resolved = new HashMap<>();
        for (DocumentOutcome o : corpus.outcomes()) resolved.put(o.docId(), o);

        List<DocumentRow> rows = new ArrayList<>();
        List<DocumentFailure> failures = new ArrayList<>();
        for (FileResult file : files) {
            for (int i = 0; i < file.outcomes().size(); i++) {
                DocumentOutcome o = resolved.getOrDefault(file.outcomes().get(i).docId(), file.outcomes().get(i));
                rows.add(o.isOk() ? o.documentRow().withCounts(file.tokens().get(i), file.sentences().get(i))
                        .withDuplicateOf(corpus.duplicates().get(o.docId())) : o.documentRow());
                if (!o.isOk()) failures.add(o.failure());
            }
        }
        JsonManifest manifest = cache == null ? null : JsonManifest.load(cache.directory());
        DocumentStream documents = new DocumentStream(files, resolved, cache, reannotate, writer, manifest);
        ReviewJournal journal = ReviewJournal.inOutput(config.out());
        ReviewApplier.Pass review = Files.exists(journal.file()) ? journal.pass() : null;
        Iterable<AnnotatedDocument> tableDocuments = review == null ? documents : review.applying(documents);
        writer.writeTables(rows, tableDocuments, corpus.entities(), corpus.statements().statements(), failures);
        String reviewLine = null;
        if (review != null) {
            ReviewApplier.Result r = review.finish();
            r.writeOrphans(config.out().resolve(ReviewJournal.ORPHANS_RELATIVE_PATH));
            reviewLine = r.summary() + (r.orphans().isEmpty() ? "" : " (" + ReviewJournal.ORPHANS_RELATIVE_PATH + ")");
        }
        int deleted = deleteStaleJson(writer, documents.writtenPaths);
        if (manifest != null) manifest.save();
        writer.writeDataPackage();
        return new Written(documents.written, documents.unchanged, deleted, documents.mentions, documents.quotes, reviewLine);
    }

    /** The full document with what phase 2 changed (entity ids on mentions, entities and quotes). */
    static AnnotatedDocument merge(AnnotatedDocument full, AnnotatedDocument resolved) {
        if (!resolved.tokens().isEmpty() || full.tokens().isEmpty()) return resolved;
        return new AnnotatedDocument(resolved.document(), full.tokens(), full.sentences(), resolved.mentions(),
                resolved.entities(), resolved.quotes(), resolved.layers());
    }

    /** Writes {@code bytes} to {@code target} atomically unless the file already holds exactly these bytes. */
    static boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
        try {
            if (Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes)) return false;
        } catch (NoSuchFileException e) {
            // not written yet
        }
        AtomicFiles.write(target, out -> out.write(bytes));
        return true;
    }

    private static int deleteStaleJson(OutputWriter writer, Set<Path> keep) throws IOException {
        Path dir = writer.jsonDir();
        if (!Files.isDirectory(dir)) return 0;
        int deleted = 0;
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .filter(p -> !keep.contains(p.toAbsolutePath().normalize()))
                    .forEach(stale::add);
        }
        for (Path p : stale) {
            Files.deleteIfExists(p);
            deleted++;
        }
        return deleted;
    }

    /**
     * The annotated documents in corpus order, loaded one file at a time, each written as JSON as it passes.
     * Traversed once, by {@link OutputWriter#writeTables}.
     */
    private static final class DocumentStream implements Iterable<AnnotatedDocument> {
        private final List<FileResult> files;
        private final Map<String, DocumentOutcome> resolved;
        private final DocumentCache cache;
        private final Reannotator reannotate;
        private final OutputWriter writer;
        private final JsonManifest manifest;
        final Set<Path> writtenPaths = new HashSet<>();
        int written;
        int unchanged;
        long mentions;
        long quotes;

        DocumentStream(List<FileResult> files, Map<String, DocumentOutcome> resolved, DocumentCache cache,
                       Reannotator reannotate, OutputWriter writer, JsonManifest manifest) {
            this.files = files;
            this.resolved = resolved;
            this.cache = cache;
            this.reannotate = reannotate;
            this.writer = writer;
            this.manifest = manifest;
        }

        @Override public Iterator<AnnotatedDocument> iterator() {
            return new Iterator<>() {
                private int next;
                private final Deque<AnnotatedDocument> buffer = new ArrayDeque<>();

                @Override public boolean hasNext() {
                    while (buffer.isEmpty() && next < files.size()) load(files.get(next++), buffer);
                    return !buffer.isEmpty();
                }

                @Override public AnnotatedDocument next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    return buffer.removeFirst();
                }
            };
        }

        /**
         * Adds the file's documents to {@code into}, writing each one's JSON. A document whose JSON the manifest shows
         * unchanged is passed on as its slim resolved copy (the tables need only its mentions and quotes); the full
         * documents are read from the cache only when some document of the file must be written.
         */
        private void load(FileResult file, Deque<AnnotatedDocument> into) {
            Map<String, AnnotatedDocument> fullById = null;
            for (DocumentOutcome slim : file.outcomes()) {
                DocumentOutcome r = resolved.getOrDefault(slim.docId(), slim);
                if (!r.isOk()) continue;
                Path target = writer.jsonPath(r.docId());
                writtenPaths.add(target.toAbsolutePath().normalize());
                String stamp = manifest == null || file.cacheKey() == null ? null
                        : org.newsquotes.config.ModelFiles.sha256((file.cacheKey() + "\n").getBytes(
                                java.nio.charset.StandardCharsets.UTF_8)) + ":" + org.newsquotes.config.ModelFiles.sha256(
                                DocumentJson.toBytes(r.annotated()));
                AnnotatedDocument doc;
                if (stamp != null && manifest.unchanged(r.docId(), stamp, target)) {
                    doc = r.annotated();
                    unchanged++;
                } else {
                    if (fullById == null) fullById = fullDocuments(file);
                    doc = merge(fullById.getOrDefault(r.docId(), r.annotated()), r.annotated());
                    try {
                        if (writeIfChanged(target, DocumentJson.toBytes(doc))) written++;
                        else unchanged++;
                        if (stamp != null) manifest.written(r.docId(), stamp, target);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException("cannot write the JSON of " + doc.docId() + ": "
                                + e.getMessage(), e);
                    }
                }
                mentions += doc.mentions().size();
                quotes += doc.quotes().size();
                into.addLast(doc);
            }
        }

        private Map<String, AnnotatedDocument> fullDocuments(FileResult file) {
            List<DocumentOutcome> full = file.outcomes();
            if (cache != null && file.cacheKey() != null) {
                full = cache.read(file.cacheKey());
                if (full == null) {
                    full = reannotate.annotate(file.path(), file.outcomes().stream().map(DocumentOutcome::docId).toList());
                }
            }
            Map<String, AnnotatedDocument> byId = new HashMap<>();
            for (DocumentOutcome o : full) if (o.isOk()) byId.put(o.docId(), o.annotated());
            return byId;
        }
    }
}
