package org.newsquotes.record;

/** The kinds of quotation, as in the gold format ({@code shared/eval/FORMAT.md}). */
public enum QuoteKind {
    /** A quoted passage that reproduces speech or writing. */
    DIRECT,
    /** A short quoted phrase (1-6 words) inside the writer's own sentence. */
    FRAGMENT,
    /** Reported speech without quotation marks ("X said that ..."). */
    INDIRECT,
    /** Quoted titles, scare quotes, names: no speaker expected. */
    OTHER;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static QuoteKind fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
