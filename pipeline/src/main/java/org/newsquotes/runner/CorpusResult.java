package org.newsquotes.runner;

import java.util.List;
import java.util.Map;
import org.newsquotes.record.Entity;
import org.newsquotes.statements.Statements;

/**
 * The corpus after phase 2: every document outcome with entity ids (and statement links) filled in, the canonical
 * entities, the statements, which documents copy which, and how many merges and links each rule made (for the run
 * report).
 *
 * @param duplicates doc_id of each copy → doc_id of the document it copies
 */
public record CorpusResult(List<DocumentOutcome> outcomes, List<Entity> entities, Map<String, Integer> mergesByRule,
                           Statements statements, Map<String, String> duplicates) {
    public CorpusResult {
        outcomes = List.copyOf(outcomes);
        entities = List.copyOf(entities);
        mergesByRule = Map.copyOf(mergesByRule);
        statements = statements == null ? Statements.NONE : statements;
        duplicates = Map.copyOf(duplicates);
    }

    /** The corpus after entity resolution, before statements are linked. */
    public CorpusResult(List<DocumentOutcome> outcomes, List<Entity> entities, Map<String, Integer> mergesByRule) {
        this(outcomes, entities, mergesByRule, Statements.NONE, Map.of());
    }
}
