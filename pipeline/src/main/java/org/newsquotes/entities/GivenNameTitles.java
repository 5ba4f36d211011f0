package org.newsquotes.entities;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsquotes.config.ModelFiles;

/**
 * Titles written before a person's given name alone ({@code models/given-name-titles.txt}): "Sir Keir Starmer …
 * Sir Keir said" names Keir Starmer, where "Mr Keir" would not. Read by {@link InDocumentClusterer}.
 */
public final class GivenNameTitles {
    public static final String FILE = "given-name-titles.txt";
    /** No title takes a given name: for callers with no models directory. */
    public static final GivenNameTitles NONE = new GivenNameTitles(Set.of());

    private final Set<String> titles;

    private GivenNameTitles(Set<String> titles) {
        this.titles = Set.copyOf(titles);
    }

    /**
     * The titles of {@link #FILE}, or {@link #NONE} when the models directory has no such file. A line of more than
     * one word, or a title missing from {@code person-titles.txt} (so never stripped from a name), is a setup error
     * naming it.
     */
    public static GivenNameTitles load(ModelFiles models, EntityKnowledge knowledge) {
        if (!models.exists(FILE)) return NONE;
        Set<String> out = new HashSet<>();
        for (String line : models.lines(FILE)) {
            String t = line.strip().toLowerCase(Locale.ROOT);
            if (t.contains(" ")) throw new IllegalArgumentException(FILE + ": one title a line, got '" + line + "'");
            if (!knowledge.titles().contains(t)) {
                throw new IllegalArgumentException(FILE + ": '" + line.strip() + "' is not in " + EntityKnowledge.TITLES);
            }
            out.add(t);
        }
        return new GivenNameTitles(out);
    }

    /** True when one of {@code words} (titles as written, any case) takes a given name alone. */
    public boolean anyIn(Iterable<String> words) {
        for (String w : words) {
            for (String part : w.split("\\s+")) if (titles.contains(part.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
