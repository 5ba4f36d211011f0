package org.newsquotes.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The conditional logit on synthetic groups: it learns what tells the right candidate from its rivals. */
class ConditionalLogitFitTest {
    /** Groups of 2-5 candidates; the right one carries "cue" (with probability 1 - noise); every one carries "shared". */
    private static void groups(int n, double noise, long seed, List<List<List<String>>> groups, List<boolean[]> right) {
        Random r = new Random(seed);
        for (int g = 0; g < n; g++) {
            int size = 2 + r.nextInt(4);
            int answer = r.nextInt(size);
            List<List<String>> cands = new ArrayList<>();
            boolean[] labels = new boolean[size];
            for (int i = 0; i < size; i++) {
                List<String> f = new ArrayList<>(List.of("shared", "noise=" + r.nextInt(3)));
                if (i == answer ? r.nextDouble() >= noise : r.nextDouble() < noise / 3) f.add("cue");
                cands.add(f);
                labels[i] = i == answer;
            }
            groups.add(cands);
            right.add(labels);
        }
    }

    @Test
    void theFeatureThatMarksTheRightCandidateGetsALargeWeightAndASharedOneNone() {
        List<List<List<String>>> groups = new ArrayList<>();
        List<boolean[]> right = new ArrayList<>();
        groups(300, 0.1, 1, groups, right);
        Map<String, Double> w = ConditionalLogitFit.fit(groups, right, 1.0);
        assertThat(w.get("cue")).isGreaterThan(1.5);
        // a feature every candidate of every group has cannot tell them apart: the prior keeps it at zero
        assertThat(w.getOrDefault("shared", 0.0)).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Math.abs(w.getOrDefault("noise=0", 0.0))).isLessThan(0.5);
    }

    @Test
    void aNarrowerPriorShrinksTheWeightsAndTheFitIsDeterministic() {
        List<List<List<String>>> groups = new ArrayList<>();
        List<boolean[]> right = new ArrayList<>();
        groups(200, 0.0, 2, groups, right);
        double wide = ConditionalLogitFit.fit(groups, right, 2.0).get("cue");
        double narrow = ConditionalLogitFit.fit(groups, right, 0.25).get("cue");
        assertThat(narrow).isLessThan(wide).isPositive();
        assertThat(ConditionalLogitFit.fit(groups, right, 2.0).get("cue")).isEqualTo(wide);
    }

    @Test
    void groupsWithoutARightCandidateOrWithOnlyOneCandidateTeachNothing() {
        List<List<List<String>>> groups = new ArrayList<>();
        List<boolean[]> right = new ArrayList<>();
        groups.add(List.of(List.of("cue"), List.of("other")));
        right.add(new boolean[] {true, false});
        // these two would pull "other" up if they counted
        groups.add(List.of(List.of("other"), List.of("cue")));
        right.add(new boolean[] {false, false});
        groups.add(List.of(List.of("other")));
        right.add(new boolean[] {true});
        Map<String, Double> w = ConditionalLogitFit.fit(groups, right, 1.0);
        assertThat(w.get("cue")).isGreaterThan(w.getOrDefault("other", 0.0));
        assertThatThrownBy(() -> ConditionalLogitFit.fit(List.of(List.of(List.of("a"))), List.of(new boolean[] {true}), 1.0))
                .hasMessageContaining("no group");
    }

    @Test
    void mismatchedInputIsRefused() {
        assertThatThrownBy(() -> ConditionalLogitFit.fit(List.of(List.of(List.of("a"), List.of("b"))), List.of(new boolean[] {true}), 1.0))
                .hasMessageContaining("group 0");
        assertThatThrownBy(() -> ConditionalLogitFit.fit(List.of(), List.of(new boolean[0]), 1.0)).hasMessageContaining("differ");
        assertThatThrownBy(() -> ConditionalLogitFit.fit(List.of(), List.of(), 0)).hasMessageContaining("sigma");
    }
}
