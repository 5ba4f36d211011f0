package org.newsquotes.statements;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.newsquotes.config.ModelFiles;

/**
 * Function words and light verbs ({@code models/function-words.txt}): the words a shared passage must have more than
 * of, to be a statement rather than a stock phrase ({@link LinkRules}). Holds the words as text and, once a
 * vocabulary is known, as the set of word codes that are function words.
 *
 * <p>Example: in "it is going to be a long night" only "long" and "night" are content words.
 */
public final class FunctionWords {
    /** The file's name in {@code models/}. */
    public static final String FILE = "function-words.txt";

    private final Set<String> words;
    private final java.util.BitSet codes;

    private FunctionWords(Set<String> words, java.util.BitSet codes) {
        this.words = words;
        this.codes = codes;
    }

    public static FunctionWords load(ModelFiles models) {
        return parse(models.lines(FILE));
    }

    /** Words separated by white space, any number per line. */
    public static FunctionWords parse(List<String> lines) {
        Set<String> words = new HashSet<>();
        for (String line : lines) {
            if (line.strip().startsWith("#")) continue;
            for (String w : line.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")) if (!w.isEmpty()) words.add(w);
        }
        return new FunctionWords(Set.copyOf(words), new java.util.BitSet());
    }

    /** True when {@code word} (lower case) is a function word. */
    public boolean contains(String word) { return words.contains(word); }

    /** True when word code {@code code} is a function word (after {@link #encoded}). */
    public boolean isFunction(int code) { return codes.get(code); }

    /** These words with their codes in a vocabulary ({@code codeOf} gives a word's code, or -1 when absent). */
    public FunctionWords encoded(ToIntFunction<String> codeOf) {
        java.util.BitSet bits = new java.util.BitSet();
        for (String w : words) {
            int c = codeOf.applyAsInt(w);
            if (c >= 0) bits.set(c);
        }
        return new FunctionWords(words, bits);
    }
}
