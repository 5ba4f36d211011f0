package org.newsquotes.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IsotonicCalibrationTest {
    @Test
    void learnsTheShareRightPerScoreAndNeverDecreases() {
        Random r = new Random(7);
        int n = 5000;
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            s[i] = r.nextDouble();
            y[i] = r.nextDouble() < s[i] * s[i]; // right with probability score squared
        }
        IsotonicCalibration cal = IsotonicCalibration.fit(s, y, 100);
        for (int i = 1; i < cal.value().length; i++) assertThat(cal.value()[i]).isGreaterThanOrEqualTo(cal.value()[i - 1]);
        assertThat(cal.apply(0.5)).isBetween(0.15, 0.35);
        assertThat(cal.apply(0.95)).isGreaterThan(0.8);
        assertThat(cal.apply(0.05)).isLessThan(0.05);
        double[] conf = new double[n];
        for (int i = 0; i < n; i++) conf[i] = cal.apply(s[i]);
        assertThat(SpeakerTrainer.expectedCalibrationError(conf, y)).isLessThan(0.03);
    }

    @Test
    void everyStepHoldsAtLeastTheMinimumBlock() {
        double[] s = new double[1000];
        boolean[] y = new boolean[1000];
        for (int i = 0; i < s.length; i++) {
            s[i] = i / 1000.0;
            y[i] = i % 3 != 0;
        }
        IsotonicCalibration cal = IsotonicCalibration.fit(s, y, 200);
        assertThat(cal.upper().length).isLessThanOrEqualTo(5);
        assertThat(cal.upper()[cal.upper().length - 1]).isEqualTo(1.0);
    }

    @Test
    void anOverconfidentScoreIsPulledDown() {
        double[] s = new double[400];
        boolean[] y = new boolean[400];
        for (int i = 0; i < s.length; i++) {
            s[i] = 0.9 + i / 10_000.0;
            y[i] = i % 2 == 0; // half right at a score of 0.9+
        }
        assertThat(IsotonicCalibration.fit(s, y, 50).apply(0.92)).isBetween(0.4, 0.6);
    }

    @Test
    void crossValidatedCalibrationErrorIsSmallForHonestScoresAndLargeForInflatedOnes() {
        Random r = new Random(11);
        int n = 6000;
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            s[i] = r.nextDouble();
            y[i] = r.nextDouble() < s[i];
        }
        assertThat(SpeakerTrainer.crossValidatedCalibrationError(s, y, 5)).isLessThan(0.03);
        // a calibration fitted on the scores repairs even badly inflated ones; the raw scores stay off
        double[] inflated = new double[n];
        for (int i = 0; i < n; i++) inflated[i] = Math.sqrt(s[i]);
        assertThat(SpeakerTrainer.expectedCalibrationError(inflated, y)).isGreaterThan(0.1);
        assertThat(SpeakerTrainer.crossValidatedCalibrationError(inflated, y, 5)).isLessThan(0.03);
    }
}
