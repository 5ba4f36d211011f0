package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearModelTest {
    private static final LinearModel MODEL = new LinearModel(Map.of("bias", -1.0, "verb-after", 3.0),
            new double[] {0.3, 0.7, 1.0}, new double[] {0.1, 0.5, 0.9}, 0.25);

    @Test
    void scoreIsTheLogisticOfTheSummedWeightsAndUnknownFeaturesWeighNothing() {
        assertThat(MODEL.score(List.of("bias"))).isCloseTo(1 / (1 + Math.exp(1)), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(MODEL.score(List.of("bias", "verb-after", "never-seen"))).isCloseTo(1 / (1 + Math.exp(-2)),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aSoftmaxModelSharesOneProbabilityAmongAGroupsCandidates() {
        LinearModel softmax = new LinearModel(LinearModel.Scoring.SOFTMAX, Map.of("bias", -1.0, "verb-after", 3.0),
                new double[0], new double[0], 0.25, java.util.Set.of());
        double[] s = softmax.scores(List.of(List.of("bias"), List.of("bias", "verb-after"), List.of("bias")));
        assertThat(s[0] + s[1] + s[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s[1]).isCloseTo(Math.exp(3) / (Math.exp(3) + 2), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s[0]).isEqualTo(s[2]);
        // a lone candidate takes it all; the winner is the same as under the logistic reading
        assertThat(softmax.scores(List.of(List.of("bias")))[0]).isEqualTo(1.0);
        assertThat(softmax.best(List.of(List.of("bias"), List.of("bias", "verb-after")))).isEqualTo(1);
        assertThatThrownBy(() -> softmax.score(List.of("bias"))).isInstanceOf(IllegalStateException.class);
        // the logistic reading scores each candidate alone
        double[] l = MODEL.scores(List.of(List.of("bias"), List.of("bias", "verb-after")));
        assertThat(l[0]).isEqualTo(MODEL.score(List.of("bias")));
        assertThat(l[1]).isEqualTo(MODEL.score(List.of("bias", "verb-after")));
    }

    @Test
    void aShortcutMustNameAnAttributionMethodTheStageKnows() {
        assertThat(LinearModel.parse(List.of("shortcut\tpronoun-it", "weight\tbias\t1")).shortcuts()).containsExactly("pronoun-it");
        assertThatThrownBy(() -> LinearModel.parse(List.of("shortcut\tpronouns", "weight\tbias\t1")))
                .hasMessageContaining("unknown attribution method 'pronouns'").hasMessageContaining("pronoun-it");
        for (AttributionMethod m : AttributionMethod.values()) assertThat(AttributionMethod.parse(m.label())).isEqualTo(m);
        assertThat(AttributionMethod.find("speech-verb")).isEmpty();
    }

    @Test
    void theScoringIsWrittenAndReadBackAndAnUnknownOneIsASetupError() {
        LinearModel softmax = new LinearModel(LinearModel.Scoring.SOFTMAX, Map.of("bias", 1.0), new double[0], new double[0], 0,
                java.util.Set.of());
        String text = softmax.format(List.of());
        assertThat(text).contains("scoring\tsoftmax");
        assertThat(LinearModel.parse(Arrays.stream(text.split("\n")).toList()).scoring()).isEqualTo(LinearModel.Scoring.SOFTMAX);
        assertThat(LinearModel.parse(List.of("weight\tbias\t1")).scoring()).isEqualTo(LinearModel.Scoring.LOGISTIC);
        assertThatThrownBy(() -> LinearModel.parse(List.of("scoring\tprobit", "weight\tbias\t1")))
                .hasMessageContaining("unknown scoring 'probit'");
    }

    @Test
    void calibrationIsAStepFunctionOverTheWinningScore() {
        assertThat(MODEL.calibrate(0.1)).isEqualTo(0.1);
        assertThat(MODEL.calibrate(0.3)).isEqualTo(0.1);
        assertThat(MODEL.calibrate(0.31)).isEqualTo(0.5);
        assertThat(MODEL.calibrate(0.99)).isEqualTo(0.9);
    }

    @Test
    void formatAndParseRoundTrip() {
        String text = MODEL.format(List.of("a header"));
        assertThat(text).startsWith("# a header\n").contains("threshold\t0.250000").contains("weight\tverb-after\t3.000000");
        List<String> lines = Arrays.stream(text.split("\n")).filter(l -> !l.startsWith("#")).toList();
        LinearModel back = LinearModel.parse(lines);
        assertThat(back.weights()).isEqualTo(MODEL.weights());
        assertThat(back.threshold()).isEqualTo(0.25);
        assertThat(back.calibrate(0.5)).isEqualTo(0.5);
        assertThat(back.format(List.of("a header"))).isEqualTo(text);
    }

    @Test
    void aMalformedLineIsASetupErrorNamingTheFileAndLine() {
        assertThatThrownBy(() -> LinearModel.parse(List.of("weight\tbias\tlots")))
                .hasMessageContaining("bad line").hasMessageContaining("lots");
        assertThatThrownBy(() -> LinearModel.parse(List.of("weights\tbias\t1")))
                .hasMessageContaining("unknown row kind 'weights'");
        assertThatThrownBy(() -> LinearModel.parse(List.of("threshold\t0.2"))).hasMessageContaining("no weights");
    }

    @Test
    void aBrokenModelFileIsNamedWhenLoaded(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve(SpeakerRanker.MODEL_FILE), "threshold\t0.2\nweight\tbias\t1,5\n");
        assertThatThrownBy(() -> LinearModel.load(org.newsquotes.config.ModelFiles.at(dir), SpeakerRanker.MODEL_FILE))
                .hasMessageStartingWith(SpeakerRanker.MODEL_FILE).hasMessageContaining("1,5");
        assertThat(LinearModel.load(org.newsquotes.config.ModelFiles.at(dir), "no-such-model.tsv")).isNull();
    }

    @Test
    void calibrationMustBeOrderedAndWithinZeroAndOne() {
        assertThatThrownBy(() -> new LinearModel(Map.of("bias", 1.0), new double[] {0.5, 0.2}, new double[] {0.1, 0.2}, 0))
                .hasMessageContaining("increasing");
        assertThatThrownBy(() -> new LinearModel(Map.of("bias", 1.0), new double[] {0.5}, new double[] {1.2}, 0))
                .hasMessageContaining("outside [0,1]");
    }

    @Test
    void thePackagedModelLoads() {
        LinearModel packaged = LinearModel.load(org.newsquotes.config.ModelFiles.packaged(), SpeakerRanker.MODEL_FILE);
        assertThat(packaged).isNotNull();
        assertThat(packaged.scoring()).isEqualTo(LinearModel.Scoring.SOFTMAX);
        assertThat(packaged.weights()).containsKey("sieve=verb-after");
        for (double s = 0; s <= 1; s += 0.05) {
            assertThat(packaged.calibrate(s)).isBetween(0.0, 1.0);
            assertThat(packaged.calibrate(Math.min(1, s + 0.05))).isGreaterThanOrEqualTo(packaged.calibrate(s));
        }
    }
}
