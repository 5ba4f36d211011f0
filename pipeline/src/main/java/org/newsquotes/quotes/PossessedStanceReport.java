package org.newsquotes.quotes;

import java.util.Locale;
import java.util.Set;
import org.newsquotes.record.Mention;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * {@link IndirectScope#PARC} only: "Roe's call to close the port", "his support for a new toll", "their opposition to
 * the merger": a stance noun of {@code quote-cues.txt} ({@link CueCategory#STANCE_NOUN}) after a possessive, then "to"
 * and a verb (the content starts at "to") or a preposition (the content starts after it), up to the next finite verb
 * (the sentence's own: "Roe's call to close the port surprised the board"); the possessor is the source.
 */
final class PossessedStanceReport extends IndirectReportPattern {
    /** Prepositions after the noun that introduce its content ("support for", "criticism of", "views on"). */
    static final Set<String> PREPOSITIONS = Set.of("for", "of", "on", "to", "against", "about");

    PossessedStanceReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        DocumentIndex ix = r.ix();
        Sentence s = r.s();
        int n = r.v();
        int end = s.endToken();
        if (n <= s.firstToken() || n + 2 >= end || !ix.token(n).pos().startsWith("NN")
                || !lexicon.isCue(CueCategory.STANCE_NOUN, ix.word(n).toLowerCase(Locale.ROOT))) return null;
        int c;
        String next = ix.word(n + 1).toLowerCase(Locale.ROOT);
        if (next.equals("to") && isBareVerb(ix, n + 2)) c = n + 1;
        else if (PREPOSITIONS.contains(next)) c = n + 2;
        else return null;
        int[] owner = possessor(ix, s, n);
        if (owner == null) return null;
        // the noun phrase ends before the sentence's own verb ("Roe's call to close the port | surprised the board")
        int stop = c + 1;
        while (stop < end && !Words.isFinite(ix, stop)) stop++;
        Span content = contentSpan(ix, c, stop, r.direct());
        if (content == null) return null;
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, owner[0], owner[1], n,
                SourcePhraseFinder.cueText(ix, n, n + 1));
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }

    /**
     * The possessor right before the noun, as {first, end} tokens: a possessive determiner ("his"), or a name, role or
     * source noun with "'s" ("Roe's", "the mayor's"); or null.
     */
    private int[] possessor(DocumentIndex ix, Sentence s, int n) {
        int p = n - 1;
        if (p < s.firstToken()) return null;
        if (ix.token(p).pos().equals("PRP$")) return new int[] {p, n};
        if (!Words.isPossessive(ix.word(p)) || p - 1 < s.firstToken()) return null;
        Mention m = ix.mentionAt(p - 1);
        if (m != null && m.endToken() == p && lexicon.isCue(CueCategory.SPEAKER_TYPE, m.ner())) return new int[] {Math.max(m.firstToken(), s.firstToken()), p};
        return lexicon.isSourceNoun(ix.word(p - 1)) ? new int[] {p - 1, p} : null;
    }
}
