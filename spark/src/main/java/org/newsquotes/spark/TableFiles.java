package org.newsquotes.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SaveMode;
import org.newsquotes.output.AtomicFiles;
import org.newsquotes.output.CsvTableWriter;
import org.newsquotes.output.OutputWriter;
import org.newsquotes.output.Table;
import org.newsquotes.review.ReviewApplier;
import org.newsquotes.review.ReviewJournal;

/**
 * Writes {@link AnnotationTables} into an output directory on any Hadoop file system, each table's rows written by
 * the executors that hold them.
 * <ul>
 *   <li>{@link TableFormat#PARQUET}: Spark's own writer, {@code OUT/<table>.parquet/part-*.parquet} (overwritten as a
 *       whole, with Spark's output committer, so a retried task leaves no stray part).</li>
 *   <li>{@link TableFormat#CSV}: every partition writes its rows, formatted exactly as the local runner formats them,
 *       to {@code OUT/.parts/<table>/part-NNNNN.csv} (named by partition, so a retried task overwrites its own
 *       part); then the driver joins the parts, in partition order, under the one header into {@code OUT/<table>.csv}
 *       and removes them. The driver streams bytes there and holds no row. With {@code datapackage.json}.</li>
 * </ul>
 * Files of the other format from an earlier run are removed, so a directory never holds a table older than its
 * siblings.
 */
final class TableFiles {
    /** Where the CSV parts wait to be joined. */
    static final String PARTS_DIR = ".parts";

    private TableFiles() {}

    static void write(AnnotationTables tables, OutputLocation location, TableFormat format, HadoopConf hadoop)
            throws IOException {
        Path out = new Path(URI.create(location.uri()));
        FileSystem fs = out.getFileSystem(hadoop.get());
        fs.mkdirs(out);
        for (String name : AnnotationTables.names()) {
            String stale = format == TableFormat.PARQUET ? name + ".csv" : name + ".parquet";
            fs.delete(new Path(out, stale), true);
        }
        if (format == TableFormat.PARQUET) {
            fs.delete(new Path(out, OutputWriter.DATA_PACKAGE), false); // it describes the CSV files
            for (String name : AnnotationTables.names()) {
                tables.table(name).write().mode(SaveMode.Overwrite).parquet(new Path(out, name + ".parquet").toString());
            }
        } else {
            for (String name : AnnotationTables.names()) writeCsv(tables, name, out, location, hadoop);
            fs.delete(new Path(out, PARTS_DIR), true);
            writeDataPackage(tables, location, out, fs);
        }
        ReviewApplier.Result review = tables.reviewOrphans(); // the quotes table was computed above
        if (review != null && location.isLocal()) {
            review.writeOrphans(java.nio.file.Path.of(location.local()).resolve(ReviewJournal.ORPHANS_RELATIVE_PATH));
        }
    }

    private static void writeCsv(AnnotationTables tables, String name, Path out, OutputLocation location,
                                 HadoopConf hadoop) throws IOException {
        SparkTables.TableRef ref = tables.ref(name);
        Path parts = new Path(new Path(out, PARTS_DIR), name);
        FileSystem fs = parts.getFileSystem(hadoop.get());
        fs.delete(parts, true);
        String partsUri = parts.toString();
        JavaRDD<?> rows = tables.typed(name);
        writeParts(rows, ref, partsUri, hadoop);

        FileStatus[] written = fs.exists(parts) ? fs.listStatus(parts) : new FileStatus[0];
        Arrays.sort(written, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
        String header = CsvTableWriter.header(ref.table());
        String file = ref.table().fileName();
        if (location.isLocal()) {
            AtomicFiles.write(java.nio.file.Path.of(location.local()).resolve(file), o -> join(header, written, fs, o));
        } else {
            try (OutputStream o = fs.create(new Path(out, file), true)) {
                join(header, written, fs, o);
            }
        }
        fs.delete(parts, true);
    }

    @SuppressWarnings("unchecked")
    private static <R> void writeParts(JavaRDD<?> rows, SparkTables.TableRef ref, String partsUri, HadoopConf hadoop) {
        ((JavaRDD<R>) rows).foreachPartition(it -> {
            Table<R> table = ref.table();
            Path part = new Path(new Path(URI.create(partsUri)),
                    String.format(Locale.ROOT, "part-%05d.csv", TaskContext.getPartitionId()));
            FileSystem fs = part.getFileSystem(hadoop.get());
            try (Writer w = new OutputStreamWriter(fs.create(part, true), StandardCharsets.UTF_8)) {
                CsvTableWriter.writeRows(table, it, w);
            }
        });
    }

    private static void join(String header, FileStatus[] parts, FileSystem fs, OutputStream out) throws IOException {
        out.write(header.getBytes(StandardCharsets.UTF_8));
        for (FileStatus p : parts) {
            try (InputStream in = fs.open(p.getPath())) {
                in.transferTo(out);
            }
        }
    }

    /** {@code datapackage.json} for the CSV tables (with the run's {@code meta_*} columns). */
    private static void writeDataPackage(AnnotationTables tables, OutputLocation location, Path out, FileSystem fs)
            throws IOException {
        if (location.isLocal()) {
            new OutputWriter(java.nio.file.Path.of(location.local()), tables.metaColumns()).writeDataPackage();
            return;
        }
        java.nio.file.Path staging = java.nio.file.Files.createTempDirectory("newsquotes-datapackage");
        try {
            new OutputWriter(staging, tables.metaColumns()).writeDataPackage();
            fs.copyFromLocalFile(true, true, new Path(staging.resolve(OutputWriter.DATA_PACKAGE).toUri()),
                    new Path(out, OutputWriter.DATA_PACKAGE));
        } finally {
            AtomicFiles.deleteTree(staging);
        }
    }
}
