package org.newsquotes.quotes;

/**
 * What the word "that" found after a speech verb opens ({@link ComplementAfterVerbReport}), one rule each, in order:
 * <ol>
 *   <li>a "verb" right after "that" that another finite verb follows is a plural noun the tagger misread, the clause's
 *       subject ("told the paper that strikes would …"): no relative clause or demonstrative, so the last rule;</li>
 *   <li>after the noun of a phrase that opens right after the verb (or a comma after it), before a finite verb: a
 *       relative clause on that noun, which says where or how it was said, so no content opens there ("said in a
 *       statement that was posted online", "posted, in a message that was later deleted");</li>
 *   <li>after another noun, before a finite verb, when a second finite verb follows the relative clause and the verb
 *       takes a bare clause that opens right after it: a relative clause inside that clause's subject, so the content
 *       opens after the verb ("said the schools that changed their times may differ");</li>
 *   <li>after another noun, before a finite verb: a relative clause on the verb's object, whose verb phrase stands for
 *       the content, as the object's noun phrase does under PARC ("criticized the law that bars …");</li>
 *   <li>elsewhere before a finite verb: a demonstrative, the clause's subject, with which the content opens ("says
 *       that's what the ferry is for", "said that would be a mistake");</li>
 *   <li>else the complementizer, after which the content opens ("said that the ferry was late").</li>
 * </ol>
 */
final class ThatWord {
    /** {@link #contentStart} when no content opens at this "that". */
    static final int NO_CONTENT = -1;

    private ThatWord() {}

    /**
     * The first token of the content that "that" at {@code t} opens after speech verb {@code v} (the rules in the
     * class comment), or {@link #NO_CONTENT}.
     *
     * @param bareClauseVerb the verb reports a clause without "that" ("said the port would close")
     * @param clauseAfterVerb a clause's first word stands right after the verb
     */
    static int contentStart(DocumentIndex ix, int v, int t, int end, boolean bareClauseVerb, boolean clauseAfterVerb) {
        boolean finiteNext = verbNext(ix, t, end);
        boolean relative = isRelative(ix, t, end);
        // "said in a statement that …", "posted, in a message that …": the phrase may follow a comma
        int phrase = v + 1 < end && ix.firstChar(v + 1) == ',' ? v + 2 : v + 1;
        if (relative && phrase < end && ix.token(phrase).pos().equals("IN") && !commaBetween(ix, phrase, t)) return NO_CONTENT;
        if (relative && bareClauseVerb && clauseAfterVerb && secondFiniteAfter(ix, t + 1, end)) return v + 1;
        if (relative) return t + 1;
        return finiteNext ? t : t + 1;
    }

    /** A comma in ({@code from}, {@code to}): the phrase closed before "that" ("described, in blunt terms, a plan that …"). */
    static boolean commaBetween(DocumentIndex ix, int from, int to) {
        for (int k = from + 1; k < to; k++) if (ix.firstChar(k) == ',') return true;
        return false;
    }

    /**
     * True when "that" at {@code t} is a relative pronoun: right after a noun, and a finite verb right after it before
     * {@code end} ("a statement that was posted", "the towns that changed their fares").
     */
    static boolean isRelative(DocumentIndex ix, int t, int end) {
        return ix.word(t).equals("that") && t > 0 && ix.token(t - 1).pos().startsWith("NN") && verbNext(ix, t, end);
    }

    /** A finite verb right after "that" at {@code t}, before {@code end}, that is no plural noun the tagger misread. */
    private static boolean verbNext(DocumentIndex ix, int t, int end) {
        return t + 1 < end && Words.isFinite(ix, t + 1) && !nounBeforeItsVerb(ix, t + 1, end);
    }

    /**
     * The word at {@code k}, tagged a present-tense verb, is a plural noun that is the subject of the finite verb right
     * after it ("told the paper that strikes would …", "that talks were …"): two finite verbs in a row make no
     * relative clause. An auxiliary ("that has voted", "that is seen") is the clause's own verb.
     */
    private static boolean nounBeforeItsVerb(DocumentIndex ix, int k, int end) {
        String pos = ix.token(k).pos();
        return (pos.equals("VBZ") || pos.equals("VBP")) && !Words.AUXILIARIES.contains(ix.word(k))
                && k + 1 < end && Words.isFinite(ix, k + 1);
    }

    /**
     * A finite verb after the relative clause whose verb is at {@code k}: another one before any punctuation,
     * conjunction or clause word, not right after an auxiliary ("had failed" is one verb).
     */
    static boolean secondFiniteAfter(DocumentIndex ix, int k, int end) {
        for (int t = k + 1; t < end && t - k <= ComplementAfterVerbReport.SUBJECT_WINDOW; t++) {
            if (ix.isPunct(t) || ix.token(t).pos().equals("CC") || Words.CLAUSE_WORDS.contains(ix.word(t))) return false;
            if (Words.isFinite(ix, t) && !Words.AUXILIARIES.contains(ix.word(t - 1))) return true;
        }
        return false;
    }
}
