package org.newsquotes.output;

import java.util.List;
import java.util.Objects;

/**
 * Columns whose values must appear together in another table's key columns (Frictionless {@code foreignKeys}). A row
 * whose referencing cells are all empty is allowed and means "not known" (e.g. a mention before entity resolution
 * has run); a composite key such as ({@code doc_id}, {@code speaker_mention_id}) references a composite primary key
 * such as mentions' ({@code doc_id}, {@code mention_id}), and is checked only when its last column is filled.
 *
 * @param columns           the referencing columns, in the order of {@code referencedColumns}
 * @param referencedTable   the referenced table
 * @param referencedColumns the referenced table's primary key
 */
public record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {
    public ForeignKey {
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + columns + " -> " + referencedColumns + ": sizes differ");
        }
    }

    /** A one-column key. */
    public ForeignKey(String column, String referencedTable, String referencedColumn) {
        this(List.of(column), referencedTable, List.of(referencedColumn));
    }

    /** The referencing column that carries the reference (the last one; earlier ones scope it, like doc_id). */
    public String column() { return columns.get(columns.size() - 1); }
}
