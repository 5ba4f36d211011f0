package org.newsquotes.entities;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Pure string helpers shared by every name comparison: ICU folding of scripts and diacritics, the loose matching
 * key used by the alias table and exact matching, and token splitting.
 *
 * <p>Thread-safe: the ICU transliterator is used under a lock because ICU documents transliterators as not safe
 * for concurrent use; callers that fold many names (the resolver) fold each distinct name once.
 */
public final class NameText {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’`]s|s['’`]|['’`])$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern HYPHEN = Pattern.compile("[-‐‑–]");
    private static final int CACHE_LIMIT = 500_000;

    private final Transliterator toAscii;
    /** Memoised keys: the resolver asks for the same names' keys many times. Bounded; thread-safe. */
    private final java.util.concurrent.ConcurrentHashMap<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();

    public NameText() {
        // Any-Latin turns Cyrillic/Greek/Arabic script into Latin; Latin-ASCII removes diacritics and folds letters
        // such as ı, ø, ł, ß, æ, đ that NFD alone would keep (Erdoğan -> Erdogan, Łukasz -> Lukasz).
        this.toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    }

    /** The name in ASCII letters: scripts romanised by ICU, diacritics removed; case and punctuation kept. */
    public String ascii(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) plain = s.charAt(i) < 128;
        if (plain) return s;
        synchronized (toAscii) {
            return toAscii.transliterate(s);
        }
    }

    /**
     * The loose exact-match key: ASCII-folded, lower case, periods and apostrophes dropped, every other
     * non-letter run a single space, a leading "the" dropped. "U.S." and "US" share it, as do "Erdoğan" and
     * "Erdogan"; spelling variants that differ in letters are the {@link TransliterationKey}'s job.
     */
    public String key(String s) {
        String k = keys.get(s);
        if (k == null) {
            if (keys.size() > CACHE_LIMIT) keys.clear();
            k = computeKey(s);
            keys.put(s, k);
        }
        return k;
    }

    /** The words of {@link #key}: what the matcher's word rules compare. */
    public List<String> keyWords(String s) {
        return words(key(s));
    }

    private String computeKey(String s) {
        String a = ascii(s).toLowerCase(Locale.ROOT).replace(".", "").replace("'", "").replace("’", "");
        a = NON_WORD.matcher(a).replaceAll(" ").strip();
        if (a.startsWith("the ")) a = a.substring(4);
        return a;
    }

    /** Words of a name, split at white space and hyphens, punctuation trimmed ("Al-Qaeda" -> [Al, Qaeda]). */
    public static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(s.strip())) {
            for (String part : HYPHEN.split(w)) {
                String t = trimPunct(part);
                if (!t.isEmpty()) out.add(t);
            }
        }
        return out;
    }

    /** White-space separated tokens, surrounding punctuation except a final period trimmed. */
    public static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(s.strip())) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /** Drops a possessive ending: "Iran's" -> "Iran", "Reuters'" -> "Reuters", "Hamas’" -> "Hamas". */
    public static String dropPossessive(String s) {
        var m = POSSESSIVE.matcher(s);
        if (!m.find()) return s;
        String g = m.group();
        // "Reuters'" keeps its s: only the apostrophe goes
        return g.length() == 2 && Character.toLowerCase(g.charAt(0)) == 's'
                ? s.substring(0, s.length() - 1) : s.substring(0, m.start());
    }

    static String trimPunct(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && !Character.isLetterOrDigit(s.charAt(b))) b++;
        while (e > b && !Character.isLetterOrDigit(s.charAt(e - 1)) && s.charAt(e - 1) != '.') e--;
        return s.substring(b, e);
    }

    /** True when the string has letters and every letter is upper case ("IAEA", "U.S."). */
    public static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) return false;
            }
        }
        return letter;
    }
}
