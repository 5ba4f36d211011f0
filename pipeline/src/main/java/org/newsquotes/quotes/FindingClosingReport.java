package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * "Turnout fell by a third, the survey found." and "…, court records show.": a finding verb ({@code quote-cues.txt})
 * closes the sentence after a comma and a short subject ending in a noun (over auxiliaries: "a new poll has found");
 * the clause before the comma is the content, the subject its source. The closing counterpart of
 * {@link FindingThatReport} ("the survey found that …"), so in both scopes.
 */
final class FindingClosingReport extends IndirectReportPattern {
    /** Most words between the comma and the verb: "a USA TODAY analysis of court records". */
    static final int MAX_SOURCE_TOKENS = 8;

    FindingClosingReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        return report(r.ix(), r.s(), r.v(), r.direct());
    }

    private QuoteCandidate report(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct) {
        if (!isFindingVerb(ix, v)) return null;
        int tail = s.endToken();
        while (tail > v + 1 && ix.isPunct(tail - 1)) tail--;
        if (tail != v + 1) return null; // the verb ends the sentence
        int comma = -1;
        for (int t = v - 1; t > s.firstToken() && v - t <= MAX_SOURCE_TOKENS + 1; t--) {
            if (ix.firstChar(t) == ',') { comma = t; break; }
            if (ix.isPunct(t) || SourcePhraseFinder.isMark(ix, t) || Words.isRelativePronoun(ix, t)) return null;
        }
        if (comma < 0 || comma - s.firstToken() < ReportedClause.MIN_CONTENT_TOKENS) return null;
        int srcEnd = SourcePhraseFinder.trimAuxiliaries(ix, comma + 1, v);
        if (srcEnd <= comma + 1 || !ix.token(srcEnd - 1).pos().startsWith("NN")) return null;
        for (int t = comma + 1; t < srcEnd; t++) if (Words.isFinite(ix, t)) return null;
        if (SourcePhraseFinder.isMark(ix, comma - 1) || !ClauseShape.hasFiniteVerb(ix, ix.clauseStart(s), comma)) return null;
        Span content = clause.contentSpan(ix, s.firstToken(), comma, direct);
        if (content == null) return null;
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, comma + 1, srcEnd, v,
                SourcePhraseFinder.cueText(ix, v, v + 1));
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }
}
