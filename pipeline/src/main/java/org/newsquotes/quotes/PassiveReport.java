package org.newsquotes.quotes;

import java.util.Set;
import org.newsquotes.record.Sentence;

/**
 * "He was asked whether he would resign", "When asked about the strike, the mayor said …", "It was announced that the
 * plant would close", "Ann Roe was asked by host Lee Park if …": a speech verb in the passive has the one spoken to (or
 * what was said) as its subject, never the speaker. The speaker is the agent after "by" when there is one, else nobody
 * the sentence names ({@link SourcePhrase.Position#UNNAMED}): the person asked is not the author of the question.
 * A passive is a past participle after a form of "be" or "get" (adverbs between: "was later asked", "has not been
 * told"), or a past participle opening its clause alone or after a subordinator ("Asked about …", "When told …"),
 * at the sentence's start or after a comma ("The mayor, when asked about the strike, …").
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
        int t = beforeOpeners(ix, clauseStart, v);
        if (t < clauseStart) return true;
        // "The mayor, when asked about the strike, …": set off by a comma inside the sentence, after a subordinator;
        // a participle alone after a comma is as often a past tense after an apposition ("Ann Roe, the mayor, called
        // on the board to …", which the tagger reads as a participle)
        return ix.firstChar(t) == ',' && t < v - 1;
    }

    /**
     * "The paper is expected to endorse Ann Roe", "she is due to testify": an infinitive speech verb after the passive
     * has the passive's subject as its own source, who then speaks; the passive does not hide it.
     */
    private static boolean speechInfinitive(DocumentIndex ix, QuoteLexicon lexicon, int v, int end) {
        return v + 2 < end && ix.word(v + 1).equals("to") && ix.token(v + 2).pos().equals("VB")
                && lexicon.verbOfEitherScopeAt(ix, v + 2) != null;
    }

    /**
     * "When he was asked to leave, …", "If she is pressed on the cost, …": a passive verb in a clause opened by a
     * subordinator at the sentence's start; what was asked ends where the main clause begins.
     */
    static boolean inSubordinateClause(DocumentIndex ix, QuoteLexicon lexicon, int clauseStart, int v) {
        if (v <= clauseStart || !REDUCED_OPENERS.contains(ix.word(clauseStart))) return false;
        for (int t = clauseStart + 1; t < v; t++) if (ix.isPunct(t)) return false;
        return isPassive(ix, lexicon, clauseStart, v);
    }

    /**
     * The end of a question put in the passive whose content starts at {@code c}, given {@code mainClause}, where the
     * sentence's main clause begins: set off inside the sentence ("The mayor, when asked to leave, refused"), it ends
     * at the next comma, which closes the aside; else where the main clause begins.
     */
    static int questionEnd(DocumentIndex ix, int clauseStart, int v, int c, int mainClause) {
        int t = beforeOpeners(ix, clauseStart, v);
        if (t < clauseStart || ix.firstChar(t) != ',') return mainClause;
        for (int k = c; k < mainClause; k++) if (ix.firstChar(k) == ',') return k;
        return mainClause;
    }

    /**
     * Where a noun-phrase content starting at {@code t} may run to: the sentence's end, but a question put in a reduced
     * passive ("Asked about the cost, the chairman said …", "The mayor, when asked about the strike, smiled") ends at
     * the comma that closes the participle's clause ({@link #questionEnd} for a clause's content).
     */
    static int nounPhraseQuestionEnd(DocumentIndex ix, Sentence s, int v, int t) {
        if (!PassiveReport.isReduced(ix, ix.clauseStart(s), v)) return s.endToken();
        for (int k = t; k < s.endToken(); k++) if (ix.firstChar(k) == ',') return k;
        return s.endToken();
    }

    /**
     * The token before verb {@code v} and the subordinators right before it ("when", "if"): below {@code clauseStart}
     * when they open the clause, else what sets the reduced clause off (a comma) or whatever else stands there.
     */
    private static int beforeOpeners(DocumentIndex ix, int clauseStart, int v) {
        int t = v - 1;
        while (t >= clauseStart && REDUCED_OPENERS.contains(ix.word(t))) t--;
        return t;
    }

    /** Longest stretch, in tokens, of the phrases saying where and when a question was put, before the question. */
    static final int MAX_SETTING_TOKENS = 10;

    /**
     * "Asked at a briefing on Monday about the ferry, …", "was asked during a debate why …", "asked by a reporter
     * on Thursday whether …": where and when a passive question was put stand between the participle and the
     * question. From {@code t}, over prepositional phrases and time words, the first word that opens the question:
     * "about", a wh-word, or "to" before a bare verb; {@code t} itself when none is reached before punctuation, a
     * verb or {@link #MAX_SETTING_TOKENS} tokens.
     */
    static int afterSetting(DocumentIndex ix, int t, int end) {
        if (t >= end || !(ix.token(t).pos().equals("IN") || ix.token(t).pos().startsWith("NN"))) return t;
        int question = PhraseRun.find(t, Math.min(end, t + MAX_SETTING_TOKENS + 1), k -> {
            String w = ix.word(k);
            return k > t && (w.equals("about") || Words.WH_WORDS.contains(w)
                    || (w.equals("to") && k + 1 < end && ClauseShape.isBareVerb(ix, k + 1)));
        }, k -> !(ix.isPunct(k) || Words.isFinite(ix, k) || ix.token(k).pos().startsWith("VB")));
        return question < 0 ? t : question;
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
