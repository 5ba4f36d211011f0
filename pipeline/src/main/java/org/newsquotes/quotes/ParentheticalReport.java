package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * "The port, the minister said, will reopen in May." (also "…, the minister told reporters on Friday, …"): a short report set off by commas inside its content; the content is the whole sentence.
 */
final class ParentheticalReport extends IndirectReportPattern {
    ParentheticalReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        return report(r.ix(), r.s(), r.v(), r.direct());
    }

    private QuoteCandidate report(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct) {
        int end = s.endToken();
        QuoteLexicon.SpeechVerb verb = lexicon.verb(ix.word(v));
        if (verb == null || verb.weak()) return null;
        // ", the senator said then," / ", Ann Roe said on Monday,"
        int close = afterTimeAndAdverbs(ix, v + 1, Math.min(end, v + 5));
        if (close == v + 1 && verb.addressee() && close < end && ix.firstChar(close) != ',') {
            // "The plan, Roe told them, will fail" / "…, Roe told reporters on Friday, …": a short addressee (and
            // its time words) before the comma
            Span obj = objectPhrase(ix, close, end);
            if (obj != null && obj.end() - close <= 3 && obj.end() < end) {
                int k = afterTemporal(ix, obj.end(), Math.min(end, obj.end() + 4));
                if (k < end && ix.firstChar(k) == ',') close = k;
            }
        }
        if (close >= end || ix.firstChar(close) != ',') return null;
        int comma = -1;
        for (int t = v - 1; t > s.firstToken() && v - t <= 6; t--) {
            if (ix.firstChar(t) == ',') { comma = t; break; }
            if (ix.isPunct(t) || Words.CLAUSE_WORDS.contains(ix.word(t))) return null;
        }
        if (comma < 0) return null;
        int srcEnd = SourcePhraseFinder.trimAuxiliaries(ix, comma + 1, v);
        if (srcEnd <= comma + 1 || !subjects.namesASpeaker(ix, comma + 1, srcEnd)) return null;
        // the words before the report may be a bare subject ("The museum, Hill said, opens in May")
        Span before = comma > s.firstToken() && !ix.isPunct(s.firstToken())
                ? new Span(ix.token(s.firstToken()).start(), ix.token(comma - 1).end()) : null;
        Span after = contentSpan(ix, close + 1, end, direct);
        if (before != null && insideDirect(before.start(), before.end(), direct)) return null;
        if (before == null || after == null || !hasFiniteVerb(ix, ix.firstTokenAtOrAfter(after.start()), end)) return null;
        // the words before are a subject, which may carry a relative clause ("The person who plays Trump, aides told
        // the paper, has been chosen"), not a clause of their own
        boolean relative = false;
        for (int t = s.firstToken(); t < comma; t++) {
            if (Words.isRelativePronoun(ix, t) && t > s.firstToken()) relative = true;
            if (SourcePhraseFinder.isMark(ix, t) || (!relative && finder.isVerb(ix, t))) return null;
        }
        Span content = new Span(before.start(), after.end());
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, comma + 1, srcEnd, v,
                SourcePhraseFinder.cueText(ix, v, v + 1));
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }
}
