package org.newsquotes.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsquotes.entities.PersonGender;
import org.newsquotes.config.ModelFiles;

/**
 * Common nouns that name a person ("neighbour", "witness", "tourist", "spokeswoman"): CoreNLP's own list of animate
 * words (the one its coreference uses, read from the models jar on the class path; its lower-case entries only, so
 * names stay out). A noun's gender shows in its ending ("spokeswoman", "chairman") or in the curated
 * {@code models/person-noun-genders.txt} ("daughter", "husband"); any other is {@link PersonGender.Gender#UNKNOWN}.
 * Without the models jar the list is empty and nothing is a person noun. Immutable and thread-safe.
 */
public final class PersonNouns {
    static final String CORENLP_ANIMATE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
    static final String GENDERS_FILE = "person-noun-genders.txt";

    private final Set<String> nouns;
    private final Map<String, PersonGender.Gender> genders;

    PersonNouns(Set<String> nouns, Map<String, PersonGender.Gender> genders) {
        this.nouns = Set.copyOf(nouns);
        this.genders = Map.copyOf(genders);
    }

    /** CoreNLP's animate words that are written in lower case, with the genders of {@code models/person-noun-genders.txt}. */
    public static PersonNouns load(ModelFiles models) {
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
        Map<String, PersonGender.Gender> genders = new HashMap<>();
        if (models.exists(GENDERS_FILE)) {
            for (String line : models.lines(GENDERS_FILE)) {
                String[] cols = line.strip().split("\\s+");
                if (cols.length != 2 || !(cols[1].equals("MALE") || cols[1].equals("FEMALE"))) {
                    throw new IllegalArgumentException(GENDERS_FILE + ": expected 'noun MALE|FEMALE': " + line);
                }
                genders.put(cols[0].toLowerCase(Locale.ROOT), PersonGender.Gender.valueOf(cols[1]));
            }
        }
        return new PersonNouns(nouns, genders);
    }

    /** True when the (lower-cased) word names a person: "neighbour", "witness"; not "company", "statement". */
    public boolean isPerson(String word) {
        return nouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when {@code word} names a person "he" or "she" ({@code pronoun}) can refer to: "neighbour" for either, "daughter" for "she". */
    public boolean canBe(String pronoun, String word) {
        return isPerson(word) && PersonGender.compatible(pronoun, genderOf(word));
    }

    /** FEMALE for "spokeswoman", "daughter"; MALE for "spokesman", "husband"; else UNKNOWN. */
    public PersonGender.Gender genderOf(String noun) {
        String w = noun.toLowerCase(Locale.ROOT);
        PersonGender.Gender listed = genders.get(w);
        if (listed != null) return listed;
        if (w.endsWith("woman") || w.endsWith("women")) return PersonGender.Gender.FEMALE;
        if (w.endsWith("man") || w.endsWith("men")) return PersonGender.Gender.MALE;
        return PersonGender.Gender.UNKNOWN;
    }
}
