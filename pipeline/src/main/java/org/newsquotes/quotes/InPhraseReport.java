package org.newsquotes.quotes;

import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * {@link IndirectScope#PARC} only: "In the latest poll, the mayor leads by eight points." An opening "In" phrase
 * headed by a poll, survey, study or report ({@code in-source} in {@code quote-cues.txt}) is the source of the clause
 * after its comma, as "according to" is. Not when that clause has a reporting or finding verb of its own ("In a new
 * survey, researchers found that …" is the researchers' report), nor for a place or time ("In Ohio, turnout fell").
 */
final class InPhraseReport extends IndirectReportPattern {
    /** Longest source phrase after "In", in tokens. */
    static final int MAX_SOURCE_TOKENS = 10;

    InPhraseReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        DocumentIndex ix = r.ix();
        Sentence s = r.s();
        int v = r.v();
        if (!ix.word(v).equals("in") || !ClauseShape.opensClause(ix, s, v)) return null;
        int end = s.endToken();
        int comma = v + 1;
        while (comma < end && comma - v <= MAX_SOURCE_TOKENS && !SourcePhraseFinder.isClauseBreak(ix, comma)) comma++; // a comma is one
        if (comma >= end || ix.firstChar(comma) != ',' || comma == v + 1) return null;
        if (!lexicon.isCue(CueCategory.IN_SOURCE, ix.word(headBefore(ix, v + 1, comma)))) return null;
        for (int t = v + 1; t < comma; t++) if (Words.isFinite(ix, t)) return null; // "In the poll she ran, …"
        int c = comma + 1;
        if (!ClauseShape.hasFiniteVerb(ix, c, end)) return null;
        for (int t = c; t < end; t++) {
            if (finder.isVerb(ix, t) || isFindingVerb(ix, t)) return null; // the clause reports on its own
        }
        Span content = clause.contentSpan(ix, c, end, r.direct());
        if (content == null) return null;
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.ACCORDING_TO, v + 1, comma, v, SourcePhraseFinder.cueText(ix, v, v + 1));
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }

    /**
     * The head noun of the phrase [from, end): the word before its first preposition or participle ("a survey of
     * farmers", "a poll released Sunday"), else its last word ("the latest national poll").
     */
    private static int headBefore(DocumentIndex ix, int from, int end) {
        for (int t = from + 1; t < end; t++) {
            String pos = ix.token(t).pos();
            if (pos.equals("IN") || pos.equals("VBN") || pos.equals("VBG")) return t - 1;
        }
        return end - 1;
    }
}
