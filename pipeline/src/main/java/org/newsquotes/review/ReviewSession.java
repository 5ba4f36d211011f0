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

    private final Map<String, AnnotatedDocument> docs = new LinkedHashMap<>();
    private final DocumentIndex index;
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
        for (AnnotatedDocument d : documents) docs.put(d.docId(), d);
        index = new DocumentIndex(docs.values());
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
        ReviewJournal.Contents c = journal.read();
        entries.addAll(c.entries());
        warnings = c.warnings();
        ledger = new DecisionLedger(index, entries);
        for (JournalEntry e : entries) index.locate(e.key()).ifPresent(l -> versions.put(new QuoteRef(e.key().docId(),
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
        for (AnnotatedDocument d : docs.values()) {
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
        AnnotatedDocument d = docId == null ? null : docs.get(docId);
        if (d == null) return Optional.empty();
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
     */
    public record Terms(String basedOn, Remark remark, boolean blind, boolean adjudication) {
        /** No version check, no remark, the team's view, no adjudication. */
        public static final Terms NONE = new Terms(null, Remark.NONE, false, false);

        public Terms {
            remark = remark == null ? Remark.NONE : remark;
            if (blind && adjudication) throw new IllegalArgumentException("a curator adjudicates in the team's view, not blind");
        }

        /** Made on version {@code v} of the quote. */
        public static Terms on(String v) { return NONE.version(v); }

        public Terms version(String v) { return new Terms(v, remark, blind, adjudication); }

        public Terms remark(Remark r) { return new Terms(basedOn, r, blind, adjudication); }

        public Terms inBlindMode() { return new Terms(basedOn, remark, true, adjudication); }

        public Terms adjudicating() { return new Terms(basedOn, remark, blind, true); }
    }

    /** An annotator's answer on a quote as agreement compares it: quote or not, then speaker and kind. */
    static String answer(ReviewState s) {
        if (s.status() == ReviewStatus.REJECTED) return "not-quote";
        return "quote|" + Agreement.speakerLabel(s) + "|" + s.kind().label();
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
        AnnotatedDocument d = document(docId).orElseThrow(() -> new IllegalArgumentException("unknown document"));
        Quote q = quote(d, quoteId).orElseThrow(() -> new IllegalArgumentException("unknown quote"));
        // blind: the annotator decides on what they see, the machine's proposal or their own earlier decision
        Item current = item(d, q, blind ? annotator : null);
        if (basedOn != null && !basedOn.equals(current.version())) {
            QuoteRef ref = new QuoteRef(docId, quoteId);
            // blind: only the annotator's own decisions are versions, and a colleague's is never named
            JournalEntry latest = blind ? ledger.byAnnotator(ref).get(annotator) : versions.get(ref);
            throw new DecisionConflict(ref, current.version(), latest, current.state());
        }
        ReviewState old = current.state();
        ReviewState now = switch (action) {
            // accepting what the page shows keeps an earlier correction (by anyone) a correction
            case ACCEPT -> old.withStatus(old.status() == ReviewStatus.CORRECTED ? ReviewStatus.CORRECTED : ReviewStatus.ACCEPTED);
            case REJECT -> old.withStatus(ReviewStatus.REJECTED);
            case CORRECT_SPEAKER -> correctedSpeaker(d, old, speaker, speakerLocalId);
            case CHANGE_KIND -> old.withKind(Objects.requireNonNull(kind, "kind"));
            case UNDO -> throw new AssertionError();
        };
        JournalEntry e = new JournalEntry(UUID.randomUUID().toString(), clock.instant(), annotator, action,
                QuoteKey.of(d, q), q.id(), old, now, null, basedOn, remark, adjudication);
        return save(e, new QuoteRef(docId, quoteId));
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

    private Saved save(JournalEntry e, QuoteRef ref) {
        journal.append(e);
        entries.add(e);
        // a decision is placed in constant time; an undo changes what is in force before it: rebuild then
        if (e.action() == ReviewAction.UNDO) ledger = new DecisionLedger(index, entries);
        else ledger.add(e);
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
