package org.newsquotes.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.LocalEntity;

/**
 * Which of "he" and "she" can refer to a person: from a courtesy title seen with the name (Mr., Mrs., Ms.) or, failing
 * that, the given name. Given names come from CoreNLP's own name-gender list (the one its coreference uses, read from
 * the models jar on the class path) and from the editable {@code models/first-name-genders.txt}, which adds names
 * and overrides the list. A name listed for both genders, or not listed, is {@link Gender#UNKNOWN}: it never rules a
 * person out. Immutable and thread-safe.
 */
public final class PersonGender {
    /** The gender a pronoun asks for or a person is known to have. */
    public enum Gender { MALE, FEMALE, UNKNOWN }

    static final String CORENLP_NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    static final String MODEL_FILE = "first-name-genders.txt";
    private static final Set<String> MALE_TITLES = Set.of("mr", "mr.");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss");

    /** Knows no given names: only courtesy titles tell a gender. */
    public static final PersonGender NONE = new PersonGender(Map.of());
    static final String FAMILY_FIRST_FILE = "family-names-first.txt";

    private final Map<String, Gender> givenNames;
    private final Set<String> familyNamesFirst;

    PersonGender(Map<String, Gender> givenNames) {
        this(givenNames, Set.of());
    }

    PersonGender(Map<String, Gender> givenNames, Set<String> familyNamesFirst) {
        this.givenNames = Map.copyOf(givenNames);
        this.familyNamesFirst = Set.copyOf(familyNamesFirst);
    }

    /** CoreNLP's list (when on the class path) overlaid with {@code models/first-name-genders.txt} (when present). */
    public static PersonGender load(ModelFiles models) {
        Map<String, Gender> names = new HashMap<>();
        try (InputStream in = PersonGender.class.getClassLoader().getResourceAsStream(CORENLP_NAMES)) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) add(names, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + CORENLP_NAMES, e);
        }
        if (models.exists(MODEL_FILE)) {
            Map<String, Gender> own = new HashMap<>();
            for (String line : models.lines(MODEL_FILE)) {
                String[] cols = line.split("\\s+");
                if (cols.length != 2) throw new IllegalArgumentException(MODEL_FILE + ": expected 'name MALE|FEMALE|UNKNOWN': " + line);
                own.put(cols[0].toLowerCase(Locale.ROOT), Gender.valueOf(cols[1].toUpperCase(Locale.ROOT)));
            }
            names.putAll(own);
        }
        Set<String> familyFirst = new HashSet<>();
        if (models.exists(FAMILY_FIRST_FILE)) {
            for (String line : models.lines(FAMILY_FIRST_FILE)) {
                if (line.split("\\s+").length != 1) throw new IllegalArgumentException(FAMILY_FIRST_FILE + ": expected one name a line: " + line);
                familyFirst.add(line.toLowerCase(Locale.ROOT));
            }
        }
        return new PersonGender(names, familyFirst);
    }

    /** A name seen with both genders becomes UNKNOWN. */
    private static void add(Map<String, Gender> names, String line) {
        String[] cols = line.strip().split("\\s+");
        if (cols.length != 2 || !(cols[1].equals("MALE") || cols[1].equals("FEMALE"))) return;
        Gender g = Gender.valueOf(cols[1]);
        names.merge(cols[0].toLowerCase(Locale.ROOT), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
    }

    /** The person's gender from a courtesy title among its attributes, else from its given name. */
    public Gender of(LocalEntity person) {
        for (String a : person.attributes()) {
            Gender g = ofCourtesyTitle(a);
            if (g != Gender.UNKNOWN) return g;
        }
        return ofName(person.name());
    }

    /** The gender a courtesy title gives ("Mr." MALE; "Mrs", "Ms.", "Miss" FEMALE), UNKNOWN for any other word. */
    public static Gender ofCourtesyTitle(String word) {
        String t = word.toLowerCase(Locale.ROOT);
        if (MALE_TITLES.contains(t)) return Gender.MALE;
        if (FEMALE_TITLES.contains(t)) return Gender.FEMALE;
        return Gender.UNKNOWN;
    }

    /** The gender of a full name's first word ("Maria Lopez" → FEMALE), UNKNOWN when unlisted or ambiguous. */
    public Gender ofName(String name) {
        List<String> words = List.of(name.strip().split("\\s+"));
        if (words.size() < 2) return Gender.UNKNOWN; // a surname alone says nothing
        if (familyNameFirst(name)) return Gender.UNKNOWN; // "Li Qiang": "Li" is his family name, no given name
        return givenNames.getOrDefault(words.get(0).toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /**
     * The gender of a name of one word that is a listed given name ("Robert" MALE, "Ellen" FEMALE), UNKNOWN for any
     * other word or a name of several. For a person the story names by given name alone, never in full; a surname
     * alone is read by {@link #ofName}, which gives it no gender.
     */
    public Gender ofGivenNameAlone(String name) {
        String w = name.strip();
        if (w.isEmpty() || w.contains(" ")) return Gender.UNKNOWN;
        return givenNames.getOrDefault(w.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /**
     * Whether {@code name} is written family name first, as Chinese and Korean names are: two or three words, the
     * first a family name of {@code models/family-names-first.txt}, the others Chinese syllables or a hyphenated given
     * name ("Li Qiang", "Xi Jinping", "Lee Jae-myung", "Kim Jong Un"; not "Dan Lin", "Jane Li" or "Lee Anderson").
     */
    public boolean familyNameFirst(String name) {
        return familyName(name) != null;
    }

    /** The family name of a name written family name first ({@link #familyNameFirst}: "Li" of "Li Qiang"), or null. */
    public String familyName(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2 || words.length > 3 || !familyNamesFirst.contains(words[0].toLowerCase(Locale.ROOT))) return null;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (!ChineseRomanisation.chineseShaped(w.toLowerCase(Locale.ROOT)) && !HYPHENATED_GIVEN.matcher(w).matches()) return null;
        }
        return words[0];
    }

    /** A given name of two syllables joined by a hyphen, as Korean and Wade-Giles romanisation write it ("Jae-myung"). */
    private static final Pattern HYPHENATED_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

    /** Whether {@code word} is a given name on the list, of either or both genders ("Jim", "Ann"; not "Tralston"). */
    public boolean isGivenName(String word) {
        return givenNames.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Whether "he" / "she" can refer to someone of gender {@code g}. */
    public static boolean compatible(String pronoun, Gender g) {
        Gender asked = ofPronoun(pronoun);
        return g == Gender.UNKNOWN || asked == Gender.UNKNOWN || asked == g;
    }

    /** The gender a pronoun asks for: "he" MALE, "she" FEMALE (any case), UNKNOWN for any other word. */
    public static Gender ofPronoun(String pronoun) {
        return pronoun.equalsIgnoreCase("he") ? Gender.MALE : pronoun.equalsIgnoreCase("she") ? Gender.FEMALE : Gender.UNKNOWN;
    }
}
