package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.Sentence;

/**
 * {@link IndirectScope#PARC} only: an intention or belief ("the mayor wants to widen the road", "she thinks the plan will fail") from the {@code attitude-verb} cues;
 * also a refusal to speak ("the family declined to comment"), whose content is the two words after the verb.
 */
final class AttitudeReport extends IndirectReportPattern {
    AttitudeReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        return isAttitudeVerb(r.ix(), r.v()) ? report(r.ix(), r.s(), r.v(), r.direct()) : null;
    }

    private QuoteCandidate report(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct) {
        int end = s.endToken();
        int t = v + 1;
        int c = -1;
        if (t < end && ix.word(t).equals("that")) c = t + 1;
        else if (t + 1 < end && ix.word(t).equals("to") && ClauseShape.isBareVerb(ix, t + 1)) c = t;
        else if (t < end && ClauseShape.startsClause(ix, t) && ClauseShape.hasFiniteVerb(ix, t + 1, Math.min(end, t + 12))) c = t;
        if (c < 0 || c >= end || QuoteMarkScanner.isQuoteMark(ix.firstChar(c))) return null;
        // "the family declined to comment", "she refused to elaborate": a speech verb after "to" is a whole content in
        // two words (the refusal to speak is the report)
        boolean refusalToSpeak = c == t && lexicon.verbOfEitherScopeAt(ix, t + 1) != null;
        return reportBy(ix, s, v, c, direct, refusalToSpeak ? 2 : ReportedClause.MIN_CONTENT_TOKENS);
    }
}
