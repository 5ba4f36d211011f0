package org.newsquotes.statements;

import java.util.List;
import java.util.Map;
import org.newsquotes.record.Statement;
import org.newsquotes.record.StatementLink;

/**
 * The statements of a corpus: one per group of linked quotes, and each quote's link to its statement.
 *
 * @param statements  ordered by statement_id
 * @param links       by {@link #key(String, String)} of the quote's document and quote id
 * @param linksByRule how many quote pairs each {@link LinkRules} rule linked (for the run report)
 */
public record Statements(List<Statement> statements, Map<String, StatementLink> links, Map<String, Integer> linksByRule) {
    public static final Statements NONE = new Statements(List.of(), Map.of(), Map.of());

    public Statements {
        statements = List.copyOf(statements);
        links = Map.copyOf(links);
        linksByRule = Map.copyOf(linksByRule);
    }

    /** The key of a quote in {@link #links()}. */
    public static String key(String docId, String quoteId) {
        return docId + '\u0000' + quoteId;
    }

    public StatementLink linkOf(String docId, String quoteId) {
        return links.get(key(docId, quoteId));
    }
}
