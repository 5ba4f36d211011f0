package org.newsquotes.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsquotes.record.AnnotatedDocument;

/**
 * The journal folded onto the documents of one run: which decision is in force for which quote.
 *
 * <p>Rules:
 * <ul>
 *   <li>Every entry's key is located with {@link QuoteLocator} in the document of the same id (for an added quote or
 *       a changed span, its span: the words the quote covers after it, see {@link QuoteEdits}, which must have been
 *       applied to the documents); an entry whose quote cannot be found is an orphan.</li>
 *   <li>An {@code undo} entry takes back the entry it names; undo entries and undone entries are not in force.</li>
 *   <li>Per quote and annotator, the annotator's last entry in force wins (file order, which is append order).</li>
 *   <li>Per quote overall, the last entry in force of any annotator wins ("latest decision wins"): the journal is
 *       appended under a lock, so file order is the order the server acknowledged the decisions in.</li>
 *   <li>Orphans are kept per annotator and key: the last entry in force for that key.</li>
 * </ul>
 */
public final class DecisionLedger {
    private final Map<QuoteRef, JournalEntry> latest = new LinkedHashMap<>();
    private final Map<QuoteRef, Map<String, JournalEntry>> byAnnotator = new LinkedHashMap<>();
    private final Map<String, JournalEntry> orphans = new LinkedHashMap<>();
    private final Map<String, QuoteRef> refById = new HashMap<>();
    private final Map<String, QuoteLocator.Match> matchById = new HashMap<>();
    private final List<JournalEntry> inForce = new ArrayList<>();
    private final DocumentIndex index;

    public DecisionLedger(Collection<AnnotatedDocument> documents, List<JournalEntry> entries) {
        this(new DocumentIndex(documents), entries);
    }

    DecisionLedger(DocumentIndex index, List<JournalEntry> entries) {
        Set<String> undone = new HashSet<>();
        for (JournalEntry e : entries) if (e.action() == ReviewAction.UNDO) undone.add(e.undoes());
        this.index = index;
        for (JournalEntry e : entries) {
            if (e.action() == ReviewAction.UNDO || undone.contains(e.id())) continue;
            place(e);
        }
    }

    /**
     * Adds a new decision (not an undo, which changes what is in force before it: rebuild the ledger then), in
     * constant time: what a review server does after each decision instead of rebuilding from the whole journal.
     */
    void add(JournalEntry e) {
        if (e.action() == ReviewAction.UNDO) throw new IllegalArgumentException("an undo needs a rebuilt ledger");
        place(e);
    }

    private void place(JournalEntry e) {
        inForce.add(e);
        // an added quote or a changed span is found by the words it covers now (QuoteEdits put them in the document)
        Optional<QuoteLocator.Located> found = index.locate(e.span() != null ? e.span() : e.key());
        if (found.isEmpty()) {
            orphans.remove(e.annotator() + "\u0000" + e.key());
            orphans.put(e.annotator() + "\u0000" + e.key(), e);
            return;
        }
        QuoteRef ref = new QuoteRef(e.key().docId(), found.get().quote().id());
        refById.put(e.id(), ref);
        matchById.put(e.id(), found.get().match());
        // a curator's adjudication stays the answer in force until it is undone; annotators' later decisions do not
        // replace it
        JournalEntry before = latest.get(ref);
        if (before == null || !before.adjudication() || e.adjudication()) {
            latest.remove(ref);
            latest.put(ref, e);
        }
        byAnnotator.computeIfAbsent(ref, r -> new LinkedHashMap<>()).put(e.annotator(), e);
    }

    /**
     * The decision in force per quote: the latest adjudication when a curator made one, else the latest decision of
     * any annotator; in the order decisions were last made.
     */
    public Map<QuoteRef, JournalEntry> latest() { return Map.copyOf(latest); }

    public Optional<JournalEntry> latest(QuoteRef ref) { return Optional.ofNullable(latest.get(ref)); }

    /** Per quote, each annotator's decision in force. */
    public Map<String, JournalEntry> byAnnotator(QuoteRef ref) {
        return Map.copyOf(byAnnotator.getOrDefault(ref, Map.of()));
    }

    /** Every quote that has at least one decision in force. */
    public Set<QuoteRef> decided() { return Set.copyOf(byAnnotator.keySet()); }

    /** Decisions in force whose quote no longer exists, one per annotator and key. */
    public List<JournalEntry> orphans() { return List.copyOf(orphans.values()); }

    /** The quote an entry in force was located at, if any. */
    public Optional<QuoteRef> refOf(JournalEntry e) { return Optional.ofNullable(refById.get(e.id())); }

    /** How an entry in force was located, if it was. */
    public Optional<QuoteLocator.Match> matchOf(JournalEntry e) { return Optional.ofNullable(matchById.get(e.id())); }

    /** The annotator's last entry still in force (what their next undo takes back). */
    public Optional<JournalEntry> lastInForce(String annotator) {
        for (int i = inForce.size() - 1; i >= 0; i--) {
            if (inForce.get(i).annotator().equals(annotator)) return Optional.of(inForce.get(i));
        }
        return Optional.empty();
    }
}
