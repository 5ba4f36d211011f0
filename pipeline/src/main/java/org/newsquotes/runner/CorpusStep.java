package org.newsquotes.runner;

import java.util.List;

/** Phase 2: a step that needs the whole corpus at once (entity resolution across documents). */
@FunctionalInterface
public interface CorpusStep {
    CorpusResult apply(List<DocumentOutcome> outcomes);
}
