package org.newsquotes.output;

import java.util.Objects;

/**
 * A column whose non-empty values must appear in another table's key column (Frictionless {@code foreignKeys}).
 * Empty cells are allowed and mean "not known" (e.g. a mention before entity resolution has run).
 */
public record ForeignKey(String column, String referencedTable, String referencedColumn) {
    public ForeignKey {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(referencedTable, "referencedTable");
        Objects.requireNonNull(referencedColumn, "referencedColumn");
    }
}
