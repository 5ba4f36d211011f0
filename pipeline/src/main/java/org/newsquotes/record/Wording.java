package org.newsquotes.record;

import java.util.Locale;

/** How one report of a statement words it, compared with the statement's fullest wording. */
public enum Wording {
    /** The same words as the fullest wording (after normalising marks, case, punctuation and contractions). */
    EXACT,
    /** A verbatim part of what the statement's reports say: words left out, none changed. */
    SHORTENED,
    /** Some words differ from every other report of the passage ("at last" for "at least"). */
    ALTERED;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Wording fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
