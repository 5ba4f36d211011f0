package org.newsquotes.quotes;

/**
 * The subject of a bare reported clause that holds commas or dashes before its verb, which the plain subject window of
 * {@link ComplementAfterVerbReport} stops at: "said her list of friends, mostly farmers a decade ago, was now mostly
 * teachers" (an aside), "said the plan to shut the pool — a plan since dropped — did harm" (a dash aside), "said
 * complaints from Roe, Dunn, Park and Lee were consistent" (a list).
 */
final class SubjectWithAside {
    private SubjectWithAside() {}

    /** Longest aside, in tokens, inside a bare clause's subject ({@link #before}). */
    static final int MAX_SUBJECT_ASIDE_TOKENS = 12;
    /** Longest item of a list inside a bare clause's subject ("Roe, the town clerk, Dunn and Park"), in tokens. */
    static final int MAX_LIST_ITEM_TOKENS = 4;

    /**
     * A bare clause's subject that holds commas or dashes, its finite verb right after them: an aside set off by a
     * pair of commas (no finite verb in it) or of dashes ("said their lists of friends, mostly men a few years ago,
     * were now mostly women", "says the plan to close the libraries -- a plan it has since dropped -- did harm"), or a
     * list of three or more short noun phrases joined by commas and "and" or "or" ("said complaints from Roe, Dunn,
     * Park and Lee were consistent"). The words before the first comma or dash are a noun phrase, with no verb but an infinitive
     * or a participle, so an object and a clause ("said goodbye, waved, and left") are not read as one.
     */
    static boolean before(DocumentIndex ix, int t, int end) {
        String first = ix.token(t).pos();
        if (!(Words.OBJECT_DETERMINERS.contains(ix.word(t)) || first.equals("PRP$") || first.startsWith("NN")
                || first.equals("JJ") || first.equals("CD"))) return false;
        int k = t + 1;
        while (k < end && k - t <= ComplementAfterVerbReport.LONG_SUBJECT_WINDOW && !(ix.isPunct(k) && !ix.token(k).pos().equals("HYPH"))) {
            if (Words.isFinite(ix, k) || Words.isRelativePronoun(ix, k) || Words.opensSubordinateClause(ix, k)
                    || ix.token(k).pos().equals("CC")) return false;
            k++;
        }
        if (k >= end || k - t > ComplementAfterVerbReport.LONG_SUBJECT_WINDOW) return false;
        boolean dash = Words.isDash(ix.word(k));
        if (!dash && ix.firstChar(k) != ',') return false;
        boolean conjunction = false, nominal = true;
        int item = 0, items = 0;
        for (int j = k + 1; j < end && j - k <= MAX_SUBJECT_ASIDE_TOKENS; j++) {
            boolean comma = ix.firstChar(j) == ',';
            if (dash ? Words.isDash(ix.word(j)) : comma) {
                // the aside closes: the clause's verb follows (adverbs may come between)
                int after = j + 1;
                while (after < end && ix.token(after).pos().startsWith("RB")) after++;
                if (after < end && Words.isFinite(ix, after)) return item > 0;
                if (dash) return false;
                if (item > 0 && nominal) items++;
                item = 0; // the next item of a list
                nominal = true;
                continue;
            }
            if (ix.isPunct(j) && !ix.token(j).pos().equals("HYPH") && !comma) return false;
            if (Words.isFinite(ix, j)) {
                // "Roe, Dunn, Park and Lee were": after the list's conjunction and its last item, the clause's verb;
                // a dash aside may hold a clause of its own
                if (!dash) return conjunction && items > 0 && nominal && item > 0 && item <= MAX_LIST_ITEM_TOKENS;
            }
            if (ix.token(j).pos().equals("CC")) {
                // a list of three or more ends in "and" or "or" ("…, but no action was taken" is a second clause)
                conjunction = ix.word(j).equals("and") || ix.word(j).equals("or");
                item = 0;
                nominal = true;
            } else {
                item++;
                nominal &= Words.isNounPhraseWord(ix, j) || ix.word(j).equals("of");
            }
        }
        return false;
    }

}
