package org.newsquotes.quotes;

import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * "It is a shift Roe said could cost the mayor votes.": a report inside a relative clause that has no relative
 * pronoun; the finite verb right after the speech verb shows that the clause's subject is the gap, so the verb phrase
 * after it is the content and the name or pronoun right before the verb the source. Tried after
 * {@link ComplementAfterVerbReport}, which reads the clauses that have their pronoun ("which officials said …").
 */
final class ZeroRelativeReport extends IndirectReportPattern {
    ZeroRelativeReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        DocumentIndex ix = r.ix();
        Sentence s = r.s();
        int v = r.v();
        if (lexicon.verbAt(ix, v) == null || ClauseShape.relativePronounBefore(ix, s, v) >= 0) return null;
        // a verb right after a marked quote and its speaker attributes that quote (as in ComplementAfterVerbReport)
        if (attributesMarkedQuote(ix, s, v)) return null;
        int start = sourceStart(ix, s, v);
        if (start < 0) return null;
        Span content = clause.contentSpan(ix, v + 1, s.endToken(), r.direct());
        if (content == null) return null;
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, start,
                SourcePhraseFinder.trimAuxiliaries(ix, start, v), v, SourcePhraseFinder.cueText(ix, v, v + 1));
        return src.isEmpty() ? null : new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }

    /**
     * The first token of the source of a report inside a relative clause that has no relative pronoun ("the toll Roe
     * said would hurt drivers", "a risk they say is growing"), or -1: a finite verb right after the speech verb (the
     * clause's subject is the gap), a name or subject pronoun right before it, and a common noun (the clause's head)
     * right before that.
     */
    private int sourceStart(DocumentIndex ix, Sentence s, int v) {
        if (v + 1 >= s.endToken() || !Words.isFinite(ix, v + 1)) return -1;
        int e = SourcePhraseFinder.trimAuxiliaries(ix, s.firstToken(), v);
        if (e <= s.firstToken()) return -1;
        int start;
        if (Words.SUBJECT_PRONOUNS.contains(ix.word(e - 1))) {
            start = e - 1;
        } else {
            var m = speakerNameEndingAt(ix, e);
            if (m == null) return -1;
            start = m.firstToken();
        }
        if (start <= s.firstToken()) return -1;
        String head = ix.token(start - 1).pos();
        return head.equals("NN") || head.equals("NNS") ? start : -1;
    }
}
