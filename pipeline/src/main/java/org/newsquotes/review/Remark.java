package org.newsquotes.review;

import java.util.Locale;

/**
 * What an annotator says about a decision beyond the verdict: why a quote was rejected, a free note, and whether
 * they are unsure (so a curator looks again). Journaled with the decision; none of it changes {@code quotes.csv}.
 *
 * @param reason for a rejection: why; else null
 * @param note   free text, at most {@value #MAX_NOTE} characters, or null
 * @param unsure true when the annotator is not sure of the decision
 */
public record Remark(Reason reason, String note, boolean unsure) implements java.io.Serializable {
    public static final int MAX_NOTE = 500;
    /** No remark. */
    public static final Remark NONE = new Remark(null, null, false);

    /** Why a quote was rejected. */
    public enum Reason {
        /** Quoted words nobody is said to have said: a title, a scare quote, a name. */
        NOT_SPEECH,
        /** The same quote is already in the list (another span of the same words). */
        DUPLICATE,
        /** Speech, but the span is wrong (cut short, or running past the quote). */
        WRONG_SPAN,
        OTHER;

        public String label() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

        /** {@code not-speech}, {@code duplicate}, {@code wrong-span} or {@code other}. */
        public static Reason fromLabel(String label) {
            try {
                return valueOf(label.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown reject reason: " + label
                        + " (not-speech, duplicate, wrong-span or other)");
            }
        }
    }

    public Remark {
        if (note != null) {
            note = note.replaceAll("\\p{Cntrl}", " ").strip();
            if (note.isEmpty()) note = null;
            else if (note.length() > MAX_NOTE) throw new IllegalArgumentException("note too long (at most " + MAX_NOTE + " characters)");
        }
    }

    public boolean isNone() { return reason == null && note == null && !unsure; }
}
