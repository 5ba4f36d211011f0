package org.newsquotes.quotes;

/**
 * "The mayor's claim that the bridge is safe", "a Reuters report that talks resumed": a reporting noun up to four words before "that" (the site), with a possessive or a name before it as the source.
 */
final class NounCueThatReport extends IndirectReportPattern {
    NounCueThatReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        DocumentIndex ix = r.ix();
        int v = r.v();
        int first = r.s().firstToken();
        if (!ix.word(v).equals("that") || v - 1 <= first) return null;
        QuoteCandidate found = null;
        for (int n = v - 1; n > first && v - n <= 4 && found == null; n--) {
            if (ix.isPunct(n)) break;
            if (lexicon.isCue(CueCategory.NOUN_CUE, ix.word(n))) found = nounCue(ix, r.s(), n, v, r.direct(), r.ctx());
        }
        return found;
    }
}
