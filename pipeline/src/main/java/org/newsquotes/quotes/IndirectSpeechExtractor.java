package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * Finds reported speech without quotation marks, on tokens alone (no parse), by an ordered list of report patterns
 * ({@link IndirectReportPattern}, one class each, with its example in its Javadoc), assembled per
 * {@link IndirectScope} when the extractor is built. At each token, outside marked quotes, the first pattern that
 * finds a report wins:
 * <ol>
 *   <li>at a speech verb: {@link ComplementAfterVerbReport} ("X said (that) CLAUSE", "X told reporters CLAUSE",
 *       "X promised to VERB", "X denied VERB-ing"), {@link ZeroRelativeReport} ("a shift X said could cost votes"),
 *       {@link ContentBeforeReport} ("CLAUSE, X said."),
 *       {@link ParentheticalReport} ("CLAUSE, X said, CLAUSE."), {@link AsReportedReport} ("As X noted, CLAUSE."), and under PARC {@link NounPhraseAfterVerbReport}
 *       ("X denied the report");</li>
 *   <li>else at a finding verb followed by "that": {@link FindingThatReport} ("the survey found that CLAUSE"); at
 *       one closing the sentence: {@link FindingClosingReport} ("CLAUSE, the survey found."); under PARC, at a
 *       finding verb without "that": {@link FindingObjectReport};</li>
 *   <li>else at "according to": {@link AccordingToReport}; under PARC, at an opening "In" phrase headed by a poll or
 *       study: {@link InPhraseReport} ("In the latest poll, CLAUSE");</li>
 *   <li>else at a colon: {@link LabelledClaimReport} ("Harbour chief Roe: Port will reopen in May");</li>
 *   <li>else at "that": {@link NounCueThatReport} ("X's claim that CLAUSE");</li>
 *   <li>then, if nothing was found: {@link NounCueBareReport} ("X's claim it had ..."), and under PARC
 *       a {@link ParentheticalReport} of belief ("A, X believes, B"), {@link AttitudeReport} ("X wants to ...", "X thinks ...")
 *       and {@link ParcVerbObjectReport}.</li>
 * </ol>
 * Reports overlap only by nesting: after a report the search goes on after its content (a second report may follow:
 * "X said A, after Y said B"); a later report whose content holds an earlier one whole, source and cue included,
 * reports it, and both are kept ("Roe thinks the port will close, her aide said"); a report whose content is a noun
 * phrase or an attitude (a fallback's, a noun phrase after a verb, a finding's object) with no name or personal
 * pronoun as its source gives way to such a later one ("Work is expected to begin in May, a spokesman said": the
 * spokesman's report, not the attitude inside it).
 */
public final class IndirectSpeechExtractor {
    private final QuoteLexicon lexicon;
    private final SourcePhraseFinder finder;
    private final List<IndirectReportPattern> atSpeechVerb;
    private final FindingThatReport findingThat;
    private final IndirectReportPattern findingObject;
    private final IndirectReportPattern findingClosing;
    private final AccordingToReport accordingTo;
    private final NounCueThatReport nounCueThat;
    private final LabelledClaimReport labelledClaim;
    private final IndirectReportPattern inPhrase;
    private final List<IndirectReportPattern> fallbacks;
    private final IndirectReportPattern nounPhraseAfterVerb;
    /** The {@link CueCategory#NOT_CONTENT} phrases, each as its words ({@link #termsOfSpeaking}). */
    private final List<String[]> notContent;
    /** The parc scope: every attribution, including those inside yes/no questions. */
    private final boolean parc;

    public IndirectSpeechExtractor(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        this(lexicon, finder, IndirectScope.SPEECH);
    }

    public IndirectSpeechExtractor(QuoteLexicon lexicon, SourcePhraseFinder finder, IndirectScope scope) {
        this.lexicon = lexicon;
        this.finder = finder;
        this.parc = scope == IndirectScope.PARC;
        List<IndirectReportPattern> verb = new ArrayList<>(List.of(new ComplementAfterVerbReport(lexicon, finder),
                new ZeroRelativeReport(lexicon, finder), new ContentBeforeReport(lexicon, finder), new ParentheticalReport(lexicon, finder), new AsReportedReport(lexicon, finder)));
        this.nounPhraseAfterVerb = parc ? new NounPhraseAfterVerbReport(lexicon, finder) : null;
        if (parc) {
            verb.add(new ProFormReport(lexicon, finder));
            verb.add(nounPhraseAfterVerb);
        }
        this.atSpeechVerb = List.copyOf(verb);
        this.findingThat = new FindingThatReport(lexicon, finder);
        this.findingObject = parc ? new FindingObjectReport(lexicon, finder) : null;
        this.findingClosing = new FindingClosingReport(lexicon, finder);
        this.accordingTo = new AccordingToReport(lexicon, finder);
        this.nounCueThat = new NounCueThatReport(lexicon, finder);
        this.labelledClaim = new LabelledClaimReport(lexicon, finder);
        this.inPhrase = parc ? new InPhraseReport(lexicon, finder) : null;
        List<IndirectReportPattern> last = new ArrayList<>(List.of(new NounCueBareReport(lexicon, finder)));
        if (parc) {
            last.add(new ParentheticalReport(lexicon, finder, true)); // "Most residents, Roe believes, want …"
            last.add(new AttitudeReport(lexicon, finder));
            last.add(new ParcVerbObjectReport(lexicon, finder));
        }
        this.fallbacks = List.copyOf(last);
        this.notContent = lexicon.cues(CueCategory.NOT_CONTENT).stream().map(phrase -> phrase.split(" ")).toList();
    }

    /**
     * Indirect-speech candidates of the document, in reading order, none overlapping another.
     *
     * @param direct the document's marked quotes, to cut the content before them and to skip verbs inside them
     */
    public List<QuoteCandidate> extract(DocumentIndex ix, List<QuoteCandidate> direct, AttributionContext ctx) {
        List<QuoteCandidate> out = new ArrayList<>();
        // reports whose content is a noun phrase or an attitude (found by a fallback, a noun phrase after a verb, the
        // object of a finding): a later report whose content holds one whole takes its place
        java.util.Set<QuoteCandidate> yielding = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Sentence s : ix.document().sentences()) {
            // the default scope reports speech; a yes/no question only asks whether something was said (PolNeAR's
            // annotators mark some such reports, so the parc scope keeps them: measured, 6 of 19 on the training split)
            if (!parc && ClauseShape.isPolarQuestion(ix, s)) continue;
            int end = s.endToken();
            // tokens before this lie inside the content of the report found last
            int insideUntil = -1;
            for (int v = s.firstToken(); v < end; v++) {
                if (ctx.insideQuote(ix.token(v).start())) continue;
                IndirectReportPattern.Site site = new IndirectReportPattern.Site(ix, s, v, direct, ctx);
                QuoteCandidate found = null;
                boolean yields = false;
                if (finder.isVerb(ix, v)) {
                    for (IndirectReportPattern p : atSpeechVerb) {
                        found = p.find(site);
                        if (found == null) continue;
                        yields = p == nounPhraseAfterVerb;
                        break;
                    }
                } else if (findingThat.isFindingVerb(ix, v) && v + 1 < end && ix.word(v + 1).equals("that")) {
                    found = findingThat.find(site);
                } else if (findingThat.isFindingVerb(ix, v)) {
                    found = findingClosing.find(site); // "Turnout fell, the survey found."
                    if (found == null && findingObject != null) {
                        found = findingObject.find(site); // "the poll shows a tight race"
                        yields = found != null;
                    }
                } else if (v + 1 < end && lexicon.accordingToAt(ix, v) > 0) {
                    found = accordingTo.find(site);
                } else if (inPhrase != null && ix.word(v).equals("in")) {
                    found = inPhrase.find(site); // "In the latest poll, the mayor leads"
                } else if (ix.firstChar(v) == ':') {
                    found = labelledClaim.find(site); // "Harbour chief Roe: Port will reopen in May"
                } else {
                    found = nounCueThat.find(site);
                }
                if (found == null) {
                    found = first(fallbacks, site);
                    yields = found != null;
                }
                if (found == null || termsOfSpeaking(ix, found)) continue;
                Span f = found.content();
                List<QuoteCandidate> overlapping = out.stream().filter(o -> o.content().overlaps(f)).toList();
                if (v < insideUntil) {
                    // "Roe praised the tax cuts, moves that she said improved the economy": a report inside the
                    // content of the one just found, source and cue too, is a report of its own; anything else the
                    // verb starts there is part of that content
                    QuoteCandidate inner = found;
                    boolean innerYields = yields;
                    boolean nests = !overlapping.isEmpty()
                            && overlapping.stream().allMatch(o -> nestedIn(ix, inner, o.content(), innerYields));
                    if (nests) out.add(found);
                    continue;
                }
                if (overlapping.isEmpty()) {
                    out.add(found);
                    if (yields) yielding.add(found);
                } else if (!yields && overlapping.stream().allMatch(o -> nestedIn(ix, o, f, yielding.contains(o)))) {
                    // "Roe thinks the port will close, her aide said": the aide's report holds Roe's whole, source
                    // and cue too; both are reports, one inside the other
                    out.add(found);
                } else if (!yields && overlapping.stream().allMatch(o -> yielding.contains(o) && f.contains(o.content()))) {
                    // "Work is expected to begin in May, a spokesman said": the report that closes the sentence
                    // takes the clause whose part an attitude had claimed
                    out.removeAll(overlapping);
                    out.add(found);
                }
                // read on inside the content for reports nested in it, then after it (a second report may follow: "X
                // said A, after Y said B")
                int next = ix.firstTokenAtOrAfter(f.end());
                if (next > v) insideUntil = next;
            }
        }
        out.sort(java.util.Comparator.comparingInt(q -> q.content().start()));
        return out;
    }

    /**
     * Report {@code inner} stands whole inside the content {@code outer} of a later report: its content and its source
     * phrase (with the cue) lie inside, so the later report reports the earlier one ("Roe thinks the port will
     * close, her aide said", "Roe told investigators she was advised to wait, the Times reported"). A report whose
     * content is a noun phrase or an attitude ({@code yielding}) nests only when a name or a personal pronoun is its
     * source; otherwise the later report takes its clause ("Work is expected to begin in May, a spokesman said").
     */
    private boolean nestedIn(DocumentIndex ix, QuoteCandidate inner, Span outer, boolean yielding) {
        SourcePhrase src = inner.source();
        if (src == null || !outer.contains(inner.content()) || src.endToken() <= src.firstToken()) return false;
        int from = ix.token(Math.min(src.firstToken(), src.cueToken())).start();
        int to = ix.token(Math.max(src.endToken() - 1, src.cueToken())).end();
        if (from < outer.start() || to > outer.end()) return false;
        if (!yielding) return true;
        for (int t = src.firstToken(); t < src.endToken(); t++) {
            Mention m = ix.mentionAt(t);
            if (m != null && lexicon.isCue(CueCategory.SPEAKER_TYPE, m.ner())) return true;
            if (Words.SUBJECT_PRONOUNS.contains(ix.word(t)) && !Words.NON_PERSONAL_PRONOUNS.contains(ix.word(t))) return true;
        }
        return false;
    }

    /**
     * The content is the terms a source spoke on, not what it said: its words (after "the") open with a
     * {@link CueCategory#NOT_CONTENT} phrase that no noun continues ("an aide, speaking on condition of anonymity,
     * said …": "condition of anonymity" is no report; "spoke on anonymity rules" is one).
     */
    private boolean termsOfSpeaking(DocumentIndex ix, QuoteCandidate q) {
        int first = ix.firstTokenAtOrAfter(q.content().start());
        int end = ix.lastTokenBefore(q.content().end()) + 1;
        if (first < end && ix.word(first).equalsIgnoreCase("the")) first++;
        for (String[] words : notContent) {
            int t = first;
            for (String w : words) {
                if (t >= end || !ix.word(t).equalsIgnoreCase(w)) break;
                t++;
            }
            if (t - first == words.length && (t >= end || !ix.token(t).pos().startsWith("NN"))) return true;
        }
        return false;
    }

    private static QuoteCandidate first(List<IndirectReportPattern> patterns, IndirectReportPattern.Site site) {
        for (IndirectReportPattern p : patterns) {
            QuoteCandidate q = p.find(site);
            if (q != null) return q;
        }
        return null;
    }
}
