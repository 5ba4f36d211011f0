package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.Block;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.Layer;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.Span;
import org.newsquotes.stage.DocumentStage;

/**
 * Finds every quotation in a document and attributes it: marked quotes ({@link QuoteMarkScanner}, kinds by
 * {@link QuoteKindClassifier}), embedded posts ({@link EmbeddedPostReader}), reported speech
 * ({@link IndirectSpeechExtractor}), then the speaker sieves ({@link QuoteAttributor}).
 *
 * <p>Works on our own records only (tokens, sentences, mentions, in-document entities): no CoreNLP, no coreference,
 * so it costs a small fraction of the NLP stage. Quote ids are {@code q1..} in reading order; {@link Quote#text()}
 * is the quoted words without the marks and equals the document text at {@code [start, end)}.
 * Thread-safe: holds only the immutable lexicon.
 */
public final class QuoteStage implements DocumentStage {
    static final String VERSION = "quotes-1";

    private final QuoteLexicon lexicon;
    private final QuoteMarkScanner scanner;
    private final QuoteKindClassifier classifier;
    private final SourcePhraseFinder finder;
    private final IndirectSpeechExtractor indirect;
    private final QuoteAttributor attributor;
    private final EmbeddedPostReader posts = new EmbeddedPostReader();

    private final IndirectScope scope;

    public QuoteStage(ModelFiles models) {
        this(QuoteLexicon.load(models), IndirectScope.SPEECH);
    }

    public QuoteStage(ModelFiles models, IndirectScope scope) {
        this(QuoteLexicon.load(models), scope);
    }

    public QuoteStage(QuoteLexicon lexicon, IndirectScope scope) {
        this.lexicon = lexicon;
        this.scope = scope;
        this.scanner = new QuoteMarkScanner(lexicon.cues("elision"));
        this.classifier = new QuoteKindClassifier(lexicon);
        this.finder = new SourcePhraseFinder(lexicon);
        this.indirect = new IndirectSpeechExtractor(lexicon, finder, scope);
        this.attributor = new QuoteAttributor(lexicon);
    }

    @Override public String name() { return "quotes"; }

    @Override public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.NER, Layer.MENTIONS, Layer.LOCAL_ENTITIES);
    }

    @Override public Set<Layer> provides() { return EnumSet.of(Layer.QUOTES); }

    @Override public String fingerprint() {
        return name() + ":" + VERSION + ":" + lexicon.fingerprint() + (scope == IndirectScope.SPEECH ? "" : ":" + scope.label());
    }

    @Override public AnnotatedDocument process(AnnotatedDocument doc) {
        return doc.withQuotes(findQuotes(doc));
    }

    /** The document's quotes, attributed, with ids in reading order. */
    public List<Quote> findQuotes(AnnotatedDocument doc) {
        String text = doc.text();
        DocumentIndex ix = new DocumentIndex(doc);
        List<QuotedSpan> spans = scanner.scan(text);
        AttributionContext ctx = new AttributionContext(ix, lexicon, spans);

        List<QuoteCandidate> marked = new ArrayList<>();
        for (QuotedSpan s : spans) {
            QuoteCandidate q = new QuoteCandidate(s.span(), s.markStart(), s.markEnd(), classifier.classify(text, s),
                    s.continuesPrevious(), null);
            if (q.kind() == QuoteKind.OTHER) marked.add(q);
            // a paragraph that repeats the opening mark continues the quote, unless a transcript label or a speech
            // verb right after it names the speaker ("“…,” added Ann Roe.")
            else if (s.continuesPrevious()) marked.add(q.withSource(finder.continuationSource(ix, q)));
            else marked.add(q.withSource(finder.find(ix, q)));
        }
        List<QuoteCandidate> all = new ArrayList<>(marked);
        all.addAll(indirect.extract(ix, marked, ctx));
        all.sort(Comparator.comparingInt(q -> q.content().start()));

        List<Quote> out = new ArrayList<>();
        for (QuoteCandidate q : all) {
            Attribution a = attributor.attribute(q, ctx);
            // a short phrase nobody is said to have said is a scare quote or a name
            QuoteKind kind = q.kind();
            out.add(quote(text, q.content(), kind, a));
        }
        out.addAll(embeddedPosts(doc, ix, spans));
        out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        List<Quote> numbered = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Quote q = out.get(i);
            numbered.add(new Quote("q" + (i + 1), q.kind(), q.start(), q.end(), q.text(), q.attribution(), q.reviewStatus()));
        }
        return numbered;
    }

    private List<Quote> embeddedPosts(AnnotatedDocument doc, DocumentIndex ix, List<QuotedSpan> spans) {
        List<Quote> out = new ArrayList<>();
        for (Block b : doc.document().blocks()) {
            if (b.kind() != BlockKind.EMBED) continue;
            if (spans.stream().anyMatch(s -> b.span().contains(s.start()))) continue;
            EmbeddedPostReader.Post post = posts.read(doc.text(), b);
            Attribution a = Attribution.none();
            if (post.name() != null) {
                Mention m = mentionIn(doc, post.name());
                if (m != null) {
                    LocalEntity e = ix.entityOf(m);
                    a = new Attribution(e != null ? e.name() : m.text(), e != null ? e.id() : null, null, m.text(), m.span(),
                            "—", "embed-byline", 0.9);
                } else {
                    String name = post.name().of(doc.text());
                    a = new Attribution(name, null, null, name, post.name(), "—", "embed-byline", 0.7);
                }
            }
            for (Span seg : post.segments()) out.add(quote(doc.text(), seg, QuoteKind.DIRECT, a));
        }
        return out;
    }

    private static Mention mentionIn(AnnotatedDocument doc, Span span) {
        for (Mention m : doc.mentions()) {
            if (span.contains(m.span()) && (m.ner().equals("PERSON") || m.ner().equals("ORGANIZATION"))) return m;
        }
        return null;
    }

    private static Quote quote(String text, Span span, QuoteKind kind, Attribution a) {
        return new Quote("q0", kind, span.start(), span.end(), span.of(text), a, ReviewStatus.UNREVIEWED);
    }
}
