package org.newsquotes.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's shingle metric, on pages small enough to count by hand. */
class ArticleExtractionScoreTest {
    @Test
    void shinglesAreFourTokenRunsCountedWithMultiplicity() {
        // 6 word tokens give 3 shingles; punctuation is no token; case is kept
        assertThat(ArticleExtractionScore.shingles("One two, three four five six.")).hasSize(3);
        assertThat(ArticleExtractionScore.shingles("a b c d a b c d").get(List.of("a", "b", "c", "d"))).isEqualTo(2);
        assertThat(ArticleExtractionScore.shingles("three words only")).isEmpty();
        assertThat(ArticleExtractionScore.shingles("Üms çà ñé ôû")).hasSize(1);
    }

    @Test
    void precisionAndRecallPerPageThenMeansThenF1() {
        String truth = "w1 w2 w3 w4 w5 w6 w7 w8"; // 5 shingles
        // ours: the first 6 words (3 shingles, all true) plus junk "x1 x2 x3 x4" after (a newline between blocks
        // still joins the token stream: w5 w6 x1 x2 etc. are 3 more false shingles, plus x1..x4 itself: 4 false)
        ArticleExtractionScore.PageScore p = ArticleExtractionScore.scorePage(new ArticleExtractionScore.Page("p",
                List.of("w1 w2 w3 w4 w5 w6", "x1 x2 x3 x4"), truth));
        assertThat(p.precision()).isCloseTo(3.0 / 7, within(1e-9));
        assertThat(p.recall()).isCloseTo(3.0 / 5, within(1e-9));
        assertThat(p.junk()).containsExactly("x1 x2 x3 x4");
        ArticleExtractionScore.PageScore perfect = ArticleExtractionScore.scorePage(
                new ArticleExtractionScore.Page("q", List.of(truth), truth));
        assertThat(perfect.f1()).isEqualTo(1.0);
        ArticleExtractionScore.PageScore empty = ArticleExtractionScore.scorePage(
                new ArticleExtractionScore.Page("e", List.of(), truth));
        assertThat(empty.precision()).isZero();
        assertThat(empty.recall()).isZero();
        assertThat(empty.misses()).containsExactly(truth);

        ArticleExtractionScore.Result r = ArticleExtractionScore.score(List.of(
                new ArticleExtractionScore.Page("p", List.of("w1 w2 w3 w4 w5 w6", "x1 x2 x3 x4"), truth),
                new ArticleExtractionScore.Page("q", List.of(truth), truth)));
        double precision = (3.0 / 7 + 1) / 2;
        double recall = (3.0 / 5 + 1) / 2;
        assertThat(r.precision()).isCloseTo(precision, within(1e-9));
        assertThat(r.recall()).isCloseTo(recall, within(1e-9));
        assertThat(r.f1()).isCloseTo(2 * precision * recall / (precision + recall), within(1e-9));
        assertThat(r.report()).contains("== p").contains("junk: x1 x2 x3 x4");
    }
}
