package org.newsquotes.review;

import java.util.Objects;

/**
 * A decision made on a page that was out of date: someone decided on the quote after the page showed it, so saving
 * would silently overwrite their decision. Nothing was journaled; the page shows the colleague's decision and lets
 * the annotator keep it or decide again on the current version.
 *
 * @param ref     the quote
 * @param version the quote's current version (the id of its latest journal entry)
 * @param latest  that entry: who decided what, and when; null when none can be named (blind mode after an undo)
 * @param state   the quote's state now
 */
public final class DecisionConflict extends RuntimeException {
    private final QuoteRef ref;
    private final String version;
    private final JournalEntry latest;
    private final ReviewState state;

    DecisionConflict(QuoteRef ref, String version, JournalEntry latest, ReviewState state) {
        super((latest == null ? "The quote changed" : latest.annotator() + " decided on " + ref.docId() + " "
                + ref.quoteId() + " (" + latest.action().label() + ")") + " after this page loaded it; nothing was saved");
        this.ref = Objects.requireNonNull(ref, "ref");
        this.version = Objects.requireNonNull(version, "version");
        this.latest = latest;
        this.state = Objects.requireNonNull(state, "state");
    }

    public QuoteRef ref() { return ref; }

    public String version() { return version; }

    public JournalEntry latest() { return latest; }

    public ReviewState state() { return state; }
}
