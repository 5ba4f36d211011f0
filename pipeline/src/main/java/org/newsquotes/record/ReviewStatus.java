package org.newsquotes.record;

/**
 * An annotator's verdict on a machine attribution; {@code UNREVIEWED} until the review journal says otherwise.
 * {@code CORRECTED}: the speaker, kind or span was changed; {@code ADDED}: a quote the pipeline missed, which an
 * annotator added by selecting its words.
 */
public enum ReviewStatus {
    UNREVIEWED, ACCEPTED, CORRECTED, REJECTED, ADDED;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static ReviewStatus fromLabel(String label) {
        return label == null || label.isBlank() ? UNREVIEWED : valueOf(label.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
