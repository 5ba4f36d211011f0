package org.newsquotes.entities;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Abbreviations inside organisation names and what they stand for, from {@code models/name-abbreviations.csv}:
 * {@link #expand} writes "us department of state" as "united states department of state", so the two spellings of
 * one body meet (NameMatcher's {@code abbreviation} rule).
 */
public final class NameAbbreviations {
    /** The file's name in {@code models/}. */
    public static final String FILE = "name-abbreviations.csv";

    private final Map<String, List<String>> expansions;

    private NameAbbreviations(Map<String, List<String>> expansions) { this.expansions = Map.copyOf(expansions); }

    /** No abbreviations. */
    public static NameAbbreviations empty() { return new NameAbbreviations(Map.of()); }

    /** Parses the file (header {@code abbreviation,expansion}, comment lines already removed); a bad row names the file. */
    public static NameAbbreviations parse(List<String> lines, String source) {
        Map<String, List<String>> out = new HashMap<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(String.join("\n", lines)))) {
                if (r.size() < 2 || r.get(0).isBlank() || r.get(1).isBlank()) {
                    throw new IllegalArgumentException(source + " row " + r.getRecordNumber() + ": expected abbreviation,expansion");
                }
                out.put(r.get(0).strip().toLowerCase(Locale.ROOT),
                        List.of(r.get(1).strip().toLowerCase(Locale.ROOT).split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NameAbbreviations(out);
    }

    /** The key words with every listed abbreviation written out; the same list when none is one. */
    public List<String> expand(List<String> words) {
        List<String> out = new ArrayList<>(words.size() + 2);
        for (String w : words) {
            List<String> e = expansions.get(w);
            if (e == null) out.add(w);
            else out.addAll(e);
        }
        return out;
    }
}
