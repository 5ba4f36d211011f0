package org.newsquotes.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsquotes.entities.PersonGender;

/**
 * Common nouns that name a person ("neighbour", "witness", "tourist", "spokeswoman"): CoreNLP's own list of animate
 * words (the one its coreference uses, read from the models jar on the class path; its lower-case entries only, so
 * names stay out). A noun's gender shows only in its ending ("spokeswoman", "chairman"); any other is
 * {@link PersonGender.Gender#UNKNOWN}. Without the models jar the list is empty and nothing is a person noun.
 * Immutable and thread-safe.
 */
public final class PersonNouns {
    static final String CORENLP_ANIMATE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";

    private final Set<String> nouns;

    PersonNouns(Set<String> nouns) {
        this.nouns = Set.copyOf(nouns);
    }

    /** CoreNLP's animate words that are written in lower case. */
    public static PersonNouns load() {
        Set<String> nouns = new HashSet<>();
        try (InputStream in = PersonNouns.class.getClassLoader().getResourceAsStream(CORENLP_ANIMATE)) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    String w = line.strip();
                    if (!w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) nouns.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + CORENLP_ANIMATE, e);
        }
        return new PersonNouns(nouns);
    }

    /** True when the (lower-cased) word names a person: "neighbour", "witness"; not "company", "statement". */
    public boolean isPerson(String word) {
        return nouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** FEMALE for "spokeswoman", "chairwoman"; MALE for "spokesman", "chairman"; else UNKNOWN. */
    public static PersonGender.Gender genderOf(String noun) {
        String w = noun.toLowerCase(Locale.ROOT);
        if (w.endsWith("woman") || w.endsWith("women")) return PersonGender.Gender.FEMALE;
        if (w.endsWith("man") || w.endsWith("men")) return PersonGender.Gender.MALE;
        return PersonGender.Gender.UNKNOWN;
    }
}
