package org.newsquotes.runner;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.entities.EntityResolver;
import org.newsquotes.entities.Resolution;
import org.newsquotes.record.AnnotatedDocument;

/**
 * Phase 2 of the local runner: the corpus-wide {@link EntityResolver} over every successfully annotated document,
 * its ids filled into each document ({@link Resolution#apply}). Failed documents pass through unchanged. The Spark
 * job runs the same resolver's steps distributed and must give the same result.
 */
final class EntityResolutionStep implements CorpusStep {
    private final EntityResolver resolver;

    EntityResolutionStep(EntityResolver resolver) {
        this.resolver = resolver;
    }

    @Override public CorpusResult apply(List<DocumentOutcome> outcomes) {
        List<AnnotatedDocument> ok = new ArrayList<>();
        for (DocumentOutcome o : outcomes) if (o.isOk()) ok.add(o.annotated());
        Resolution resolution = resolver.resolveDocuments(ok);
        List<DocumentOutcome> resolved = new ArrayList<>(outcomes.size());
        for (DocumentOutcome o : outcomes) resolved.add(o.isOk() ? DocumentOutcome.ok(resolution.apply(o.annotated())) : o);
        return new CorpusResult(resolved, resolution.entities(), resolution.mergesByRule());
    }
}
