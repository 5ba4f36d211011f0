package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds the ways a name is romanised into one key, word by word, so that Baghaei / Baqaei, Gaddafi / Qaddafi /
 * Kadhafi, Zelensky / Zelenskyy / Zelenskiy, Muhammad / Mohammed and Tchaikovsky / Chaikovsky share a key while
 * Iran / Iraq, Austria / Australia, Niger / Nigeria, Trump / Truman and Gaza / Giza do not.
 *
 * <p>Steps for one word (after ICU folding to ASCII lower case, apostrophes dropped, hyphens joined):
 * <ol>
 *   <li>Consonant spellings: tsch/tch -> ch, sz -> sh, cz -> ch, dzh/zh/dj -> j, ph -> f, th -> t, dh -> d,
 *       kh -> h (Russian/Arabic kh is written h as often as kh), gh/q/g/ck/k and hard c -> k (Arabic qaf and
 *       ghayn are written q, g, gh or k), x -> ks, w before "sk"/"icz" -> v (Tschaikowsky), Arabic
 *       "-ullah/-ollah" -> "-allah" and "abdul-/abdel-/abdol-" -> "abdal-".</li>
 *   <li>Semi-vowels: y is a consonant before a vowel at the start or between vowels, else the vowel i
 *       (Zelensky, Zelenskyy, Zelenskiy); w before a vowel is v, after a vowel otherwise the vowel u
 *       (Fordow / Fordo); a final h after a vowel is silent (Fatemeh / Fatima, Abdallah / Abdalla).</li>
 *   <li>Doubled letters are single (Gaddafi / Gadafi).</li>
 *   <li>Vowels: the word's first vowel group keeps its class (a | e, i, y | o, u), because the stressed first
 *       syllable is spelled consistently and tells Gaza from Giza; every later vowel group becomes one
 *       placeholder, because unstressed vowels are what romanisations disagree on (Muhammad / Mohammed, Qaeda /
 *       Qaida, Hussein / Husain).</li>
 * </ol>
 * The key alone is used for blocking. {@link #sameWord} adds guards on top of key equality: words of three
 * letters or fewer must be equal outright (Xi, Li, Kim carry too little to fold), and the later vowel groups must
 * be compatible, judged by each group's last letter, with e a wildcard between a and i but a never matching i
 * and neither matching o/u (Hamad / Hamid, Said / Saad and Maria / Mario stay apart while Ahmad / Ahmed, Hamed /
 * Hamid and Qaeda / Qaida merge). One written e between two consonants may be present in one spelling only
 * (Teheran / Tehran).
 *
 * <p>Measured against commons-codec phonetic codes on the project's pair lists: see
 * {@code PhoneticCodesMeasurementTest} and the entities section of the README.
 */
public final class TransliterationKey {
    private static final Pattern APOSTROPHES = Pattern.compile("['’`ʼʻ‘]");
    private static final Pattern HYPHENS = Pattern.compile("[-‐‑–]");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int CACHE_LIMIT = 500_000;
    private static final Pattern UMLAUT_E = Pattern.compile("(?<=[^aeiou])([uo])e(?=[^aeiouyv])");
    private static final int SHORT_WORD = 3;
    private static final int MIN_EPENTHESIS_WORD = 5;
    private static final String VOWELS = "aeiou";

    private final NameText text;
    private final Set<String> articles;
    private final Set<String> hyphenArticles;
    private final java.util.concurrent.ConcurrentHashMap<String, String> normalized = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param articles       Arabic article prefixes dropped as separate words or hyphenated (al, el, ul)
     * @param hyphenArticles assimilated forms dropped only when hyphenated (as-, ash-, ad- ...)
     */
    public TransliterationKey(NameText text, Set<String> articles, Set<String> hyphenArticles) {
        this.text = text;
        this.articles = Set.copyOf(articles);
        this.hyphenArticles = Set.copyOf(hyphenArticles);
    }

    /** The words of a name, ASCII lower case, articles dropped, hyphenated parts joined ("al-Qa'ida" -> [qaida]). */
    public List<String> words(String name) {
        String a = APOSTROPHES.matcher(text.ascii(name).toLowerCase(Locale.ROOT)).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String token : SPACES.split(a.strip())) {
            String[] parts = HYPHENS.split(token);
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                String p = NON_LETTERS.matcher(parts[i]).replaceAll("");
                boolean hyphenated = i < parts.length - 1;
                if (hyphenated && (articles.contains(p) || hyphenArticles.contains(p))) continue;
                joined.append(p);
            }
            if (joined.length() > 0) out.add(joined.toString());
        }
        if (out.size() > 1) out.removeIf(articles::contains);
        return out;
    }

    /** The key of a whole name: word keys joined by spaces. */
    public String key(String name) {
        List<String> keys = new ArrayList<>();
        for (String w : words(name)) keys.add(wordKey(w));
        return String.join(" ", keys);
    }

    /**
     * A coarse key for blocking: the words joined, folded like {@link #wordKey} and with the later-vowel
     * placeholders removed, so that spacing variants (Kim Jong-un / Kim Jong Un) and inserted vowels (Teheran /
     * Tehran) share it. Too coarse to decide anything; only used to find candidate pairs.
     */
    public String looseKey(String name) {
        String joined = String.join("", words(name));
        return vowelClassKey(normalize(joined)).replace("V", "");
    }

    /** The key of one word (lower-case ASCII letters). */
    public String wordKey(String word) {
        return vowelClassKey(normalize(word));
    }

    /**
     * Two single words that are romanisation variants: equal keys, compatible unstressed vowels, and short words
     * equal outright.
     */
    public boolean sameWord(String a, String b) {
        String wa = joinWord(a);
        String wb = joinWord(b);
        if (wa.equals(wb)) return true;
        if (wa.length() <= SHORT_WORD || wb.length() <= SHORT_WORD) return false;
        String na = normalize(wa);
        String nb = normalize(wb);
        if (vowelClassKey(na).equals(vowelClassKey(nb)) && laterVowelsCompatible(na, nb)) return true;
        return na.length() != nb.length() && Math.min(na.length(), nb.length()) >= MIN_EPENTHESIS_WORD
                && (sameAfterEpenthesis(na, nb) || sameAfterEpenthesis(nb, na));
    }

    /**
     * Is {@code longer} {@code shorter} with one written e between two consonants (Teheran / Tehran)? Persian and
     * Arabic romanisations insert or leave out this short vowel; a final vowel is never treated so (Niger / Nigeria).
     */
    private static boolean sameAfterEpenthesis(String longer, String shorter) {
        if (longer.length() != shorter.length() + 1) return false;
        for (int i = 1; i < longer.length() - 1; i++) {
            if (longer.charAt(i) == 'e' && !isVowel(longer.charAt(i - 1)) && !isVowel(longer.charAt(i + 1))) {
                String cut = longer.substring(0, i) + longer.substring(i + 1);
                if (cut.equals(shorter)) return true;
            }
        }
        return false;
    }

    /** Two names whose words are pairwise {@link #sameWord} variants (same number of words). */
    public boolean sameName(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || x.size() != y.size()) return false;
        for (int i = 0; i < x.size(); i++) if (!sameWord(x.get(i), y.get(i))) return false;
        return true;
    }

    /** Same as {@link #sameName} after joining all words into one, for spacing variants ("Kim Jong-un" / "Kim Jong Un"). */
    public boolean sameJoined(String a, String b) {
        return sameWord(String.join("", words(a)), String.join("", words(b)));
    }

    private String joinWord(String w) {
        List<String> ws = words(w);
        return String.join("", ws);
    }

    /** The folded spelling, memoised: the resolver folds the same words millions of times. */
    String normalize(String word) {
        String n = normalized.get(word);
        if (n == null) {
            if (normalized.size() > CACHE_LIMIT) normalized.clear();
            n = fold(word);
            normalized.put(word, n);
        }
        return n;
    }

    /** The folded spelling: consonants mapped, y/w resolved to consonant or vowel, doubles single, final h dropped. */
    private static String fold(String word) {
        String w = word;
        if (w.startsWith("ye") || w.startsWith("ie")) w = w.substring(1); // Yevgeny / Evgeny, Yeltsin / Eltsin
        if (w.startsWith("hs")) w = "x" + w.substring(2); // Wade-Giles hs = Pinyin x (Hsinhua / Xinhua)
        if (w.endsWith("off")) w = w.substring(0, w.length() - 3) + "ov"; // Rachmaninoff / Rachmaninov
        if (w.endsWith("ndr")) w = w.substring(0, w.length() - 1) + "er"; // Russian Aleksandr / Alexander
        // German umlaut transcription before a consonant: Mueller / Müller (ICU gives Muller), Schroeder, Koeln
        w = UMLAUT_E.matcher(w).replaceAll("$1");
        w = w.replace("tsch", "ch").replace("tch", "ch").replace("sz", "sh").replace("cz", "ch")
                .replace("dzh", "j").replace("zh", "j").replace("dj", "j")
                .replace("ph", "f").replace("th", "t").replace("dh", "d").replace("kh", "h")
                .replace("gh", "k").replace("ck", "k").replace("q", "k").replace("g", "k").replace("x", "ks")
                .replace("wsk", "vsk").replace("wicz", "vich");
        if (w.endsWith("ullah") || w.endsWith("ollah")) w = w.substring(0, w.length() - 5) + "allah";
        if (w.startsWith("abdul") || w.startsWith("abdel") || w.startsWith("abdol")) w = "abdal" + w.substring(5);
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char prev = i > 0 ? w.charAt(i - 1) : 0;
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            if (c == 'c') {
                // hard c is k; c before e/i/y and in "ch" stays
                c = next == 'h' || next == 'e' || next == 'i' || next == 'y' ? 'c' : 'k';
            } else if (c == 'y') {
                // consonant y only before a vowel at the start or after a, o, u (Sayyid, Maya); after i it is a
                // glide that romanisations drop (Yuliya / Yulia, Mariya / Maria), before e likewise (Dostoyevsky)
                boolean consonant = isVowel(next) && next != 'e' && (i == 0 || (isVowel(prev) && prev != 'i'));
                c = consonant ? 'y' : 'i';
            } else if (c == 'w') {
                c = isVowel(next) ? 'v' : (isVowel(prev) ? 'u' : 'v');
            } else if (c == 'j' && i == w.length() - 1 && prev == 'i') {
                c = 'i'; // German/Polish -ij ending: Zelenskij
            }
            b.append(c);
        }
        // doubled letters single
        StringBuilder d = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            if (i > 0 && b.charAt(i) == b.charAt(i - 1) && !isVowel(b.charAt(i))) continue;
            d.append(b.charAt(i));
        }
        int n = d.length();
        if (n > 2 && d.charAt(n - 1) == 'h' && isVowel(d.charAt(n - 2))) d.setLength(n - 1);
        return d.toString();
    }

    private static String vowelClassKey(String norm) {
        StringBuilder k = new StringBuilder(norm.length());
        boolean firstRunSeen = false;
        int i = 0;
        while (i < norm.length()) {
            char c = norm.charAt(i);
            if (!isVowel(c)) {
                k.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < norm.length() && isVowel(norm.charAt(j))) j++;
            if (!firstRunSeen) {
                k.append(vowelClass(c));
                firstRunSeen = true;
            } else {
                k.append('V');
            }
            i = j;
        }
        return k.toString();
    }

    private static boolean laterVowelsCompatible(String na, String nb) {
        List<String> ra = vowelRuns(na);
        List<String> rb = vowelRuns(nb);
        if (ra.size() != rb.size()) return false;
        for (int i = 0; i < ra.size(); i++) {
            if ((runClasses(ra.get(i)) & runClasses(rb.get(i))) == 0) return false;
            // a doubled a is a distinct vowel where it is written (Pinyin Shaanxi / Shanxi, Dutch, Finnish)
            if (ra.get(i).equals("aa") && rb.get(i).equals("a") || ra.get(i).equals("a") && rb.get(i).equals("aa")) return false;
        }
        return true;
    }

    private static List<String> vowelRuns(String norm) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < norm.length()) {
            if (!isVowel(norm.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < norm.length() && isVowel(norm.charAt(j))) j++;
            runs.add(norm.substring(i, j));
            i = j;
        }
        return runs;
    }

    /**
     * Vowel classes of a later vowel group as a bit set (a=1, i=2, o/u=4, e=a|i), taken from its last letter:
     * diphthongs differ in their first letter across romanisations (Hussein / Husain, Baghaei / Bagha'i) but the
     * last letter is what tells Maria from Mario.
     */
    private static int runClasses(String run) {
        return switch (run.charAt(run.length() - 1)) {
            case 'a' -> 1;
            case 'e' -> 3;
            case 'i' -> 2;
            default -> 4;
        };
    }

    private static char vowelClass(char c) {
        return switch (c) {
            case 'a' -> 'a';
            case 'e', 'i' -> 'i';
            default -> 'o';
        };
    }

    private static boolean isVowel(char c) { return VOWELS.indexOf(c) >= 0 && c != 0; }
}
