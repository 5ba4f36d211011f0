package org.newsquotes.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Quote;
import org.newsquotes.record.ReviewStatus;

/**
 * Brings review decisions back into freshly annotated documents, so {@code quotes.csv} carries them.
 *
 * <p>For each quote the decision in force ({@link DecisionLedger}: latest decision of any annotator wins) sets:
 * <ul>
 *   <li>{@code rejected}: {@link ReviewStatus#REJECTED}; the quote stays (researchers filter on review_status), its
 *       attribution untouched.</li>
 *   <li>otherwise the decided speaker and kind are compared with what the pipeline proposes <em>now</em>: equal
 *       (speaker names compared case-insensitively, or equal entity ids) gives {@code accepted}; different gives
 *       {@code corrected}, with the decided kind and the decided speaker: attribution speaker = the decided name,
 *       entity ids from the document's entity that matches it (same corpus-wide id, else the same local id with
 *       the same name, else the same name or variant, case-insensitive), evidence mention the words the annotator
 *       clicked when they did, else cleared (it pointed at the wrong speaker), cue kept, method {@code review},
 *       confidence 1.</li>
 *   <li>quotes annotators added and spans they changed ({@link QuoteEdits}) are applied first; an added quote is
 *       {@code added}, a re-spanned one {@code corrected} (unless rejected).</li>
 *   <li>no decision: {@link ReviewStatus#UNREVIEWED}.</li>
 * </ul>
 * Decisions whose quote is gone are returned as {@link Result#orphans()}, never dropped silently.
 */
public final class ReviewApplier {
    /** Method recorded on an attribution an annotator corrected. */
    public static final String REVIEW_METHOD = "review";

    private ReviewApplier() {}

    /**
     * The outcome of applying the journal.
     *
     * @param documents the documents with review status, speakers and kinds set, in input order (empty from a
     *                  streaming {@link Pass})
     * @param orphans   decisions in force whose quote no longer exists
     * @param counts    number of quotes per resulting status
     * @param warnings  journal lines that were skipped (torn or unreadable)
     */
    public record Result(List<AnnotatedDocument> documents, List<JournalEntry> orphans, Map<ReviewStatus, Integer> counts,
                         List<String> warnings) {
        public Result {
            documents = List.copyOf(documents);
            orphans = List.copyOf(orphans);
            counts = Map.copyOf(counts);
            warnings = List.copyOf(warnings);
        }

        Result withWarnings(List<String> w) { return new Result(documents, orphans, counts, w); }

        /** One line for the run summary, e.g. {@code review: 3 accepted, 1 corrected, 2 rejected, 40 unreviewed; 1 orphaned decision (review/orphans.csv)}. */
        public String summary() {
            StringBuilder s = new StringBuilder("review:");
            for (ReviewStatus st : ReviewStatus.values()) {
                s.append(st == ReviewStatus.values()[0] ? " " : ", ").append(counts.getOrDefault(st, 0)).append(' ').append(st.label());
            }
            s.append("; ").append(orphans.size()).append(orphans.size() == 1 ? " orphaned decision" : " orphaned decisions");
            if (!warnings.isEmpty()) s.append("; ").append(warnings.size()).append(" unreadable journal line(s) skipped");
            return s.toString();
        }

        /**
         * Writes the orphans as CSV ({@code annotator, time, action, doc_id, quote_text, key_start, doc_sha256,
         * status, speaker, kind}); written even when empty, so a stale file never survives a clean run.
         */
        public void writeOrphans(Path csv) {
            try {
                Files.createDirectories(csv.toAbsolutePath().getParent());
                try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                     CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("annotator", "time", "action",
                             "doc_id", "quote_text", "key_start", "doc_sha256", "status", "speaker", "kind").build())) {
                    for (JournalEntry e : orphans) {
                        p.printRecord(e.annotator(), e.time(), e.action().label(), e.key().docId(), e.key().text(),
                                e.key().start(), e.key().docHash(), e.newState().status().label(),
                                Objects.toString(e.newState().speaker(), ""), e.newState().kind().label());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + csv, e);
            }
        }
    }

    public static Result apply(Collection<AnnotatedDocument> documents, List<JournalEntry> entries) {
        Pass pass = new Pass(entries);
        List<AnnotatedDocument> out = new ArrayList<>(documents.size());
        for (AnnotatedDocument doc : documents) out.add(pass.apply(doc));
        Result r = pass.finish();
        return new Result(out, r.orphans(), r.counts(), r.warnings());
    }

    /**
     * Applies decisions one document at a time, for a runner that streams documents into {@code quotes.csv}
     * without holding the corpus: call {@link #apply(AnnotatedDocument)} for every document, then
     * {@link #finish()}. Decisions for documents never passed in are orphans. Not thread-safe.
     */
    public static final class Pass {
        private final Map<String, List<JournalEntry>> inForceByDoc = new LinkedHashMap<>();
        private final List<JournalEntry> inForce = new ArrayList<>();
        private final Set<String> located = new HashSet<>();
        private final Map<ReviewStatus, Integer> counts = new EnumMap<>(ReviewStatus.class);
        private final List<String> warnings;

        public Pass(List<JournalEntry> entries) {
            this(entries, List.of());
        }

        Pass(List<JournalEntry> entries, List<String> warnings) {
            this.warnings = List.copyOf(warnings);
            Set<String> undone = new HashSet<>();
            for (JournalEntry e : entries) if (e.action() == ReviewAction.UNDO) undone.add(e.undoes());
            for (JournalEntry e : entries) {
                if (e.action() == ReviewAction.UNDO || undone.contains(e.id())) continue;
                inForce.add(e);
                inForceByDoc.computeIfAbsent(e.key().docId(), k -> new ArrayList<>()).add(e);
            }
        }

        /** {@code doc} with the decisions in force on its quotes applied. */
        public AnnotatedDocument apply(AnnotatedDocument doc) {
            List<JournalEntry> mine = inForceByDoc.getOrDefault(doc.docId(), List.of());
            QuoteEdits.Result edits = QuoteEdits.apply(doc, mine);
            doc = edits.document();
            DecisionLedger ledger = new DecisionLedger(List.of(doc), mine);
            for (JournalEntry e : mine) if (ledger.refOf(e).isPresent()) located.add(e.id());
            AnnotatedDocument edited = doc;
            List<Quote> quotes = new ArrayList<>(doc.quotes().size());
            boolean changed = !edits.added().isEmpty() || !edits.respanned().isEmpty();
            for (Quote q : doc.quotes()) {
                Optional<JournalEntry> decision = ledger.latest(new QuoteRef(doc.docId(), q.id()));
                Quote nq = decision.map(e -> applyState(edited, q, e.newState(), shift(e, q)))
                        .orElse(q.withReviewStatus(ReviewStatus.UNREVIEWED));
                nq = afterEdits(nq, edits);
                changed |= !nq.equals(q);
                counts.merge(nq.reviewStatus(), 1, Integer::sum);
                quotes.add(nq);
            }
            return changed ? doc.withQuotes(quotes) : doc;
        }

        /**
         * {@code documents} with {@link #apply} run on each as it is iterated, for a writer that streams them once;
         * call {@link #finish()} after the iteration.
         */
        public Iterable<AnnotatedDocument> applying(Iterable<AnnotatedDocument> documents) {
            return () -> com.google.common.collect.Iterators.transform(documents.iterator(), this::apply);
        }

        /**
         * The ids of the decisions {@link #apply} located in the documents passed so far: what a runner that splits
         * the documents over several passes (one per Spark partition) gathers for {@link #finish(Set)}.
         */
        public Set<String> located() { return Set.copyOf(located); }

        /** Counts and orphans (decisions in force never located), one per annotator and key, the latest. */
        public Result finish() {
            return finish(located);
        }

        /**
         * Orphans as {@link #finish()} gives them, with {@code locatedAnywhere} the decisions located by every pass
         * over the corpus's documents (this one's counts only).
         */
        public Result finish(Set<String> locatedAnywhere) {
            Map<String, JournalEntry> orphans = new LinkedHashMap<>();
            for (JournalEntry e : inForce) {
                if (locatedAnywhere.contains(e.id())) continue;
                String k = e.annotator() + "\u0000" + e.key();
                orphans.remove(k);
                orphans.put(k, e);
            }
            return new Result(List.of(), List.copyOf(orphans.values()), counts, warnings);
        }
    }

    /** How far a decision's quote moved since it was made: where it is now minus where its key (or span) had it. */
    static int shift(JournalEntry e, Quote now) {
        return now.start() - (e.span() != null ? e.span() : e.key()).start();
    }

    /**
     * The status edits give: an added quote is {@code added} whatever else was decided on it, unless it was
     * rejected after all; a re-spanned quote that was otherwise accepted is {@code corrected}.
     */
    static Quote afterEdits(Quote q, QuoteEdits.Result edits) {
        if (q.reviewStatus() == ReviewStatus.REJECTED) return q;
        if (edits.added().contains(q.id())) return q.withReviewStatus(ReviewStatus.ADDED);
        if (edits.respanned().contains(q.id()) && q.reviewStatus() != ReviewStatus.CORRECTED) {
            return q.withReviewStatus(ReviewStatus.CORRECTED);
        }
        return q;
    }

    /** The quote as the decided {@code state} says it should be, relative to the pipeline's current proposal. */
    static Quote applyState(AnnotatedDocument doc, Quote q, ReviewState state) {
        return applyState(doc, q, state, 0);
    }

    /**
     * As {@link #applyState(AnnotatedDocument, Quote, ReviewState)}, with the quote moved by {@code shift}
     * characters since the decision (where a clicked speaker mention is looked for).
     */
    static Quote applyState(AnnotatedDocument doc, Quote q, ReviewState state, int shift) {
        if (state.status() == ReviewStatus.REJECTED) return q.withReviewStatus(ReviewStatus.REJECTED);
        if (state.status() == ReviewStatus.UNREVIEWED) return q.withReviewStatus(ReviewStatus.UNREVIEWED);
        Attribution a = q.attribution();
        boolean sameSpeaker = sameSpeaker(a, state);
        boolean sameKind = q.kind() == state.kind();
        if (sameSpeaker && sameKind) return q.withReviewStatus(ReviewStatus.ACCEPTED);
        Quote nq = q.withKind(state.kind()).withReviewStatus(ReviewStatus.CORRECTED);
        if (!sameSpeaker) {
            // the machine's evidence pointed at the wrong speaker: the annotator's clicked mention, else none
            nq = nq.withAttribution(QuoteEdits.attribution(doc, state, a.cue(), shift));
        }
        return nq;
    }

    static boolean sameSpeaker(Attribution a, ReviewState s) {
        if (a.speaker() == null || s.speaker() == null) return a.speaker() == null && s.speaker() == null;
        if (a.speakerEntityId() != null && a.speakerEntityId().equals(s.speakerEntityId())) return true;
        return norm(a.speaker()).equals(norm(s.speaker()));
    }

    /** The document's entity the decided speaker names, if any. */
    static Optional<LocalEntity> matchEntity(AnnotatedDocument doc, ReviewState s) {
        if (s.speaker() == null) return Optional.empty();
        if (s.speakerEntityId() != null) {
            for (LocalEntity e : doc.entities()) if (s.speakerEntityId().equals(e.entityId())) return Optional.of(e);
        }
        if (s.speakerLocalId() != null) {
            for (LocalEntity e : doc.entities()) {
                if (e.id().equals(s.speakerLocalId()) && norm(e.name()).equals(norm(s.speaker()))) return Optional.of(e);
            }
        }
        String n = norm(s.speaker());
        for (LocalEntity e : doc.entities()) if (norm(e.name()).equals(n)) return Optional.of(e);
        for (LocalEntity e : doc.entities()) {
            for (String v : e.variants()) if (norm(v).equals(n)) return Optional.of(e);
        }
        return Optional.empty();
    }

    static String norm(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
