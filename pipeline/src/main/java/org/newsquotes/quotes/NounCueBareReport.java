package org.newsquotes.quotes;

/**
 * "The mayor's claim it had asked for talks": a reporting noun followed by a pronoun and a finite verb, with no "that".
 */
final class NounCueBareReport extends IndirectReportPattern {
    NounCueBareReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        DocumentIndex ix = r.ix();
        int v = r.v();
        if (!lexicon.isCue(CueCategory.NOUN_CUE, ix.word(v)) || v + 2 >= r.s().endToken()) return null;
        if (!Words.SUBJECT_PRONOUNS.contains(ix.word(v + 1)) || !Words.isFinite(ix, v + 2)) return null;
        return nounCue(ix, r.s(), v, v, r.direct(), r.ctx());
    }
}
