package org.newsquotes.review;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsquotes.record.AnnotatedDocument;

/**
 * Reads the per-document results of an output directory ({@code json/**.json}) for review and export.
 * The files are found by walking {@code json/} once at start-up; afterwards documents are only ever looked up by
 * id in this loaded list, never by building a path from a request.
 */
public final class OutputDocuments {
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private OutputDocuments() {}

    /** Every document in {@code <output>/json/}, sorted by doc id. Fails naming the file that cannot be read. */
    public static List<AnnotatedDocument> load(Path outputDir) {
        Path json = outputDir.resolve("json");
        if (!Files.isDirectory(json)) {
            throw new IllegalArgumentException(outputDir + " has no json/ directory: is it an output directory of annotate?");
        }
        List<AnnotatedDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(json)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList()) {
                try {
                    docs.add(read(Files.readAllBytes(f)));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException("cannot read " + f + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + json, e);
        }
        docs.sort(Comparator.comparing(AnnotatedDocument::docId));
        return docs;
    }

    /** One per-document JSON file. */
    static AnnotatedDocument read(byte[] bytes) throws IOException {
        return JSON.readValue(bytes, AnnotatedDocument.class);
    }

    /** Writes one document the way {@link #read} reads it (tests only, until the output package's writer is used). */
    static byte[] write(AnnotatedDocument doc) throws IOException {
        return JSON.writeValueAsBytes(doc);
    }
}
