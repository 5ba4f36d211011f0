package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeakerModelTest {
    private static final SpeakerModel MODEL = new SpeakerModel(Map.of("bias", -1.0, "verb-after", 3.0),
            new double[] {0.3, 0.7, 1.0}, new double[] {0.1, 0.5, 0.9}, 0.25);

    @Test
    void scoreIsTheLogisticOfTheSummedWeightsAndUnknownFeaturesWeighNothing() {
        assertThat(MODEL.score(List.of("bias"))).isCloseTo(1 / (1 + Math.exp(1)), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(MODEL.score(List.of("bias", "verb-after", "never-seen"))).isCloseTo(1 / (1 + Math.exp(-2)),
                org.assertj.core.data.Offset.offset(1e-9));
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
        SpeakerModel back = SpeakerModel.parse(lines);
        assertThat(back.weights()).isEqualTo(MODEL.weights());
        assertThat(back.threshold()).isEqualTo(0.25);
        assertThat(back.calibrate(0.5)).isEqualTo(0.5);
        assertThat(back.format(List.of("a header"))).isEqualTo(text);
    }

    @Test
    void aMalformedLineIsASetupErrorNamingTheFileAndLine() {
        assertThatThrownBy(() -> SpeakerModel.parse(List.of("weight\tbias\tlots")))
                .hasMessageContaining(SpeakerModel.FILE).hasMessageContaining("lots");
        assertThatThrownBy(() -> SpeakerModel.parse(List.of("weights\tbias\t1")))
                .hasMessageContaining("unknown row kind 'weights'");
        assertThatThrownBy(() -> SpeakerModel.parse(List.of("threshold\t0.2"))).hasMessageContaining("no weights");
    }

    @Test
    void calibrationMustBeOrderedAndWithinZeroAndOne() {
        assertThatThrownBy(() -> new SpeakerModel(Map.of("bias", 1.0), new double[] {0.5, 0.2}, new double[] {0.1, 0.2}, 0))
                .hasMessageContaining("increasing");
        assertThatThrownBy(() -> new SpeakerModel(Map.of("bias", 1.0), new double[] {0.5}, new double[] {1.2}, 0))
                .hasMessageContaining("outside [0,1]");
    }

    @Test
    void thePackagedModelLoads() {
        SpeakerModel packaged = SpeakerModel.load(org.newsquotes.config.ModelFiles.packaged());
        assertThat(packaged).isNotNull();
        assertThat(packaged.weights()).containsKey("bias");
        for (double s = 0; s <= 1; s += 0.05) {
            assertThat(packaged.calibrate(s)).isBetween(0.0, 1.0);
            assertThat(packaged.calibrate(Math.min(1, s + 0.05))).isGreaterThanOrEqualTo(packaged.calibrate(s));
        }
    }
}
