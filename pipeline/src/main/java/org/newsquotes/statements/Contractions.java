package org.newsquotes.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsquotes.config.ModelFiles;

/**
 * Contractions written out ({@code models/contractions.txt}), so "They're" in one outlet and "They are" in another
 * compare as the same words. Whole words ("won't" = "will not") are tried before endings ("-n't" = "not"), and longer
 * endings before shorter ones.
 *
 * <p>Example: {@code expand("isn't")} is {@code [is, not]}; {@code expand("won't")} is {@code [will, not]};
 * {@code expand("iran's")} (no rule) is {@code [iran, s]}.
 */
public final class Contractions {
    /** The file's name in {@code models/}. */
    public static final String FILE = "contractions.txt";

    private final Map<String, List<String>> words;
    private final List<Map.Entry<String, List<String>>> endings;

    private Contractions(Map<String, List<String>> words, List<Map.Entry<String, List<String>>> endings) {
        this.words = words;
        this.endings = endings;
    }

    public static Contractions load(ModelFiles models) {
        return parse(models.lines(FILE), FILE);
    }

    /**
     * Parses rule lines ({@code FORM EXPANSION...}); a line without an expansion is an error naming {@code source}.
     */
    public static Contractions parse(List<String> lines, String source) {
        Map<String, List<String>> words = new HashMap<>();
        Map<String, List<String>> endings = new HashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("\\s+");
            if (parts.length < 2) throw new IllegalArgumentException(source + ": no expansion in '" + line + "'");
            List<String> expansion = List.of(parts).subList(1, parts.length);
            if (parts[0].startsWith("-")) endings.put(parts[0].substring(1), List.copyOf(expansion));
            else words.put(parts[0], List.copyOf(expansion));
        }
        List<Map.Entry<String, List<String>>> sorted = new ArrayList<>(endings.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey));
        return new Contractions(Map.copyOf(words), List.copyOf(sorted));
    }

    /**
     * The words {@code word} stands for: a lower-case word with straight apostrophes. A word holding an apostrophe
     * that no rule covers is split at it ("iran's" = iran, s), so both outlets' possessives fall apart the same way.
     */
    public List<String> expand(String word) {
        List<String> whole = words.get(word);
        if (whole != null) return whole;
        if (word.indexOf('\'') < 0) return List.of(word);
        for (Map.Entry<String, List<String>> e : endings) {
            String end = e.getKey();
            if (word.length() > end.length() && word.endsWith(end)) {
                List<String> out = new ArrayList<>(expand(word.substring(0, word.length() - end.length())));
                out.addAll(e.getValue());
                return out;
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : word.split("'")) if (!part.isEmpty()) out.add(part);
        return out;
    }
}
