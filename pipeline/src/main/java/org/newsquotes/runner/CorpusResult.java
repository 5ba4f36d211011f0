package org.newsquotes.runner;

import java.util.List;
import java.util.Map;
import org.newsquotes.record.Entity;

/**
 * The corpus after phase 2: every document outcome with entity ids filled in, the canonical entities, and how many
 * merges each rule made (for the run report).
 */
public record CorpusResult(List<DocumentOutcome> outcomes, List<Entity> entities, Map<String, Integer> mergesByRule) {
    public CorpusResult {
        outcomes = List.copyOf(outcomes);
        entities = List.copyOf(entities);
        mergesByRule = Map.copyOf(mergesByRule);
    }
}
