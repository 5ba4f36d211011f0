package org.newsquotes.runner;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.entities.EntityResolver;
import org.newsquotes.entities.Resolution;
import org.newsquotes.record.AnnotatedDocument;

/**
 * Phase 2 on one machine: resolves every document's in-document entities into corpus-wide entities and fills the
 * entity ids of mentions, local entities and quote speakers.
 */
final class EntityResolutionStep implements CorpusStep {
    private final EntityResolver resolver;

    EntityResolutionStep(EntityResolver resolver) { this.resolver = resolver; }

    @Override public CorpusResult apply(List<DocumentOutcome> outcomes) {
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (DocumentOutcome o : outcomes) if (o.isOk()) docs.add(o.annotated());
        Resolution resolution = resolver.resolveDocuments(docs);
        List<DocumentOutcome> resolved = new ArrayList<>(outcomes.size());
        for (DocumentOutcome o : outcomes) resolved.add(o.isOk() ? DocumentOutcome.ok(resolution.apply(o.annotated())) : o);
        return new CorpusResult(resolved, resolution.entities(), resolution.mergesByRule());
    }
}
