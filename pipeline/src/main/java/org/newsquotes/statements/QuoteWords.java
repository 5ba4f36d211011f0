package org.newsquotes.statements;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a quote as they are compared across outlets: what survives every way outlets legitimately print the
 * same words differently.
 * <ul>
 *   <li>case, quote marks and punctuation are dropped; the typographic apostrophe is the straight one;</li>
 *   <li>contractions are written out ({@link Contractions}: "They're" = "they are");</li>
 *   <li>thousands separators go ("1,060" = "1060"), hyphens split words ("well-known" = "well known");</li>
 *   <li>an editor's insertion in square brackets ("June's [Israeli] attacks") is left out;</li>
 *   <li>an ellipsis ("…", "...", ". . .", "[…]") splits the quote into <em>segments</em>: an outlet that joins two
 *       sentences with "…" reports two passages, each compared on its own.</li>
 * </ul>
 *
 * <p>Example: {@code "They're at least 1,060 … [sic] gone."} gives segments {@code [[they, are, at, least, 1060],
 * [gone]]}.
 */
public final class QuoteWords {
    private static final Pattern ELLIPSIS = Pattern.compile("\\[\\s*(?:\u2026|\\.\\s?\\.\\s?\\.)\\s*]|\u2026|\\.\\s?\\.\\s?\\.");
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]{0,200}]");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:'[\\p{L}\\p{N}\\p{M}]+)*");

    private final Contractions contractions;

    public QuoteWords(Contractions contractions) {
        this.contractions = contractions;
    }

    /** The quote's segments, each a list of normalised words; segments without words are dropped. */
    public List<List<String>> segments(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'').replace('`', '\'');
        List<List<String>> out = new ArrayList<>();
        for (String part : ELLIPSIS.split(t, -1)) {
            String s = BRACKETED.matcher(part).replaceAll(" ");
            s = THOUSANDS.matcher(s).replaceAll("");
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(s);
            while (m.find()) words.addAll(contractions.expand(m.group()));
            if (!words.isEmpty()) out.add(List.copyOf(words));
        }
        return List.copyOf(out);
    }
}
