package org.newsquotes.output;

import java.util.Locale;

/**
 * The Frictionless Table Schema types our columns use (booleans are written {@code true} / {@code false}). Dates are deliberately absent: sources give a date or a full
 * timestamp, so the {@code date} column is a {@link #STRING} whose description says so (a declared {@code date} type
 * would fail validation on timestamps, {@code datetime} on plain dates).
 */
public enum FieldType {
    STRING, INTEGER, NUMBER, BOOLEAN;

    /** The name in a Table Schema descriptor. */
    public String label() { return name().toLowerCase(Locale.ROOT); }
}
