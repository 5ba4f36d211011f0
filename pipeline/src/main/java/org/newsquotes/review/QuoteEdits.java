package org.newsquotes.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Quote;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.Span;

/**
 * Annotators' edits of which words are quotes, applied to a (possibly re-annotated, possibly edited) document before
 * the other decisions are folded onto it ({@link DecisionLedger}), so a later decision on an added or re-spanned
 * quote finds it like any other.
 *
 * <p>The rules, for each entry in force of the document in journal order:
 * <ol>
 *   <li><b>add-quote</b>: the entry's span is found in the text ({@link QuoteLocator#find}: the same offsets when the
 *       text is unchanged, else the occurrence whose surroundings match). If the pipeline now has a quote there (the
 *       same words, or overlapping at least half of both, as {@link QuoteLocator} re-finds a quote), nothing is
 *       added: the decision falls on that quote. Otherwise a quote is added with id {@link #addedId}, the entry's
 *       kind and speaker, method {@code review}, confidence 1 and status {@code added}. Example: an annotator
 *       selects <i>the talks would resume next week</i> in "Officials said the talks would resume next week", a
 *       report the extractor missed.</li>
 *   <li><b>change-span</b>: the quote the entry's key names is found ({@link QuoteLocator}) and its words become
 *       those of the entry's span, found like an added quote's; its id, speaker and kind stay. Example: the
 *       extractor stopped a quote at a comma inside it; the annotator selects the whole sentence.</li>
 *   <li>An entry whose quote or words are gone changes nothing; the ledger reports it as an orphan.</li>
 *   <li>A speaker named by clicking words ({@link ReviewState#mention()}) keeps them as the quote's evidence, found
 *       again after edits elsewhere ({@link #reanchor}); when they are gone the speaker stays and the evidence is
 *       dropped.</li>
 * </ol>
 * Quotes stay in reading order.
 */
public final class QuoteEdits {
    /** Characters around the expected place searched for a mention that moved. */
    private static final int MENTION_WINDOW = 2_000;

    private QuoteEdits() {}

    /**
     * The document with the edits applied.
     *
     * @param document  the document with added quotes and changed spans
     * @param added     ids of the quotes annotators added
     * @param respanned ids of the pipeline's quotes whose words an annotator changed
     */
    public record Result(AnnotatedDocument document, Set<String> added, Set<String> respanned) {
        public Result {
            added = Set.copyOf(added);
            respanned = Set.copyOf(respanned);
        }
    }

    /** The id an added quote gets: {@code r} and the first 8 hex digits of the entry's id, stable across runs. */
    public static String addedId(JournalEntry e) {
        String hex = e.id().replace("-", "");
        return "r" + hex.substring(0, Math.min(8, hex.length()));
    }

    /**
     * Per document, the entries in force (neither undos nor undone) that add quotes or change spans, in journal
     * order: what {@link #edited} applies.
     */
    public static Map<String, List<JournalEntry>> inForceByDocument(List<JournalEntry> entries) {
        Set<String> undone = new HashSet<>();
        for (JournalEntry e : entries) if (e.action() == ReviewAction.UNDO) undone.add(e.undoes());
        Map<String, List<JournalEntry>> out = new HashMap<>();
        for (JournalEntry e : entries) {
            if (e.action().editsSpan() && !undone.contains(e.id())) {
                out.computeIfAbsent(e.key().docId(), k -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }

    /** {@code doc} with its edits of {@code byDocument} ({@link #inForceByDocument}) applied; itself when it has none. */
    public static AnnotatedDocument edited(AnnotatedDocument doc, Map<String, List<JournalEntry>> byDocument) {
        List<JournalEntry> mine = byDocument.get(doc.docId());
        return mine == null ? doc : apply(doc, mine).document();
    }

    /**
     * Applies the edits among {@code entries} (entries in force of this document, in journal order; other actions
     * are skipped) to {@code doc}.
     */
    public static Result apply(AnnotatedDocument doc, List<JournalEntry> entries) {
        String hash = null;
        List<Quote> quotes = new ArrayList<>(doc.quotes());
        Set<String> added = new HashSet<>();
        Set<String> respanned = new HashSet<>();
        AnnotatedDocument current = doc;
        for (JournalEntry e : entries) {
            if (!e.action().editsSpan() || !e.key().docId().equals(doc.docId())) continue;
            if (hash == null) hash = QuoteKey.sha256(doc.text());
            int at = QuoteLocator.find(e.span(), doc.text(), hash.equals(e.span().docHash()));
            if (at < 0) continue;
            Span words = new Span(at, at + e.span().text().length());
            if (e.action() == ReviewAction.ADD_QUOTE) {
                if (QuoteLocator.locate(e.span(), current, hash).isPresent()) continue;
                String id = addedId(e);
                if (quotes.stream().anyMatch(q -> q.id().equals(id))) continue;
                quotes.add(new Quote(id, e.newState().kind(), words.start(), words.end(), e.span().text(),
                        attribution(current, e.newState(), null, words.start() - e.span().start()),
                        ReviewStatus.ADDED, null));
                added.add(id);
            } else {
                Optional<QuoteLocator.Located> target = QuoteLocator.locate(e.key(), current, hash);
                if (target.isEmpty()) continue;
                Quote q = target.get().quote();
                if (q.start() == words.start() && q.end() == words.end()) continue;
                quotes.set(quotes.indexOf(q), new Quote(q.id(), q.kind(), words.start(), words.end(), e.span().text(),
                        q.attribution(), q.reviewStatus(), q.statement()));
                respanned.add(q.id());
            }
            quotes.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
            current = doc.withQuotes(quotes);
        }
        return new Result(current, added, respanned);
    }

    /**
     * The attribution an annotator's {@code state} gives a quote: the decided name, the document's entity it names
     * ({@link ReviewApplier#matchEntity}), the clicked mention when it is still in the text (else none), the
     * machine's cue when there is one, method {@code review}, confidence 1.
     *
     * @param shift how far the quote moved since the decision (new start minus old), where a moved mention is
     *              looked for first
     */
    static Attribution attribution(AnnotatedDocument doc, ReviewState state, String cue, int shift) {
        if (state.speaker() == null) {
            return new Attribution(null, null, null, null, null, cue, ReviewApplier.REVIEW_METHOD, 1.0);
        }
        Optional<LocalEntity> ent = ReviewApplier.matchEntity(doc, state);
        Optional<Span> mention = state.mention() == null ? Optional.empty()
                : reanchor(state.mention(), state.mentionSpan(), doc.text(), shift);
        return new Attribution(state.speaker(), ent.map(LocalEntity::id).orElse(null),
                ent.map(LocalEntity::entityId).orElse(state.speakerEntityId()),
                mention.map(m -> state.mention()).orElse(null), mention.orElse(null), cue, ReviewApplier.REVIEW_METHOD, 1.0);
    }

    /**
     * Where the words {@code mention}, once at {@code at}, are in {@code text} now: the same place when they are still
     * there, else the occurrence nearest to where they moved with the quote ({@code at} plus {@code shift}) within
     * {@value #MENTION_WINDOW} characters; empty when none is.
     */
    static Optional<Span> reanchor(String mention, Span at, String text, int shift) {
        if (mention.isEmpty()) return Optional.empty();
        if (text.startsWith(mention, at.start())) return Optional.of(at);
        int expected = at.start() + shift;
        int best = -1;
        for (int i = text.indexOf(mention, Math.max(0, expected - MENTION_WINDOW)); i >= 0 && i <= expected + MENTION_WINDOW;
             i = text.indexOf(mention, i + 1)) {
            if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) best = i;
        }
        return best < 0 ? Optional.empty() : Optional.of(new Span(best, best + mention.length()));
    }
}
