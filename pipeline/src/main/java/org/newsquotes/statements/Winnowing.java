package org.newsquotes.statements;

/**
 * Fingerprints of a word sequence for finding quotes that share a passage without comparing all pairs: the hashes of
 * its {@link #K}-word shingles, and among them the winnowed subset (Schleimer, Wilkerson and Aiken, "Winnowing: local
 * algorithms for document fingerprinting", SIGMOD 2003): the smallest hash of every window of {@link #W} consecutive
 * shingles.
 *
 * <p>Why winnowing and not MinHash: MinHash estimates the Jaccard similarity of two whole sets, but a reported
 * statement is mostly a <em>part</em> of another report (a fragment inside the full quote, one sentence of two).
 * A six-word fragment inside a sixty-word quote has a Jaccard similarity near 0.1, which MinHash's banding misses
 * unless it returns most pairs. Winnowing guarantees instead that two sequences sharing a run of at least
 * {@code W + K - 1} words share a selected fingerprint, whatever else either holds.
 *
 * <p>The index keeps each quote's winnowed fingerprints (all its shingles when it is shorter than the guarantee),
 * and each quote looks up all of its shingles: a pair sharing a verbatim run of {@code K} words inside a short quote,
 * or of {@code W + K - 1} anywhere, is always found.
 */
public final class Winnowing {
    /** Words per shingle. */
    public static final int K = 3;
    /** Shingles per window. */
    public static final int W = 4;

    private Winnowing() {}

    /**
     * The hash of every {@link #K}-word shingle of {@code words} (word codes), in order, from {@code wordHash} (each
     * code's hash of the word itself, so fingerprints do not depend on how codes were given out); empty when the
     * sequence is shorter than {@code K}.
     */
    public static long[] shingles(int[] words, long[] wordHash) {
        if (words.length < K) return new long[0];
        long[] out = new long[words.length - K + 1];
        for (int i = 0; i < out.length; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = 0; k < K; k++) h = mix(h ^ wordHash[words[i + k]]);
            out[i] = h;
        }
        return out;
    }

    /**
     * The winnowed fingerprints of {@code shingles}: from every window of {@link #W} consecutive hashes the smallest
     * (the rightmost on ties), each position once. All of them when there are fewer than {@code W}.
     */
    public static long[] winnow(long[] shingles) {
        if (shingles.length <= W) return shingles.clone();
        long[] out = new long[shingles.length];
        int count = 0;
        int last = -1;
        for (int start = 0; start + W <= shingles.length; start++) {
            int min = start;
            for (int i = start + 1; i < start + W; i++) if (shingles[i] <= shingles[min]) min = i;
            if (min != last) {
                out[count++] = shingles[min];
                last = min;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** SplitMix64's finaliser: a well-spread 64-bit hash of a 64-bit value. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
