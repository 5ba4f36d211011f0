package org.newsquotes.entities;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Pairs of names that must never merge ({@code models/never-merge.csv}), whatever any rule says. A pair may be
 * restricted to one type. Lookup is by {@link NameText#key}, order-free.
 */
public final class NeverMergeList {
    private final Set<String> pairs;

    private NeverMergeList(Set<String> pairs) { this.pairs = Set.copyOf(pairs); }

    public static NeverMergeList empty() { return new NeverMergeList(Set.of()); }

    /** Parses the CSV (header {@code name_a,name_b,type}, {@code #} comment lines already removed). */
    public static NeverMergeList parse(List<String> lines, NameText text, String source) {
        Set<String> out = new HashSet<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(String.join("\n", lines)))) {
                if (r.size() < 2 || r.get(0).isBlank() || r.get(1).isBlank()) {
                    throw new IllegalArgumentException(source + " row " + r.getRecordNumber() + ": expected name_a,name_b[,type]");
                }
                String type = r.size() > 2 ? r.get(2).strip() : "";
                out.add(pairKey(text.key(r.get(0)), text.key(r.get(1)), type));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NeverMergeList(out);
    }

    /** This list with the pairs of name keys {@code more} (each a list of two keys) added, for any type. */
    public NeverMergeList plus(List<List<String>> more) {
        if (more.isEmpty()) return this;
        Set<String> out = new HashSet<>(pairs);
        for (List<String> p : more) out.add(pairKey(p.get(0), p.get(1), ""));
        return new NeverMergeList(out);
    }

    /** True when the two name keys ({@link NameText#key}) are listed as a pair, for any type or for {@code type}. */
    public boolean forbids(String keyA, String keyB, String type) {
        if (pairs.contains(pairKey(keyA, keyB, ""))) return true;
        return type != null && !type.isEmpty() && pairs.contains(pairKey(keyA, keyB, type));
    }

    private static String pairKey(String a, String b, String type) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b + "\u0000" + type : b + "\u0000" + a + "\u0000" + type;
    }

    public int size() { return pairs.size(); }
}
