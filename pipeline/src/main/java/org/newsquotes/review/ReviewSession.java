package org.newsquotes.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;

/**
 * The review app's state without HTTP: the documents of one output directory, the journal, and the decisions in
 * force. Thread-safe: every method is synchronised, so two annotators' decisions are journaled one after the other
 * and each sees the other's.
 *
 * <p>A decision is appended to the journal (and fsync'd) before the method returns; the in-memory ledger is
 * updated only after the append succeeded, so what the page sees is always what is on disk.
 */
public final class ReviewSession {
    /** Annotator names: letters, digits, space, dot, dash, underscore, at sign; 1-64 characters. */
    private static final Pattern ANNOTATOR = Pattern.compile("[\\p{L}\\p{N} ._@-]{1,64}");
    private static final int MAX_SPEAKER = 200;

    /** The documents as the output directory has them. */
    private final Map<String, AnnotatedDocument> loaded = new LinkedHashMap<>();
    /** The documents with annotators' added quotes and changed spans ({@link QuoteEdits}): what the page shows. */
    private final Map<String, AnnotatedDocument> docs = new LinkedHashMap<>();
    private DocumentIndex index;
    /** Per document, the entries in force that add quotes or change spans, in journal order. */
    private Map<String, List<JournalEntry>> edits;
    private final ReviewJournal journal;
    private final Clock clock;
    private final List<JournalEntry> entries = new ArrayList<>();
    private final List<String> warnings;
    private DecisionLedger ledger;
    /** Per quote, the id of the latest journal entry on it (any action, undo included): the quote's version. */
    private final Map<QuoteRef, JournalEntry> versions = new java.util.HashMap<>();
    /** Statement id -> the quotes reporting it (statements do not change while a session runs). */
    private final Map<String, List<QuoteRef>> byStatement = new java.util.HashMap<>();

    private Assignments assignments = Assignments.NONE;

    /** Which annotators review which documents; {@link Assignments#NONE} unless set. */
    public synchronized Assignments assignments() { return assignments; }

    /** Sets the assignments the page follows (read from {@code review/assignments.csv} by the command). */
    public synchronized void assign(Assignments a) { this.assignments = java.util.Objects.requireNonNull(a, "assignments"); }

    public ReviewSession(Collection<AnnotatedDocument> documents, ReviewJournal journal, Clock clock) {
        for (AnnotatedDocument d : documents) loaded.put(d.docId(), d);
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
        ReviewJournal.Contents c = journal.read();
        entries.addAll(c.entries());
        warnings = c.warnings();
        edits = QuoteEdits.inForceByDocument(entries);
        for (AnnotatedDocument d : loaded.values()) docs.put(d.docId(), QuoteEdits.edited(d, edits));
        index = new DocumentIndex(docs.values());
        ledger = new DecisionLedger(index, entries);
        for (JournalEntry e : entries) index.locate(located(e)).ifPresent(l -> versions.put(new QuoteRef(e.key().docId(),
                l.quote().id()), e));
        for (AnnotatedDocument d : docs.values()) {
            for (Quote q : d.quotes()) {
                if (q.statement() != null) {
                    byStatement.computeIfAbsent(q.statement().statementId(), k -> new ArrayList<>())
                            .add(new QuoteRef(d.docId(), q.id()));
                }
            }
        }
    }

    /**
     * A quote with what the app shows about it.
     *
     * @param version the id of the latest journal entry on the quote, "" when none: a decision names the version it
     *                was made on, and a decision on an older version is refused ({@link DecisionConflict})
     */
    public record Item(AnnotatedDocument doc, Quote quote, ReviewState state, Map<String, ReviewStatus> byAnnotator,
                       String version, Map<String, Remark> remarks, boolean disagreement, boolean adjudicated) {
        /** An item with no disagreement nor adjudication (a blind view, or nobody decided). */
        Item(AnnotatedDocument doc, Quote quote, ReviewState state, Map<String, ReviewStatus> byAnnotator,
             String version, Map<String, Remark> remarks) {
            this(doc, quote, state, byAnnotator, version, remarks, false, false);
        }

        /** Someone's decision in force on the quote is flagged unsure. */
        public boolean unsure() { return remarks.values().stream().anyMatch(Remark::unsure); }
    }

    /** Outcome of a decision or an undo: the entry journaled and the quote's state now (its version: the entry's id). */
    public record Saved(JournalEntry entry, QuoteRef ref, ReviewState state) {}

    public synchronized List<String> journalWarnings() { return warnings; }

    public synchronized List<JournalEntry> orphans() { return ledger.orphans(); }

    /** The document with that id, if the output directory has it: the only way the server finds a document. */
    public synchronized Optional<AnnotatedDocument> document(String docId) {
        return Optional.ofNullable(docId == null ? null : docs.get(docId));
    }

    /**
     * The document as {@code blindAs} sees it in blind mode: with the quotes they added and the spans they changed,
     * never a colleague's (null: the team's view, {@link #document(String)}).
     */
    public synchronized Optional<AnnotatedDocument> document(String docId, String blindAs) {
        AnnotatedDocument d = docId == null ? null : docs.get(docId);
        return d == null ? Optional.empty() : Optional.of(view(d, blindAs));
    }

    /** {@code d} as {@code blindAs} sees it: only their own edits applied when a colleague has edited it too. */
    private AnnotatedDocument view(AnnotatedDocument d, String blindAs) {
        List<JournalEntry> mine = edits.getOrDefault(d.docId(), List.of());
        if (blindAs == null || mine.stream().allMatch(e -> e.annotator().equals(blindAs))) return d;
        List<JournalEntry> own = mine.stream().filter(e -> e.annotator().equals(blindAs)).toList();
        return QuoteEdits.apply(loaded.get(d.docId()), own).document();
    }

    public synchronized List<String> docIds() { return List.copyOf(docs.keySet()); }

    /** Every quote in document order with its state in force (the latest decision of any annotator). */
    public synchronized List<Item> items() {
        return items(null);
    }

    /**
     * Every quote in document order as {@code blindAs} sees it in blind mode: the machine's proposal and that
     * annotator's own decisions only, never a colleague's; {@code null}: the team's view ({@link #items()}).
     */
    public synchronized List<Item> items(String blindAs) {
        List<Item> out = new ArrayList<>();
        for (AnnotatedDocument team : docs.values()) {
            AnnotatedDocument d = view(team, blindAs);
            for (Quote q : d.quotes()) out.add(item(d, q, blindAs));
        }
        return out;
    }

    /** The quote's item now; empty for an unknown document or quote. */
    public synchronized Optional<Item> item(String docId, String quoteId) {
        return item(docId, quoteId, null);
    }

    /** The quote's item as {@code blindAs} sees it (null: the team's view); empty for an unknown quote. */
    public synchronized Optional<Item> item(String docId, String quoteId, String blindAs) {
        AnnotatedDocument team = docId == null ? null : docs.get(docId);
        if (team == null) return Optional.empty();
        AnnotatedDocument d = view(team, blindAs);
        return quote(d, quoteId).map(q -> item(d, q, blindAs));
    }

    /** The items of the quotes that report one statement (in document order), from an index built at start. */
    public synchronized List<Item> statementItems(String statementId) {
        List<Item> out = new ArrayList<>();
        for (QuoteRef r : byStatement.getOrDefault(statementId, List.of())) item(r.docId(), r.quoteId()).ifPresent(out::add);
        return out;
    }

    private Item item(AnnotatedDocument d, Quote q) {
        return item(d, q, null);
    }

    /**
     * In blind mode ({@code blindAs} an annotator), the quote as that annotator alone has decided it: the machine's
     * proposal until they decide, their own latest decision after; its version is their own latest decision's id, so
     * colleagues' decisions neither show nor conflict.
     */
    private Item item(AnnotatedDocument d, Quote q, String blindAs) {
        if (blindAs != null) {
            QuoteRef ref = new QuoteRef(d.docId(), q.id());
            JournalEntry own = ledger.byAnnotator(ref).get(blindAs);
            if (own == null) return new Item(d, q, ReviewState.of(q), Map.of(), "", Map.of());
            return new Item(d, q, own.newState(), Map.of(blindAs, own.newState().status()), own.id(),
                    own.remark().isNone() ? Map.of() : Map.of(blindAs, own.remark()));
        }
        QuoteRef ref = new QuoteRef(d.docId(), q.id());
        ReviewState state = ledger.latest(ref).map(JournalEntry::newState).orElse(ReviewState.of(q));
        Map<String, ReviewStatus> by = new LinkedHashMap<>();
        Map<String, Remark> remarks = new LinkedHashMap<>();
        java.util.Set<String> answers = new java.util.HashSet<>();
        ledger.byAnnotator(ref).forEach((who, e) -> {
            by.put(who, e.newState().status());
            if (!e.remark().isNone()) remarks.put(who, e.remark());
            if (!e.adjudication()) answers.add(answer(e.newState()));
        });
        boolean adjudicated = ledger.latest(ref).map(JournalEntry::adjudication).orElse(false);
        return new Item(d, q, state, by, version(ref), remarks, answers.size() > 1, adjudicated);
    }

    /**
     * Records a decision.
     *
     * @param speaker        for {@link ReviewAction#CORRECT_SPEAKER}: the name typed or picked (blank: no speaker)
     * @param speakerLocalId for a speaker picked from the document's entities: its local id, else null
     * @param kind           for {@link ReviewAction#CHANGE_KIND}: the new kind
     * @throws IllegalArgumentException for an unknown document or quote, a bad annotator name or missing values
     */
    public synchronized Saved decide(String annotator, String docId, String quoteId, ReviewAction action,
                                     String speaker, String speakerLocalId, QuoteKind kind) {
        return decide(annotator, docId, quoteId, action, speaker, speakerLocalId, kind, Terms.NONE);
    }

    /**
     * The terms of a decision beyond what was decided.
     *
     * @param basedOn      the version of the quote the decision was made on ({@link Item#version()}); null: no check
     * @param remark       the annotator's reason (for a rejection), note and unsure flag
     * @param blind        made in blind mode, on the annotator's own view of the quote ({@link #items(String)}), so
     *                     only their own earlier decisions count as versions
     * @param adjudication a curator's final answer: {@code quotes.csv} carries it whatever annotators decide after
     *                     it, until it is undone
     * @param evidence     for a speaker named by clicking words in the text: their offsets, kept as the quote's
     *                     evidence mention; else null
     */
    public record Terms(String basedOn, Remark remark, boolean blind, boolean adjudication,
                        org.newsquotes.record.Span evidence) {
        /** No version check, no remark, the team's view, no adjudication, no clicked mention. */
        public static final Terms NONE = new Terms(null, Remark.NONE, false, false, null);

        public Terms {
            remark = remark == null ? Remark.NONE : remark;
            if (blind && adjudication) throw new IllegalArgumentException("a curator adjudicates in the team's view, not blind");
        }

        public Terms(String basedOn, Remark remark, boolean blind, boolean adjudication) {
            this(basedOn, remark, blind, adjudication, null);
        }

        /** Made on version {@code v} of the quote. */
        public static Terms on(String v) { return NONE.version(v); }

        public Terms version(String v) { return new Terms(v, remark, blind, adjudication, evidence); }

        public Terms remark(Remark r) { return new Terms(basedOn, r, blind, adjudication, evidence); }

        public Terms inBlindMode() { return new Terms(basedOn, remark, true, adjudication, evidence); }

        public Terms adjudicating() { return new Terms(basedOn, remark, blind, true, evidence); }

        /** The speaker was named by clicking the words at {@code span} in the text: they are kept as its evidence. */
        public Terms evidence(org.newsquotes.record.Span span) { return new Terms(basedOn, remark, blind, adjudication, span); }
    }

    /** An annotator's answer on a quote as agreement compares it: quote or not, then speaker and kind. */
    static String answer(ReviewState s) {
        if (s.status() == ReviewStatus.REJECTED) return "not-quote";
        return "quote|" + Agreement.speakerLabel(s) + "|" + s.kind().label();
    }

    /** What an entry is found by: the words the quote covers after it (an edit's span), else its key. */
    private static QuoteKey located(JournalEntry e) {
        return e.span() != null ? e.span() : e.key();
    }

    /** The quote's version: the id of the latest journal entry on it, "" when it has none. */
    private String version(QuoteRef ref) {
        JournalEntry e = versions.get(ref);
        return e == null ? "" : e.id();
    }

    /** The quote of {@code d} with that id. */
    private static Optional<Quote> quote(AnnotatedDocument d, String quoteId) {
        return d.quotes().stream().filter(q -> q.id().equals(quoteId)).findFirst();
    }

    /**
     * Records a decision on the {@code terms} given ({@link Terms}).
     *
     * @throws DecisionConflict when the quote has changed since the version it was made on: nothing is journaled
     */
    public synchronized Saved decide(String annotator, String docId, String quoteId, ReviewAction action,
                                     String speaker, String speakerLocalId, QuoteKind kind, Terms terms) {
        String basedOn = terms.basedOn();
        Remark remark = terms.remark();
        boolean blind = terms.blind();
        boolean adjudication = terms.adjudication();
        checkAnnotator(annotator);
        if (action == ReviewAction.UNDO) throw new IllegalArgumentException("use undo() to undo");
        // blind: the annotator decides on what they see (never a quote a colleague added)
        AnnotatedDocument d = document(docId, blind ? annotator : null)
                .orElseThrow(() -> new IllegalArgumentException("unknown document"));
        Quote q = quote(d, quoteId).orElseThrow(() -> new IllegalArgumentException("unknown quote"));
        ReviewState old = current(d, q, annotator, terms).state();
        ReviewState now = switch (action) {
            // accepting what the page shows keeps an earlier correction (by anyone) a correction
            // (and an added quote stays added)
            case ACCEPT -> old.withStatus(old.status() == ReviewStatus.CORRECTED || old.status() == ReviewStatus.ADDED
                    ? old.status() : ReviewStatus.ACCEPTED);
            case REJECT -> old.withStatus(ReviewStatus.REJECTED);
            case CORRECT_SPEAKER -> withEvidence(d, keepAdded(old, correctedSpeaker(d, old, speaker, speakerLocalId)),
                    terms.evidence());
            case CHANGE_KIND -> keepAdded(old, old.withKind(Objects.requireNonNull(kind, "kind")));
            case ADD_QUOTE, CHANGE_SPAN -> throw new IllegalArgumentException("use addQuote() / changeSpan()");
            case UNDO -> throw new AssertionError();
        };
        JournalEntry e = new JournalEntry(UUID.randomUUID().toString(), clock.instant(), annotator, action,
                QuoteKey.of(d, q), q.id(), old, now, null, basedOn, remark, adjudication);
        return save(e, new QuoteRef(docId, quoteId));
    }

    /** An added quote whose speaker or kind is then corrected is still an added quote. */
    private static ReviewState keepAdded(ReviewState old, ReviewState now) {
        return old.status() == ReviewStatus.ADDED ? now.withStatus(ReviewStatus.ADDED) : now;
    }

    /** {@code state} with the words at {@code evidence} (the mention the annotator clicked) kept; null: none. */
    private static ReviewState withEvidence(AnnotatedDocument d, ReviewState state, org.newsquotes.record.Span evidence) {
        if (evidence == null || state.speaker() == null) return state;
        if (evidence.end() > d.text().length() || evidence.length() == 0 || evidence.length() > MAX_SPEAKER) {
            throw new IllegalArgumentException("the speaker's mention is not inside the document text");
        }
        return state.withMention(evidence.of(d.text()), evidence);
    }

    /** Longest quote an annotator may add or re-span to, in characters: a few paragraphs. */
    static final int MAX_QUOTE = 5_000;

    /**
     * Adds a quote the pipeline missed: the words at {@code [start, end)} of the document's text, with its kind and
     * speaker ({@code speaker} / {@code speakerLocalId} as for a corrected speaker; the evidence mention in
     * {@code terms}). Leading and trailing spaces and quotation marks of the selection are left out.
     *
     * @throws IllegalArgumentException for a span outside the text, empty, too long, or the words of a quote the
     *                                  document already has
     */
    public synchronized Saved addQuote(String annotator, String docId, int start, int end, QuoteKind kind,
                                       String speaker, String speakerLocalId, Terms terms) {
        checkAnnotator(annotator);
        AnnotatedDocument d = document(docId, terms.blind() ? annotator : null)
                .orElseThrow(() -> new IllegalArgumentException("unknown document"));
        org.newsquotes.record.Span words = trimmed(d.text(), start, end);
        refuseQuotedWords(d, words, null);
        ReviewState blank = new ReviewState(ReviewStatus.ADDED, null, null, null, Objects.requireNonNull(kind, "kind"));
        ReviewState now = withEvidence(d, keepAdded(blank, correctedSpeaker(d, blank, speaker, speakerLocalId)),
                terms.evidence());
        QuoteKey span = QuoteKey.ofSpan(d, words.start(), words.end());
        JournalEntry e = new JournalEntry(UUID.randomUUID().toString(), clock.instant(), annotator, ReviewAction.ADD_QUOTE,
                span, null, null, now, null, null, terms.remark(), terms.adjudication(), span);
        return save(e, null);
    }

    /**
     * Changes the words a quote covers to {@code [start, end)} of the document's text (trimmed as for
     * {@link #addQuote}); its speaker and kind stay.
     *
     * @throws DecisionConflict when the quote has changed since the version in {@code terms}
     */
    public synchronized Saved changeSpan(String annotator, String docId, String quoteId, int start, int end, Terms terms) {
        checkAnnotator(annotator);
        AnnotatedDocument d = document(docId, terms.blind() ? annotator : null)
                .orElseThrow(() -> new IllegalArgumentException("unknown document"));
        Quote q = quote(d, quoteId).orElseThrow(() -> new IllegalArgumentException("unknown quote"));
        org.newsquotes.record.Span words = trimmed(d.text(), start, end);
        if (q.start() == words.start() && q.end() == words.end()) throw new IllegalArgumentException("the span is unchanged");
        refuseQuotedWords(d, words, q);
        ReviewState old = current(d, q, annotator, terms).state();
        ReviewState now = old.status() == ReviewStatus.ADDED ? old : old.withStatus(ReviewStatus.CORRECTED);
        JournalEntry e = new JournalEntry(UUID.randomUUID().toString(), clock.instant(), annotator, ReviewAction.CHANGE_SPAN,
                QuoteKey.of(d, q), q.id(), old, now, null, terms.basedOn(), terms.remark(), terms.adjudication(),
                QuoteKey.ofSpan(d, words.start(), words.end()));
        return save(e, new QuoteRef(docId, quoteId));
    }

    /**
     * The quote's item as the decision is made on it (blind: the machine's proposal or the annotator's own earlier
     * decision), checked against the version in {@code terms}.
     *
     * @throws DecisionConflict when the quote has changed since that version: nothing is journaled
     */
    private Item current(AnnotatedDocument d, Quote q, String annotator, Terms terms) {
        Item current = item(d, q, terms.blind() ? annotator : null);
        if (terms.basedOn() != null && !terms.basedOn().equals(current.version())) {
            QuoteRef ref = new QuoteRef(d.docId(), q.id());
            // blind: only the annotator's own decisions are versions, and a colleague's is never named
            JournalEntry latest = terms.blind() ? ledger.byAnnotator(ref).get(annotator) : versions.get(ref);
            throw new DecisionConflict(ref, current.version(), latest, current.state());
        }
        return current;
    }

    /** Refuses {@code words} when a quote of {@code d} other than {@code except} already covers exactly them. */
    private static void refuseQuotedWords(AnnotatedDocument d, org.newsquotes.record.Span words, Quote except) {
        for (Quote o : d.quotes()) {
            if (o != except && o.start() == words.start() && o.end() == words.end()) {
                throw new IllegalArgumentException("these words are already quote " + o.id());
            }
        }
    }

    /** Characters left out at either end of a selection: spaces and quotation marks. */
    private static boolean trimmable(char c) {
        return Character.isWhitespace(c) || "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u2039\u203A".indexOf(c) >= 0;
    }

    /** {@code [start, end)} without spaces and quotation marks at its ends; checked to be inside {@code text}. */
    static org.newsquotes.record.Span trimmed(String text, int start, int end) {
        if (start < 0 || end > text.length() || end <= start) {
            throw new IllegalArgumentException("the selection [" + start + "," + end + ") is not inside the document text");
        }
        while (start < end && trimmable(text.charAt(start))) start++;
        while (end > start && trimmable(text.charAt(end - 1))) end--;
        if (start == end) throw new IllegalArgumentException("the selection holds no words");
        if (end - start > MAX_QUOTE) throw new IllegalArgumentException("a quote is at most " + MAX_QUOTE + " characters");
        return new org.newsquotes.record.Span(start, end);
    }

    /**
     * Corrects the speaker of a quote and of every other quote of the same document whose evidence is the same
     * mention (the same words at the same offsets): "he" resolved wrongly once is usually wrong for each quote it
     * introduces. The first quote is checked against the version in {@code terms}; the others get the correction on
     * whatever version they are (each decision is journaled on its own, so each can be undone or overridden).
     *
     * @return the saved decisions, the given quote's first
     */
    public synchronized List<Saved> correctSpeakerForSameMention(String annotator, String docId, String quoteId,
                                                                 String speaker, String speakerLocalId, Terms terms) {
        List<Saved> out = new ArrayList<>();
        out.add(decide(annotator, docId, quoteId, ReviewAction.CORRECT_SPEAKER, speaker, speakerLocalId, null, terms));
        AnnotatedDocument d = docs.get(docId);
        for (Quote other : sameMention(d, quoteId)) {
            out.add(decide(annotator, docId, other.id(), ReviewAction.CORRECT_SPEAKER, speaker, speakerLocalId, null,
                    terms.version(null)));
        }
        return out;
    }

    /** The other quotes of {@code d} whose speaker evidence is the same mention as that of {@code quoteId}. */
    public synchronized List<Quote> sameMention(AnnotatedDocument d, String quoteId) {
        Quote q = quote(d, quoteId).orElseThrow(() -> new IllegalArgumentException("unknown quote"));
        var span = q.attribution().mentionSpan();
        if (span == null) return List.of();
        return d.quotes().stream().filter(x -> !x.id().equals(quoteId) && span.equals(x.attribution().mentionSpan()))
                .toList();
    }

    private static ReviewState correctedSpeaker(AnnotatedDocument d, ReviewState old, String speaker, String localId) {
        String name = speaker == null ? "" : speaker.strip();
        if (name.length() > MAX_SPEAKER) throw new IllegalArgumentException("speaker name too long");
        if (localId != null && !localId.isEmpty()) {
            LocalEntity e = d.entities().stream().filter(x -> x.id().equals(localId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown entity"));
            return old.withSpeaker(name.isEmpty() ? e.name() : name, e.entityId(), e.id());
        }
        if (name.isEmpty()) return old.withSpeaker(null, null, null);
        Optional<LocalEntity> match = ReviewApplier.matchEntity(d, new ReviewState(ReviewStatus.CORRECTED, name, null, null, old.kind()));
        return old.withSpeaker(name, match.map(LocalEntity::entityId).orElse(null), match.map(LocalEntity::id).orElse(null));
    }

    /** Takes back the annotator's latest decision still in force; empty when there is none. */
    public synchronized Optional<Saved> undo(String annotator) {
        checkAnnotator(annotator);
        Optional<JournalEntry> last = ledger.lastInForce(annotator);
        if (last.isEmpty()) return Optional.empty();
        JournalEntry undone = last.get();
        JournalEntry e = new JournalEntry(UUID.randomUUID().toString(), clock.instant(), annotator, ReviewAction.UNDO,
                undone.key(), undone.quoteId(), undone.newState(),
                undone.oldState() == null ? undone.newState().withStatus(ReviewStatus.UNREVIEWED) : undone.oldState(),
                undone.id());
        QuoteRef ref = ledger.refOf(undone).orElse(new QuoteRef(undone.key().docId(), undone.quoteId() == null ? "" : undone.quoteId()));
        return Optional.of(save(e, ref));
    }

    /**
     * Journals {@code e}, then updates what the page sees. {@code ref} is the quote decided on, null for an added
     * quote (found once the edit is applied).
     */
    private Saved save(JournalEntry e, QuoteRef ref) {
        journal.append(e);
        entries.add(e);
        boolean edit = e.action().editsSpan() || (e.action() == ReviewAction.UNDO && entries.stream()
                .anyMatch(x -> x.id().equals(e.undoes()) && x.action().editsSpan()));
        if (edit) {
            // the document's quotes change: apply its edits again, then fold the whole journal onto it
            AnnotatedDocument d = loaded.get(e.key().docId());
            edits = QuoteEdits.inForceByDocument(entries);
            docs.put(d.docId(), QuoteEdits.edited(d, edits));
            // only this document changed: the index forgets its hash and located keys, the others' stay memoised
            index.replace(docs.get(d.docId()));
            ledger = new DecisionLedger(index, entries);
            if (ref == null || e.action() == ReviewAction.ADD_QUOTE) {
                ref = ledger.refOf(e).orElse(new QuoteRef(d.docId(), QuoteEdits.addedId(e)));
            }
        } else if (e.action() == ReviewAction.UNDO) {
            // a decision is placed in constant time; an undo changes what is in force before it: rebuild then
            ledger = new DecisionLedger(index, entries);
        } else {
            ledger.add(e);
        }
        versions.put(ref, e);
        AnnotatedDocument d = docs.get(ref.docId());
        ReviewState state = d == null ? e.newState() : quote(d, ref.quoteId()).map(q -> item(d, q).state())
                .orElse(e.newState());
        return new Saved(e, ref, state);
    }

    static void checkAnnotator(String annotator) {
        if (annotator == null || !ANNOTATOR.matcher(annotator).matches() || annotator.isBlank()) {
            throw new IllegalArgumentException("annotator name missing or not allowed (letters, digits, space . _ @ -; at most 64)");
        }
    }
}
