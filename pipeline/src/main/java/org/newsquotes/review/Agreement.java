package org.newsquotes.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.newsquotes.record.AnnotatedDocument;
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
 * </ul>
 *
 * @param a       first annotator
 * @param b       second annotator
 * @param quote   kappa on accept/reject
 * @param speaker kappa on the speaker
 */
public record Agreement(String a, String b, CohenKappa quote, CohenKappa speaker) {
    public static Agreement compute(Collection<AnnotatedDocument> docs, List<JournalEntry> entries, String a, String b) {
        DecisionLedger ledger = new DecisionLedger(docs, entries);
        List<String> qa = new ArrayList<>(), qb = new ArrayList<>(), sa = new ArrayList<>(), sb = new ArrayList<>();
        for (QuoteRef ref : ledger.decided()) {
            Map<String, JournalEntry> by = ledger.byAnnotator(ref);
            JournalEntry ea = by.get(a), eb = by.get(b);
            if (ea == null || eb == null) continue;
            ReviewState x = ea.newState(), y = eb.newState();
            if (x.status() == ReviewStatus.UNREVIEWED || y.status() == ReviewStatus.UNREVIEWED) continue;
            boolean xq = x.status() != ReviewStatus.REJECTED, yq = y.status() != ReviewStatus.REJECTED;
            qa.add(xq ? "quote" : "not-quote");
            qb.add(yq ? "quote" : "not-quote");
            if (xq && yq) {
                sa.add(speakerLabel(x));
                sb.add(speakerLabel(y));
            }
        }
        return new Agreement(a, b, CohenKappa.of(qa, qb), CohenKappa.of(sa, sb));
    }

    static String speakerLabel(ReviewState s) {
        if (s.speaker() == null) return "(none)";
        return ReviewApplier.norm(s.speaker());
    }

    public String describe() {
        return "agreement " + a + " vs " + b + "\n  quote (accept/reject): " + quote.describe()
                + "\n  speaker:               " + speaker.describe();
    }
}
