package org.newsquotes.entities;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Numbers written as words, from {@code models/number-words.csv}: {@link #normalise} writes every number of a name's
 * key words as digits, so "Brigade Forty-Four", "Brigade Forty 4" and "Brigade 44" all read {@code brigade 44}, and
 * "First National Bank" and "1st National Bank" {@code 1 national bank}. A tens word followed by a unit (a word or a
 * digit 1-9) adds up; ordinal digits ({@code 21st}) lose their suffix.
 */
public final class NumberWords {
    /** The file's name in {@code models/}. */
    public static final String FILE = "number-words.csv";
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d+)(st|nd|rd|th)");

    private final Map<String, Integer> values;
    private final Map<String, String> kinds;

    private NumberWords(Map<String, Integer> values, Map<String, String> kinds) {
        this.values = Map.copyOf(values);
        this.kinds = Map.copyOf(kinds);
    }

    /** No number words (digits and ordinal digits are still read). */
    public static NumberWords empty() { return new NumberWords(Map.of(), Map.of()); }

    /** Parses the file (header {@code word,value,kind}, comment lines already removed); a bad row names the file. */
    public static NumberWords parse(List<String> lines, String source) {
        Map<String, Integer> values = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(String.join("\n", lines)))) {
                if (r.size() < 3) throw new IllegalArgumentException(source + " row " + r.getRecordNumber() + ": expected word,value,kind");
                String kind = r.get(2).strip();
                if (!List.of("unit", "teen", "tens", "ordinal").contains(kind)) {
                    throw new IllegalArgumentException(source + " row " + r.getRecordNumber() + ": unknown kind '" + kind + "'");
                }
                String word = r.get(0).strip().toLowerCase(Locale.ROOT);
                values.put(word, Integer.parseInt(r.get(1).strip()));
                kinds.put(word, kind);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": a value is not a number: " + e.getMessage(), e);
        }
        return new NumberWords(values, kinds);
    }

    /** The key words with numbers written as digits (see the class comment); the same list when none is a number. */
    public List<String> normalise(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            var ord = ORDINAL_DIGITS.matcher(w);
            if (ord.matches()) {
                out.add(ord.group(1));
                continue;
            }
            Integer v = values.get(w);
            if (v == null) {
                out.add(w);
                continue;
            }
            if ("tens".equals(kinds.get(w)) && i + 1 < words.size()) {
                String next = words.get(i + 1);
                Integer unit = "unit".equals(kinds.get(next)) ? values.get(next)
                        : next.length() == 1 && next.charAt(0) >= '1' && next.charAt(0) <= '9' ? Integer.valueOf(next) : null;
                if (unit != null) {
                    out.add(String.valueOf(v + unit));
                    i++;
                    continue;
                }
            }
            out.add(String.valueOf(v));
        }
        return out;
    }
}
