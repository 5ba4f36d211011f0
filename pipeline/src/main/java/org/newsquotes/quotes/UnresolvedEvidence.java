package org.newsquotes.quotes;

import org.newsquotes.record.Attribution;

/**
 * '“…,” Having said that, …' / 'more likely to …': the evidence of a source left unresolved must hold a word that
 * can name someone: a noun, a pronoun, a number, a determiner or relative word standing for a noun phrase ("those",
 * "which"), or a quantifier heading it ("many said", "most say", "even though several oppose"). Words that can name no one (a preposition, an adverb, "free
 * to", a modal and its verb) are a misread source phrase: the attribution keeps its cue, method and confidence but
 * gives no evidence mention, so the tables and the review tool show no words as its source. Pure function of the
 * {@link DocumentIndex}.
 */
final class UnresolvedEvidence {
    private UnresolvedEvidence() {}

    /** {@code a} without its mention when it is a source-unresolved attribution whose evidence names no one; else {@code a}. */
    static Attribution checked(DocumentIndex ix, Attribution a) {
        if (a == null || a.mentionSpan() == null || !AttributionMethod.SOURCE_UNRESOLVED.label().equals(a.method())) return a;
        int first = ix.firstTokenAtOrAfter(a.mentionSpan().start());
        int last = ix.lastTokenBefore(a.mentionSpan().end());
        if (first < 0 || first >= ix.tokenCount() || last < first) return a;
        for (int t = first; t <= last; t++) {
            if (canName(ix.token(t).pos(), ix.word(t), t == last)) return a;
        }
        return new Attribution(a.speaker(), a.speakerLocalId(), a.speakerEntityId(), null, null, a.cue(), a.method(), a.confidence());
    }

    /**
     * A word that can name someone: a noun, pronoun, number, determiner or relative word; a quantifier only as the
     * evidence's last word, its head ("many", "even though several", "most", "more", "neither"), never before "to"
     * ("more likely to").
     */
    static boolean canName(String pos, String word, boolean last) {
        return pos.startsWith("NN") || pos.startsWith("PRP") || pos.equals("CD") || pos.equals("WP") || pos.equals("WDT")
                || pos.equals("DT") || pos.equals("EX")
                || (last && (pos.startsWith("JJ") || pos.equals("RBS") || pos.equals("RBR") || Words.CORRELATIVES.contains(word)));
    }
}
