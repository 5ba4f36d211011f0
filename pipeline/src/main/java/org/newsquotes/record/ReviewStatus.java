package org.newsquotes.record;

/** An annotator's verdict on a machine attribution; {@code UNREVIEWED} until the review journal says otherwise. */
public enum ReviewStatus {
    UNREVIEWED, ACCEPTED, CORRECTED, REJECTED;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static ReviewStatus fromLabel(String label) {
        return label == null || label.isBlank() ? UNREVIEWED : valueOf(label.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
