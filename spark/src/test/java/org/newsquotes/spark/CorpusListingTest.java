package org.newsquotes.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.ingest.CorpusReader;
import org.newsquotes.ingest.IngestConfig;

/** The Hadoop listing gives the local runner's files, ids and order (no Spark context, no CoreNLP). */
class CorpusListingTest {
    private final CorpusReader reader = new CorpusReader(IngestConfig.defaults(ModelFiles.packaged()));

    @Test
    void sameFilesIdsAndOrderAsTheLocalListing(@TempDir Path root) throws IOException {
        for (String rel : List.of("b.txt", "a/z.html", "a/_under.txt", "a b/ü %.txt", "A.txt", "feed.jsonl",
                ".hidden.txt", ".git/config", "a/.cache/x.txt", "notes.txt~")) {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
        List<String> local = reader.listFiles(root).stream().map(f -> CorpusReader.relativePath(root, f)).toList();
        List<CorpusFile> listed = CorpusListing.list(root.toString(), new Configuration(), reader);

        assertThat(listed).extracting(CorpusFile::relativePath).containsExactlyElementsOf(local)
                .containsExactly("A.txt", "a b/ü %.txt", "a/_under.txt", "a/z.html", "b.txt", "feed.jsonl");
        assertThat(listed).extracting(CorpusFile::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(listed).allSatisfy(f -> assertThat(f.size()).isEqualTo(1));
    }

    @Test
    void theOutputDirectoryAndEarlierOutputAreLeftOutAsLocally(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("a.txt"), "x");
        Files.createDirectories(root.resolve("old/json"));
        Files.writeString(root.resolve("old/datapackage.json"), "{\"name\": \"newsquotes-output\"}");
        Files.writeString(root.resolve("old/quotes.csv"), "doc_id\n");
        Files.createDirectories(root.resolve("out"));
        Files.writeString(root.resolve("out/documents.csv"), "doc_id\n");
        List<String> local = reader.listFiles(root, root.resolve("out")).stream().map(f -> CorpusReader.relativePath(root, f)).toList();
        List<CorpusFile> listed = CorpusListing.list(root.toString(), new Configuration(), reader, root.resolve("out").toString());
        assertThat(listed).extracting(CorpusFile::relativePath).containsExactlyElementsOf(local).containsExactly("a.txt");
    }

    @Test
    void aMissingCorpusIsASetupError(@TempDir Path root) {
        assertThatThrownBy(() -> CorpusListing.list(root.resolve("nope").toString(), new Configuration(), reader))
                .isInstanceOf(IOException.class).hasMessageContaining("corpus directory not found");
    }
}
