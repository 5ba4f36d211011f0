package org.newsquotes.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the review journal: one decision by one annotator on one quote.
 *
 * @param id        unique id of this entry (a UUID), so an undo can name what it takes back
 * @param time      when the server recorded it (UTC)
 * @param annotator who decided
 * @param action    what was done
 * @param key       which quote (stable across re-runs)
 * @param quoteId   the doc-local quote id at decision time, for humans reading the journal only
 * @param oldState  the state the annotator saw before deciding
 * @param newState  the state after; for {@link ReviewAction#UNDO} the state the quote returns to
 * @param undoes    for {@link ReviewAction#UNDO}: the id of the entry taken back; else null
 * @param basedOn   the version of the quote the decision was made on: the id of the latest journal entry on the
 *                  quote the annotator's page showed, "" when it showed none; null when the client sent no version
 *                  (an entry journaled before versions existed, or a client that does not check)
 * @param remark    the annotator's reason (for a rejection), note and unsure flag; {@link Remark#NONE} when none
 * @param adjudication true for a curator's final answer on a quote the annotators disagreed on: it is what
 *                  {@code quotes.csv} carries, whatever annotators decide after it (until it is undone)
 * @param span      for {@link ReviewAction#ADD_QUOTE} and {@link ReviewAction#CHANGE_SPAN}: the words the quote covers
 *                  after the decision, anchored like a key so they are found again after edits elsewhere in the text
 *                  ({@link QuoteEdits}); null for every other action
 */
public record JournalEntry(String id, Instant time, String annotator, ReviewAction action, QuoteKey key,
                           String quoteId, ReviewState oldState, ReviewState newState, String undoes, String basedOn,
                           Remark remark, boolean adjudication, QuoteKey span)
        implements java.io.Serializable {
    /** A decision that does not change the quote's words. */
    public JournalEntry(String id, Instant time, String annotator, ReviewAction action, QuoteKey key,
                        String quoteId, ReviewState oldState, ReviewState newState, String undoes, String basedOn,
                        Remark remark, boolean adjudication) {
        this(id, time, annotator, action, key, quoteId, oldState, newState, undoes, basedOn, remark, adjudication, null);
    }

    /** An annotator's decision, not an adjudication. */
    public JournalEntry(String id, Instant time, String annotator, ReviewAction action, QuoteKey key,
                        String quoteId, ReviewState oldState, ReviewState newState, String undoes, String basedOn,
                        Remark remark) {
        this(id, time, annotator, action, key, quoteId, oldState, newState, undoes, basedOn, remark, false);
    }

    /** An entry with no remark. */
    public JournalEntry(String id, Instant time, String annotator, ReviewAction action, QuoteKey key,
                        String quoteId, ReviewState oldState, ReviewState newState, String undoes, String basedOn) {
        this(id, time, annotator, action, key, quoteId, oldState, newState, undoes, basedOn, Remark.NONE);
    }

    /** An entry that names no version it was made on. */
    public JournalEntry(String id, Instant time, String annotator, ReviewAction action, QuoteKey key,
                        String quoteId, ReviewState oldState, ReviewState newState, String undoes) {
        this(id, time, annotator, action, key, quoteId, oldState, newState, undoes, null, Remark.NONE);
    }

    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(newState, "newState");
        if (annotator.isBlank()) throw new IllegalArgumentException("annotator name is blank");
        remark = remark == null ? Remark.NONE : remark;
        if (remark.reason() != null && action != ReviewAction.REJECT) {
            throw new IllegalArgumentException("a reject reason goes with a rejection only, not " + action.label());
        }
        if (action.editsSpan() != (span != null)) {
            throw new IllegalArgumentException("span must be set exactly for add-quote and change-span: " + action);
        }
        if (span != null && !span.docId().equals(key.docId())) {
            throw new IllegalArgumentException("span and key name different documents");
        }
        if ((action == ReviewAction.UNDO) != (undoes != null)) {
            throw new IllegalArgumentException("undoes must be set exactly for an undo: " + action + " / " + undoes);
        }
    }
}
