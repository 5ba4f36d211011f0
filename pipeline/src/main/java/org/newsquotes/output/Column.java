package org.newsquotes.output;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of an output table, as documented in {@code datapackage.json} and {@code output/README.md}.
 *
 * @param name          the CSV header name (lowercase snake_case)
 * @param type          the Frictionless type
 * @param description   what a value means, for people (one or two sentences)
 * @param required      true when the cell is never empty
 * @param allowedValues the closed set of values, or empty for an open set
 * @param minimum       the smallest allowed value of a numeric column, or null
 * @param maximum       the largest allowed value of a numeric column, or null
 */
public record Column(String name, FieldType type, String description, boolean required, List<String> allowedValues,
                     Integer minimum, Integer maximum) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("column name not snake_case: " + name);
        if (description.isBlank()) throw new IllegalArgumentException("column " + name + " has no description");
        allowedValues = List.copyOf(allowedValues);
        if ((minimum != null || maximum != null) && type == FieldType.STRING) {
            throw new IllegalArgumentException("column " + name + ": bounds on a string column");
        }
    }

    public static Column string(String name, String description) {
        return new Column(name, FieldType.STRING, description, false, List.of(), null, null);
    }

    public static Column integer(String name, String description) {
        return new Column(name, FieldType.INTEGER, description, false, List.of(), null, null);
    }

    public static Column bool(String name, String description) {
        return new Column(name, FieldType.BOOLEAN, description, false, List.of(), null, null);
    }

    public static Column number(String name, String description) {
        return new Column(name, FieldType.NUMBER, description, false, List.of(), null, null);
    }

    /** The same column, never empty. */
    public Column notEmpty() {
        return new Column(name, type, description, true, allowedValues, minimum, maximum);
    }

    /** The same column, restricted to {@code values}. */
    public Column oneOf(List<String> values) {
        return new Column(name, type, description, required, values, minimum, maximum);
    }

    /** The same column with inclusive bounds (null for none). */
    public Column between(Integer min, Integer max) {
        return new Column(name, type, description, required, allowedValues, min, max);
    }

    public boolean hasConstraints() {
        return required || !allowedValues.isEmpty() || minimum != null || maximum != null;
    }
}
