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
 *   <li>{@code m:} (people) and {@code o:} (other names, company forms written one way) for one misspelt word, and
 *       {@code d:} (people) for one or two words left out: see {@link #nearMissKeys} and {@link #droppedNameKeys};</li>
 *   <li>{@code w:} the words of a name other than connectors, in order ({@code connector-words});</li>
 *   <li>{@code n:} an organisation's words with numbers as digits ({@code number-words}); {@code x:} its words with
 *       abbreviations written out, star when it has none ({@code abbreviation}); {@code q:} its words, star
 *       for a name with a part in parentheses left out ({@code qualifier});</li>
 *   <li>for people, {@code fr:}, {@code de:}, {@code ar:} and {@code zh:} the French, German (and Baltic), Arabic
 *       and Chinese romanisation folds ({@link NearMiss}, {@link ChineseRomanisation}); the {@code d:} star keys also hold the name without one or two leading given names
 *       ({@code middle-name}); the same keys for the name without its patronymic, with {@code j:} its letters
 *       joined under {@code l:}, and a star {@code p:} key for a two-word name's words swapped (surname written
 *       first: the swapped names the near-miss rules link share the surname's loose key and the given name's
 *       first letter);</li>
 *   <li>{@code f:} the words of an organisation's name other than its company forms, sorted: the same company
 *       with other forms of one family, or with a form on one side only (star when the name has no form);</li>
 *   <li>{@code a:} acronym letters of an acronym; a longer name holds the star form for its initials (all
 *       words, content words, hyphenated words whole), so it meets acronyms but not other names with its
 *       initials;</li>
 *   <li>for other names, star {@code l:} keys for the short forms the name could have: its core without
 *       designators or comma qualifier ("Tasnim News Agency" -> Tasnim, "Washington, D.C." -> Washington) and
 *       each tail of two or more words ("UN Security Council" -> Security Council): the longer name meets the
 *       short one in the short one's own block.</li>
 * </ul>
 * Star keys keep blocks from growing with common words: names sharing only a star key are never compared.
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
            List<String> keyWords = knowledge.text().keyWords(name);
            nearMissViewKeys(keyWords, keys);
            // the views the matcher also tries: without a patronymic, and a two-word name's words swapped
            List<String> withoutPatronymic = NearMiss.withoutPatronymic(keyWords, knowledge::isSuffix);
            if (!withoutPatronymic.equals(keyWords)) {
                nearMissViewKeys(withoutPatronymic, keys);
                // its letters joined meet a name split by a stray space ("Patr ushev") in that name's l: block
                String joined = t.looseKey(String.join(" ", withoutPatronymic));
                if (!joined.isEmpty()) keys.add("l:" + joined);
            }
            if (withoutPatronymic.size() == 2) {
                // the surname written first: the surname-plus-initial key p: below of the swapped name, which also
                // meets a misspelt given name (one key instead of a misspelling key per letter)
                String first = t.looseKey(withoutPatronymic.get(0));
                String g = t.wordKey(withoutPatronymic.get(1));
                if (!first.isEmpty() && !g.isEmpty()) keys.add(STAR + personKey(first, g));
            }
            PersonName p = PersonName.parse(name, knowledge);
            String s = t.looseKey(p.surnameCore());
            if (s.isEmpty()) return keys;
            if (!p.hasGiven()) {
                keys.add("s:" + s);
            } else {
                keys.add(STAR + "s:" + s);
                String g = t.wordKey(String.join("", t.words(p.given().get(0))));
                keys.add(personKey(s, g));
            }
            return keys;
        }
        if (Acronyms.looksLikeAcronym(name)) {
            keys.add("a:" + Acronyms.letters(name).toUpperCase(Locale.ROOT));
            return keys;
        }
        CompanyForms forms = knowledge.companyForms();
        List<String> formWords = forms.words(name, knowledge.text());
        nearMissKeys(formWords, "o:", 0, keys);
        // numbers in words and in digits meet (number-words)
        List<String> numbered = knowledge.numbers().normalise(formWords);
        if (numbered.stream().anyMatch(w -> w.chars().allMatch(Character::isDigit))) keys.add("n:" + String.join(" ", numbered));
        // an abbreviation and its expansion meet (abbreviation)
        List<String> expanded = knowledge.abbreviations().expand(formWords);
        if (!expanded.equals(formWords)) keys.add("x:" + String.join(" ", expanded));
        else if (formWords.size() >= 2) keys.add(STAR + "x:" + String.join(" ", formWords));
        // a qualifier in parentheses on one side (qualifier): the name without it, star for the qualified one
        String unqualified = NameMatcher.withoutParentheses(name);
        if (!unqualified.equals(name) && !unqualified.isEmpty()) {
            keys.add(STAR + "q:" + String.join(" ", forms.words(unqualified, knowledge.text())));
        } else if (!formWords.isEmpty()) {
            keys.add("q:" + String.join(" ", formWords));
        }
        List<String> content = knowledge.withoutConnectors(knowledge.text().keyWords(name));
        if (content.size() >= 2) keys.add("w:" + String.join(" ", content));
        if (formWords.stream().anyMatch(forms::isForm)) {
            // the same words with other forms, or a form on one side only, meet here
            List<String> rest = new java.util.ArrayList<>(formWords);
            rest.removeIf(forms::isForm);
            java.util.Collections.sort(rest);
            if (!rest.isEmpty()) keys.add("f:" + String.join(" ", rest));
        } else if (formWords.size() >= 1) {
            List<String> rest = new java.util.ArrayList<>(formWords);
            java.util.Collections.sort(rest);
            keys.add(STAR + "f:" + String.join(" ", rest));
        }
        List<String> words = NameText.words(name);
        if (words.size() >= 2) {
            // an expansion meets its acronym, never the other expansions with the same initials
            keys.add(STAR + "a:" + initials(words, false));
            keys.add(STAR + "a:" + initials(words, true));
            keys.add(STAR + "a:" + initials(NameText.tokens(name), true));
            // a longer name meets the names it could be a short form of, which sit in their own l: block
            for (int i = 1; i <= words.size() - 2; i++) {
                keys.add(STAR + "l:" + t.looseKey(String.join(" ", words.subList(i, words.size()))));
            }
        }
        String core = core(name);
        if (!core.isEmpty() && !core.equals(name)) {
            String k = t.looseKey(core);
            if (!k.isEmpty() && !k.equals(loose)) keys.add(STAR + "l:" + k);
        }
        return keys;
    }

    /** The {@code p:} key: a surname's loose key and the first letter of a given name's word key. */
    private static String personKey(String surname, String givenKey) {
        return "p:" + surname + "|" + (givenKey.isEmpty() ? "" : givenKey.substring(0, 1));
    }

    /**
     * The keys of a person's name (key {@code words}) for the {@link NearMiss} rules: misspelling ({@code m:}; a
     * misspelt given name keeps its first letter and the surname, so only the last two words), dropped names
     * ({@code d:}), and the French, German, Arabic, Baltic and Chinese folds ({@code fr:}, {@code de:}, {@code ar:},
     * {@code zh:}; a Baltic name holds the {@code de:} keys of its words without their endings).
     */
    private static void nearMissViewKeys(List<String> words, Set<String> keys) {
        nearMissKeys(words, "m:", Math.max(0, words.size() - 2), keys);
        droppedNameKeys(words, keys);
        if (words.size() >= 2) {
            List<String> french = new java.util.ArrayList<>();
            List<String> german = new java.util.ArrayList<>();
            List<String> latvian = new java.util.ArrayList<>();
            List<String> lithuanian = new java.util.ArrayList<>();
            for (String w : words) {
                french.add(NearMiss.frenchFold(w));
                german.add(NearMiss.germanFold(w));
                String lv = NearMiss.latvianStem(w);
                String lt = NearMiss.lithuanianStem(w);
                latvian.add(lv == null ? "" : NearMiss.germanFold(lv));
                lithuanian.add(lt == null ? "" : NearMiss.germanFold(lt));
            }
            keys.add("fr:" + String.join(" ", french));
            keys.add("de:" + String.join(" ", german));
            if (!latvian.contains("")) keys.add("de:" + String.join(" ", latvian));
            if (!lithuanian.contains("")) keys.add("de:" + String.join(" ", lithuanian));
            String arabic = NearMiss.arabicFold(words);
            if (arabic.length() >= 6) keys.add("ar:" + arabic);
            if (words.stream().allMatch(ChineseRomanisation::chineseShaped)) keys.add("zh:" + ChineseRomanisation.fold(words));
        }
    }

    /**
     * Keys for {@code misspelling} ({@link NearMiss#misspelling}): two names of two or more words that differ in one
     * word by one edit share a key made of the other words and that word with one letter left out (or whole): a
     * swap, a changed, a missing or an added letter all leave one such form in common. Keys for the words from
     * index {@code from} on (a person's last two words; every word of other names).
     */
    private static void nearMissKeys(List<String> words, String prefix, int from, Set<String> keys) {
        if (words.size() < 2) return;
        for (int i = from; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() < NearMiss.MIN_LETTERS - 1) continue;
            Set<String> forms = new TreeSet<>();
            forms.add(w);
            for (int d = 0; d < w.length(); d++) forms.add(w.substring(0, d) + w.substring(d + 1));
            for (String f : forms) {
                List<String> k = new java.util.ArrayList<>(words);
                k.set(i, f);
                keys.add(prefix + i + ":" + String.join(" ", k));
            }
        }
    }

    /**
     * Keys for {@code dropped-names} ({@link NearMiss#droppedNames}): every name holds {@code d:} with all its words;
     * a longer name also holds the star form of itself with one or two words left out (the first kept, two words
     * or more left), so it meets the shorter names it could be, never the other long names.
     */
    private static void droppedNameKeys(List<String> words, Set<String> keys) {
        if (words.size() < 2) return;
        keys.add("d:" + String.join(" ", words));
        int n = words.size();
        for (int i = 1; i < n; i++) {
            if (n - 1 >= 2) keys.add(STAR + "d:" + String.join(" ", without(words, i, -1, -1)));
            for (int j = i + 1; j < n && NearMiss.MAX_DROPPED >= 2; j++) {
                if (n - 2 >= 2) keys.add(STAR + "d:" + String.join(" ", without(words, i, j, -1)));
                // a long name may drop three
                for (int k = j + 1; k < n && n >= NearMiss.LONG_NAME; k++) {
                    keys.add(STAR + "d:" + String.join(" ", without(words, i, j, k)));
                }
            }
        }
        // known by a middle name: the name without its leading given names
        for (int k = 1; k <= NearMiss.MAX_MIDDLE_DROPPED && n - k >= 2; k++) {
            keys.add(STAR + "d:" + String.join(" ", words.subList(k, n)));
        }
    }

    private static List<String> without(List<String> words, int i, int j, int l) {
        List<String> out = new java.util.ArrayList<>(words.size());
        for (int k = 0; k < words.size(); k++) if (k != i && k != j && k != l) out.add(words.get(k));
        return out;
    }

    /** The name before a comma, without trailing designator words ("Tasnim News Agency" -> "Tasnim"). */
    private String core(String name) {
        int comma = name.indexOf(',');
        String head = comma > 0 ? name.substring(0, comma) : name;
        List<String> w = new java.util.ArrayList<>(NameText.tokens(head));
        while (w.size() > 1 && knowledge.isDesignator(NameText.trimPunct(w.get(w.size() - 1)))) w.remove(w.size() - 1);
        return String.join(" ", w);
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
