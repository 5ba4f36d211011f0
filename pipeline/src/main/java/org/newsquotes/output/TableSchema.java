package org.newsquotes.output;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The schema of one output table: the one definition its CSV header, its {@code datapackage.json} resource and its
 * section of {@code output/README.md} are derived from.
 *
 * @param name        the resource name; the file is {@code <name>.csv}
 * @param description what one row is
 * @param columns     the columns, in CSV order
 * @param primaryKey  the columns that identify a row (empty: no key)
 * @param foreignKeys references into other tables
 */
public record TableSchema(String name, String description, List<Column> columns, List<String> primaryKey,
                          List<ForeignKey> foreignKeys) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public TableSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("table name not snake_case: " + name);
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        Set<String> names = new HashSet<>();
        for (Column c : columns) {
            if (!names.add(c.name())) throw new IllegalArgumentException(name + ": duplicate column " + c.name());
        }
        for (String k : primaryKey) {
            if (!names.contains(k)) throw new IllegalArgumentException(name + ": primary key column " + k + " missing");
        }
        for (ForeignKey fk : foreignKeys) {
            if (!names.containsAll(fk.columns())) {
                throw new IllegalArgumentException(name + ": foreign key columns " + fk.columns() + " missing");
            }
        }
    }

    /** The file name, {@code <name>.csv}. */
    public String fileName() { return name + ".csv"; }

    /** Column names in CSV order: the header row. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public Column column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no column " + columnName));
    }
}
