package org.newsquotes.record;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What kind of words a mention is, so counts of people are not inflated by "he" and "his": a {@code name} (a proper
 * name or a value: "Anna Petrova", "Tehran", "Tuesday", "two"), a {@code pronoun} ("he", "his", "they", "who") or a
 * {@code nominal} (a common noun phrase: "the spokesman", "officials").
 */
public enum MentionKind {
    NAME("name"),
    PRONOUN("pronoun"),
    NOMINAL("nominal");

    /** Every personal pronoun: never a name, even when the tagger made it an entity mention. The project's one list. */
    public static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "i", "we", "you", "him", "her", "his",
            "hers", "its", "them", "their", "theirs", "me", "my", "us", "our", "himself", "herself", "itself",
            "themselves");
    /** Possessive determiners: "his" in "his lawyer" names the owner, not the lawyer. */
    public static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their", "my", "our", "your", "whose");
    /** Relative pronouns that stand for a speaker ("officials, who said ..."). */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which", "that");

    private final String label;

    MentionKind(String label) { this.label = label; }

    public String label() { return label; }

    public static MentionKind fromLabel(String label) {
        for (MentionKind k : values()) if (k.label.equals(label)) return k;
        throw new IllegalArgumentException("unknown mention kind: " + label);
    }

    /**
     * The kind from the tagger's parts of speech: every token a pronoun (PRP, PRP$, WP, WP$) is a pronoun; no proper
     * noun (NNP, NNPS) and a common noun last (NN, NNS) is a nominal; anything else is a name.
     */
    public static MentionKind ofTags(List<String> words, List<String> tags) {
        boolean allPronouns = !tags.isEmpty();
        boolean proper = false;
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i) == null ? "" : tags.get(i);
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (!(t.startsWith("PRP") || t.startsWith("WP") || PRONOUNS.contains(w))) allPronouns = false;
            if (t.startsWith("NNP")) proper = true;
        }
        if (allPronouns) return PRONOUN;
        String last = tags.isEmpty() || tags.get(tags.size() - 1) == null ? "" : tags.get(tags.size() - 1);
        return !proper && (last.equals("NN") || last.equals("NNS")) ? NOMINAL : NAME;
    }

    /**
     * The kind from the words alone, when no tags are at hand: a personal or relative pronoun, else a nominal when
     * no word is capitalised or has a digit ("the spokesman"), else a name.
     */
    public static MentionKind ofText(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(t) || RELATIVE_PRONOUNS.contains(t)) return PRONOUN;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) return NAME;
        }
        return text.chars().anyMatch(Character::isLetter) ? NOMINAL : NAME;
    }
}
