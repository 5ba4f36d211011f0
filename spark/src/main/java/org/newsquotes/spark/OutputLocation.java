package org.newsquotes.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URI;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsquotes.output.DocumentJson;
import org.newsquotes.output.JsonPaths;
import org.newsquotes.output.OutputWriter;
import org.newsquotes.record.AnnotatedDocument;

/**
 * The output directory of a Spark run, on whatever file system its URI names.
 *
 * <p>On a local (or NFS-mounted, shared) directory every file is written through {@link OutputWriter}, exactly as the
 * local runner writes it (atomic renames). On HDFS or an object store the per-document JSON goes straight to
 * {@code OUT/json/<JsonPaths.relativePath(doc_id)>} with {@link DocumentJson#write}, overwriting: writes are keyed
 * by doc_id and deterministic, so a retried or speculative task rewrites the same bytes to the same file and never
 * adds a second copy.
 *
 * @param uri   the fully qualified output directory
 * @param local the local path when the file system is the local one, else null
 */
record OutputLocation(String uri, String local) implements Serializable {
    static OutputLocation of(String out, HadoopConf hadoop) throws IOException {
        Path p = new Path(out);
        FileSystem fs = p.getFileSystem(hadoop.get());
        Path qualified = fs.makeQualified(p);
        boolean isLocal = "file".equals(fs.getScheme());
        return new OutputLocation(qualified.toString(), isLocal ? qualified.toUri().getPath() : null);
    }

    boolean isLocal() { return local != null; }

    /** Writes one document's JSON; idempotent by doc_id. */
    void writeDocumentJson(AnnotatedDocument doc, HadoopConf hadoop) throws IOException {
        if (isLocal()) {
            new OutputWriter(java.nio.file.Path.of(local)).writeDocumentJson(doc);
            return;
        }
        Path target = new Path(new Path(URI.create(uri)), OutputWriter.JSON_DIR + "/" + JsonPaths.relativePath(doc.docId()));
        FileSystem fs = target.getFileSystem(hadoop.get());
        try (OutputStream out = fs.create(target, true)) {
            DocumentJson.write(doc, out);
        }
    }

    /**
     * Writes the documents of one partition as {@code json/part-NNNNN.jsonl} (N the partition index), one document per
     * line ({@link DocumentJson#writeLine}). Idempotent by partition: the file ranges are deterministic, so a retried
     * task writes the same bytes to the same part file. A partition with no documents writes no file.
     */
    void writeJsonLines(int partition, java.util.Iterator<AnnotatedDocument> docs, HadoopConf hadoop) throws IOException {
        if (!docs.hasNext()) return;
        String name = String.format(java.util.Locale.ROOT, "part-%05d.jsonl", partition);
        if (isLocal()) {
            java.nio.file.Path dir = java.nio.file.Path.of(local).resolve(OutputWriter.JSON_DIR);
            java.nio.file.Files.createDirectories(dir);
            // as every local output: a temporary file the next run's clean-up knows, the umask's mode, one rename
            org.newsquotes.output.AtomicFiles.write(dir.resolve(name), out -> {
                while (docs.hasNext()) DocumentJson.writeLine(docs.next(), out);
            });
            return;
        }
        Path target = new Path(new Path(URI.create(uri)), OutputWriter.JSON_DIR + "/" + name);
        FileSystem fs = target.getFileSystem(hadoop.get());
        try (OutputStream out = new java.io.BufferedOutputStream(fs.create(target, true))) {
            while (docs.hasNext()) DocumentJson.writeLine(docs.next(), out);
        }
    }
}
