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
    /** Takes back the annotator's latest decision that is still in force ({@code undoes} names it). */
    UNDO;

    public String label() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static ReviewAction fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
