package org.newsquotes.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The blocking keys of a name: two names are compared only when they share one. Every rule of the
 * {@link NameMatcher} that can say yes has a key here, so blocking loses no match the matcher would make:
 * <ul>
 *   <li>{@code l:} the {@link TransliterationKey#looseKey} of the whole name (same string, transliteration,
 *       spacing variants);</li>
 *   <li>for people, the loose key of the surname without particles: {@code s:} for a bare surname, and the
 *       "star" form {@code s*:} for a full name, which pairs it with the bare surnames of its block but not with the
 *       other full names (there may be thousands of Smiths); full names meet each other under {@code p:}, the
 *       surname key plus the first letter of the first given name's {@link TransliterationKey#wordKey} (middle
 *       names dropped, initials, given-name variants);</li>
 *   <li>{@code c:} the alias-table canonical;</li>
 *   <li>{@code a:} acronym letters: of an acronym, or the initials of a longer name (all words, content words,
 *       hyphenated words whole);</li>
 *   <li>{@code f:} for non-people, the loose key of the first word (designator and comma short forms), and
 *       {@code e:} of the last two words (tail short forms).</li>
 * </ul>
 * Pure and thread-safe; a Spark job calls it in a {@code flatMap} over distinct names.
 */
public final class BlockingKeys {
    /** Prefix of a star key: its holders are paired with the block's other members, never with each other. */
    public static final String STAR = "*";

    private final EntityKnowledge knowledge;

    public BlockingKeys(EntityKnowledge knowledge) { this.knowledge = knowledge; }

    public Set<String> of(String rawName, String type) {
        TransliterationKey t = knowledge.transliteration();
        String name = CleanName.of(rawName, type, knowledge).name();
        Set<String> keys = new TreeSet<>();
        String loose = t.looseKey(name);
        if (!loose.isEmpty()) keys.add("l:" + loose);
        AliasTable.Canonical c = knowledge.alias(name);
        if (c != null) keys.add("c:" + knowledge.text().key(c.name()));
        if ("PERSON".equals(type)) {
            PersonName p = PersonName.parse(name, knowledge);
            String s = t.looseKey(p.surnameCore());
            if (s.isEmpty()) return keys;
            if (!p.hasGiven()) {
                keys.add("s:" + s);
            } else {
                keys.add(STAR + "s:" + s);
                String g = t.wordKey(String.join("", t.words(p.given().get(0))));
                keys.add("p:" + s + "|" + (g.isEmpty() ? "" : g.substring(0, 1)));
            }
            return keys;
        }
        if (Acronyms.looksLikeAcronym(name)) {
            keys.add("a:" + Acronyms.letters(name).toUpperCase(Locale.ROOT));
            return keys;
        }
        List<String> words = NameText.words(name);
        if (words.size() >= 2) {
            keys.add("a:" + initials(words, false));
            keys.add("a:" + initials(words, true));
            keys.add("a:" + initials(NameText.tokens(name), true));
            keys.add("e:" + t.looseKey(words.get(words.size() - 2) + " " + words.get(words.size() - 1)));
        }
        if (!words.isEmpty()) keys.add("f:" + t.looseKey(words.get(0)));
        return keys;
    }

    private String initials(List<String> words, boolean skipStopwords) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            String x = NameText.trimPunct(w);
            if (x.isEmpty()) continue;
            if (skipStopwords && knowledge.acronymStopwords().contains(x.toLowerCase(Locale.ROOT))) continue;
            b.append(Character.toUpperCase(x.charAt(0)));
        }
        return b.toString();
    }
}
