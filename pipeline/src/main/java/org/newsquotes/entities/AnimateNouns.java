package org.newsquotes.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Common nouns that name a person ("neighbour", "witness", "shopkeeper", "spokeswoman"): CoreNLP's own list of
 * animate words, the one its coreference uses, read from the models jar on the class path, its lower-case entries
 * only, so names stay out. Without the models jar the list is empty. Immutable and thread-safe.
 */
public final class AnimateNouns {
    static final String CORENLP_ANIMATE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
    /** Knows no nouns: for callers without CoreNLP's models. */
    public static final AnimateNouns NONE = new AnimateNouns(Set.of());

    private final Set<String> nouns;

    AnimateNouns(Set<String> nouns) {
        this.nouns = Set.copyOf(nouns);
    }

    /** CoreNLP's animate words written in lower case; {@link #NONE} when the models jar is not on the class path. */
    public static AnimateNouns load() {
        Set<String> nouns = new HashSet<>();
        try (InputStream in = AnimateNouns.class.getClassLoader().getResourceAsStream(CORENLP_ANIMATE)) {
            if (in == null) return NONE;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) nouns.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + CORENLP_ANIMATE, e);
        }
        return new AnimateNouns(nouns);
    }

    /** True when the word, in any case, names a person: "neighbour", "Witness"; not "company", "statement". */
    public boolean contains(String word) {
        return nouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The nouns, lower-cased. */
    public Set<String> words() { return nouns; }
}
