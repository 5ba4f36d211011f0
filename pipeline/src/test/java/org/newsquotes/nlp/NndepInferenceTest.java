package org.newsquotes.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The int table behind {@link NndepInference}'s lookups of precomputed products (the parse itself: NndepInferenceIT). */
class NndepInferenceTest {
    @Test
    void theIntTableAnswersAsAHashMapDoesForRandomKeysIncludingCollidingOnes() {
        Random random = new Random(7);
        Map<Integer, Integer> reference = new HashMap<>();
        NndepInference.IntTable table = new NndepInference.IntTable(5_000);
        for (int i = 0; i < 5_000; i++) {
            // feature ids are word * 48 + position: many keys share low bits
            int key = random.nextBoolean() ? random.nextInt(200_000) * 48 + random.nextInt(48) : random.nextInt(1 << 20) << 10;
            int value = random.nextInt(100_000);
            reference.put(key, value);
            table.put(key, value);
        }
        for (var e : reference.entrySet()) assertThat(table.get(e.getKey())).isEqualTo(e.getValue());
        int absent = 0;
        for (int i = 0; i < 20_000; i++) {
            int key = random.nextInt(Integer.MAX_VALUE);
            if (!reference.containsKey(key)) {
                assertThat(table.get(key)).isEqualTo(-1);
                absent++;
            }
        }
        assertThat(absent).isGreaterThan(19_000);
    }
}
