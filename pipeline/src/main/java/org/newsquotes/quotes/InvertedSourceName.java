package org.newsquotes.quotes;

import java.util.Set;
import org.newsquotes.record.Mention;

/**
 * The name that says who an inverted source naming no one is, in the words after it: an apposition ('“…,” said a
 * spokesman, John Smith.', {@link #inApposition}) or a relative clause about giving a name ('said one shopkeeper,
 * who gave only her first name, Maria.', {@link #givenAfter}). Pure functions of the {@link DocumentIndex}; used by
 * {@link EvidencePicker} for a verb-first source.
 */
final class InvertedSourceName {
    private InvertedSourceName() {}

    /**
     * '“…,” said a spokesman, John Smith.' / 'said the firm's lawyer, Ann Hale, on Monday' / 'said the study's lead
     * author, Dr. Ann Hale of Leeds University.': a person's name set off by a comma right after an inverted source
     * that names no one, after at most two titles ("Dr.", "Dr", "Professor") and before punctuation, the sentence's end or
     * a short phrase saying where the person is from ("of …", "from …", "at …"), says who the description is. Null
     * when there is none.
     */
    static Evidence inApposition(DocumentIndex ix, QuoteLexicon lexicon, int end) {
        if (end + 1 >= ix.tokenCount() || ix.firstChar(end) != ',') return null;
        int first = end + 1;
        while (first < ix.tokenCount() && first - end <= 2 && isTitleWord(ix, lexicon, first)) first++;
        Mention m = ix.mentionAt(first);
        if (m == null || m.firstToken() != first || !"PERSON".equals(m.ner())) return null;
        if (ix.token(m.firstToken()).sentence() != ix.token(end).sentence()) return null;
        if (m.endToken() < ix.tokenCount() && ix.token(m.endToken()).sentence() == ix.token(end).sentence()
                && !ix.isPunct(m.endToken()) && !affiliationToPunctuation(ix, m.endToken())) return null;
        return EvidencePicker.nameEvidence(ix, m);
    }

    /** Longest clause, in tokens, between "who" and the name a source gave ("who gave only her first name, Maria"). */
    private static final int NAME_GIVEN_TOKENS = 10;

    /**
     * '“…,” said one shopkeeper, who gave only her first name, Maria.' / 'said a driver, who asked to be identified
     * only as Tomas.': after an inverted source that names no one, a relative clause about giving a name ("name" or
     * "identified" in it) ending in a person's name, set off by a comma or after "as", before punctuation or the
     * sentence's end: that name is who the description is. Null when there is none.
     */
    static Evidence givenAfter(DocumentIndex ix, int end) {
        if (end + 2 >= ix.tokenCount() || ix.firstChar(end) != ',' || !ix.word(end + 1).equals("who")) return null;
        int sentence = ix.token(end).sentence();
        boolean naming = false;
        for (int k = end + 2; k < ix.tokenCount() && k - end <= NAME_GIVEN_TOKENS && ix.token(k).sentence() == sentence; k++) {
            String w = ix.word(k);
            if (w.equals("name") || w.equals("names") || w.equals("identified")) naming = true;
            Mention m = ix.mentionAt(k);
            if (m == null) continue;
            if (!naming || m.firstToken() != k || !"PERSON".equals(m.ner())
                    || !(ix.word(k - 1).equals("as") || ix.firstChar(k - 1) == ',')) return null;
            boolean closes = m.endToken() >= ix.tokenCount() || ix.token(m.endToken()).sentence() != sentence
                    || ix.isPunct(m.endToken());
            return closes ? EvidencePicker.nameEvidence(ix, m) : null;
        }
        return null;
    }

    /**
     * A title before a name: a word the tagger typed TITLE ("Professor"), a title of {@code person-titles.txt} ("Dr"
     * without its period, as British papers write it), or a capitalised abbreviation ("Dr.", "Sen.").
     */
    private static boolean isTitleWord(DocumentIndex ix, QuoteLexicon lexicon, int t) {
        String w = ix.token(t).word();
        boolean untaggedCapital = ix.mentionAt(t) == null && Character.isUpperCase(w.charAt(0));
        return "TITLE".equals(ix.token(t).ner())
                || untaggedCapital && (lexicon.isPersonTitle(w) || w.length() <= 5 && w.endsWith("."));
    }

    /**
     * "of Leeds University." / "from the Met Office,": a preposition of affiliation at {@code t}, then up to
     * {@link #AFFILIATION_TOKENS} words with no verb before punctuation in the same sentence.
     */
    private static boolean affiliationToPunctuation(DocumentIndex ix, int t) {
        if (!AFFILIATION_PREPOSITIONS.contains(ix.word(t))) return false;
        int sentence = ix.token(t).sentence();
        for (int k = t + 1; k < ix.tokenCount() && k - t <= AFFILIATION_TOKENS; k++) {
            if (ix.token(k).sentence() != sentence || ix.isPunct(k)) return k > t + 1;
            if (Words.isVerbTag(ix.token(k).pos())) return false;
        }
        return false;
    }

    private static final Set<String> AFFILIATION_PREPOSITIONS = Set.of("of", "from", "at");
    private static final int AFFILIATION_TOKENS = 8;
}
