package org.newsquotes.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Layer;
import org.newsquotes.record.Mention;
import org.newsquotes.record.MentionKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Token;
import org.newsquotes.stage.DocumentStage;

/**
 * The CoreNLP stage: tokens, sentences, POS, lemmas, fine-grained NER and entity mentions.
 *
 * <p>CoreNLP's {@code CoreMap}s never leave this class: the result is converted at once into our own {@link Token},
 * {@link Sentence} and {@link Mention} records, with character offsets into the document text.
 *
 * <p>One {@link StanfordCoreNLP} per JVM and configuration ({@link #shared(NlpConfig, String)}): loading takes
 * seconds and gigabytes, and the annotators used here are thread-safe, so every worker thread (and under Spark every
 * task of an executor) shares it. That per-JVM cache is the one deliberate piece of static state in the project.
 *
 * <p>The pipeline is loaded lazily, by {@link #prepare()} or the first {@link #process}: building the stage (and
 * its {@link #fingerprint()}, part of the cache key) costs nothing, so a re-run whose documents all hit the cache
 * never loads CoreNLP.
 */
public final class NlpStage implements DocumentStage {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The CoreNLP version this stage is built and tested against. */
    public static final String CORENLP_VERSION = "4.5.10";

    private final Properties properties;
    private final String fingerprint;
    private final SharedPipeline pipeline;

    private NlpStage(Properties properties) {
        this.properties = properties;
        this.fingerprint = "nlp:corenlp-" + CORENLP_VERSION + ":" + new TreeMap<>(properties);
        this.pipeline = new SharedPipeline(properties);
    }

    /**
     * The stage over the JVM's shared pipeline for this configuration, building it on first use.
     *
     * @param gazetteerPath absolute path of the project gazetteer for {@code ner.additional.regexner.mapping}, or null
     */
    public static NlpStage shared(NlpConfig config, String gazetteerPath) {
        Properties props = config.toProperties();
        if (gazetteerPath != null) {
            props.setProperty("ner.additional.regexner.mapping", gazetteerPath);
            props.setProperty("ner.additional.regexner.ignorecase", "false");
        }
        return new NlpStage(props);
    }

    /** Loads (or finds) the JVM's shared CoreNLP pipeline for this configuration. Idempotent and thread-safe. */
    @Override public void prepare() {
        pipeline();
    }

    private StanfordCoreNLP pipeline() {
        return pipeline.get();
    }

    /** Seconds this stage spent loading models (0 when not loaded yet, or when another stage had loaded them). */
    public double loadSeconds() { return pipeline.loadSeconds(); }

    /** True once the CoreNLP pipeline is loaded. */
    public boolean isLoaded() { return pipeline.isLoaded(); }

    @Override public String name() { return "nlp"; }

    @Override public Set<Layer> requires() { return Set.of(Layer.TEXT); }

    @Override public Set<Layer> provides() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMA, Layer.NER, Layer.MENTIONS);
    }

    @Override public String fingerprint() { return fingerprint; }

    @Override public AnnotatedDocument process(AnnotatedDocument doc) {
        String text = doc.text();
        Annotation annotation = new Annotation(text);
        String date = doc.document().date();
        if (date != null && date.length() >= 10 && ISO_DATE.matcher(date.substring(0, 10)).matches()) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, date.substring(0, 10));
        }
        pipeline().annotate(annotation);
        return convert(doc, annotation);
    }

    /** Converts CoreNLP's annotation into our records. */
    static AnnotatedDocument convert(AnnotatedDocument doc, Annotation annotation) {
        String text = doc.text();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        // CoreNLP's token offsets, in document order, to map mentions back to token indices
        for (CoreMap s : coreSentences) {
            int first = tokens.size();
            int sentenceIndex = sentences.size();
            for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
                int start = l.beginPosition();
                int end = l.endPosition();
                tokens.add(new Token(tokens.size(), sentenceIndex, start, end, text.substring(start, end),
                        l.lemma(), l.tag(), l.ner()));
            }
            if (tokens.size() == first) continue;
            sentences.add(new Sentence(sentenceIndex, tokens.get(first).start(), tokens.get(tokens.size() - 1).end(),
                    first, tokens.size()));
        }
        List<Mention> mentions = new ArrayList<>();
        List<CoreMap> coreMentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        if (coreMentions != null) {
            for (CoreMap m : coreMentions) {
                List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                if (mt == null || mt.isEmpty()) continue;
                int start = mt.get(0).beginPosition();
                int end = mt.get(mt.size() - 1).endPosition();
                int firstToken = tokenAt(tokens, start);
                int endToken = tokenAt(tokens, end - 1) + 1;
                if (firstToken < 0 || endToken <= firstToken) continue;
                String ner = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                if (ner == null || ner.equals("O")) continue;
                List<int[]> parts = SpacedDashSplit.parts(tokens, text, firstToken, endToken);
                // words of a name run on across a spaced dash lose the type ("Ann Roe - the senator")
                boolean[] kept = new boolean[endToken - firstToken];
                for (int[] p : parts) for (int t = p[0]; t < p[1]; t++) kept[t - firstToken] = true;
                for (int t = firstToken; t < endToken; t++) {
                    Token k = tokens.get(t);
                    if (!kept[t - firstToken]) tokens.set(t, new Token(k.index(), k.sentence(), k.start(), k.end(), k.word(), k.lemma(), k.pos(), "O"));
                }
                for (int[] p : parts) {
                    List<String> words = new ArrayList<>();
                    List<String> tags = new ArrayList<>();
                    for (Token t : tokens.subList(p[0], p[1])) {
                        words.add(t.word());
                        tags.add(t.pos());
                    }
                    int ps = tokens.get(p[0]).start();
                    int pe = tokens.get(p[1] - 1).end();
                    mentions.add(new Mention("m" + (mentions.size() + 1), tokens.get(p[0]).sentence(), ps, pe,
                            text.substring(ps, pe), ner, p[0], p[1], null, MentionKind.ofTags(words, tags)));
                }
            }
        }
        return doc.withTokens(tokens, sentences, Layer.POS, Layer.LEMMA, Layer.NER).withMentions(mentions);
    }

    /** Index of the token covering character {@code offset}, by binary search over token starts. */
    private static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (offset < t.start()) hi = mid - 1;
            else if (offset >= t.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /** The properties the shared pipeline was built with (for run.json). */
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }
}
