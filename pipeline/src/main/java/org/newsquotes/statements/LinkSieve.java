package org.newsquotes.statements;

import java.util.List;

/**
 * One way {@link StatementLinker} links two nodes besides aligning their words ({@link LinkRules}): reports of one
 * short phrase in the same reporting sentence ({@link FramedPhraseSieve}), an indirect report that is mostly the words
 * it quotes ({@link QuotedInReportSieve}), an article quoting again what it printed ({@link EchoInDocumentSieve}), one
 * speaker's words in two outlets' own words ({@link ParaphraseSieve}). The linker runs them in that order; a pair
 * already linked keeps its first rule.
 */
interface LinkSieve {
    /** The rule's name in the run report ({@link Statements#linksByRule()}). */
    String rule();

    /** The links this rule finds among the nodes of {@code corpus}. */
    List<NodeLink> links(LinkedCorpus corpus);
}
