package org.newsquotes.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.Layer;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.Span;
import org.newsquotes.stage.DocumentStage;

/**
 * Stock CoreNLP's quote extraction and attribution, for side-by-side evaluation with our {@code quotes} stage
 * ({@code annotate --attribution corenlp}). Runs CoreNLP's own pipeline
 * ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with {@code quote.attributeQuotes=true} and
 * {@code quote.singleQuotes=true}) on the document text and converts its quotes and speakers into our
 * {@link Quote} records, so the same writers and {@code eval} apply.
 *
 * <p>Conversion: every top-level CoreNLP quote becomes a {@code direct} quote (stock CoreNLP has no kinds and no
 * indirect speech) whose text is the quote without its marks; the speaker is CoreNLP's {@code SpeakerAnnotation}
 * ("Unknown" and empty become no speaker), matched to an in-document entity of ours by name when one fits; the
 * evidence is CoreNLP's mention (text and offsets); {@code method} is {@code corenlp:} plus CoreNLP's sieve names.
 *
 * <p>Slow by design (coreference, dependency parse): one pipeline per JVM, annotation serialised because CoreNLP's
 * quote attributor keeps static state.
 */
public final class CoreNlpQuoteAttributionStage implements DocumentStage {
    private static final String MARKS = "\"“”‘’'`«»„";

    private final Properties properties;
    private final SharedPipeline pipeline;

    private CoreNlpQuoteAttributionStage(Properties properties) {
        this.properties = properties;
        this.pipeline = new SharedPipeline(properties);
    }

    /**
     * The factory the runner calls: the stage over the JVM's shared stock pipeline, loaded lazily by
     * {@link #prepare()} or the first document (a run served from the cache never loads it).
     */
    public static CoreNlpQuoteAttributionStage shared() {
        return new CoreNlpQuoteAttributionStage(stockProperties());
    }

    @Override public void prepare() {
        pipeline();
    }

    private StanfordCoreNLP pipeline() {
        return pipeline.get();
    }

    /** Stock settings plus the two the comparison needs: attribution on, British single quotes on. */
    static Properties stockProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("quote.attributeQuotes", "true");
        p.setProperty("quote.singleQuotes", "true");
        return p;
    }

    @Override public String name() { return "quotes-corenlp"; }

    /** Needs only the text; takes our in-document entities when present, to name speakers as our stage does. */
    @Override public Set<Layer> requires() { return EnumSet.of(Layer.TEXT); }

    @Override public Set<Layer> provides() { return EnumSet.of(Layer.QUOTES); }

    @Override public String fingerprint() { return name() + ":corenlp-4.5.10:" + new java.util.TreeMap<>(properties); }

    @Override public AnnotatedDocument process(AnnotatedDocument doc) {
        Annotation a = new Annotation(doc.text());
        StanfordCoreNLP p = pipeline();
        synchronized (p) {
            p.annotate(a);
        }
        return doc.withQuotes(convert(doc, a));
    }

    static List<Quote> convert(AnnotatedDocument doc, Annotation a) {
        String text = doc.text();
        List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> quotes = a.get(CoreAnnotations.QuotationsAnnotation.class);
        List<Quote> out = new ArrayList<>();
        if (quotes == null) return out;
        for (CoreMap q : quotes) {
            int s = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            while (s < e && (MARKS.indexOf(text.charAt(s)) >= 0 || Character.isWhitespace(text.charAt(s)))) s++;
            while (e > s && (MARKS.indexOf(text.charAt(e - 1)) >= 0 || Character.isWhitespace(text.charAt(e - 1)))) e--;
            if (e <= s) continue;
            out.add(new Quote("q0", QuoteKind.DIRECT, s, e, text.substring(s, e), attribution(doc, q, tokens), ReviewStatus.UNREVIEWED));
        }
        out.sort(Comparator.comparingInt(Quote::start));
        List<Quote> numbered = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Quote q = out.get(i);
            numbered.add(new Quote("q" + (i + 1), q.kind(), q.start(), q.end(), q.text(), q.attribution(), q.reviewStatus()));
        }
        return numbered;
    }

    private static Attribution attribution(AnnotatedDocument doc, CoreMap q, List<CoreLabel> tokens) {
        String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
        String mention = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
        Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
        String sieves = "corenlp:" + q.get(QuoteAttributionAnnotator.MentionSieveAnnotation.class) + "/"
                + q.get(QuoteAttributionAnnotator.SpeakerSieveAnnotation.class);
        Span span = null;
        String mentionText = null;
        if (mention != null && mb != null && me != null && tokens != null && mb >= 0 && me < tokens.size() && mb <= me) {
            int s = tokens.get(mb).beginPosition();
            int e = tokens.get(me).endPosition();
            if (s < e && e <= doc.text().length()) {
                span = new Span(s, e);
                mentionText = doc.text().substring(s, e);
            }
        }
        boolean known = speaker != null && !speaker.isBlank() && !speaker.equalsIgnoreCase("unknown");
        if (!known && span == null) return Attribution.none();
        LocalEntity e = known ? entityNamed(doc, speaker) : null;
        return new Attribution(known ? (e != null ? e.name() : speaker) : null, e != null ? e.id() : null, null,
                mentionText, span, null, sieves, known ? 0.5 : 0.1);
    }

    /** Our in-document entity whose name or variant equals CoreNLP's speaker name, or whose name contains it. */
    private static LocalEntity entityNamed(AnnotatedDocument doc, String speaker) {
        String s = speaker.toLowerCase(Locale.ROOT);
        for (LocalEntity e : doc.entities()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(s)) return e;
            for (String v : e.variants()) if (v.toLowerCase(Locale.ROOT).equals(s)) return e;
        }
        for (LocalEntity e : doc.entities()) {
            if ((" " + e.name().toLowerCase(Locale.ROOT) + " ").contains(" " + s + " ")) return e;
        }
        return null;
    }
}
