package org.newsquotes.runner;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.ingest.CorpusMetadata;
import org.newsquotes.record.Document;

/**
 * Phase 2, first: puts the corpus's metadata file ({@link CorpusMetadata}) over what each document says of itself
 * (title, date, URL, outlet, authors, language), before entities and statements, which use dates and outlets.
 *
 * <p>Applied after phase 1, not during ingest, so the phase-1 cache stays keyed by each file's own bytes: editing
 * the metadata file re-annotates nothing.
 */
public final class MetadataStep {
    private final CorpusMetadata metadata;

    MetadataStep(CorpusMetadata metadata) { this.metadata = metadata; }

    List<DocumentOutcome> apply(List<DocumentOutcome> outcomes) {
        if (metadata.isEmpty()) return outcomes;
        List<DocumentOutcome> out = new ArrayList<>(outcomes.size());
        for (DocumentOutcome o : outcomes) out.add(apply(metadata, o));
        return out;
    }

    /** One outcome with {@code metadata}'s values over its document's (both runners call this). */
    public static DocumentOutcome apply(CorpusMetadata metadata, DocumentOutcome o) {
        if (metadata.isEmpty()) return o;
        if (o.isOk()) return DocumentOutcome.ok(o.annotated().withDocument(metadata.apply(o.annotated().document())));
        Document source = o.source() == null ? null : metadata.apply(o.source());
        return DocumentOutcome.failed(o.docId(), o.path(), source, o.failure());
    }
}
