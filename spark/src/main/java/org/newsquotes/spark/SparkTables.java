package org.newsquotes.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsquotes.output.Column;
import org.newsquotes.output.FieldType;
import org.newsquotes.output.Table;
import org.newsquotes.output.TableSchema;
import org.newsquotes.output.Tables;

/**
 * The output tables as Spark data, derived from their one definition ({@link Tables}) as the CSV headers and the data
 * package are: a {@link StructType} per table schema and a {@link Row} per row record, with the values the CSV cell
 * would hold.
 * <ul>
 *   <li>Types follow the local runner's Parquet export ({@code TableExport}): integer → {@code LongType}, number →
 *       {@code DoubleType}, boolean → {@code BooleanType}, string → {@code StringType}.</li>
 *   <li>An empty cell is null, in every type (the CSV writes both as an empty cell).</li>
 *   <li>A required column ({@link Column#required()}) is not nullable; each field's description travels in its
 *       metadata under {@code comment}, so {@code df.schema()} documents itself.</li>
 * </ul>
 */
final class SparkTables {
    private SparkTables() {}

    /** The Spark schema of {@code schema}. */
    static StructType schema(TableSchema schema) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : schema.columns()) {
            Metadata comment = new MetadataBuilder().putString("comment", c.description()).build();
            fields.add(DataTypes.createStructField(c.name(), type(c.type()), !c.required(), comment));
        }
        return DataTypes.createStructType(fields);
    }

    static DataType type(FieldType t) {
        return switch (t) {
            case STRING -> DataTypes.StringType;
            case INTEGER -> DataTypes.LongType;
            case NUMBER -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }

    /** One row record as a Spark row of {@link #schema} of its table. */
    static <R> Row row(Table<R> table, R record) {
        List<Object> cells = table.toCells().apply(record);
        List<Column> columns = table.schema().columns();
        if (cells.size() != columns.size()) {
            throw new IllegalStateException(table.name() + ": " + cells.size() + " values for " + columns.size() + " columns");
        }
        Object[] values = new Object[cells.size()];
        for (int i = 0; i < values.length; i++) values[i] = value(table.name(), columns.get(i), cells.get(i));
        return RowFactory.create(values);
    }

    /** A cell as its Spark value: null for an empty cell, else converted to the column's type. */
    static Object value(String table, Column column, Object cell) {
        if (cell == null || "".equals(cell)) return null;
        try {
            return switch (column.type()) {
                case STRING -> cell instanceof String s ? s : org.newsquotes.output.Cells.format(cell);
                case INTEGER -> ((Number) cell).longValue();
                case NUMBER -> ((Number) cell).doubleValue();
                case BOOLEAN -> (Boolean) cell;
            };
        } catch (ClassCastException e) {
            throw new IllegalStateException(table + "." + column.name() + ": a " + cell.getClass().getSimpleName()
                    + " cell in a " + column.type().label() + " column", e);
        }
    }

    /**
     * Which table to build on an executor: {@link Table}s hold functions that are not serializable, so a task carries
     * the table's name (and the documents table's {@code meta_*} columns) and looks the definition up where it runs.
     *
     * @param name        the table's name ({@code quotes})
     * @param metaColumns for {@code documents}: the corpus metadata file's extra columns; else empty
     */
    record TableRef(String name, List<String> metaColumns) implements Serializable {
        TableRef {
            metaColumns = List.copyOf(metaColumns);
            Tables.byName(name); // fails here, on the driver, for a name no table has
        }

        static TableRef of(Table<?> table) {
            return new TableRef(table.name(), List.of());
        }

        @SuppressWarnings("unchecked")
        <R> Table<R> table() {
            return (Table<R>) (name.equals(Tables.DOCUMENTS.name()) ? Tables.documents(metaColumns) : Tables.byName(name));
        }
    }

    /** {@code rows} of {@code table} as a DataFrame, converted on the executors that hold them. */
    static <R> Dataset<Row> frame(SparkSession spark, TableRef table, JavaRDD<R> rows) {
        StructType schema = schema(table.table().schema());
        JavaRDD<Row> converted = rows.mapPartitions(it -> {
            Table<R> t = table.table();
            return com.google.common.collect.Iterators.transform(it, r -> row(t, r));
        });
        return spark.createDataFrame(converted, schema);
    }
}
