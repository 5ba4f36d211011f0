package org.newsquotes.quotes;

import java.util.Set;

/**
 * The closed-class word tests of the quote stage, in one place: the pronoun lists (personal, subject, possessive,
 * source, relative, first and second person), one set of dashes and one definition of a finite verb, so no rule
 * carries its own variant.
 */
final class Words {
    /** Pronouns that can be the subject of a speech verb ("he said", "they told reporters"). */
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "i", "we");
    /** Every personal pronoun: never a name, even when the tagger made it an entity mention. */
    static final Set<String> PRONOUNS = org.newsquotes.record.MentionKind.PRONOUNS;
    /** Possessive pronouns that can stand for a source ("his remarks", "their statement"). */
    static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its");
    /** Pronouns that can name a source: the subject pronouns and the possessives ("he said", "his words"). */
    static final Set<String> SOURCE_PRONOUNS = union(SUBJECT_PRONOUNS, POSSESSIVE_PRONOUNS);
    /** Relative pronouns that can be the subject of a speech verb and open a report about their antecedent ("who said"). */
    static final Set<String> RELATIVE_SUBJECTS = Set.of("who", "which");
    /** Pronouns that refer to a person ("he", "whom") and to a body or thing ("it", "which"): a speaker's type. */
    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "his", "her", "who", "whom", "whose");
    static final Set<String> NON_PERSONAL_PRONOUNS = Set.of("it", "its", "which");
    /** First- and second-person words: a quoted passage holding them is someone's speech. */
    static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our", "myself", "ourselves");
    static final Set<String> SECOND_PERSON = Set.of("you", "your", "yourself", "yourselves");
    /** Dash tokens: em, en and horizontal-bar dashes, and their typewriter forms. */
    private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");
    /** Contracted auxiliaries ("she’ll", "they’d"): finite whatever the tagger says. */
    private static final Set<String> CONTRACTED_AUXILIARIES = Set.of("'ll", "'d", "'re", "'ve", "'m");
    /** Auxiliaries that make a clause finite in text the tagger left untagged. */
    private static final Set<String> FINITE_HINTS = Set.of("is", "was", "are", "were", "has", "had", "have", "will",
            "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "remains", "wants", "want");

    private Words() {}

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

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
