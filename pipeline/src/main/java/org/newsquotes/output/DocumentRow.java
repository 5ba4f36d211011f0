package org.newsquotes.output;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Document;
import org.newsquotes.record.Layer;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.stage.DocumentFailure;

/**
 * One row of {@code documents.csv}: every document of the corpus has one, failed ones too.
 *
 * <p>Counts are null (an empty cell) when the layer they count was never produced: a document that failed in
 * {@code nlp} has {@code chars} but no {@code tokens}; a run without the quote stage has no {@code quotes} count.
 * Optional strings are normalised so that "" and null are the same value, as they are in the CSV.
 * Serializable so a distributed runner can compute rows where the documents are and send only the rows.
 */
public record DocumentRow(String docId, String path, SourceFormat format, String title, String date, String url,
                          String canonicalUrl, String outlet, List<String> authors, String language, Integer chars, Integer tokens, Integer sentences, Integer mentions,
                          Integer quotes, Integer removedChars, List<String> warnings, DocumentStatus status,
                          String error, String duplicateOf, java.util.Map<String, String> extra) implements Serializable {
    /** A row without the corpus metadata file's extra columns. */
    public DocumentRow(String docId, String path, SourceFormat format, String title, String date, String url,
                       String canonicalUrl, String outlet, List<String> authors, String language, Integer chars,
                       Integer tokens, Integer sentences, Integer mentions, Integer quotes, Integer removedChars,
                       List<String> warnings, DocumentStatus status, String error, String duplicateOf) {
        this(docId, path, format, title, date, url, canonicalUrl, outlet, authors, language, chars, tokens, sentences,
                mentions, quotes, removedChars, warnings, status, error, duplicateOf, java.util.Map.of());
    }

    public DocumentRow {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        title = Cells.cap(Cells.emptyToNull(title));
        date = Cells.emptyToNull(date);
        url = Cells.emptyToNull(url);
        outlet = Cells.emptyToNull(outlet);
        canonicalUrl = Cells.emptyToNull(canonicalUrl);
        language = Cells.emptyToNull(language);
        authors = authors == null ? List.of() : List.copyOf(authors);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        error = Cells.cap(Cells.emptyToNull(error));
        duplicateOf = Cells.emptyToNull(duplicateOf);
        extra = extra == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(extra));
        if (docId.equals(duplicateOf)) throw new IllegalArgumentException(docId + ": a duplicate of itself");
        if (status != DocumentStatus.OK && error == null) {
            throw new IllegalArgumentException(docId + ": " + status.label() + " row without a reason in error");
        }
        if (status == DocumentStatus.OK && error != null) {
            throw new IllegalArgumentException(docId + ": ok row with an error: " + error);
        }
    }

    /**
     * This row with its token and sentence counts replaced (the slim cached copy of a document keeps its counts, not
     * its tokens); the row itself when {@code tokens} is null.
     */
    public DocumentRow withCounts(Integer tokens, Integer sentences) {
        if (tokens == null) return this;
        return new DocumentRow(docId, path, format, title, date, url, canonicalUrl, outlet, authors, language, chars,
                tokens, sentences, mentions, quotes, removedChars, warnings, status, error, duplicateOf, extra);
    }

    /** This row naming the document it copies ({@code null}: none). */
    public DocumentRow withDuplicateOf(String original) {
        return new DocumentRow(docId, path, format, title, date, url, canonicalUrl, outlet, authors, language, chars,
                tokens, sentences, mentions, quotes, removedChars, warnings, status, error, original, extra);
    }

    /** The row of a document every stage processed. */
    public static DocumentRow ok(AnnotatedDocument doc) {
        return of(doc, DocumentStatus.OK, null);
    }

    /** The row of a document that failed after ingest: whatever the stages before the failure produced is kept. */
    public static DocumentRow failed(AnnotatedDocument partial, DocumentFailure failure) {
        return of(partial, DocumentStatus.FAILED, failure.stage() + ": " + failure.error());
    }

    /** The row of a document that failed after ingest, when only the ingested document is at hand. */
    public static DocumentRow failed(Document document, DocumentFailure failure) {
        return failed(AnnotatedDocument.of(document), failure);
    }

    /** The row of a document left unannotated on purpose ({@link DocumentFailure#skipped()}). */
    public static DocumentRow skipped(Document document, DocumentFailure skip) {
        return of(AnnotatedDocument.of(document), DocumentStatus.SKIPPED, skip.stage() + ": " + skip.error());
    }

    /**
     * The row of a document that could not even be read: only its id is known. The path is the id without its
     * {@code #N} suffix (the id of a whole file is its path).
     */
    public static DocumentRow failed(DocumentFailure failure) {
        String id = failure.docId();
        String path = id.replaceFirst("#\\d+$", "");
        return new DocumentRow(id, path, null, null, null, null, null, null, List.of(), null, null, null, null, null,
                null, null, List.of(), DocumentStatus.FAILED, failure.stage() + ": " + failure.error(), null);
    }

    private static DocumentRow of(AnnotatedDocument doc, DocumentStatus status, String error) {
        Document d = doc.document();
        String outlet = Outlets.of(d);
        return new DocumentRow(d.docId(), d.path(), d.format(), d.title(), d.date(), d.url(), d.meta().canonicalUrl(),
                outlet, d.meta().authors(), d.meta().language(), d.text().length(),
                doc.has(Layer.TOKENS) ? doc.tokens().size() : null,
                doc.has(Layer.SENTENCES) ? doc.sentences().size() : null,
                doc.has(Layer.MENTIONS) ? doc.mentions().size() : null,
                doc.has(Layer.QUOTES) ? doc.quotes().size() : null,
                d.removedChars(), d.warnings(), status, error, null, d.meta().extra());
    }
}
