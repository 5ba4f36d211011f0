package org.newsquotes.entities;

import java.util.List;

/**
 * Two weak links between names that differ by a little, over their key words ({@link NameText#key}: lower case,
 * marks folded). Both are weak ({@link MatchDecision#weak()}): the resolver takes them only when the corpus gives the
 * name no competing candidate, because two real people can differ by exactly this much.
 * <ol>
 *   <li>{@link #droppedNames}: one name is the other with one or two words left out, keeping the first word
 *       ("Karim Hadi Nasser" / "Karim Nasser"; "Omar Farouk Said Haddad" / "Omar Farouk": a news report shortens a
 *       long name; the order is kept, so a father's and a son's names, which swap words, are not linked; never
 *       around initials, which tell a father from a son: "George H. W." / "George W.").</li>
 *   <li>{@link #misspelling}: the same words but one, and that one misspelt: same first letter, at least
 *       {@value #MIN_LETTERS} letters, one letter added, left out, changed or two swapped (two edits in words of
 *       {@value #LONG_WORD} letters or more; the shorter word may have one letter fewer than {@value #MIN_LETTERS}): "Olaf
 *       Schloz" / "Olaf Scholz", "Ingrid Bergmann" / "Ingrid Bergman"; Latin letters only. Not
 *       when the words are a name's feminine and masculine forms ("Petrov" / "Petrova", "Mario" / "Maria"): those are
 *       usually two people.</li>
 *   <li>{@link #knownByMiddleName}: the shorter name (two words or more) is the longer's last words, one or two
 *       leading given names left out: a person known by a middle name ("Edmund Hale" / "Arthur Edmund Hale",
 *       "Edmund de Witt Hale" / "Arthur Edmund de Witt Hale"); never around initials, and never with a word left out
 *       in the middle ("Farouk Haddad" / "Omar Farouk Said Haddad"), which in a patronymic chain names the father.</li>
 *   <li>{@link #frenchRomanisation}: the same words but for how French (and often German) writes Arabic and Persian
 *       sounds: "ch" inside a word for "sh", "ou" for "u", "dj" for "j", the article "el" for "al" ("Bachir
 *       el-Nasri" / "Bashir al-Nasri", "Youssouf Karam" / "Yussuf Karam"); "ch" at a word's start is left alone
 *       ("Chen" and "Shen" are two surnames).</li>
 *   <li>{@link #germanRomanisation}: the same words but for how German writes Russian and Ukrainian names: "w" for
 *       "v", "j" for "y", "sch" / "tsch" for "sh" / "ch", "ch" for "kh", "s" for "z" before a vowel at a word's start,
 *       "-ej" / "-ei" and "-i" / "-y" endings, "-tschow" / "-chev" ("Dmitri Medwedew" / "Dmitry Medvedev",
 *       "Wolodymyr Selenskyj" / "Volodymyr Zelenskyy", "Pjotr Wolatschow" / "Pyotr Volachev"); only when one name shows a German spelling (w, j, sch, ch) in a word that differs,
 *       so "Sander" / "Zander" stay apart.</li>
 *   <li>{@link #balticEndings}: the same words but for the nominative ending Latvian and Lithuanian add to every
 *       word of a foreign man's name ("Sergejs Lavrovs" / "Sergey Lavrov", "Vladimiras Putinas" / "Vladimir Putin"),
 *       the rest compared as {@link #germanFold} does; only when every word of one name carries the ending and the
 *       other's words do not all end in "s".</li>
 *   <li>{@link #arabicRomanisation}: the same letters once the ways of writing Arabic names' articles and
 *       compounds are folded: articles written apart or left out ("al", "el", "ad", "ud"...), "Abdul" / "Abdel" /
 *       "Abd al-", "-uddin" / "-eddine" / "ad-Din", "oo" / "ou" / "u", and the words joined ("Abd al-Karim al-Nasiri" /
 *       "Abdul Karim Nasiri", "Nur ad-Din Halabi" / "Nuruddin Halabi").</li>
 * </ol>
 * {@link #withoutPatronymic} gives another view of a name the matcher tries these rules on: an East Slavic name
 * without its patronymic.
 */
final class NearMiss {
    /**
     * Letters the longer of the two words needs for a misspelling: shorter words differ by one letter too often
     * ("Tim" / "Tom").
     */
    static final int MIN_LETTERS = 5;
    /** Words this long may carry two edits. */
    static final int LONG_WORD = 8;
    /** Most words one name may drop. */
    static final int MAX_DROPPED = 2;
    /** Most leading given names a name known by its middle name leaves out. */
    static final int MAX_MIDDLE_DROPPED = 2;
    /**
     * Names of this many words or more are chains (given name, father's and grandfather's names, a tribe or title:
     * "Omar Farouk Said Abdullah Haddad") that news shortens more: they may drop {@value #MAX_DROPPED_LONG} words.
     */
    static final int LONG_NAME = 5;
    /** Most words a name of {@value #LONG_NAME} words or more may drop. */
    static final int MAX_DROPPED_LONG = 3;
    /**
     * Endings of East Slavic patronymics as key words spell them ("Viktorovich", "Викторович" -> "viktorovic",
     * "Ivanovna", Ukrainian "Oleksandrovych", "Petrivna", German "Iwanowitsch", French "Borissovitch"): a closed class of the grammar, like
     * the folds below. A bare "-ich" is left out: "Dietrich" and "Ulrich" are given names.
     */
    private static final List<String> PATRONYMIC_ENDINGS = List.of("ovich", "evich", "ovic", "evic", "ovych", "evych",
            "avich", "ovitch", "evitch", "owitsch", "ewitsch", "yich", "ovna", "evna", "owna", "ewna", "ivna", "ichna");

    private NearMiss() {}

    /**
     * {@code a} and {@code b} are one name with one or two words left out of the longer (three from a name of
     * {@value #LONG_NAME} words or more, not all after the shorter's words): the shorter has two words or more,
     * starts with the longer's first word and its words appear in the longer in the same order; neither has an
     * initial.
     */
    static boolean droppedNames(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        int dropped = longer.size() - shorter.size();
        int most = longer.size() >= LONG_NAME ? MAX_DROPPED_LONG : MAX_DROPPED;
        if (shorter.size() < 2 || dropped < 1 || dropped > most) return false;
        if (!shorter.get(0).equals(longer.get(0))) return false;
        // a chain shortened keeps a later name; a name with three more words after it is a tagged phrase
        // ("Chris Marlow Calls Ann Reyes" in a headline), not a chain
        if (dropped > MAX_DROPPED && longer.subList(0, shorter.size()).equals(shorter)) return false;
        // a middle initial tells a father from a son ("H. W." / "W."): initials are the short-form rule's to judge
        for (String w : longer) if (w.length() == 1) return false;
        int j = 0;
        for (String w : longer) if (j < shorter.size() && shorter.get(j).equals(w)) j++;
        return j == shorter.size();
    }

    /**
     * {@code a} and {@code b} name a person known by a middle name: the shorter has two words or more and is the
     * longer's last words, one to {@value #MAX_MIDDLE_DROPPED} leading words left out; neither has an initial.
     */
    static boolean knownByMiddleName(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        int dropped = longer.size() - shorter.size();
        if (shorter.size() < 2 || dropped < 1 || dropped > MAX_MIDDLE_DROPPED) return false;
        for (String w : longer) if (w.length() == 1) return false;
        return longer.subList(dropped, longer.size()).equals(shorter);
    }

    /**
     * {@code a} and {@code b} have the same number of words (two or more), at least one differs, and every word is
     * the same once French romanisation is folded ({@link #frenchFold}).
     */
    static boolean frenchRomanisation(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.size() < 2 || a.equals(b)) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!frenchFold(a.get(i)).equals(frenchFold(b.get(i)))) return false;
        }
        return true;
    }

    /** A key word as English romanisation writes it: "ch" inside a word to "sh", "ou" to "u", "dj" to "j", "el" to "al". */
    static String frenchFold(String w) {
        if (w.equals("el")) return "al";
        String head = w.isEmpty() ? "" : w.substring(0, 1);
        String rest = w.length() > 1 ? w.substring(1) : "";
        if (w.startsWith("dj")) {
            head = "j";
            rest = w.substring(2);
        }
        return (head + rest.replace("ch", "sh")).replace("ou", "u").replace("dj", "j");
    }

    /**
     * {@code a} and {@code b} have the same number of words (two or more), every word the same once German
     * romanisation is folded ({@link #germanFold}), and a word that differs shows a German spelling on one side.
     */
    static boolean germanRomanisation(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.size() < 2 || a.equals(b)) return false;
        boolean german = false;
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (x.equals(y)) continue;
            if (!germanFold(x).equals(germanFold(y))) return false;
            german |= germanSpelling(x) || germanSpelling(y);
        }
        return german;
    }

    private static boolean germanSpelling(String w) {
        return w.indexOf('w') >= 0 || w.indexOf('j') >= 0 || w.contains("ch");
    }

    /**
     * A key word in a form German and English romanisation of Russian and Ukrainian share (see
     * {@link #germanRomanisation}); a comparison key, not a spelling.
     */
    static String germanFold(String w) {
        // German "tsch" and "ch" and English "ch" and "kh" all become "kh": the two conventions give "ch" opposite
        // sounds, so only a common form compares them ("Michail" / "Mikhail", "Gorbatschow" / "Gorbachev")
        String f = w.replace("tsch", "\u0001").replace("sch", "sh").replace("ch", "kh").replace("\u0001", "kh")
                .replace('w', 'v').replace('j', 'y');
        if (f.length() > 1 && f.charAt(0) == 's' && "aeiouy".indexOf(f.charAt(1)) >= 0) f = "z" + f.substring(1);
        if (f.endsWith("ei")) f = f.substring(0, f.length() - 2) + "ey";
        // Russian "ё" after a hushing sound: German "-tschow" / "-schow", English "-chev" / "-shev"
        if (f.endsWith("khov") || f.endsWith("shov") || f.endsWith("zhov")) f = f.substring(0, f.length() - 2) + "ev";
        if (f.length() > 2 && f.endsWith("y") && "aeiou".indexOf(f.charAt(f.length() - 2)) < 0) {
            f = f.substring(0, f.length() - 1) + "i";
        }
        return f;
    }

    /**
     * {@code a} and {@code b} are one name, one of them in a Baltic form ({@link NearMiss} item 6): the same number of
     * words (two or more), every word of one name ends in "s", and each word, without its "s" (Latvian "-s") or its
     * vowel and "s" (Lithuanian "-as", "-is", "-us", "-ys"), is the other's word once {@link #germanFold}ed.
     */
    static boolean balticEndings(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.size() < 2 || a.equals(b)) return false;
        boolean ea = allEndInS(a);
        boolean eb = allEndInS(b);
        if (ea == eb) return false;
        List<String> baltic = ea ? a : b;
        List<String> other = ea ? b : a;
        for (int i = 0; i < baltic.size(); i++) {
            String x = baltic.get(i);
            String y = germanFold(other.get(i));
            String latvian = latvianStem(x);
            String lithuanian = lithuanianStem(x);
            if (!(latvian != null && germanFold(latvian).equals(y))
                    && !(lithuanian != null && germanFold(lithuanian).equals(y))) {
                return false;
            }
        }
        return true;
    }

    /** The word without a Latvian nominative "-s" ("Lavrovs" -> "lavrov"), or null. */
    static String latvianStem(String w) {
        return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : null;
    }

    /** The word without a Lithuanian nominative "-as", "-is", "-us" or "-ys" ("Putinas" -> "putin"), or null. */
    static String lithuanianStem(String w) {
        return w.length() > 4 && w.endsWith("s") && "aiuy".indexOf(w.charAt(w.length() - 2)) >= 0
                ? w.substring(0, w.length() - 2) : null;
    }

    private static boolean allEndInS(List<String> words) {
        for (String w : words) if (!w.endsWith("s")) return false;
        return true;
    }

    /**
     * The name without an East Slavic patronymic ({@link #PATRONYMIC_ENDINGS}), or the name itself: a name of three
     * words or more loses a middle word ("Sergey Viktorovich Lavrov"), never its first or last, which may be a
     * surname of the same shape ("Roman Abramovich", "Ana Maria Petrovich"); a generational suffix
     * ({@code suffix}: "Jr.") does not count as the last word.
     */
    static List<String> withoutPatronymic(List<String> words, java.util.function.Predicate<String> suffix) {
        int last = words.size() - 1;
        while (last > 0 && suffix.test(words.get(last))) last--;
        if (last < 2) return words;
        for (int i = 1; i < last; i++) {
            if (isPatronymic(words.get(i))) {
                List<String> out = new java.util.ArrayList<>(words);
                out.remove(i);
                return List.copyOf(out);
            }
        }
        return words;
    }

    private static boolean isPatronymic(String w) {
        for (String e : PATRONYMIC_ENDINGS) if (w.length() > e.length() + 1 && w.endsWith(e)) return true;
        return false;
    }

    /** Arabic articles as romanisations write them apart ("al-", "el-", and the assimilated "ad-", "ash-", "ud-"). */
    private static final java.util.Set<String> ARABIC_ARTICLES = java.util.Set.of("al", "el", "ul", "ad", "ed", "ud",
            "ar", "as", "ash", "at", "az", "an", "adh");
    /** "Servant of" written as one word. */
    private static final java.util.Set<String> ABD = java.util.Set.of("abdul", "abdel", "abdal", "abdoul", "abdol", "abdu");
    private static final java.util.regex.Pattern DIN = java.util.regex.Pattern.compile("(uddin|eddine|eddin|addin|aldin|uldin|oddin|iddin)$");

    /**
     * {@code a} and {@code b} are one Arabic name in two romanisations ({@link #arabicFold}): the folded letters are
     * the same, the names as written are not, and one of them has two words or more.
     */
    static boolean arabicRomanisation(List<String> a, List<String> b) {
        if (a.size() < 2 && b.size() < 2) return false;
        if (String.join("", a).equals(String.join("", b))) return false;
        String fa = arabicFold(a);
        return fa.length() >= 6 && fa.equals(arabicFold(b));
    }

    /** The key words joined, with articles left out and "Abd", "-din" and long vowels written one way. */
    static String arabicFold(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (ARABIC_ARTICLES.contains(w)) continue;
            String f = ABD.contains(w) ? "abd" : DIN.matcher(w).replaceAll("din");
            out.append(f);
        }
        return out.toString().replace("oo", "u").replace("ou", "u").replace("ee", "i");
    }

    /**
     * The index of the one word in which {@code a} and {@code b} differ by a misspelling, or -1: same number of words
     * (two or more), every other word equal.
     *
     * @param latin whether both names are written in the Latin alphabet ({@link #writtenInLatin}); if not, their key
     *              words are a machine transliteration and one edit is the most allowed, whatever the length
     */
    static int misspelling(List<String> a, List<String> b, boolean latin) {
        return misspelling(a, b, latin ? 2 : 1);
    }

    /**
     * {@link #misspelling(List, List, boolean)} with at most {@code maxEdits} edits in long words (one in words under
     * {@value #LONG_WORD} letters).
     */
    static int misspelling(List<String> a, List<String> b, int maxEdits) {
        if (a.size() != b.size() || a.size() < 2) return -1;
        int differing = -1;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).equals(b.get(i))) continue;
            if (differing >= 0) return -1;
            differing = i;
        }
        if (differing < 0) return -1;
        return misspelt(a.get(differing), b.get(differing), maxEdits) ? differing : -1;
    }

    /** One word misspelt as the other (see the class comment). */
    static boolean misspelt(String x, String y, int maxLongEdits) {
        int shorter = Math.min(x.length(), y.length());
        int longer = Math.max(x.length(), y.length());
        if (longer < MIN_LETTERS || shorter < MIN_LETTERS - 1 || x.charAt(0) != y.charAt(0) || !latin(x) || !latin(y)) {
            return false;
        }
        if (genderForms(x, y)) return false;
        int maxEdits = shorter >= LONG_WORD ? maxLongEdits : 1;
        return editDistance(x, y, maxEdits) <= maxEdits;
    }

    /**
     * A name's feminine and masculine forms: one is the other plus "a" ("Petrov" / "Petrova"), or they differ in a
     * final vowel one of which is "a" ("Mario" / "Maria", "Daniele" / "Daniela").
     */
    static boolean genderForms(String x, String y) {
        if (x.equals(y + "a") || y.equals(x + "a")) return true;
        if (x.length() != y.length()) return false;
        int n = x.length();
        if (!x.regionMatches(0, y, 0, n - 1)) return false;
        char cx = x.charAt(n - 1);
        char cy = y.charAt(n - 1);
        return (cx == 'a' || cy == 'a') && "aeiouy".indexOf(cx) >= 0 && "aeiouy".indexOf(cy) >= 0;
    }

    /**
     * A name as written uses the Latin alphabet for all its letters: misspellings are judged only there, as the key
     * words of a name in another script are a machine transliteration, whose letters differ for other reasons.
     */
    static boolean writtenInLatin(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) return false;
        }
        return true;
    }

    /** Latin letters only: misspellings are judged in the Latin alphabet; other scripts go through transliteration. */
    private static boolean latin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) return false;
        }
        return true;
    }

    /**
     * Edits (insertions, deletions, substitutions and swaps of neighbouring letters) from {@code x} to {@code y}: the
     * optimal string alignment distance; any value above {@code max} is returned as {@code max + 1}.
     */
    static int editDistance(String x, String y, int max) {
        if (Math.abs(x.length() - y.length()) > max) return max + 1;
        int[][] d = new int[x.length() + 1][y.length() + 1];
        for (int i = 0; i <= x.length(); i++) d[i][0] = i;
        for (int j = 0; j <= y.length(); j++) d[0][j] = j;
        for (int i = 1; i <= x.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
        }
        return Math.min(d[x.length()][y.length()], max + 1);
    }
}
