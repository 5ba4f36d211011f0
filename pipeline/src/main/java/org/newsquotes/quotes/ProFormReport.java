package org.newsquotes.quotes;

import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * {@link IndirectScope#PARC} only: "Six in ten voters said yes", "he said so", "most Democrats say the same of the
 * senator": a pro-form right after a speech verb ({@link CueCategory#PRO_FORM}) stands for the whole answer or claim and
 * is the content, with the "of"/"about" phrase that follows it. Not when the word goes on into a phrase of its own
 * ("said no one came", "said so many times").
 */
final class ProFormReport extends IndirectReportPattern {
    ProFormReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    /**
     * The end of the pro-form ({@link CueCategory#PRO_FORM}, one or two words: "yes", "the same") opening at {@code c}
     * (c &lt; {@code end}), or -1 when none opens there.
     */
    static int proFormEnd(QuoteLexicon lexicon, DocumentIndex ix, int c, int end) {
        if (c + 1 < end && lexicon.isCue(CueCategory.PRO_FORM, ix.word(c) + " " + ix.word(c + 1))) return c + 2;
        return lexicon.isCue(CueCategory.PRO_FORM, ix.word(c)) ? c + 1 : -1;
    }

    @Override QuoteCandidate find(Site r) {
        DocumentIndex ix = r.ix();
        Sentence s = r.s();
        int v = r.v();
        int end = s.endToken();
        QuoteLexicon.SpeechVerb verb = lexicon.verbAt(ix, v);
        if (verb == null || verb.weak() || v + 1 >= end) return null;
        int c = v + 1;
        int e = proFormEnd(lexicon, ix, c, end);
        if (e < 0) return null;
        String next = e < end ? ix.word(e) : "";
        if (next.equals("of") || next.equals("about")) {
            // "the same of the senator": the phrase runs to the clause's end
            int k = e + 1;
            while (k < end && !ix.isPunct(k) && !Words.opensOwnClause(ix.word(k)) && !Words.isFinite(ix, k)) k++;
            if (k == e + 1) return null;
            e = k;
        } else if (e < end && !ix.isPunct(e) && !Words.opensOwnClause(next)) {
            return null;
        }
        SourcePhrase src = subjects.subjectOf(ix, s, v, r.direct());
        if (src == null) return null;
        Span content = new Span(ix.token(c).start(), ix.token(e - 1).end());
        if (ReportedClause.insideDirect(content.start(), content.end(), r.direct())) return null;
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }
}
