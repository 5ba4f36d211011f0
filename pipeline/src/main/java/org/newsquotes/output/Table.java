package org.newsquotes.output;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An output table: its schema and how one row record maps to its cells and back. The two functions must agree with
 * the schema's column order; {@code TablesTest} checks that for every table.
 *
 * @param schema    the columns, keys and descriptions
 * @param toCells   one value per column, in column order (formatted by {@link Cells#format})
 * @param fromCells the row record from one read CSV row
 * @param <R>       the row record
 */
public record Table<R>(TableSchema schema, Function<R, List<Object>> toCells, Function<RowCells, R> fromCells) {
    public Table {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(toCells, "toCells");
        Objects.requireNonNull(fromCells, "fromCells");
    }

    public String name() { return schema.name(); }

    public String fileName() { return schema.fileName(); }

    /** The formatted cells of one row; fails when the mapping and the schema disagree on the column count. */
    public List<String> format(R row) {
        List<Object> values = toCells.apply(row);
        if (values.size() != schema.columns().size()) {
            throw new IllegalStateException(schema.name() + ": " + values.size() + " values for "
                    + schema.columns().size() + " columns");
        }
        return values.stream().map(Cells::format).toList();
    }
}
