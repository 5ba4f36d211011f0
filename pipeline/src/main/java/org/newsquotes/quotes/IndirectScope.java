package org.newsquotes.quotes;

import java.util.Locale;

/**
 * Which reports without quotation marks count as indirect quotes.
 * <ul>
 *   <li>{@link #SPEECH} (the default): reported speech with a clausal content, the convention of our gold format
 *       ({@code FORMAT.md}): "X said (that) …", "according to X, …", "X denied seeking …", "X urged Y to …",
 *       "X asked whether …".</li>
 *   <li>{@link #PARC}: the wider convention of attribution corpora such as PolNeAR (Penn Attribution Relations
 *       Corpus style), which also counts noun-phrase contents of reporting verbs ("X denied the report", "X called
 *       for an inquiry", "X cited rising costs") and attitudes: intentions and beliefs ("X wants to …", "X thinks
 *       …", "X hopes that …", from the {@code attitude-verb} cues).</li>
 * </ul>
 */
public enum IndirectScope {
    SPEECH, PARC;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** Parses {@code speech} or {@code parc}; fails naming the accepted values. */
    public static IndirectScope parse(String s) {
        for (IndirectScope v : values()) if (v.label().equals(s.strip().toLowerCase(Locale.ROOT))) return v;
        throw new IllegalArgumentException("indirect-speech scope must be 'speech' or 'parc', got '" + s + "'");
    }
}
