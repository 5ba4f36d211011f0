package org.newsquotes.review;

import java.util.Locale;

/** What an annotator did to a quote. Skipping is not a decision and is never journaled. */
public enum ReviewAction {
    /** The quote and its speaker are right. */
    ACCEPT,
    /** Not a quote at all. */
    REJECT,
    /** The speaker is wrong; {@code new} holds the right one. */
    CORRECT_SPEAKER,
    /** The kind is wrong; {@code new} holds the right one. */
    CHANGE_KIND,
    /**
     * A quote the pipeline missed, added by selecting its words: the entry's {@code key} and {@code span} both name
     * the new words; {@code new} holds its kind and speaker.
     */
    ADD_QUOTE,
    /** The quote's words are wrong: {@code key} names the quote as it was, {@code span} the words it has now. */
    CHANGE_SPAN,
    /** Takes back the annotator's latest decision that is still in force ({@code undoes} names it). */
    UNDO;

    /** True for the actions that change which words a quote covers (and so need a {@code span}). */
    public boolean editsSpan() { return this == ADD_QUOTE || this == CHANGE_SPAN; }

    public String label() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static ReviewAction fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
