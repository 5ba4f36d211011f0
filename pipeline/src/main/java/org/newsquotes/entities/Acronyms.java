package org.newsquotes.entities;

import edu.stanford.nlp.util.AcronymMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Acronym checks: is a name an acronym, and is it the acronym of a given full name.
 *
 * <p>A full name matches when the acronym's letters equal the initials of all its words, or of its words without
 * the function words of {@code models/acronym-stopwords.txt}, with hyphenated words split ("Agence France-Presse"
 * -> AFP), or when CoreNLP's {@link AcronymMatcher} (used by its coreference) accepts it. Only the words' first
 * letters are used, so "IS" matches "Islamic State" but the acronym rule never links two ordinary words.
 */
public final class Acronyms {
    private static final int MIN_LETTERS = 2;
    private static final int MAX_LETTERS = 8;

    private Acronyms() {}

    /** "IAEA", "U.S.", "MBS": a single word of 2-8 upper-case letters (periods allowed). */
    public static boolean looksLikeAcronym(String name) {
        if (name.indexOf(' ') >= 0) return false;
        String letters = letters(name);
        return letters.length() >= MIN_LETTERS && letters.length() <= MAX_LETTERS && NameText.isAllCaps(name)
                && letters.chars().allMatch(Character::isLetter);
    }

    /** The acronym's letters, periods and other marks dropped. */
    public static String letters(String acronym) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < acronym.length(); i++) {
            char c = acronym.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(c);
        }
        return b.toString();
    }

    /** True when {@code acronym} abbreviates {@code fullName} (two or more words). */
    public static boolean abbreviates(String acronym, String fullName, Set<String> stopwords) {
        if (!looksLikeAcronym(acronym)) return false;
        String acr = letters(acronym).toUpperCase(Locale.ROOT);
        // hyphenated words count as one ("Co-operation") or as two ("France-Presse"): try both
        List<String> whole = new ArrayList<>();
        for (String t : NameText.tokens(fullName)) {
            String w = NameText.trimPunct(t);
            if (!w.isEmpty()) whole.add(w);
        }
        return matches(acr, NameText.words(fullName), stopwords) || matches(acr, whole, stopwords);
    }

    /**
     * A looser test for acronyms the text defines itself ("Agence France-Presse (AFP)"): a name of two or more words
     * whose first word starts with the acronym's first letter and whose word initials contain the acronym's letters
     * in order (words may be skipped).
     */
    public static boolean initialsInOrder(String acronym, String fullName) {
        if (!looksLikeAcronym(acronym)) return false;
        String acr = letters(acronym).toUpperCase(Locale.ROOT);
        List<String> words = NameText.words(fullName);
        if (words.size() < 2 || Character.toUpperCase(words.get(0).charAt(0)) != acr.charAt(0)) return false;
        int i = 0;
        for (String w : words) {
            if (i < acr.length() && Character.toUpperCase(w.charAt(0)) == acr.charAt(i)) i++;
        }
        return i == acr.length();
    }

    private static boolean matches(String acr, List<String> words, Set<String> stopwords) {
        if (words.size() < 2) return false;
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        List<String> contentWords = new ArrayList<>();
        for (String w : words) {
            char c = Character.toUpperCase(w.charAt(0));
            all.append(c);
            if (!stopwords.contains(w.toLowerCase(Locale.ROOT))) {
                content.append(c);
                contentWords.add(w);
            }
        }
        if (acr.contentEquals(all) || acr.contentEquals(content)) return true;
        return contentWords.size() >= 2 && AcronymMatcher.isAcronym(acr, words);
    }
}
