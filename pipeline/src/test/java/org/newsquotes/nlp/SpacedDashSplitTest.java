package org.newsquotes.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.record.Token;

/** Cutting a name CoreNLP ran on across a spaced dash, on token lists written for these tests. */
class SpacedDashSplitTest {
    /** Tokens of {@code text} split at spaces, each "word/TAG". */
    private static List<Token> tokens(String tagged, StringBuilder text) {
        List<Token> out = new ArrayList<>();
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String w = wt.substring(0, slash);
            if (text.length() > 0) text.append(' ');
            int start = text.length();
            text.append(w);
            out.add(new Token(out.size(), 0, start, text.length(), w, w, wt.substring(slash + 1), "PERSON"));
        }
        return out;
    }

    private static List<String> parts(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> ts = tokens(tagged, text);
        List<String> out = new ArrayList<>();
        for (int[] p : SpacedDashSplit.parts(ts, text.toString(), 0, ts.size())) {
            out.add(text.substring(ts.get(p[0]).start(), ts.get(p[1] - 1).end()));
        }
        return out;
    }

    @Test
    void aNameRunOnAcrossASpacedDashKeepsItsProperNouns() {
        assertThat(parts("Ann/NNP Roe/NNP -/: the/DT senator/NN")).containsExactly("Ann Roe");
        assertThat(parts("John/NNP Podesta/NNP —/: Bill/NNP Clinton/NNP")).containsExactly("John Podesta", "Bill Clinton");
        assertThat(parts("the/DT senator/NN -/: Ann/NNP Roe/NNP")).containsExactly("Ann Roe");
    }

    @Test
    void aNameWithoutASpacedDashIsLeftWhole() {
        assertThat(parts("Ann/NNP Roe/NNP")).containsExactly("Ann Roe");
        assertThat(parts("the/DT Roe/NNP family/NN")).containsExactly("the Roe family");
        // a hyphen inside a word is no spaced dash
        assertThat(parts("Abdul-Rahman/NNP Roe/NNP")).containsExactly("Abdul-Rahman Roe");
    }

    @Test
    void onlyADashWithSpacesOnBothSidesCuts() {
        StringBuilder text = new StringBuilder("Roe-");
        Token dash = new Token(1, 0, 3, 4, "-", "-", ":", "PERSON");
        assertThat(SpacedDashSplit.spacedDash(dash, text.toString())).isFalse();
        assertThat(SpacedDashSplit.spacedDash(new Token(1, 0, 4, 5, "-", "-", ":", "PERSON"), "Roe - Lee")).isTrue();
    }
}
