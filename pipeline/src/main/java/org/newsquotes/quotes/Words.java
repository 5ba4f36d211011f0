package org.newsquotes.quotes;

import java.util.Set;

/**
 * The closed-class word tests of the quote stage, in one place: one list of personal pronouns, one of subject
 * pronouns, one set of dashes and one definition of a finite verb, so no rule carries its own variant.
 */
final class Words {
    /** Pronouns that can be the subject of a speech verb ("he said", "they told reporters"). */
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "i", "we");
    /** Every personal pronoun: never a name, even when the tagger made it an entity mention. */
    static final Set<String> PRONOUNS = org.newsquotes.record.MentionKind.PRONOUNS;
    /** Possessive pronouns that can stand for a source ("his remarks", "their statement"). */
    static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its");
    /** Dash tokens: em, en and horizontal-bar dashes, and their typewriter forms. */
    private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");
    /** Contracted auxiliaries ("she’ll", "they’d"): finite whatever the tagger says. */
    private static final Set<String> CONTRACTED_AUXILIARIES = Set.of("'ll", "'d", "'re", "'ve", "'m");
    /** Auxiliaries that make a clause finite in text the tagger left untagged. */
    private static final Set<String> FINITE_HINTS = Set.of("is", "was", "are", "were", "has", "had", "have", "will",
            "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "remains", "wants", "want");

    private Words() {}

    static boolean isDash(String token) { return DASHES.contains(token); }

    /**
     * A finite verb at token t: tagged VBD, VBZ, VBP or MD, or a contracted auxiliary; in untagged text, an auxiliary.
     */
    static boolean isFinite(DocumentIndex ix, int t) {
        if (t < 0 || t >= ix.tokenCount()) return false;
        String pos = ix.token(t).pos();
        if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) return true;
        if (CONTRACTED_AUXILIARIES.contains(ix.word(t).replace('’', '\''))) return true;
        return pos.isEmpty() && FINITE_HINTS.contains(ix.word(t));
    }
}
