package org.newsquotes.quotes;

/**
 * {@link IndirectScope#PARC} only: "the poll shows a tight race": the phrase after a finding verb with no "that".
 */
final class FindingObjectReport extends IndirectReportPattern {
    FindingObjectReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        return isFindingVerb(r.ix(), r.v()) ? objectAfterVerb(r.ix(), r.s(), r.v(), r.direct()) : null;
    }
}
