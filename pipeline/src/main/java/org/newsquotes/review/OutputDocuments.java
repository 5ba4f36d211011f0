package org.newsquotes.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsquotes.output.DocumentJson;
import org.newsquotes.output.OutputWriter;
import org.newsquotes.record.AnnotatedDocument;

/**
 * Reads the per-document results of an output directory ({@code json/**.json}, written by
 * {@link OutputWriter#writeDocumentJson}, read with {@link DocumentJson}) for review and export.
 * The files are found by walking {@code json/} once at start-up; afterwards documents are only ever looked up by
 * id in this loaded list, never by building a path from a request.
 */
public final class OutputDocuments {
    private OutputDocuments() {}

    /** Every document in {@code <output>/json/}, sorted by doc id. Fails naming the file that cannot be read. */
    public static List<AnnotatedDocument> load(Path outputDir) {
        Path json = outputDir.resolve(OutputWriter.JSON_DIR);
        if (!Files.isDirectory(json)) {
            throw new IllegalArgumentException(outputDir + " has no json/ directory: is it an output directory of annotate?");
        }
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (Path f : jsonFiles(json)) {
            try (InputStream in = Files.newInputStream(f)) {
                docs.add(DocumentJson.read(in));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        docs.sort(Comparator.comparing(AnnotatedDocument::docId));
        return docs;
    }

    /**
     * The {@code .json} files under {@code json/}, sorted. A running {@code annotate} may create and rename
     * temporary files meanwhile, which makes a directory walk fail on a vanished file: the walk is then retried.
     */
    private static List<Path> jsonFiles(Path json) {
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> files = Files.walk(json)) {
                return files.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 5) throw new UncheckedIOException("cannot list " + json, e instanceof IOException io ? io
                        : ((UncheckedIOException) e).getCause());
            }
        }
    }
}
