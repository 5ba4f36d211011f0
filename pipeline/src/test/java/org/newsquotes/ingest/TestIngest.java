package org.newsquotes.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsquotes.config.ModelFiles;

/** Shared fixtures for the ingest tests: the default configuration from the packaged models/. */
final class TestIngest {
    private TestIngest() { }

    static IngestConfig config() {
        return IngestConfig.defaults(ModelFiles.packaged());
    }

    static CorpusReader reader() {
        return new CorpusReader(config());
    }

    static HtmlBlockExtractor html() {
        return new HtmlBlockExtractor(config().embedClasses());
    }

    static Path write(Path dir, String relative, String content) throws IOException {
        return write(dir, relative, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String relative, byte[] content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    /** Reads one file written into {@code dir}. */
    static IngestResult read(Path dir, String relative, String content) throws IOException {
        return reader().read(dir, write(dir, relative, content));
    }
}
