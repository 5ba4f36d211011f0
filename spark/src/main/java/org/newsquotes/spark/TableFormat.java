package org.newsquotes.spark;

import java.util.Locale;

/** The file format of the tables a Spark run writes. */
public enum TableFormat {
    /**
     * {@code OUT/<table>.parquet/part-*.parquet}, the layout Spark writes, each part written by the executor that
     * holds its rows (the default). Column types as the local runner's {@code --format parquet}: integer → BIGINT
     * (long), number → DOUBLE, boolean → BOOLEAN, string → VARCHAR, an empty cell → null.
     */
    PARQUET,
    /**
     * {@code OUT/<table>.csv}, byte-identical to the local runner's, plus {@code datapackage.json}: each partition's
     * rows are written by an executor as a part file, and the parts are joined under one header in corpus order.
     */
    CSV;

    /** {@code parquet} or {@code csv}. */
    public static TableFormat parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--tables must be parquet or csv, got '" + s + "'");
        }
    }
}
