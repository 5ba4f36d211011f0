package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    static final String VERSION = "quotes-3";

    private final QuoteLexicon lexicon;
    private final QuoteMarkScanner scanner;
    private final QuoteKindClassifier classifier;
    private final SourcePhraseFinder finder;
    private final IndirectSpeechExtractor indirect;
    private final QuoteAttributor attributor;
    private final EmbeddedPostReader posts = new EmbeddedPostReader();

    private final IndirectScope scope;
    private final SpeakerRanker ranker;
    private final String modelHash;
    private final SentenceParser parser;
    private final QuoteKindFilter kindFilter;

    private static String hash(LinearModel m, String none) {
        return m == null ? none : ModelFiles.sha256(m.format(List.of()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12);
    }

    public QuoteStage(ModelFiles models) {
        this(QuoteLexicon.load(models), IndirectScope.SPEECH);
    }

    public QuoteStage(ModelFiles models, IndirectScope scope) {
        this(QuoteLexicon.load(models), scope);
    }


    public QuoteStage(QuoteLexicon lexicon, IndirectScope scope) {
        this(lexicon, scope, null, null);
    }

    public QuoteStage(QuoteLexicon lexicon, IndirectScope scope, LinearModel model) {
        this(lexicon, scope, model, null);
    }

    /**
     * @param model  the learned speaker ranker, or null to let the sieves decide alone ({@code --attribution sieves},
     *               and the material for training)
     * @param parser parses the sentences where an indirect quote begins (the ranker's syntax features), or null for
     *               none (the ranker then reads its token-window features only)
     */
    public QuoteStage(QuoteLexicon lexicon, IndirectScope scope, LinearModel model, SentenceParser parser) {
        this(lexicon, scope, model, null, parser);
    }

    /**
     * @param kindModel the learned quote-kind filter ({@link QuoteKindFilter}), or null to keep the rules' kinds
     */
    public QuoteStage(QuoteLexicon lexicon, IndirectScope scope, LinearModel model, LinearModel kindModel, SentenceParser parser) {
        this.lexicon = lexicon;
        this.parser = parser;
        this.kindFilter = kindModel == null ? null : new QuoteKindFilter(kindModel);
        this.ranker = model == null ? null : new SpeakerRanker(lexicon, model);
        this.modelHash = hash(model, "sieves") + "," + hash(kindModel, "rule-kinds");
        this.scope = scope;
        this.scanner = new QuoteMarkScanner(lexicon.cues(CueCategory.ELISION));
        this.classifier = new QuoteKindClassifier(lexicon);
        this.finder = new SourcePhraseFinder(lexicon);
        this.indirect = new IndirectSpeechExtractor(lexicon, finder, scope);
        this.attributor = new QuoteAttributor(lexicon);
    }

    @Override public String name() { return "quotes"; }

    @Override public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.NER, Layer.MENTIONS, Layer.LOCAL_ENTITIES);
    }

    @Override public Set<Layer> provides() {
        return parser == null ? EnumSet.of(Layer.QUOTES) : EnumSet.of(Layer.QUOTES, Layer.DEPENDENCIES);
    }

    @Override public void prepare() {
        if (parser != null) parser.prepare();
    }

    @Override public String fingerprint() {
        return name() + ":" + VERSION + ":" + lexicon.fingerprint() + ":" + modelHash
                + (parser == null ? "" : ":parse=" + parser.fingerprint()) + (scope == IndirectScope.SPEECH ? "" : ":" + scope.label());
    }

    @Override public AnnotatedDocument process(AnnotatedDocument doc) {
        Walked w = walked(doc);
        return SpeakerMentions.add(w.doc(), w.quotes()).withQuotes(w.quotes());
    }

    /** The document's quotes, attributed, with ids in reading order. */
    public List<Quote> findQuotes(AnnotatedDocument doc) {
        return walked(doc).quotes();
    }

    /** The document as the quote stage leaves it (quote sentences parsed, when there is a parser) and its quotes. */
    private record Walked(AnnotatedDocument doc, List<Quote> quotes) {}

    private Walked walked(AnnotatedDocument input) {
        List<Found> found = new ArrayList<>();
        Walk walk = walk(input, new Visitor() {
            @Override public void visit(QuoteCandidate q, Attribution sieve, AttributionContext ctx, boolean promoted) {
                // words in marks that the learned filter reads as nobody's words (a title, a term) are kind other
                if (!promoted && kindFilter != null && QuoteKindFilter.applies(q) && !QuoteKindFilter.labelledHeadline(q, sieve, ctx)
                        && !kindFilter.keeps(q, sieve, ctx)) {
                    found.add(new Found(q, q.content(), QuoteKind.OTHER, Attribution.none()));
                } else {
                    found.add(new Found(q, q.content(), q.kind(), ranker == null ? sieve : ranker.decide(q, sieve, ctx)));
                }
            }

            @Override public boolean promote(QuoteCandidate q, QuoteCandidate asQuote, Attribution sieve, AttributionContext ctx) {
                return kindFilter != null && kindFilter.promotes(asQuote, sieve, ctx);
            }
        });
        List<Attribution> decided = ContinuedQuoteRun.oneSpeaker(
                found.stream().map(Found::candidate).toList(), found.stream().map(Found::attribution).toList());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (decided.get(i) != f.attribution()) found.set(i, new Found(f.candidate(), f.span(), f.kind(), decided.get(i)));
        }
        AnnotatedDocument doc = walk.index().document();
        String text = doc.text();
        List<HeadlineEcho.Item> items = found.stream().map(f -> new HeadlineEcho.Item(f.span(), f.kind(), f.attribution())).toList();
        List<HeadlineEcho.Item> echoed = HeadlineEcho.apply(walk.index(), text, items);
        for (int i = 0; i < found.size(); i++) {
            HeadlineEcho.Item e = echoed.get(i);
            if (e != items.get(i)) found.set(i, new Found(found.get(i).candidate(), e.span(), e.kind(), e.attribution()));
        }
        found.addAll(embeddedPosts(walk.index(), walk.spans()));
        found.sort(Comparator.comparingInt((Found f) -> f.span().start()).thenComparingInt(f -> f.span().end()));
        List<Quote> out = new ArrayList<>(found.size());
        for (Found f : found) {
            out.add(new Quote("q" + (out.size() + 1), f.kind(), f.span().start(), f.span().end(), f.span().of(text),
                    UnresolvedEvidence.checked(walk.index(), withParticle(f.attribution(), f.candidate(), walk.index())),
                    ReviewStatus.UNREVIEWED));
        }
        return new Walked(doc, out);
    }

    /**
     * The attribution with its cue written out with the particle of a phrasal speech verb ("shot back", not "shot"),
     * when the cue is the verb of the quote's own source phrase; the attribution itself otherwise.
     */
    private Attribution withParticle(Attribution a, QuoteCandidate q, DocumentIndex ix) {
        if (a == null || a.cue() == null || q == null || q.source() == null) return a;
        int v = q.source().cueToken();
        if (v < 0 || v + 1 >= ix.tokenCount()) return a;
        QuoteLexicon.SpeechVerb verb = lexicon.verbAt(ix, v);
        if (verb == null || verb.particle() == null || !a.cue().equals(ix.token(v).word())) return a;
        return new Attribution(a.speaker(), a.speakerLocalId(), a.speakerEntityId(), a.mention(), a.mentionSpan(),
                SourcePhraseFinder.cueText(ix, v, v + 2), a.method(), a.confidence());
    }

    /** One quote of the document before numbering: the candidate it was found as (null for an embedded post). */
    private record Found(QuoteCandidate candidate, Span span, QuoteKind kind, Attribution attribution) {}

    /**
     * A quote with the sieves' answer, every speaker candidate the ranker would weigh, and the features the kind
     * filter would read (null for quotes it does not look at).
     */
    public record RankingInstance(QuoteCandidate quote, Attribution sieve, List<SpeakerCandidate> candidates,
                                  List<String> kindFeatures) {}

    /**
     * Every quote of the document (embedded posts aside) with its sieve answer and speaker candidates: the material
     * {@code newsquotes train} learns the {@link LinearModel} from. Uses no model.
     */
    public List<RankingInstance> rankingInstances(AnnotatedDocument doc) {
        SpeakerRanker features = new SpeakerRanker(lexicon, null);
        List<RankingInstance> out = new ArrayList<>();
        walk(doc, new Visitor() {
            @Override public void visit(QuoteCandidate q, Attribution sieve, AttributionContext ctx, boolean promoted) {
                // the rules' other: its instance came from promote, or (an editor's note) it has none
                if (q.kind() == QuoteKind.OTHER) return;
                out.add(new RankingInstance(q, sieve, features.candidates(q, sieve, ctx),
                        QuoteKindFilter.applies(q) ? QuoteKindFilter.features(q, sieve, ctx) : null));
            }

            @Override public boolean promote(QuoteCandidate q, QuoteCandidate asQuote, Attribution sieve, AttributionContext ctx) {
                // the rules' other: no speaker candidates (it is left other while learning), its kind features as a quote
                out.add(new RankingInstance(q, Attribution.none(), List.of(),
                        QuoteKindFilter.features(asQuote, QuoteKind.OTHER, sieve, ctx)));
                return false;
            }
        });
        return out;
    }

    /** Sees each quote once, in reading order, right after the sieves attributed it. */
    private interface Visitor {
        /**
         * @param promoted true when the rules called the words {@code other} and {@link #promote} kept them as the
         *                 quote {@code q}
         */
        void visit(QuoteCandidate q, Attribution sieve, AttributionContext ctx, boolean promoted);

        /**
         * Words the rules called {@code other} ({@code q}), read as a quote ({@code asQuote}, its source found and
         * the sieves' answer not yet recorded): true to keep them as that quote, then visited as such; false leaves
         * them {@code other}.
         */
        boolean promote(QuoteCandidate q, QuoteCandidate asQuote, Attribution sieve, AttributionContext ctx);
    }

    /**
     * Finds and attributes the document's marked and indirect quotes. With a parser, the
     * sentences where an indirect quote begins are parsed once the quotes are found, before attribution.
     */
    private Walk walk(AnnotatedDocument annotated, Visitor visitor) {
        // the stage's own earlier output is no input: a document read back from its JSON (training, the cache)
        // holds the speaker mentions an earlier run added ("he" typed PERSON), which the sieves would take for the
        // tagger's people
        AnnotatedDocument doc = SpeakerMentions.without(annotated);
        String text = doc.text();
        DocumentIndex ix = new DocumentIndex(doc);
        List<QuotedSpan> spans = scanner.scan(text);
        AttributionContext ctx = new AttributionContext(ix, lexicon, spans);

        List<QuoteCandidate> marked = new ArrayList<>();
        // the rules' other, each read as a quote with its source, for the kind filter's second look
        Map<QuoteCandidate, QuoteCandidate> asQuote = new IdentityHashMap<>();
        for (QuotedSpan s : spans) {
            QuoteCandidate q = new QuoteCandidate(s.span(), s.markStart(), s.markEnd(), classifier.classify(text, s),
                    s.continuesPrevious(), null);
            if (q.kind() == QuoteKind.OTHER) {
                marked.add(q);
                if (QuoteKindFilter.mayPromote(q, text)) {
                    QuoteCandidate p = QuoteKindFilter.asQuote(q, text);
                    asQuote.put(q, p.withSource(finder.find(ix, p)));
                }
            }
            // a paragraph that repeats the opening mark continues the quote, unless a transcript label or a speech
            // verb right after it names the speaker ("“…,” added Ann Roe.")
            else if (s.continuesPrevious()) marked.add(q.withSource(finder.continuationSource(ix, q)));
            else marked.add(q.withSource(finder.find(ix, q)));
        }
        marked = ContinuedQuoteRun.sourcesCarriedBack(marked);
        List<QuoteCandidate> all = new ArrayList<>(marked);
        all.addAll(indirect.extract(ix, marked, ctx));
        all.sort(Comparator.comparingInt(q -> q.content().start()));
        if (parser != null && !all.isEmpty() && !doc.has(Layer.DEPENDENCIES)) {
            doc = parseQuoteSentences(ix, all);
            ix = new DocumentIndex(doc);
            ctx = new AttributionContext(ix, lexicon, spans);
        }
        for (QuoteCandidate q : all) {
            QuoteCandidate p = asQuote.get(q);
            if (p != null) {
                // its source was found before parsing, as every marked quote's: parsing adds relations, not tokens
                AttributionContext.Attributed read = attributor.peek(p, ctx);
                if (visitor.promote(q, p, read.attribution(), ctx)) {
                    ctx.record(read.quote(), read.attribution());
                    visitor.visit(p, read.attribution(), ctx, true);
                    continue;
                }
            }
            visitor.visit(q, attributor.attribute(q, ctx), ctx, false);
        }
        return new Walk(ix, spans);
    }

    /** What a walk leaves: the index of the document as attributed (parsed where it was) and the marked spans. */
    private record Walk(DocumentIndex index, List<QuotedSpan> spans) {}

    /**
     * The document with the sentences where an indirect quote's content begins parsed: its cue verb and the verb's
     * subject stand there, and that is where syntax pays (1.6 points of cross-validated indirect-speaker accuracy);
     * for marked quotes it added 0.3 points and would double the parsing, so they rely on the token-window features
     * unless their sentence also holds a report.
     */
    private AnnotatedDocument parseQuoteSentences(DocumentIndex ix, List<QuoteCandidate> quotes) {
        java.util.BitSet wanted = new java.util.BitSet();
        for (QuoteCandidate q : quotes) {
            if (q.kind() != QuoteKind.INDIRECT || ix.tokenCount() == 0) continue;
            wanted.set(ix.sentenceAtOrAfter(q.content().start()));
        }
        AnnotatedDocument doc = ix.document();
        List<org.newsquotes.record.Token> tokens = new ArrayList<>(doc.tokens());
        for (int s = wanted.nextSetBit(0); s >= 0; s = wanted.nextSetBit(s + 1)) {
            org.newsquotes.record.Sentence sentence = doc.sentences().get(s);
            List<org.newsquotes.record.Token> words = parser.parse(doc.tokensOf(sentence));
            for (int i = 0; i < words.size(); i++) tokens.set(sentence.firstToken() + i, words.get(i));
        }
        return doc.withDependencies(tokens);
    }

    private List<Found> embeddedPosts(DocumentIndex ix, List<QuotedSpan> spans) {
        AnnotatedDocument doc = ix.document();
        List<Found> out = new ArrayList<>();
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
                            "—", AttributionMethod.EMBED_BYLINE.label(), 0.9);
                } else {
                    String name = post.name().of(doc.text());
                    a = new Attribution(name, null, null, name, post.name(), "—", AttributionMethod.EMBED_BYLINE.label(), 0.7);
                }
            }
            for (Span seg : post.segments()) out.add(new Found(null, seg, QuoteKind.DIRECT, a));
        }
        return out;
    }

    private static Mention mentionIn(AnnotatedDocument doc, Span span) {
        for (Mention m : doc.mentions()) {
            if (span.contains(m.span()) && (m.ner().equals("PERSON") || m.ner().equals("ORGANIZATION"))) return m;
        }
        return null;
    }
}
