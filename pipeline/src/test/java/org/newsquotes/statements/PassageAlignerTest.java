package org.newsquotes.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassageAlignerTest {
    @Test void aContainedPassageIsAVerbatimRun() {
        int[][][] e = StatementFixtures.encode("the ferry will run again next week", "ferry will run again");
        PassageAligner.Alignment al = PassageAligner.align(e[0][0], e[1][0]);
        assertThat(al.matches()).isEqualTo(4);
        assertThat(al.verbatim()).isTrue();
        assertThat(al.aStart()).isEqualTo(1);
        assertThat(al.aEnd()).isEqualTo(5);
        assertThat(al.bStart()).isZero();
        assertThat(al.bEnd()).isEqualTo(4);
    }

    @Test void aChangedWordIsListedAsAChange() {
        int[][][] e = StatementFixtures.encode("at least forty homes were flooded overnight",
                "at last forty homes were flooded overnight");
        PassageAligner.Alignment al = PassageAligner.align(e[0][0], e[1][0]);
        assertThat(al.matches()).isEqualTo(6);
        assertThat(al.aStart()).isZero();
        assertThat(al.changes()).containsExactly(new PassageAligner.Change(1, 1));
    }

    @Test void anAddedWordIsAGap() {
        int[][][] e = StatementFixtures.encode("we will rebuild every school in the valley",
                "we will rebuild every single school in the valley");
        PassageAligner.Alignment al = PassageAligner.align(e[0][0], e[1][0]);
        assertThat(al.matches()).isEqualTo(8);
        assertThat(al.changes()).containsExactly(new PassageAligner.Change(-1, 4));
    }

    @Test void unrelatedSentencesAlignLittle() {
        int[][][] e = StatementFixtures.encode("the budget is balanced", "rain is expected tomorrow afternoon");
        assertThat(PassageAligner.align(e[0][0], e[1][0]).matches()).isLessThanOrEqualTo(1);
        assertThat(PassageAligner.align(new int[0], e[1][0])).isEqualTo(PassageAligner.Alignment.NONE);
    }
}
