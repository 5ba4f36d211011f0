package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Token;

/** What the stages that add mentions the tagger missed ({@link TitledNames}, {@link RepeatedNames}) share. */
final class RecoveredMentions {
    private RecoveredMentions() {}

    /** For each token, whether a mention other than a bare title ("Prof", which the tagger makes a mention) covers it. */
    static boolean[] covered(AnnotatedDocument doc) {
        boolean[] covered = new boolean[doc.tokens().size()];
        for (Mention m : doc.mentions()) {
            if ("TITLE".equals(m.ner())) continue;
            for (int t = m.firstToken(); t < m.endToken() && t < covered.length; t++) covered[t] = true;
        }
        return covered;
    }

    /** {@code doc} with {@code added} among its mentions in reading order, the tagger's ids unchanged. */
    static AnnotatedDocument with(AnnotatedDocument doc, List<Mention> added) {
        if (added.isEmpty()) return doc;
        List<Mention> all = new ArrayList<>(doc.mentions());
        all.addAll(added);
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return doc.withMentions(all);
    }

    /** True when token {@code t} exists and is a proper noun ({@code NNP}, {@code NNPS}) in sentence {@code sentence}. */
    static boolean properNoun(List<Token> tokens, int t, int sentence) {
        return t >= 0 && t < tokens.size() && tokens.get(t).sentence() == sentence && tokens.get(t).pos().startsWith("NNP");
    }

    /** The last word of a mention's text ("Pryce" of "Aled Pryce"): a person's surname. */
    static String lastWord(Mention m) {
        String[] words = m.text().split("\\s+");
        return words[words.length - 1];
    }

    /**
     * True when the sentence holding token {@code t} is set in title case, more than half its words capitalised: a
     * headline ("Reporter Caught Conspiring To Do This"), where capitals say nothing about names.
     */
    static boolean inTitleCase(List<Token> tokens, int t) {
        int sentence = tokens.get(t).sentence();
        int from = t;
        while (from > 0 && tokens.get(from - 1).sentence() == sentence) from--;
        int words = 0;
        int capitalised = 0;
        for (int i = from; i < tokens.size() && tokens.get(i).sentence() == sentence; i++) {
            String w = tokens.get(i).word();
            if (!Character.isLetter(w.charAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        return capitalised * 2 > words;
    }
}
