package org.newsquotes.entities;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rule {@code chinese-romanisation} (weak): one Chinese name in Wade-Giles and in Pinyin, the two systems news has
 * used for Chinese names (Taiwan's and older reporting write Wade-Giles, often without its apostrophes): "Teng
 * Hsiao-p'ing" / "Deng Xiaoping", "Mao Tse-tung" / "Mao Zedong", "Chiang Ching-kuo" / "Jiang Jingguo"; and Xi
 * written "Shi" where the rest of the name agrees ("Shi Jinping" / "Xi Jinping").
 *
 * <p>Both names must be made of Chinese syllables only ({@link #chineseShaped}), their letters equal once both
 * systems are folded into one ({@link #fold}), and either one name shows Wade-Giles spelling and the other does not
 * ({@link #showsWadeGiles}), or the names differ only by an initial "x" written "sh" or "hs". The fold is coarse (it
 * merges b / p, d / t, g / k as Wade-Giles writes them without apostrophes), so two Pinyin names that differ there
 * ("Bing" / "Ping") stay apart: neither shows Wade-Giles.
 */
final class ChineseRomanisation {
    /** One Pinyin or Wade-Giles syllable (apostrophes and umlauts removed). */
    private static final String SYLLABLE = "(?:zh|ch|sh|hs|ts|tz|ss|sz|[bpmfdtnlgkhjqxrzcsyw])?"
            + "(?:iang|iong|uang|ieh|ueh|ien|uan|ian|iao|uai|ang|eng|ing|ong|ung|erh|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
            + "|ua|uo|ui|ue|ih|er|a|o|e|i|u)";
    private static final Pattern CHINESE_WORD = Pattern.compile("(?:" + SYLLABLE + "){1,3}");
    /** Spellings only Wade-Giles has: hs, ts / tz, -ih, -ieh, -ien, -ung, -erh; an apostrophe after a consonant. */
    private static final Pattern WADE_GILES = Pattern.compile(
            "hs|ts|tz|ih(?![aeiou])|ieh|ien|ung|erh|[ptkh][’'](?=[a-z])", Pattern.CASE_INSENSITIVE);
    /** A hyphen between two lower-case syllables of a given name ("Ching-kuo"), Wade-Giles' way of writing it. */
    private static final Pattern HYPHENATED_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}");

    private ChineseRomanisation() {}

    /**
     * The two names (as written, and their key words) are one Chinese name in two romanisations (see the class
     * comment).
     */
    static boolean same(String a, String b, List<String> wa, List<String> wb) {
        if (wa.size() < 2 && wb.size() < 2) return false;
        if (String.join("", wa).equals(String.join("", wb))) return false;
        for (List<String> w : List.of(wa, wb)) for (String x : w) if (!chineseShaped(x)) return false;
        if (!fold(wa).equals(fold(wb))) return false;
        boolean ga = showsWadeGiles(a);
        boolean gb = showsWadeGiles(b);
        return ga != gb || onlyXWrittenSh(wa, wb);
    }

    /** A key word made of one to three Chinese syllables. */
    static boolean chineseShaped(String word) {
        return CHINESE_WORD.matcher(word).matches();
    }

    /** The name as written shows a Wade-Giles spelling. */
    static boolean showsWadeGiles(String name) {
        return WADE_GILES.matcher(name).find() || HYPHENATED_GIVEN.matcher(name).find();
    }

    /** The same words but for words that start with "x" on one side and "sh" or "hs" on the other ("Xi" / "Shi"). */
    private static boolean onlyXWrittenSh(List<String> wa, List<String> wb) {
        if (wa.size() != wb.size()) return false;
        boolean differ = false;
        for (int i = 0; i < wa.size(); i++) {
            String x = wa.get(i);
            String y = wb.get(i);
            if (x.equals(y)) continue;
            if (!xAsSh(x, y) && !xAsSh(y, x)) return false;
            differ = true;
        }
        return differ;
    }

    private static boolean xAsSh(String x, String y) {
        return x.startsWith("x") && (y.startsWith("sh") || y.startsWith("hs")) && x.substring(1).equals(y.substring(2));
    }

    /**
     * The name's key words joined in a form both systems share; a comparison key, not a spelling: hs, sh and x are
     * one; ts, tz and c are z; ch, zh, q and j are j; k, p, t are g, b, d; and Wade-Giles finals -ih, -ieh, -ien, -ung,
     * -erh are written as Pinyin writes them.
     */
    static String fold(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            String f = w.replace("hs", "x").replace("sh", "x").replace("ts", "z").replace("tz", "z")
                    .replace("ss", "s").replace("sz", "s")
                    .replace("zh", "j").replace("ch", "j").replace('q', 'j').replace('c', 'z')
                    .replace('k', 'g').replace('p', 'b').replace('t', 'd')
                    .replace("ieh", "ie").replace("ien", "ian").replace("ung", "ong").replace("erh", "er")
                    .replace("ih", "i");
            out.append(f);
        }
        return out.toString();
    }
}
