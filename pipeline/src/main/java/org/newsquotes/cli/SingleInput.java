package org.newsquotes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code annotate FILE} and {@code annotate -}: one file, or standard input, made into a corpus of one file in a
 * temporary directory (deleted on {@link #close()}), so they run through the same reader, cache and writers as a
 * corpus directory. The document id is the file's name; standard input is {@code stdin.jsonl} when its first
 * character opens a JSON object (one document per line), else {@code stdin.txt}.
 */
final class SingleInput implements AutoCloseable {
    /** The argument that means standard input. */
    static final String STDIN = "-";

    private final Path dir;

    private SingleInput(Path dir) { this.dir = dir; }

    /** A one-file corpus for {@code corpus} when it is a file or {@value #STDIN}; null for a directory. */
    static SingleInput of(Path corpus, InputStream stdin) throws IOException {
        if (corpus.toString().equals(STDIN)) {
            byte[] bytes = stdin.readAllBytes();
            String head = new String(bytes, 0, Math.min(bytes.length, 64), java.nio.charset.StandardCharsets.UTF_8).stripLeading();
            if (head.startsWith("\uFEFF")) head = head.substring(1).stripLeading();
            String name = head.startsWith("{") ? "stdin.jsonl" : "stdin.txt";
            SingleInput in = new SingleInput(Files.createTempDirectory("newsquotes-stdin"));
            Files.write(in.dir.resolve(name), bytes);
            return in;
        }
        if (Files.isRegularFile(corpus)) {
            SingleInput in = new SingleInput(Files.createTempDirectory("newsquotes-file"));
            Files.copy(corpus, in.dir.resolve(corpus.getFileName().toString()));
            return in;
        }
        return null;
    }

    /** The one-file corpus directory. */
    Path corpus() { return dir; }

    @Override public void close() throws IOException {
        org.newsquotes.output.AtomicFiles.deleteTree(dir);
    }
}
