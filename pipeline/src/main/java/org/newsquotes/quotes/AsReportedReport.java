package org.newsquotes.quotes;

import java.util.Locale;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * "As the harbour board noted in June, the port has lost half its trade." and "The port has lost half its trade, as
 * the harbour board noted.": a report introduced by "as"; its source is the words between "as" and the speech verb,
 * its content the clause on the other side of the comma.
 */
final class AsReportedReport extends IndirectReportPattern {
    /** Longest source between "as" and the verb, and longest stretch between the verb and its comma, in tokens. */
    static final int MAX_WORDS = 8;

    AsReportedReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    /** A noun phrase opens at {@code t}: a determiner, a possessive pronoun, a number or a noun. */
    private static boolean startsObject(DocumentIndex ix, int t) {
        String pos = ix.token(t).pos();
        return pos.equals("DT") || pos.equals("PRP$") || pos.equals("CD") || pos.startsWith("NN");
    }

    @Override QuoteCandidate find(Site r) {
        DocumentIndex ix = r.ix();
        Sentence s = r.s();
        int v = r.v();
        int end = s.endToken();
        QuoteLexicon.SpeechVerb verb = lexicon.verbAt(ix, v);
        if (verb == null) return null;
        int as = -1;
        for (int k = v - 1; k >= s.firstToken() && v - k <= MAX_WORDS; k--) {
            if (ix.word(k).equalsIgnoreCase("as")) { as = k; break; }
            if (ix.isPunct(k) || (Words.isFinite(ix, k) && !Words.AUXILIARIES.contains(ix.word(k)))) return null;
        }
        if (as < 0) return null;
        int srcEnd = SourcePhraseFinder.trimAuxiliaries(ix, as + 1, v);
        if (srcEnd <= as + 1 || !subjects.namesASpeaker(ix, as + 1, srcEnd)) return null;
        // "As the judge read his decision, …": an object of its own makes the verb's content that object and "as" a
        // time word ("as he told reporters" names an addressee)
        if (v + 1 < end && !verb.addressee() && startsObject(ix, v + 1)) return null;
        // the words after the verb up to its comma or the sentence end: time and place, no clause of their own
        int after = v + 1;
        while (after < end && after - v <= MAX_WORDS && !ix.isPunct(after)) {
            if (Words.isFinite(ix, after) || ix.word(after).equals("that")) return null;
            after++;
        }
        Span content;
        boolean opens = as == s.firstToken() || (as == s.firstToken() + 1 && Words.CLAUSE_WORDS.contains(ix.word(s.firstToken()).toLowerCase(Locale.ROOT)));
        if (opens) {
            // "As the board noted, CLAUSE."
            if (after >= end || ix.firstChar(after) != ',' || !ClauseShape.hasFiniteVerb(ix, after + 1, end)) return null;
            content = clause.contentSpan(ix, after + 1, end, r.direct());
        } else {
            // "CLAUSE, as the board noted."
            boolean closes = after >= end || (ix.isPunct(after) && after + 1 >= end);
            if (!closes || as - 1 <= s.firstToken() || ix.firstChar(as - 1) != ',' || !ClauseShape.hasFiniteVerb(ix, ix.clauseStart(s), as - 1)) return null;
            content = clause.contentSpan(ix, s.firstToken(), as - 1, r.direct());
        }
        if (content == null) return null;
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, as + 1, srcEnd, v, SourcePhraseFinder.cueText(ix, v, v + 1));
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }
}
