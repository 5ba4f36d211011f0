package org.newsquotes.statements;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds copies of one article (a wire story printed by several sites, an article republished under a new URL):
 * MinHash over {@value #SHINGLE}-word shingles of the text with locality-sensitive hashing ({@value #BANDS} bands of
 * {@value #ROWS} rows), each candidate pair verified on its exact shingle sets: the smaller shares at least
 * {@value #MIN_CONTAINMENT} of its shingles with the other, and their Jaccard similarity is at least
 * {@value #MIN_JACCARD}. So a republished article with a paragraph changed, or a wire story another outlet trimmed, is
 * a copy; an article that quotes a short story whole inside a longer one of its own is not. Copies are grouped
 * (union-find) and every copy points at the earliest of its group by date (undated last), then doc_id.
 *
 * <p>Here MinHash is the right tool (unlike for quotes, see {@link Winnowing}): copies share most of their text, so
 * whole-set similarity is what separates a copy from an article on the same story. With 34 bands of 3 rows a pair
 * at Jaccard 0.5 is proposed with probability 0.99, one at 0.2 with 0.24 (then rejected on its shingles).
 *
 * <p>A document of fewer than {@value #MIN_SHINGLES} shingles is never called a copy: two short notices can share
 * their words without one copying the other.
 */
public final class DuplicateDocuments {
    static final int SHINGLE = 5;
    static final int BANDS = 34;
    static final int ROWS = 3;
    static final double MIN_JACCARD = 0.5;
    static final double MIN_CONTAINMENT = 0.8;
    static final int MIN_SHINGLES = 20;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private DuplicateDocuments() {}

    /** One document: its id, date (or null) and text. */
    public record Doc(String docId, String date, String text) {}

    /**
     * One document reduced to what finding candidates needs: its id, date and MinHash signature (400 bytes, so a
     * distributed runner can gather every document's signature in one place).
     */
    public record Signed(String docId, String date, int[] signature) implements java.io.Serializable {}

    /** The shingles of some documents, by doc_id: how candidates are verified without holding every text. */
    @FunctionalInterface
    public interface ShinglesOf {
        Map<String, long[]> of(Set<String> docIds);
    }

    /** doc_id of each copy → doc_id of the document it copies; documents that copy nothing are absent. */
    public static Map<String, String> find(List<Doc> docs) {
        List<Signed> signed = docs.parallelStream().map(d -> sign(d.docId(), d.date(), d.text()))
                .filter(java.util.Objects::nonNull).toList();
        Map<String, String> texts = new HashMap<>();
        for (Doc d : docs) texts.put(d.docId(), d.text());
        return find(signed, ids -> {
            Map<String, long[]> out = new HashMap<>();
            for (String id : ids) out.put(id, shingles(texts.get(id)));
            return out;
        });
    }

    /** The signed document, or null when it has fewer than {@link #MIN_SHINGLES} shingles (never a copy). */
    public static Signed sign(String docId, String date, String text) {
        long[] s = shingles(text);
        return s.length < MIN_SHINGLES ? null : new Signed(docId, date, signature(s));
    }

    /**
     * doc_id of each copy → doc_id of the document it copies, from signatures; the candidates' shingles come from
     * {@code shinglesOf}, asked once for every document in a candidate pair.
     */
    public static Map<String, String> find(List<Signed> docs, ShinglesOf shinglesOf) {
        int n = docs.size();
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int[] sig = docs.get(i).signature();
            for (int b = 0; b < BANDS; b++) {
                long h = b;
                for (int r = 0; r < ROWS; r++) h = Winnowing.mix(h * 31 + sig[b * ROWS + r]);
                buckets.computeIfAbsent(h, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> pairs = new HashSet<>();
        for (List<Integer> bucket : buckets.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int a = Math.min(bucket.get(x), bucket.get(y));
                    int b = Math.max(bucket.get(x), bucket.get(y));
                    if (a != b) pairs.add(((long) a << 32) | b);
                }
            }
        }
        if (pairs.isEmpty()) return Map.of();
        Set<String> candidates = new HashSet<>();
        for (long p : pairs) {
            candidates.add(docs.get((int) (p >>> 32)).docId());
            candidates.add(docs.get((int) p).docId());
        }
        Map<String, long[]> shingles = shinglesOf.of(candidates);
        UnionFind parent = new UnionFind(n);
        List<Long> verified = pairs.stream()
                .filter(p -> isCopy(shingles.get(docs.get((int) (p >>> 32)).docId()),
                        shingles.get(docs.get((int) (long) p).docId())))
                .sorted().toList();
        for (long p : verified) parent.union((int) (p >>> 32), (int) p);

        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(parent.find(i), k -> new ArrayList<>()).add(i);
        Comparator<Integer> earliest = Comparator.comparing((Integer i) -> docs.get(i).date(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(i -> docs.get(i).docId());
        Map<String, String> out = new HashMap<>();
        for (List<Integer> g : groups.values()) {
            if (g.size() < 2) continue;
            int first = g.stream().min(earliest).orElseThrow();
            for (int i : g) if (i != first) out.put(docs.get(i).docId(), docs.get(first).docId());
        }
        return out;
    }

    /** The sorted distinct hashes of the text's word shingles (lower-cased letters and digits only). */
    public static long[] shingles(String text) {
        List<Long> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) words.add(Hashing.murmur3_128().hashString(m.group(), StandardCharsets.UTF_8).asLong());
        if (words.size() < SHINGLE) return new long[0];
        long[] out = new long[words.size() - SHINGLE + 1];
        for (int i = 0; i < out.length; i++) {
            long h = 0;
            for (int k = 0; k < SHINGLE; k++) h = Winnowing.mix(h ^ words.get(i + k));
            out[i] = h;
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    /**
     * The MinHash signature: for each of {@code BANDS * ROWS} hash functions the smallest value over the shingles.
     * The functions are {@code h1 + k * h2} of two halves of a well-mixed hash (Kirsch and Mitzenmacher), as good as
     * independent ones for this purpose and a multiply-add each.
     */
    private static int[] signature(long[] shingles) {
        int[] sig = new int[BANDS * ROWS];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long s : shingles) {
            long m = Winnowing.mix(s);
            int h1 = (int) m;
            int h2 = (int) (m >>> 32) | 1;
            for (int k = 0; k < sig.length; k++) {
                int h = h1 + k * h2;
                if (h < sig[k]) sig[k] = h;
            }
        }
        return sig;
    }

    /** The verification of a candidate pair (see the class comment). */
    static boolean isCopy(long[] a, long[] b) {
        int common = common(a, b);
        double jaccard = (double) common / (a.length + b.length - common);
        double containment = (double) common / Math.min(a.length, b.length);
        return containment >= MIN_CONTAINMENT && jaccard >= MIN_JACCARD;
    }

    /** Values two sorted distinct arrays share. */
    private static int common(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) i++;
            else j++;
        }
        return common;
    }


}
