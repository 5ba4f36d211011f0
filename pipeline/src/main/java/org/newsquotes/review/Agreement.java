package org.newsquotes.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;
import org.newsquotes.record.ReviewStatus;

/**
 * Agreement between two annotators from the journal, over the quotes both judged (each annotator's decision in
 * force, located in the current documents with {@link DecisionLedger}).
 *
 * <ul>
 *   <li><b>quote</b>: Cohen's kappa on "is a quote" (accepted or corrected) versus "not a quote" (rejected).</li>
 *   <li><b>speaker</b>: Cohen's kappa on the speaker each gave, over the quotes both judged to be quotes; labels
 *       are the speaker names as the annotators saw them, case- and space-normalised (an accepted machine
 *       name and the same name typed in a correction agree), {@code (none)} for no speaker.</li>
 *   <li><b>kind</b>: Cohen's kappa on the kind (direct, fragment, indirect, other), over the same quotes.</li>
 *   <li><b>span</b>: Cohen's kappa on the words each gave the quote (the machine's, unless they changed the span),
 *       over the same quotes.</li>
 * </ul>
 * A quote one annotator added counts as "not a quote" for the other when the other decided anything in that
 * document (they read it and did not add it); annotators' added quotes and changed spans are applied first
 * ({@link QuoteEdits}), so two who added the same words judged one quote.
 * And every disagreement, field by field, for the curator to settle.
 *
 * @param a             first annotator
 * @param b             second annotator
 * @param quote         kappa on accept/reject
 * @param speaker       kappa on the speaker
 * @param kind          kappa on the kind
 * @param span          kappa on the quote's words
 * @param disagreements each quote and field on which the two differ, in document order
 */
public record Agreement(String a, String b, CohenKappa quote, CohenKappa speaker, CohenKappa kind, CohenKappa span,
                        List<Disagreement> disagreements) {
    /** Most disagreements {@link #describe()} lists (all are in {@link #disagreements()}). */
    static final int LISTED = 20;

    /**
     * One field of one quote on which the two annotators differ.
     *
     * @param field {@code quote}, {@code speaker}, {@code kind} or {@code span}
     */
    public record Disagreement(String docId, String quoteId, String text, String field, String valueA, String valueB) {}

    public Agreement {
        disagreements = List.copyOf(disagreements);
    }

    public static Agreement compute(Collection<AnnotatedDocument> docs, List<JournalEntry> entries, String a, String b) {
        Map<String, List<JournalEntry>> edits = QuoteEdits.inForceByDocument(entries);
        List<AnnotatedDocument> edited = new ArrayList<>();
        for (AnnotatedDocument d : docs) edited.add(QuoteEdits.edited(d, edits));
        DecisionLedger ledger = new DecisionLedger(edited, entries);
        java.util.Set<QuoteRef> added = new java.util.HashSet<>();
        for (AnnotatedDocument d : edited) {
            for (Quote q : d.quotes()) if (q.reviewStatus() == ReviewStatus.ADDED) added.add(new QuoteRef(d.docId(), q.id()));
        }
        // per quote and annotator, the words their last edit gave it; per annotator, the documents they decided in
        Map<QuoteRef, Map<String, String>> spans = new java.util.HashMap<>();
        Map<String, java.util.Set<String>> docsOf = new java.util.HashMap<>();
        for (JournalEntry e : entries) {
            if (e.action() == ReviewAction.UNDO) continue;
            ledger.refOf(e).ifPresent(r -> {
                docsOf.computeIfAbsent(e.annotator(), k -> new java.util.HashSet<>()).add(r.docId());
                if (e.span() != null) {
                    spans.computeIfAbsent(r, k -> new java.util.HashMap<>()).put(e.annotator(), e.span().start() + "-"
                            + (e.span().start() + e.span().text().length()) + " " + e.span().text());
                }
            });
        }
        List<String> qa = new ArrayList<>(), qb = new ArrayList<>(), sa = new ArrayList<>(), sb = new ArrayList<>();
        List<String> ka = new ArrayList<>(), kb = new ArrayList<>(), pa = new ArrayList<>(), pb = new ArrayList<>();
        List<Disagreement> differ = new ArrayList<>();
        List<QuoteRef> refs = new ArrayList<>(ledger.decided());
        refs.sort(java.util.Comparator.comparing(QuoteRef::docId).thenComparing(r -> quoteNumber(r.quoteId())));
        for (QuoteRef ref : refs) {
            Map<String, JournalEntry> by = ledger.byAnnotator(ref);
            JournalEntry ea = by.get(a), eb = by.get(b);
            // a quote one of them added, in a document the other worked on: the other did not see a quote there
            if (ea == null && eb != null && added.contains(ref) && docsOf.getOrDefault(a, java.util.Set.of()).contains(ref.docId())) {
                ea = notAQuote(eb, a);
            } else if (eb == null && ea != null && added.contains(ref)
                    && docsOf.getOrDefault(b, java.util.Set.of()).contains(ref.docId())) {
                eb = notAQuote(ea, b);
            }
            if (ea == null || eb == null) continue;
            ReviewState x = ea.newState(), y = eb.newState();
            if (x.status() == ReviewStatus.UNREVIEWED || y.status() == ReviewStatus.UNREVIEWED) continue;
            boolean xq = x.status() != ReviewStatus.REJECTED, yq = y.status() != ReviewStatus.REJECTED;
            qa.add(xq ? "quote" : "not-quote");
            qb.add(yq ? "quote" : "not-quote");
            String text = ea.key().text();
            if (xq != yq) differ.add(new Disagreement(ref.docId(), ref.quoteId(), text, "quote", qa.get(qa.size() - 1),
                    qb.get(qb.size() - 1)));
            if (xq && yq) {
                sa.add(speakerLabel(x));
                sb.add(speakerLabel(y));
                ka.add(x.kind().label());
                kb.add(y.kind().label());
                if (!speakerLabel(x).equals(speakerLabel(y))) {
                    differ.add(new Disagreement(ref.docId(), ref.quoteId(), text, "speaker",
                            x.speaker() == null ? "(none)" : x.speaker(), y.speaker() == null ? "(none)" : y.speaker()));
                }
                if (x.kind() != y.kind()) {
                    differ.add(new Disagreement(ref.docId(), ref.quoteId(), text, "kind", x.kind().label(), y.kind().label()));
                }
                String machine = "machine span";
                String wa = spans.getOrDefault(ref, Map.of()).getOrDefault(a, machine);
                String wb = spans.getOrDefault(ref, Map.of()).getOrDefault(b, machine);
                pa.add(wa);
                pb.add(wb);
                if (!wa.equals(wb)) differ.add(new Disagreement(ref.docId(), ref.quoteId(), text, "span", wa, wb));
            }
        }
        return new Agreement(a, b, CohenKappa.of(qa, qb), CohenKappa.of(sa, sb), CohenKappa.of(ka, kb),
                CohenKappa.of(pa, pb), differ);
    }

    /** What "not a quote" looks like for {@code who} on the quote {@code other} added. */
    private static JournalEntry notAQuote(JournalEntry other, String who) {
        return new JournalEntry("implicit", other.time(), who, ReviewAction.REJECT, other.key(), other.quoteId(), null,
                other.newState().withStatus(ReviewStatus.REJECTED), null);
    }

    /** q12 -> 12, so quotes sort in reading order. */
    private static int quoteNumber(String id) {
        try {
            return Integer.parseInt(id.substring(1));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    static String speakerLabel(ReviewState s) {
        if (s.speaker() == null) return "(none)";
        return ReviewApplier.norm(s.speaker());
    }

    public String describe() {
        StringBuilder sb = new StringBuilder("agreement " + a + " vs " + b + "\n  quote (accept/reject): "
                + quote.describe() + "\n  speaker:               " + speaker.describe()
                + "\n  kind:                  " + kind.describe()
                + "\n  span:                  " + span.describe()
                + "\n" + disagreements.size() + " disagreement(s)" + (disagreements.isEmpty() ? "" : ":"));
        for (Disagreement d : disagreements.subList(0, Math.min(LISTED, disagreements.size()))) {
            String t = d.text().length() > 60 ? d.text().substring(0, 57) + "..." : d.text();
            sb.append("\n  ").append(d.docId()).append(' ').append(d.quoteId()).append(' ').append(d.field()).append(": ")
                    .append(a).append(" '").append(d.valueA()).append("' / ").append(b).append(" '").append(d.valueB())
                    .append("'  \"").append(t).append('"');
        }
        if (disagreements.size() > LISTED) sb.append("\n  ... ").append(disagreements.size() - LISTED).append(" more (--disagreements FILE.csv)");
        return sb.toString();
    }

    /** Writes every disagreement as CSV: doc_id, quote_id, field, the two annotators' values, the quote's words. */
    public void writeDisagreements(java.nio.file.Path csv) throws java.io.IOException {
        try (var w = java.nio.file.Files.newBufferedWriter(csv, java.nio.charset.StandardCharsets.UTF_8);
             var p = new org.apache.commons.csv.CSVPrinter(w, org.apache.commons.csv.CSVFormat.RFC4180.builder()
                     .setRecordSeparator("\n").setHeader("doc_id", "quote_id", "field", a, b, "quote_text").build())) {
            for (Disagreement d : disagreements) p.printRecord(d.docId(), d.quoteId(), d.field(), d.valueA(), d.valueB(), d.text());
        }
    }
}
