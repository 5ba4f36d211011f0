package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * "According to the harbour master, the port will reopen." and "The port will reopen, according to the harbour master."
 * "But, according to the survey, …" opens its sentence too ({@link IndirectReportPattern#opensClause}).
 */
final class AccordingToReport extends IndirectReportPattern {
    AccordingToReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        return report(r.ix(), r.s(), r.v(), r.direct(), r.ctx());
    }

    private QuoteCandidate report(DocumentIndex ix, Sentence s, int a, List<QuoteCandidate> direct, AttributionContext ctx) {
        int end = s.endToken();
        int srcStart = a + 2;
        int srcEnd = srcStart;
        while (srcEnd < end && srcEnd - srcStart < 12 && !SourcePhraseFinder.isClauseBreak(ix, srcEnd)) srcEnd++;
        if (srcEnd == srcStart) return null;
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.ACCORDING_TO, srcStart, srcEnd, a,
                SourcePhraseFinder.cueText(ix, a, a + 2));
        Span content;
        if (opensClause(ix, s, a)) { // "According to X, …", "But, according to X, …"
            if (srcEnd >= end || ix.firstChar(srcEnd) != ',') return null;
            content = contentSpan(ix, srcEnd + 1, end, direct);
        } else {
            if (ix.firstChar(a - 1) != ',' || a - 1 - s.firstToken() < MIN_CONTENT_TOKENS) return null;
            if (SourcePhraseFinder.isMark(ix, a - 2)) return null;
            content = contentSpan(ix, s.firstToken(), a - 1, direct);
        }
        return content == null ? null : new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }
}
