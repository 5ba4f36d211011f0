package org.newsquotes.quotes;

/**
 * {@link IndirectScope#PARC} only: the phrase after a PARC-scope verb ("the ministry announced new fares").
 */
final class ParcVerbObjectReport extends IndirectReportPattern {
    ParcVerbObjectReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        return finder.isParcVerb(r.ix(), r.v()) ? objectAfterVerb(r.ix(), r.s(), r.v(), r.direct()) : null;
    }
}
