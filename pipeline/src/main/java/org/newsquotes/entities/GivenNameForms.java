package org.newsquotes.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short forms of given names that news writes for the same person, from {@code models/given-name-forms.csv}: one
 * line per given name, the full form first ("william,bill,will,billy"). Two given names are one when a line lists
 * both: "Bill" / "William", "Ben" / "Benjamin", and "Chris" both "Christopher" and "Christine", though those two are
 * not each other's.
 */
public final class GivenNameForms {
    /** The file's name in {@code models/}. */
    public static final String FILE = "given-name-forms.csv";

    /** Key word -> the lines (by number) that list it. */
    private final Map<String, Set<Integer>> lines;

    private GivenNameForms(Map<String, Set<Integer>> lines) {
        this.lines = lines;
    }

    /** No short forms at all. */
    public static GivenNameForms empty() {
        return new GivenNameForms(Map.of());
    }

    /** Parses the file's lines; a line of fewer than two names, or a name of several words, names the file. */
    public static GivenNameForms parse(List<String> fileLines, NameText text, String source) {
        Map<String, Set<Integer>> out = new HashMap<>();
        int n = 0;
        for (String raw : fileLines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] names = line.split(",");
            if (names.length < 2) {
                throw new IllegalArgumentException(source + ": '" + line + "' needs a full form and at least one short form");
            }
            for (String name : names) {
                List<String> words = NameText.words(text.key(name));
                if (words.size() != 1) {
                    throw new IllegalArgumentException(source + ": '" + name.strip() + "' in '" + line
                            + "' is not one given name");
                }
                out.computeIfAbsent(words.get(0), k -> new HashSet<>()).add(n);
            }
            n++;
        }
        Map<String, Set<Integer>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new GivenNameForms(Map.copyOf(frozen));
    }

    /** {@code a} and {@code b} (key words) are forms of one given name: one line lists both. */
    public boolean same(String a, String b) {
        Set<Integer> la = lines.get(a);
        if (la == null) return false;
        Set<Integer> lb = lines.get(b);
        if (lb == null) return false;
        for (int l : la) if (lb.contains(l)) return true;
        return false;
    }
}
