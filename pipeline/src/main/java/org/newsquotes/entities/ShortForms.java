package org.newsquotes.entities;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * When one name is a short form of another: the surname of a person, an organisation without its designator
 * ("Kayhan" / "Kayhan newspaper"), the tail of an organisation's name ("Foreign Ministry" / "Iranian Foreign
 * Ministry"), a place without its qualifier ("Washington" / "Washington, D.C."), and when two full personal names
 * are compatible ("Rafael Grossi" / "Rafael Mariano Grossi").
 *
 * <p>Word equality is a parameter so that the in-document clusterer and the cross-document {@link NameMatcher}
 * can use exact keys or transliteration keys.
 */
public final class ShortForms {
    private final EntityKnowledge knowledge;

    public ShortForms(EntityKnowledge knowledge) { this.knowledge = knowledge; }

    /**
     * Is {@code shortName} the surname (with or without particles) of {@code full}, a person named with at least
     * one given name? "Trump" for "Donald Trump", "bin Salman" or "Salman" for "Mohammed bin Salman".
     */
    public boolean isSurnameOf(String shortName, PersonName full, BiPredicate<String, String> same) {
        if (!full.hasGiven()) return false;
        PersonName s = PersonName.parse(shortName, knowledge);
        if (s.hasGiven() && !samePhrase(shortName, full.surname(), same)) return false;
        if (!s.suffix().isEmpty() && !s.suffixKey().equals(full.suffixKey())) return false;
        String bare = s.suffix().isEmpty() ? shortName : stripSuffix(shortName);
        return samePhrase(bare, full.surname(), same) || samePhrase(bare, full.surnameCore(), same);
    }

    /**
     * Two personal names that can denote one person: same surname, same suffix (none = none), and given names
     * that do not conflict: the shorter list of given names matches the longer one in order, each word equal or
     * an initial of the other ("George W. Bush" / "George Walker Bush"), with words missing from the shorter list
     * allowed ("Rafael Grossi" / "Rafael Mariano Grossi"). Both must have a given name.
     */
    public boolean compatibleFullNames(PersonName a, PersonName b, BiPredicate<String, String> same) {
        if (!a.hasGiven() || !b.hasGiven()) return false;
        if (!a.suffixKey().equals(b.suffixKey())) return false;
        if (!samePhrase(a.surname(), b.surname(), same) && !same.test(a.surnameCore(), b.surnameCore())) return false;
        return givenCompatible(a.given(), b.given(), same);
    }

    /**
     * Given-name lists that do not conflict: the first given names correspond; middle names may be missing from
     * one side only when that side gives just the first name ("Rafael Grossi" / "Rafael Mariano Grossi"); when
     * both give middle names they must correspond one by one ("George W. Bush" is not "George H. W. Bush").
     */
    public boolean givenCompatible(List<String> a, List<String> b, BiPredicate<String, String> same) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        if (shorter.isEmpty()) return true;
        if (!givenWordMatch(shorter.get(0), longer.get(0), same)) return false;
        if (shorter.size() == 1) return true;
        if (shorter.size() != longer.size()) return false;
        for (int i = 1; i < shorter.size(); i++) {
            if (!givenWordMatch(shorter.get(i), longer.get(i), same)) return false;
        }
        return true;
    }

    /**
     * One given name written two ways: equal (by {@code same}), an initial of the other ("J." / "John"), the initials
     * of a hyphenated given name ("J.-C." or "JC" / "Jean-Claude"), or a short form of it in
     * {@code given-name-forms.csv} ("Bill" / "William").
     */
    private boolean givenWordMatch(String x, String y, BiPredicate<String, String> same) {
        String a = x.replace(".", "");
        String b = y.replace(".", "");
        if (a.isEmpty() || b.isEmpty()) return false;
        if (a.length() == 1 || b.length() == 1) {
            return Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0));
        }
        if (same.test(a, b) || hyphenInitials(a, b) || hyphenInitials(b, a)) return true;
        NameText text = knowledge.text();
        return knowledge.givenNames().same(text.key(a), text.key(b));
    }

    /** {@code initials} ("J-C", "JC") are the first letters of the parts of the hyphenated {@code name}. */
    private static boolean hyphenInitials(String initials, String name) {
        String[] parts = name.split("-");
        String letters = initials.replace("-", "");
        if (parts.length < 2 || letters.length() != parts.length) return false;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty() || Character.toLowerCase(parts[i].charAt(0)) != Character.toLowerCase(letters.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Is {@code shorter} an organisation or place short form of {@code longer}? Three patterns: the longer name is
     * the shorter plus designator words only ("Tasnim" / "Tasnim News Agency"); the longer is the shorter plus a
     * comma qualifier ("Washington" / "Washington, D.C."); or, for organisations only, the shorter has two or more
     * words and ends the longer ("Security Council" / "UN Security Council").
     */
    public boolean isOrgOrPlaceShortForm(String shorter, String longer, boolean organisation,
                                         BiPredicate<String, String> same) {
        List<String> s = NameText.words(shorter);
        List<String> l = NameText.words(longer);
        if (s.isEmpty() || s.size() >= l.size()) return false;
        int comma = longer.indexOf(',');
        if (comma > 0 && samePhrase(shorter, longer.substring(0, comma), same)) return true;
        if (prefixOf(s, l, same)) {
            boolean rest = true;
            for (String w : l.subList(s.size(), l.size())) rest &= knowledge.isDesignator(w);
            if (rest && organisation) return true;
        }
        if (organisation && s.size() >= 2 && prefixOf(reverse(s), reverse(l), same)) {
            return Character.isUpperCase(s.get(0).charAt(0));
        }
        return false;
    }

    /**
     * Is {@code shorter} the one-word name a news outlet goes by inside an article that names it in full: the last
     * word of an outlet's name ({@code outlets.csv}), written with a capital ("the Post" / "The Washington Post",
     * "the Times" / "The New York Times")? Only within one document: across a corpus "the Post" is as likely another
     * paper, so the cross-document {@link NameMatcher} never asks.
     */
    public boolean isOutletShortName(String shorter, String longer, BiPredicate<String, String> same) {
        List<String> s = NameText.words(shorter.strip().replaceFirst("(?i)^the\\s+", ""));
        List<String> l = NameText.words(longer);
        if (s.size() != 1 || l.size() < 2 || !knowledge.outlets().isOutlet(longer)) return false;
        String word = s.get(0);
        return Character.isUpperCase(word.charAt(0)) && same.test(word, l.get(l.size() - 1));
    }

    private static boolean prefixOf(List<String> s, List<String> l, BiPredicate<String, String> same) {
        for (int i = 0; i < s.size(); i++) if (!same.test(s.get(i), l.get(i))) return false;
        return true;
    }

    private static List<String> reverse(List<String> x) {
        List<String> r = new java.util.ArrayList<>(x);
        java.util.Collections.reverse(r);
        return r;
    }

    private boolean samePhrase(String a, String b, BiPredicate<String, String> same) {
        List<String> x = NameText.words(a);
        List<String> y = NameText.words(b);
        if (x.size() != y.size()) return false;
        for (int i = 0; i < x.size(); i++) if (!same.test(x.get(i), y.get(i))) return false;
        return true;
    }

    private String stripSuffix(String name) {
        List<String> t = NameText.tokens(name);
        return String.join(" ", t.subList(0, t.size() - 1));
    }

    /** Case-, period- and diacritic-insensitive word equality. */
    public static BiPredicate<String, String> exactWords(NameText text) {
        return (a, b) -> text.key(a).equals(text.key(b));
    }
}
