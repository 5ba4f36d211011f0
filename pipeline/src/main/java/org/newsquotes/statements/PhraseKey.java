package org.newsquotes.statements;

import java.util.Arrays;
import java.util.Objects;

/** The words of a report (its segments, encoded), with the speaker and kind that must agree for two to be one node. */
record PhraseKey(int[][] segments, String speaker, boolean indirect) {
    @Override public boolean equals(Object o) {
        return o instanceof PhraseKey k && Arrays.deepEquals(segments, k.segments) && Objects.equals(speaker, k.speaker)
                && indirect == k.indirect;
    }

    @Override public int hashCode() {
        return (Arrays.deepHashCode(segments) * 31 + Objects.hashCode(speaker)) * 2 + (indirect ? 1 : 0);
    }
}
