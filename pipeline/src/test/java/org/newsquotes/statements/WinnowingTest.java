package org.newsquotes.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class WinnowingTest {
    private static long[] hashes(int vocabulary, long seed) {
        return new Random(seed).longs(vocabulary).toArray();
    }

    /** The guarantee the index relies on, on seeded random sequences: a shared run of W + K - 1 words shares a fingerprint. */
    @Test void sequencesSharingARunOfWPlusKMinusOneWordsShareAWinnowedFingerprint() {
        Random r = new Random(7);
        long[] wordHash = hashes(500, 11);
        int run = Winnowing.W + Winnowing.K - 1;
        for (int trial = 0; trial < 2_000; trial++) {
            int[] shared = r.ints(run, 0, 500).toArray();
            int[] a = concat(r.ints(r.nextInt(30), 0, 500).toArray(), shared, r.ints(r.nextInt(30), 0, 500).toArray());
            int[] b = concat(r.ints(r.nextInt(30), 0, 500).toArray(), shared, r.ints(r.nextInt(30), 0, 500).toArray());
            long[] fa = Winnowing.winnow(Winnowing.shingles(a, wordHash));
            long[] fb = Winnowing.winnow(Winnowing.shingles(b, wordHash));
            assertThat(LongStream.of(fa).anyMatch(x -> LongStream.of(fb).anyMatch(y -> y == x)))
                    .as("trial %d", trial).isTrue();
        }
    }

    @Test void winnowingKeepsFewerFingerprintsThanShingles() {
        long[] wordHash = hashes(1000, 3);
        int[] words = new Random(5).ints(200, 0, 1000).toArray();
        long[] all = Winnowing.shingles(words, wordHash);
        assertThat(all).hasSize(198);
        assertThat(Winnowing.winnow(all).length).isBetween(40, 120);
    }

    @Test void shortSequencesKeepEveryShingleAndTooShortOnesHaveNone() {
        long[] wordHash = hashes(10, 3);
        assertThat(Winnowing.shingles(new int[] {1, 2}, wordHash)).isEmpty();
        long[] three = Winnowing.shingles(new int[] {1, 2, 3, 4, 5}, wordHash);
        assertThat(Winnowing.winnow(three)).containsExactly(three);
    }

    @Test void fingerprintsDependOnTheWordsNotOnTheirCodes() {
        long[] h = hashes(3, 9);
        long[] swapped = {h[2], h[1], h[0]};
        assertThat(Winnowing.shingles(new int[] {0, 1, 2}, h)).isEqualTo(Winnowing.shingles(new int[] {2, 1, 0}, swapped));
    }

    private static int[] concat(int[]... parts) {
        return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray();
    }
}
