package org.newsquotes.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Entity;
import org.newsquotes.record.Statement;
import org.newsquotes.stage.DocumentFailure;

/**
 * Everything a runner writes into an output directory:
 * <pre>
 * OUT/json/&lt;doc_id&gt;.json   per document, as documents finish ({@link #writeDocumentJson})
 * OUT/documents.csv, mentions.csv, quotes.csv, statements.csv, entities.csv, entity_documents.csv, errors.csv
 *                      ({@link #writeTables})
 * OUT/datapackage.json   ({@link #writeDataPackage})
 * </pre>
 * Every file is written atomically ({@link AtomicFiles}); a run killed at any moment leaves each file either complete
 * or as it was, plus hidden temporary files that {@link #deleteLeftovers()} removes when the next run starts.
 * Other files in the directory (such as the committed {@code output/README.md}) are never touched.
 *
 * <p>Thread-safe: {@link #writeDocumentJson} may be called from many worker threads at once (each call writes its
 * own file). The writer holds no state beyond the directory.
 */
public final class OutputWriter {
    /** The data package descriptor's file name. */
    public static final String DATA_PACKAGE = "datapackage.json";
    /** The directory of per-document JSON files. */
    public static final String JSON_DIR = "json";

    private final Path outDir;
    private final Table<DocumentRow> documentsTable;

    public OutputWriter(Path outDir) {
        this(outDir, List.of());
    }

    /** A writer whose documents.csv has {@code metaColumns} (a corpus metadata file's extra columns) as meta_*. */
    public OutputWriter(Path outDir, List<String> metaColumns) {
        this.outDir = Objects.requireNonNull(outDir, "outDir");
        this.documentsTable = metaColumns.isEmpty() ? Tables.DOCUMENTS : Tables.documents(metaColumns);
    }

    public Path outDir() { return outDir; }

    public Path jsonDir() { return outDir.resolve(JSON_DIR); }

    /** Where {@code docId}'s JSON is written (see {@link JsonPaths} for the mapping). */
    public Path jsonPath(String docId) { return JsonPaths.resolve(jsonDir(), docId); }

    /** Removes the temporary files a killed run left behind; call before this run writes anything. */
    public List<Path> deleteLeftovers() throws IOException {
        return AtomicFiles.deleteLeftovers(outDir);
    }

    /** Writes {@code json/<doc_id>.json} atomically. Safe to call concurrently for different documents. */
    public void writeDocumentJson(AnnotatedDocument doc) throws IOException {
        AtomicFiles.write(jsonPath(doc.docId()), out -> DocumentJson.write(doc, out));
    }

    /** Reads back the JSON {@link #writeDocumentJson} wrote for {@code docId}. */
    public AnnotatedDocument readDocumentJson(String docId) throws IOException {
        Path p = jsonPath(docId);
        try (InputStream in = Files.newInputStream(p)) {
            return DocumentJson.read(in);
        } catch (IOException e) {
            throw new IOException(p + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the tables. Holds one document's annotations at a time: {@code annotated} may be a lazy iterable
     * (e.g. reading each document's JSON back) and is traversed once.
     *
     * <p>Order and integrity guarantees:
     * <ul>
     *   <li>{@code documents.csv}: the rows in the order given (the runner gives corpus order); a failure whose
     *       doc_id has no row gets a {@link DocumentRow#failed(DocumentFailure) failed row}, appended;</li>
     *   <li>{@code mentions.csv}, {@code quotes.csv}: documents in the order of {@code annotated}, and within a
     *       document by start offset, then end offset (ties keep the record order);</li>
     *   <li>{@code entities.csv}: by entity_id; {@code statements.csv}: by statement_id;</li>
     *   <li>{@code errors.csv}: in documents.csv order, ties in the order given; skipped documents have none;</li>
     *   <li>every doc_id of an annotated document must have a documents row, and doc_ids must be unique.</li>
     * </ul>
     * All the files are first written to temporary files and only renamed into place when all are complete.
     *
     * @param documents one row per document, ok and failed
     * @param annotated the successfully annotated documents (the source of mention and quote rows)
     * @param entities  the corpus-wide entities (empty before entity resolution exists)
     * @param failures  every per-document failure
     */
    public void writeTables(List<DocumentRow> documents, Iterable<AnnotatedDocument> annotated,
                            List<Entity> entities, List<DocumentFailure> failures) throws IOException {
        writeTables(documents, annotated, entities, List.of(), failures);
    }

    /**
     * Writes the tables as {@link #writeTables(List, Iterable, List, List)} does, with {@code statements.csv} from
     * {@code statements} (ordered by statement_id).
     */
    public void writeTables(List<DocumentRow> documents, Iterable<AnnotatedDocument> annotated,
                            List<Entity> entities, List<Statement> statements, List<DocumentFailure> failures)
            throws IOException {
        List<DocumentRow> docRows = new ArrayList<>(documents);
        Map<String, Integer> order = new HashMap<>();
        for (DocumentRow r : docRows) {
            if (order.put(r.docId(), order.size()) != null) {
                throw new IllegalArgumentException("duplicate doc_id in documents: " + r.docId());
            }
        }
        for (DocumentFailure f : failures) {
            if (!order.containsKey(f.docId())) {
                order.put(f.docId(), order.size());
                docRows.add(DocumentRow.failed(f));
            }
        }
        // a skipped document (a language the run does not annotate) has its documents row; nothing failed
        List<DocumentFailure> sortedFailures = new ArrayList<>(failures.stream().filter(f -> !f.skipped()).toList());
        sortedFailures.sort(Comparator.comparingInt(f -> order.get(f.docId())));
        List<Entity> sortedEntities = new ArrayList<>(entities);
        sortedEntities.sort(Comparator.comparing(Entity::entityId));

        try (CsvTableWriter<DocumentRow> docs = CsvTableWriter.open(documentsTable, outDir);
             CsvTableWriter<MentionRow> mentions = CsvTableWriter.open(Tables.MENTIONS, outDir);
             CsvTableWriter<QuoteRow> quotes = CsvTableWriter.open(Tables.QUOTES, outDir);
             CsvTableWriter<Statement> stmts = CsvTableWriter.open(Tables.STATEMENTS, outDir);
             CsvTableWriter<Entity> ents = CsvTableWriter.open(Tables.ENTITIES, outDir);
             CsvTableWriter<EntityDocument> entDocs = CsvTableWriter.open(Tables.ENTITY_DOCUMENTS, outDir);
             CsvTableWriter<DocumentFailure> errors = CsvTableWriter.open(Tables.ERRORS, outDir)) {
            docs.writeAll(docRows);
            Set<String> seen = new HashSet<>();
            for (AnnotatedDocument doc : annotated) {
                String id = doc.docId();
                if (!order.containsKey(id)) throw new IllegalArgumentException("annotated document " + id
                        + " has no documents row");
                if (!seen.add(id)) throw new IllegalArgumentException("annotated document " + id + " given twice");
                mentions.writeAll(MentionRow.rowsOf(doc));
                quotes.writeAll(QuoteRow.rowsOf(doc));
            }
            List<Statement> sortedStatements = new ArrayList<>(statements);
            sortedStatements.sort(Comparator.comparing(Statement::statementId));
            stmts.writeAll(sortedStatements);
            ents.writeAll(sortedEntities);
            // one row per entity and document, so no row grows with the corpus
            for (Entity e : sortedEntities) entDocs.writeAll(EntityDocument.rowsOf(e));
            errors.writeAll(sortedFailures);
            docs.commit();
            mentions.commit();
            quotes.commit();
            stmts.commit();
            ents.commit();
            entDocs.commit();
            errors.commit();
        }
    }

    /** Writes {@code datapackage.json} describing every table. */
    public void writeDataPackage() throws IOException {
        AtomicFiles.write(outDir.resolve(DATA_PACKAGE), out -> DataPackage.write(out, Tables.withDocuments(documentsTable)));
    }
}
