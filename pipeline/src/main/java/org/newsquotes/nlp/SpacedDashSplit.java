package org.newsquotes.nlp;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.record.Token;

/**
 * CoreNLP's tagger sometimes runs a name on across a dash set off by spaces: "addressed to the prosecutor, Ann Roe -
 * the senator asks …" comes back as one person "Ann Roe - the senator", and "John Podesta — Bill Clinton" as one
 * person too. A dash between spaces never stands inside a name (a hyphenated name has none: "Abdul-Rahman"), so a
 * mention is cut there; each part made of proper nouns alone stays a mention of the same type ("Ann Roe", "Bill
 * Clinton"), and the words of any other part ("the senator", "won") lose the type, as they would have had it not
 * been for the dash.
 */
final class SpacedDashSplit {
    private SpacedDashSplit() {}

    /**
     * The parts of the mention over tokens [first, end) to keep, as {first, end} pairs: the whole mention when it holds
     * no spaced dash.
     */
    static List<int[]> parts(List<Token> tokens, String text, int first, int end) {
        List<int[]> out = new ArrayList<>();
        int from = first;
        boolean cut = false;
        for (int t = first; t <= end; t++) {
            if (t < end && !spacedDash(tokens.get(t), text)) continue;
            if (t < end) cut = true;
            // once the mention is cut, every part (the first too) must be proper nouns alone
            if (t > from && (!cut || properNouns(tokens, from, t))) out.add(new int[] {from, t});
            from = t + 1;
        }
        return out;
    }

    /** A dash token with a space (or the text's edge) on both sides. */
    static boolean spacedDash(Token t, String text) {
        return Token.isDash(t.word()) && t.standsApartIn(text);
    }

    private static boolean properNouns(List<Token> tokens, int from, int to) {
        for (int t = from; t < to; t++) if (!tokens.get(t).pos().startsWith("NNP")) return false;
        return to > from;
    }
}
