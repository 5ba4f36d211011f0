package org.newsquotes.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KindTrainerTest {
    /** Quotes with a verb inside are real nine times in ten; title-case ones without a verb almost never. */
    private static List<KindTrainer.Example> examples(long seed) {
        Random r = new Random(seed);
        List<KindTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            boolean verb = r.nextBoolean();
            boolean quote = verb ? r.nextDouble() < 0.9 : r.nextDouble() < 0.1;
            out.add(new KindTrainer.Example("doc" + (i % 30), verb ? List.of("bias", "finite-verb") : List.of("bias", "title-case"), quote));
        }
        return out;
    }

    @Test
    void theThresholdRemovesTheQuotesUnlikelyToBeQuotationsAndRaisesF1() {
        List<KindTrainer.Example> ex = examples(5);
        double[] oof = KindTrainer.outOfFold(ex, 5, 1.0);
        KindTrainer.Scores all = KindTrainer.score(ex, oof, 0);
        KindTrainer.Scores best = KindTrainer.bestThreshold(ex, oof);
        assertThat(all.kept()).isEqualTo(ex.size());
        assertThat(all.recall()).isEqualTo(1.0);
        assertThat(best.threshold()).isGreaterThan(0.1).isLessThan(0.9);
        assertThat(best.f1()).isGreaterThan(all.f1());
        assertThat(best.precision()).isGreaterThan(0.85);
        assertThat(best.keptRight() + best.removedRight()).isEqualTo(best.positives());
    }

    @Test
    void scoresCountEveryExampleOnce() {
        List<KindTrainer.Example> ex = List.of(new KindTrainer.Example("d", List.of("bias"), true),
                new KindTrainer.Example("d", List.of("bias"), false), new KindTrainer.Example("d", List.of("bias"), true));
        KindTrainer.Scores s = KindTrainer.score(ex, new double[] {0.9, 0.2, 0.1}, 0.5);
        assertThat(s.kept()).isEqualTo(1);
        assertThat(s.keptRight()).isEqualTo(1);
        assertThat(s.removedRight()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
    }
}
