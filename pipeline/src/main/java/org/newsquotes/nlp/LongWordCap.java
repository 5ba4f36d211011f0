package org.newsquotes.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A CoreNLP annotator run between {@code ssplit} and {@code pos}: shortens the <em>word</em> of every token longer
 * than {@code wordcap.maxChars} characters to its first {@code maxChars} characters, leaving the token's character
 * offsets (and so the text our records take from the document) untouched.
 *
 * <p>Why: the NER models build character n-gram features from every prefix and suffix of a word with no upper length
 * ({@code maxNGramLeng=-1}), so a word of n characters costs about n&sup2; characters of feature strings. One
 * unbroken 50,000-character "word" (a base64 blob, a run of one letter, a minified script pasted into an article)
 * asked for gigabytes and ran the whole run out of heap. No word of news is longer than a few dozen characters;
 * beyond that the tags of the token do not depend on its tail, so the cap bounds each token's cost by a constant.
 *
 * <p>Example: the token covering {@code "aaaa…a"} (50,000 letters) at characters 100–50,100 keeps those offsets, and
 * POS and NER see {@code "aaaa…a"} cut to 64 letters.
 *
 * <p>Registered with {@code customAnnotatorClass.wordcap} in {@link NlpConfig#toProperties()}; CoreNLP builds it
 * with the (name, properties) constructor of its annotator contract.
 */
public final class LongWordCap implements Annotator {
    /** The property holding the cap, under the annotator's name: {@code wordcap.maxChars}. */
    public static final String MAX_CHARS = "maxChars";

    private final int maxChars;

    public LongWordCap(String name, Properties props) {
        this(Integer.parseInt(props.getProperty(name + "." + MAX_CHARS, String.valueOf(NlpConfig.MAX_WORD_CHARS))));
    }

    LongWordCap(int maxChars) {
        if (maxChars < 1) throw new IllegalArgumentException("maxChars < 1: " + maxChars);
        this.maxChars = maxChars;
    }

    @Override public void annotate(Annotation annotation) {
        List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null) return;
        for (CoreLabel token : tokens) {
            String word = token.word();
            if (word != null && word.length() > maxChars) token.setWord(cut(word));
            String value = token.value();
            if (value != null && value.length() > maxChars) token.setValue(cut(value));
        }
    }

    /** The first {@code maxChars} characters, never splitting a surrogate pair. */
    String cut(String word) {
        int end = maxChars;
        if (Character.isHighSurrogate(word.charAt(end - 1))) end--;
        return word.substring(0, end);
    }

    @Override public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }
}
