package org.newsquotes.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsquotes.entities.AnimateNouns;
import org.newsquotes.entities.PersonGender;
import org.newsquotes.config.ModelFiles;

/**
 * Common nouns that name a person ("neighbour", "witness", "tourist", "spokeswoman"): CoreNLP's own list of animate
 * words ({@link AnimateNouns}). A noun's gender shows in its ending ("spokeswoman", "chairman") or in the curated
 * {@code models/person-noun-genders.txt} ("daughter", "husband"); any other is {@link PersonGender.Gender#UNKNOWN}.
 * Without the models jar the list is empty and nothing is a person noun. Immutable and thread-safe.
 */
public final class PersonNouns {
    static final String GENDERS_FILE = "person-noun-genders.txt";

    private final Set<String> nouns;
    private final Map<String, PersonGender.Gender> genders;

    PersonNouns(Set<String> nouns, Map<String, PersonGender.Gender> genders) {
        this.nouns = Set.copyOf(nouns);
        this.genders = Map.copyOf(genders);
    }

    /** CoreNLP's animate words that are written in lower case, with the genders of {@code models/person-noun-genders.txt}. */
    public static PersonNouns load(ModelFiles models) {
        Set<String> nouns = AnimateNouns.load().words();
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
