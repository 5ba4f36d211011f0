package org.newsquotes.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsquotes.statements.StatementFixtures.WORDS;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteWordsTest {
    private static String flat(String text) {
        return WORDS.segments(text).stream().map(s -> String.join(" ", s)).reduce((a, b) -> a + " / " + b).orElse("");
    }

    @Test void caseMarksAndPunctuationGo() {
        assertThat(flat("“The Bridge Is Closed,” ")).isEqualTo("the bridge is closed");
        assertThat(flat("the bridge is closed.")).isEqualTo("the bridge is closed");
    }

    @Test void contractionsAreWrittenOut() {
        assertThat(flat("They’re sure we won't wait")).isEqualTo("they are sure we will not wait");
        assertThat(flat("It isn't over, and I'd say we've done it")).isEqualTo("it is not over and i would say we have done it");
        assertThat(flat("They are sure we will not wait")).isEqualTo(flat("They're sure we won’t wait"));
    }

    @Test void possessivesFallApartTheSameWayOnBothSides() {
        assertThat(flat("the council's vote")).isEqualTo("the council s vote");
        assertThat(flat("the council’s vote")).isEqualTo("the council s vote");
    }

    @Test void thousandsSeparatorsAndHyphens() {
        assertThat(flat("some 2,340 well-paid workers")).isEqualTo("some 2340 well paid workers");
        assertThat(flat("a 1.5 percent rise")).isEqualTo("a 1 5 percent rise");
    }

    @Test void anEllipsisSplitsSegmentsAndBracketsAreLeftOut() {
        assertThat(flat("The harbour will reopen … We expect ships by [next] Friday")).isEqualTo(
                "the harbour will reopen / we expect ships by friday");
        assertThat(flat("first part... second part")).isEqualTo("first part / second part");
        assertThat(flat("first part [...] second part")).isEqualTo("first part / second part");
        assertThat(flat("first part . . . second part")).isEqualTo("first part / second part");
    }

    @Test void nothingButMarksGivesNoSegments() {
        assertThat(WORDS.segments("“ … ”")).isEmpty();
    }

    @Test void aRuleWithoutExpansionIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> Contractions.parse(List.of("won't"), "contractions.txt"))
                .hasMessageContaining("contractions.txt").hasMessageContaining("won't");
    }

    @Test void wholeWordsBeforeEndings() {
        Contractions c = Contractions.parse(List.of("won't will not", "-n't not", "-'re are"), "t");
        assertThat(c.expand("won't")).containsExactly("will", "not");
        assertThat(c.expand("don't")).containsExactly("do", "not");
        assertThat(c.expand("you're")).containsExactly("you", "are");
        assertThat(c.expand("plain")).containsExactly("plain");
    }
}
