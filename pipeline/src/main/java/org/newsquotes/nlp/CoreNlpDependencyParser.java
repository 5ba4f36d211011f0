package org.newsquotes.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsquotes.quotes.SentenceParser;
import org.newsquotes.record.Token;

/**
 * CoreNLP's neural dependency parser (Universal Dependencies, {@code english_UD}) on our own tokens and POS tags, so
 * the parse lines up with every other layer with no second tokenisation. Loaded once per JVM on first use and shared
 * by every thread ({@link DependencyParser}'s prediction is thread-safe).
 *
 * <p>The parse runs through {@link NndepInference}, the parser's own transition loop and forward pass re-done over its
 * loaded weights with less work per step: the same dependencies ({@code NndepInferenceIT}), and the quote stage
 * (nearly all of it this parse) took 7.5–8.2 s of CPU instead of 14.8 s on 300 PolNeAR training articles (December 4,
 * one thread, side by side; `quotes.csv` byte-identical). When the weights cannot be read (another CoreNLP version)
 * CoreNLP's {@code predict} runs instead. Both cache the hidden-layer products of words they have seen, up to
 * {@value #CACHED} (about {@value #CACHED} × 200 floats, 80 MB): CoreNLP's default 5,000 entries miss often on news
 * (raising it made {@code predict} about 1.6 times faster on the PolNeAR dev texts).
 */
public final class CoreNlpDependencyParser implements SentenceParser {
    static final int CACHED = 100_000;
    /** Sentences longer than this are left unparsed: the parse of a run-on list is no help and costs time. */
    static final int MAX_SENTENCE_TOKENS = 120;
    private static final CoreNlpDependencyParser SHARED = new CoreNlpDependencyParser();

    private volatile DependencyParser parser;
    /** The same parse with less work ({@link NndepInference}); null when it cannot read this parser's weights. */
    private volatile NndepInference inference;

    private CoreNlpDependencyParser() {}

    /** The JVM's one parser. */
    public static CoreNlpDependencyParser shared() { return SHARED; }

    @Override public String fingerprint() {
        return "corenlp-" + NlpStage.CORENLP_VERSION + ":" + DependencyParser.DEFAULT_MODEL + ":max" + MAX_SENTENCE_TOKENS;
    }

    @Override public void prepare() { parser(); }

    private DependencyParser parser() {
        DependencyParser p = parser;
        if (p != null) return p;
        synchronized (this) {
            if (parser == null) {
                Properties props = new Properties();
                props.setProperty("numCached", String.valueOf(CACHED));
                DependencyParser loaded = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, props);
                inference = NndepInference.of(loaded, CACHED);
                parser = loaded;
            }
            return parser;
        }
    }

    @Override public List<Token> parse(List<Token> words) {
        if (words.isEmpty() || words.size() > MAX_SENTENCE_TOKENS) return words;
        DependencyParser p = parser();
        NndepInference fast = inference;
        CoreMap sentence = coreSentence(words);
        return dependencies(words, fast != null ? fast.predict(sentence.get(CoreAnnotations.TokensAnnotation.class)) : p.predict(sentence));
    }

    /** {@link #parse} by CoreNLP's own {@code predict}, for comparing the two. */
    List<Token> parseByCoreNlp(List<Token> words) {
        if (words.isEmpty() || words.size() > MAX_SENTENCE_TOKENS) return words;
        return dependencies(words, parser().predict(coreSentence(words)));
    }

    /** Whether {@link #parse} runs {@link NndepInference} (false: CoreNLP's {@code predict}). */
    boolean fast() {
        parser();
        return inference != null;
    }

    private static List<Token> dependencies(List<Token> words, GrammaticalStructure gs) {
        List<Token> out = new ArrayList<>(words);
        int first = words.get(0).index();
        for (TypedDependency td : gs.typedDependencies()) {
            int dep = td.dep().index() - 1;
            if (dep < 0 || dep >= words.size()) continue;
            int gov = td.gov().index() - 1;
            out.set(dep, words.get(dep).withDependency(gov < 0 ? Token.ROOT : first + gov, td.reln().toString()));
        }
        return out;
    }

    /** Our tokens as the CoreMap sentence the parser reads: words, tags, 1-based indices. */
    private static CoreMap coreSentence(List<Token> words) {
        List<CoreLabel> labels = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setIndex(i + 1);
            l.setBeginPosition(t.start());
            l.setEndPosition(t.end());
            labels.add(l);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        return sentence;
    }
}
