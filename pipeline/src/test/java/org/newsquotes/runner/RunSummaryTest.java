package org.newsquotes.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSummaryTest {
    @Test
    void mergeLineListsRulesMostFrequentFirst() {
        RunSummary s = summary(Map.of("alias-table", 3, "short-form", 12, "acronym", 3));
        assertThat(s.mergeLine()).isEqualTo("entity merges: short-form 12 | acronym 3 | alias-table 3");
    }

    @Test
    void mergeLineSaysNoneWhenNothingMerged() {
        assertThat(summary(Map.of()).mergeLine()).isEqualTo("entity merges: none");
    }

    private static RunSummary summary(Map<String, Integer> merges) {
        return new RunSummary(1, 1, 0, 0, 0, 0, 0, 0, 0, 1.0, Map.of(), Map.of(), merges);
    }
}
