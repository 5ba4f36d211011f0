package org.newsquotes.output;

import java.util.Locale;

/** The {@code status} of a {@code documents.csv} row. */
public enum DocumentStatus {
    /** Every stage ran; the document has a JSON file and its mentions and quotes are in the tables. */
    OK,
    /** A stage failed; {@code error} says why and {@code errors.csv} has the row naming the stage. */
    FAILED,
    /**
     * Left unannotated on purpose (a language the run's models do not cover); {@code error} says why, and there is
     * no {@code errors.csv} row: nothing went wrong.
     */
    SKIPPED;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static DocumentStatus fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
