package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.QuoteKind;

/**
 * The learned second look at a marked quote: words in quotation marks that nobody is said to have said (a title, a
 * name, a term held at arm's length, a headline's label) become {@code other}, and words the rules took for a title
 * that news reports as someone's words ("called the plan “Project Fear”", a headline's “Demoralizing”) become a
 * quote. {@link QuoteKindClassifier}'s rules decide first; the model ({@value #MODEL_FILE}, trained by
 * {@code newsquotes train} on PolNeAR's training split) gives each marked quote a probability of being an attributed
 * quote, the rules' kind among its features: a {@code direct} or {@code fragment} quote under the threshold becomes
 * {@code other}, an {@code other} one at or over it becomes a fragment ({@value QuoteKindClassifier#FRAGMENT_MAX_WORDS}
 * words or fewer) or a direct quote. Continuation paragraphs are never filtered.
 *
 * <p>Features (each a pattern of news in general): the rules' kind, length in words, capital start, closing
 * punctuation, Title Case, a finite verb or a first- or second-person pronoun inside, paragraph and sentence
 * position, the headline line, the word classes right before and after the marks, and which sieve (if any) found a
 * source for it. Stateless; thread-safe.
 */
public final class QuoteKindFilter {
    /** The model file in {@code models/}. */
    public static final String MODEL_FILE = "quote-kind.tsv";
    /** Its provenance. */
    public static final String PROVENANCE_FILE = "quote-kind.provenance.md";


    private final LinearModel model;

    public QuoteKindFilter(LinearModel model) { this.model = model; }

    /** True for the quotes the filter looks at: direct or fragment, not a continued paragraph. */
    static boolean applies(QuoteCandidate q) {
        return (q.kind() == QuoteKind.DIRECT || q.kind() == QuoteKind.FRAGMENT) && !q.continuesPrevious();
    }

    /**
     * True for a quote the rules called {@code other} that the filter may read as a quote: not a continued paragraph,
     * and not an editor's bracketed note ({@link QuoteKindClassifier#stageDirection}), which is never speech.
     */
    static boolean mayPromote(QuoteCandidate q, String text) {
        return q.kind() == QuoteKind.OTHER && !q.continuesPrevious()
                && !QuoteKindClassifier.stageDirection(q.content().of(text));
    }

    /** {@code q} read as a quote: a fragment of at most six words, else direct (its source not yet looked for). */
    static QuoteCandidate asQuote(QuoteCandidate q, String text) {
        int words = QuoteKindClassifier.wordCount(q.content().of(text));
        return q.withKind(words > QuoteKindClassifier.FRAGMENT_MAX_WORDS ? QuoteKind.DIRECT : QuoteKind.FRAGMENT);
    }

    /**
     * 'Kasich: ‘We Are Going All The Way To Cleveland’': a quote in a headline that a speaker's label opens ("Name:"
     * right before the marks, {@link AttributionMethod#COLON_LABEL}) is that speaker's words, whatever its capitals;
     * headlines set quotes In Title Case, which the filter, having seen mostly unannotated headline quotes, reads as
     * a title. Such a quote is kept without asking the filter.
     */
    static boolean labelledHeadline(QuoteCandidate q, Attribution sieve, AttributionContext ctx) {
        return sieve != null && AttributionMethod.COLON_LABEL.label().equals(sieve.method()) && sieve.hasSpeaker()
                && ctx.index().inTitle(q.content());
    }

    /** True when the model keeps {@code q} (direct or fragment by the rules) as a quote. */
    boolean keeps(QuoteCandidate q, Attribution sieve, AttributionContext ctx) {
        return model.score(features(q, sieve, ctx)) >= model.threshold();
    }

    /** True when the model reads {@code p}, words the rules called {@code other} ({@link #asQuote}), as a quote. */
    boolean promotes(QuoteCandidate p, Attribution sieve, AttributionContext ctx) {
        return model.score(features(p, QuoteKind.OTHER, sieve, ctx)) >= model.threshold();
    }

    static List<String> features(QuoteCandidate q, Attribution sieve, AttributionContext ctx) {
        return features(q, q.kind(), sieve, ctx);
    }

    /**
     * The features of marked quote {@code q} (read as a quote, with its source and the sieves' answer) whose kind by
     * the rules was {@code rules}.
     */
    static List<String> features(QuoteCandidate q, QuoteKind rules, Attribution sieve, AttributionContext ctx) {
        DocumentIndex ix = ctx.index();
        String text = ix.text();
        String content = q.content().of(text).strip();
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("kind=" + rules.label());
        int words = QuoteKindClassifier.wordCount(content);
        f.add("words=" + (words <= 3 ? String.valueOf(words) : words <= 6 ? "4-6" : words <= 12 ? "7-12" : "13+"));
        if (!content.isEmpty() && Character.isUpperCase(content.codePointAt(0))) f.add("upper-start");
        char last = content.isEmpty() ? ' ' : content.charAt(content.length() - 1);
        f.add("end=" + (".?!…".indexOf(last) >= 0 ? "sentence" : last == ',' ? "comma" : "none"));
        boolean titleCase = words >= 2 && QuoteKindClassifier.titleCase(content);
        if (titleCase) f.add("title-case");
        int first = ix.firstTokenAtOrAfter(q.content().start());
        int end = ix.firstTokenAtOrAfter(q.content().end());
        boolean finite = false;
        boolean firstPerson = false;
        boolean secondPerson = false;
        for (int t = first; t < end; t++) {
            String pos = ix.token(t).pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) finite = true;
            if (Words.FIRST_PERSON.contains(ix.word(t))) firstPerson = true;
            if (Words.SECOND_PERSON.contains(ix.word(t))) secondPerson = true;
        }
        if (finite) f.add("finite-verb");
        if (firstPerson) f.add("first-person");
        if (secondPerson) f.add("second-person");
        int para = ix.paragraphOf(q.markStart());
        if (para == 0) f.add("first-paragraph");
        if (text.substring(ix.paragraphStart(para), q.markStart()).isBlank()) f.add("opens-paragraph");
        if (text.substring(Math.min(q.markEnd(), ix.paragraphEnd(para)), ix.paragraphEnd(para)).isBlank()) f.add("ends-paragraph");
        if (QuoteKindClassifier.headline(text, new QuotedSpan(q.content().start(), q.content().end(), q.markStart(), q.markEnd(),
                text.charAt(q.markStart()), true, false))) f.add("headline-line");
        int before = ix.lastTokenBefore(q.markStart());
        int after = ix.firstTokenAtOrAfter(q.markEnd());
        String beforeClass = wordClass(ix, before);
        f.add("before=" + beforeClass);
        f.add("after=" + wordClass(ix, after));
        f.addAll(nameContext(ctx, q, first, end, before, after));
        if (titleCase) f.add("title-case|before=" + beforeClass);
        f.add("sieve=" + sieve.method());
        List<String> out = new ArrayList<>(f);
        for (String x : f) if (!x.equals("bias") && !x.startsWith("kind=")) out.add(rules.label() + "|" + x);
        return out;
    }

    /**
     * Signs that the words in marks name something rather than report someone's words, each a pattern of news in
     * general: a noun of a work right before them ({@link CueCategory#WORK_NOUN}: the memoir “Open Water”), a name's
     * possessive ("the network's “Morning Desk”"), a bracket right after them (“Open Water” (Harbour Press, 2019)),
     * and words that are all proper nouns (“Harbour Lights”).
     */
    private static List<String> nameContext(AttributionContext ctx, QuoteCandidate q, int first, int end, int before, int after) {
        DocumentIndex ix = ctx.index();
        List<String> f = new ArrayList<>();
        if (before >= 0 && ctx.lexicon().isCue(CueCategory.WORK_NOUN, ix.word(before))) f.add("after-work-noun");
        if (before > 0 && ix.token(before).pos().equals("POS") && ix.token(before - 1).pos().startsWith("NNP")) f.add("after-name-possessive");
        if (after < ix.tokenCount() && ix.firstChar(after) == '(') f.add("bracket-after");
        int words = 0;
        boolean proper = true;
        for (int t = first; t < end; t++) {
            if (ix.isPunct(t)) continue;
            words++;
            if (!ix.token(t).pos().startsWith("NNP")) proper = false;
        }
        if (words > 0 && proper) f.add("all-proper");
        return f;
    }

    /** A coarse class of the token at t: its POS family, punctuation, or none. */
    private static String wordClass(DocumentIndex ix, int t) {
        if (t < 0 || t >= ix.tokenCount()) return "none";
        if (ix.isPunct(t)) return "punct";
        String pos = ix.token(t).pos();
        if (pos.startsWith("VB")) return "verb";
        if (pos.startsWith("NN")) return "noun";
        if (pos.startsWith("JJ")) return "adjective";
        if (pos.startsWith("RB")) return "adverb";
        if (pos.equals("IN") || pos.equals("TO")) return "preposition";
        if (pos.equals("DT") || pos.equals("PRP$") || pos.equals("POS")) return "determiner";
        if (pos.equals("CC")) return "conjunction";
        return "other";
    }
}
