package org.newsquotes.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The word cap touches only overlong words, and never their offsets. */
class LongWordCapTest {
    private static CoreLabel token(String word, int begin) {
        CoreLabel l = new CoreLabel();
        l.setWord(word);
        l.setValue(word);
        l.setOriginalText(word);
        l.setBeginPosition(begin);
        l.setEndPosition(begin + word.length());
        return l;
    }

    private static List<CoreLabel> annotate(LongWordCap cap, String... words) {
        List<CoreLabel> tokens = new ArrayList<>();
        int p = 0;
        for (String w : words) {
            tokens.add(token(w, p));
            p += w.length() + 1;
        }
        Annotation a = new Annotation(String.join(" ", words));
        a.set(CoreAnnotations.TokensAnnotation.class, tokens);
        cap.annotate(a);
        return tokens;
    }

    @Test
    void cutsOnlyWordsOverTheCapAndKeepsTheirOffsetsAndOriginalText() {
        String blob = "z".repeat(5_000);
        List<CoreLabel> t = annotate(new LongWordCap(8), "short", "exactly8", blob, "ninechars");
        assertThat(t).extracting(CoreLabel::word).containsExactly("short", "exactly8", "zzzzzzzz", "ninechar");
        assertThat(t.get(2).value()).isEqualTo("zzzzzzzz");
        assertThat(t.get(2).beginPosition()).isEqualTo(15);
        assertThat(t.get(2).endPosition()).isEqualTo(5_015);
        assertThat(t.get(2).originalText()).isEqualTo(blob);
    }

    @Test
    void neverSplitsASurrogatePair() {
        String word = "abc\uD83D\uDE00def"; // a, b, c, one emoji (two chars), d, e, f
        assertThat(new LongWordCap(4).cut(word)).isEqualTo("abc");
        assertThat(new LongWordCap(5).cut(word)).isEqualTo("abc\uD83D\uDE00");
    }

    @Test
    void readsItsCapFromThePipelinePropertiesAsCoreNlpBuildsIt() {
        Properties p = new Properties();
        p.setProperty("wordcap.maxChars", "3");
        assertThat(annotate(new LongWordCap("wordcap", p), "abcdef")).extracting(CoreLabel::word).containsExactly("abc");
        assertThat(annotate(new LongWordCap("wordcap", new Properties()), "a".repeat(100)).get(0).word())
                .hasSize(NlpConfig.MAX_WORD_CHARS);
        assertThatThrownBy(() -> new LongWordCap(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runsBetweenSentenceSplittingAndTaggingInTheProjectConfiguration() {
        Properties p = NlpConfig.defaults().toProperties();
        assertThat(p.getProperty("annotators")).isEqualTo("tokenize,ssplit,wordcap,pos,lemma,ner");
        assertThat(p.getProperty("customAnnotatorClass.wordcap")).isEqualTo(LongWordCap.class.getName());
    }
}
