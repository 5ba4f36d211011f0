package org.newsquotes.quotes;

import java.util.Set;

/**
 * "He was asked whether he would resign", "When asked about the strike, the mayor said …", "It was announced that the
 * plant would close", "Ann Roe was asked by host Lee Park if …": a speech verb in the passive has the one spoken to (or
 * what was said) as its subject, never the speaker. The speaker is the agent after "by" when there is one, else nobody
 * the sentence names ({@link SourcePhrase.Position#UNNAMED}): the person asked is not the author of the question.
 * A passive is a past participle after a form of "be" or "get" (adverbs between: "was later asked", "has not been
 * told"), or a past participle opening its clause alone or after a subordinator ("Asked about …", "When told …").
 */
final class PassiveReport {
    /** Forms of "be" and "get" that make a following participle passive. */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("am", "is", "are", "was", "were", "be", "been", "being",
            "get", "gets", "got", "getting", "gotten");
    /** Words that may open a clause reduced to its participle ("When asked …", "If pressed …"). */
    private static final Set<String> REDUCED_OPENERS = Set.of("when", "if", "after", "once", "before", "while", "unless",
            "until", "though", "although", "as");
    /** Longest agent phrase after "by", in tokens. */
    private static final int MAX_AGENT = 8;

    private PassiveReport() {}

    /**
     * True when the speech verb at {@code v} is a passive participle ({@code clauseStart}: where its clause opens); a
     * participle of a state of mind after "be" is the subject's own view ("she is convinced that …": {@link
     * CueCategory#STATE_PARTICIPLE}).
     */
    static boolean isPassive(DocumentIndex ix, QuoteLexicon lexicon, int clauseStart, int v) {
        if (!ix.token(v).pos().equals("VBN") || lexicon.isCue(CueCategory.STATE_PARTICIPLE, ix.word(v))) return false;
        int k = v - 1;
        while (k >= clauseStart && ix.token(k).pos().startsWith("RB")) k--;
        return (k >= clauseStart && PASSIVE_AUXILIARIES.contains(ix.word(k))) || isReduced(ix, clauseStart, v);
    }

    /**
     * "Asked about the strike, …", "When asked whether …": a past participle opening its clause, alone or after a
     * subordinator; the clause's subject is the main clause's, after the comma that ends the question.
     */
    static boolean isReduced(DocumentIndex ix, int clauseStart, int v) {
        if (!ix.token(v).pos().equals("VBN") || v < clauseStart) return false;
        for (int t = clauseStart; t < v; t++) {
            if (!REDUCED_OPENERS.contains(ix.word(t))) return false;
        }
        return true;
    }

    /**
     * "The paper is expected to endorse Ann Roe", "she is due to testify": an infinitive speech verb after the passive
     * has the passive's subject as its own source, who then speaks; the passive does not hide it.
     */
    private static boolean speechInfinitive(DocumentIndex ix, QuoteLexicon lexicon, int v, int end) {
        return v + 2 < end && ix.word(v + 1).equals("to") && ix.token(v + 2).pos().equals("VB")
                && lexicon.verbOfEitherScopeAt(ix, v + 2) != null;
    }

    /** The end of the agent phrase after "by" right after verb {@code v} ("asked by host Lee Park whether"), or -1. */
    static int agentEnd(DocumentIndex ix, int v, int end) {
        if (v + 2 >= end || !ix.word(v + 1).equals("by")) return -1;
        int e = v + 2;
        while (e < end && e - (v + 2) < MAX_AGENT && !opensContent(ix, e)) e++;
        return e > v + 2 && e < end ? e : -1;
    }

    /** A token that ends an agent phrase: punctuation (not a possessive or hyphen), a preposition, "to" or a wh-word. */
    private static boolean opensContent(DocumentIndex ix, int t) {
        String pos = ix.token(t).pos();
        if (pos.equals("POS") || pos.equals("HYPH")) return false;
        return ix.isPunct(t) || pos.equals("IN") || pos.equals("TO") || pos.startsWith("W") || Words.WH_WORDS.contains(ix.word(t));
    }

    /**
     * True when {@code source} is the agent of a passive report ("Asked by one analyst whether …", "was urged by the
     * mayor to …"): the words after "by" right after the verb. Grammar names the one who spoke; no other candidate is.
     */
    static boolean namesAgent(DocumentIndex ix, SourcePhrase source) {
        int v = source.cueToken();
        return source.position() == SourcePhrase.Position.INDIRECT_SUBJECT && v >= 0 && v + 1 < ix.tokenCount()
                && source.firstToken() == v + 2 && ix.word(v + 1).equals("by");
    }

    /**
     * The source of a passive report at {@code v}: the agent after "by", else an empty phrase of position
     * {@link SourcePhrase.Position#UNNAMED}; null when the verb is not passive.
     */
    static SourcePhrase source(DocumentIndex ix, QuoteLexicon lexicon, int clauseStart, int v, int end, String cue) {
        if (!isPassive(ix, lexicon, clauseStart, v) || speechInfinitive(ix, lexicon, v, end)) return null;
        int agent = agentEnd(ix, v, end);
        return agent > 0 ? new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, v + 2, agent, v, cue)
                : new SourcePhrase(SourcePhrase.Position.UNNAMED, v, v, v, cue);
    }
}
