package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.Sentence;

/**
 * "The survey found that most riders want later trains": a finding verb ({@code quote-cues.txt}) with "that" right after it.
 */
final class FindingThatReport extends IndirectReportPattern {
    FindingThatReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        return report(r.ix(), r.s(), r.v(), r.direct());
    }

    private QuoteCandidate report(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct) {
        return reportBy(ix, s, v, v + 2, direct);
    }
}
