package org.newsquotes.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fitting, cross-validation and scoring on synthetic ranking examples whose right candidate a feature gives away. */
class SpeakerTrainerTest {
    /** Example i of document d: candidates with noise features; the right one also carries "cue" (unless noisy). */
    private static List<SpeakerTrainer.Example> examples(int docs, double noise, long seed) {
        Random r = new Random(seed);
        List<SpeakerTrainer.Example> out = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            for (int q = 0; q < 6; q++) {
                int n = 2 + r.nextInt(4);
                int right = r.nextInt(n);
                List<List<String>> cands = new ArrayList<>();
                boolean[] labels = new boolean[n];
                for (int i = 0; i < n; i++) {
                    List<String> f = new ArrayList<>(List.of("bias", "noise=" + r.nextInt(5)));
                    boolean cued = i == right ? r.nextDouble() >= noise : r.nextDouble() < noise / 4;
                    if (cued) f.add("cue");
                    cands.add(f);
                    labels[i] = i == right;
                }
                // the "sieves" are right two times in three
                out.add(new SpeakerTrainer.Example("doc" + d, d % 2 == 0 ? "even" : "odd", q % 2 == 0 ? "indirect" : "direct+fragment",
                        cands, labels, r.nextInt(3) > 0));
            }
        }
        return out;
    }

    @Test
    void aClearCueIsLearnedAndRanksTheRightCandidateFirst() {
        List<SpeakerTrainer.Example> ex = examples(40, 0.0, 1);
        Map<String, Double> w = SpeakerTrainer.fit(ex, 1.0);
        assertThat(w.get("cue")).isGreaterThan(2.0);
        SpeakerTrainer.Scores s = SpeakerTrainer.score(w, ex);
        assertThat(s.ranker()).isEqualTo(1.0);
        assertThat(s.ceiling()).isEqualTo(1.0);
        assertThat(s.sieves()).isBetween(0.5, 0.8);
        assertThat(s.quotes()).isEqualTo(240);
    }

    @Test
    void crossValidationScoresEveryExampleOnceOnAModelThatDidNotSeeIt() {
        List<SpeakerTrainer.Example> ex = examples(30, 0.2, 2);
        SpeakerTrainer.Scores cv = SpeakerTrainer.crossValidate(ex, 5, 1.0);
        assertThat(cv.quotes()).isEqualTo(ex.size());
        assertThat(cv.ranker()).isBetween(0.7, 0.95);
        assertThat(cv.groupAccuracy("indirect", true) + cv.groupAccuracy("direct+fragment", true)).isGreaterThan(1.4);
        // deterministic: the same data gives the same figures
        assertThat(SpeakerTrainer.crossValidate(ex, 5, 1.0).rankerRight()).isEqualTo(cv.rankerRight());
    }

    @Test
    void leavePublisherOutHoldsOutEachPublisherWhole() {
        List<SpeakerTrainer.Example> ex = examples(20, 0.1, 3);
        Map<String, SpeakerTrainer.Scores> lopo = SpeakerTrainer.leavePublisherOut(ex, 1.0);
        assertThat(lopo).containsOnlyKeys("even", "odd");
        assertThat(lopo.get("even").quotes() + lopo.get("odd").quotes()).isEqualTo(ex.size());
    }

    @Test
    void theConventionsAreAppliedWhenScoringAndTheirEffectIsCounted() {
        // the model trusts "according to"; the sieves' pick stands next to the quote's own speech verb
        List<List<String>> cands = List.of(List.of("bias", "sd=0", "verb-before", "sieve=verb-inverted"),
                List.of("bias", "sd=0", "according-to"));
        SpeakerTrainer.Example verbRight = new SpeakerTrainer.Example("d1", "p", "direct+fragment", cands, new boolean[] {true, false}, true);
        SpeakerTrainer.Example agencyRight = new SpeakerTrainer.Example("d2", "p", "direct+fragment", cands, new boolean[] {false, true}, false);
        Map<String, Double> w = Map.of("according-to", 3.0);
        assertThat(SpeakerTrainer.score(w, List.of(verbRight)).rankerRight()).isEqualTo(1);
        assertThat(SpeakerTrainer.score(w, List.of(agencyRight)).rankerRight()).isZero();
        int[] effect = SpeakerTrainer.conventionEffect(w, List.of(verbRight, agencyRight)).get("speech-verb-over-according-to");
        assertThat(effect).containsExactly(2, 1, 1); // two overrides; the ranker alone had one right, the override one
    }

    @Test
    void aQuoteWithoutCandidatesKeepsTheSievesAnswer() {
        SpeakerTrainer.Example none = new SpeakerTrainer.Example("d", "p", "indirect", List.of(), new boolean[0], true);
        assertThat(SpeakerTrainer.score(Map.of("bias", 1.0), List.of(none)).rankerRight()).isEqualTo(1);
    }

    @Test
    void calibrationErrorIsZeroForHonestConfidenceAndLargeForOverconfidence() {
        double[] conf = {0.85, 0.85, 0.85, 0.85, 0.85, 0.85, 0.85, 0.85, 0.85, 0.85};
        boolean[] honest = {true, true, true, true, true, true, true, true, false, false};
        assertThat(SpeakerTrainer.expectedCalibrationError(conf, honest)).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
        boolean[] poor = new boolean[10];
        assertThat(SpeakerTrainer.expectedCalibrationError(conf, poor)).isCloseTo(0.85, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SpeakerTrainer.reliabilityTable(conf, honest)).anyMatch(row -> row.contains("| 0.8–0.9 | 10 | 0.850 | 0.800 |"));
    }
}
