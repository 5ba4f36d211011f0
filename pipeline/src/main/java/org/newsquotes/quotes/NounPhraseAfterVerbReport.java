package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.Sentence;

/**
 * {@link IndirectScope#PARC} only: "the minister denied the report", "she called for an inquiry into the sale": the noun phrase after a verb flagged {@code np} is the content.
 */
final class NounPhraseAfterVerbReport extends IndirectReportPattern {
    NounPhraseAfterVerbReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        return report(r.ix(), r.s(), r.v(), r.direct());
    }

    private QuoteCandidate report(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct) {
        QuoteLexicon.SpeechVerb verb = lexicon.verbAt(ix, v);
        if (verb == null || !verb.nounPhrase()) return null;
        return objectAfterVerb(ix, s, v, direct);
    }
}
