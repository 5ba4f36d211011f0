package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.Document;
import org.newsquotes.stage.DocumentFailure;

class CorpusReaderTest {
    @TempDir Path root;
    private final CorpusReader reader = TestIngest.reader();

    @Test
    void listsFilesRecursivelyInRelativePathOrderSkippingHiddenAndJunk() throws Exception {
        TestIngest.write(root, "b.txt", "B");
        TestIngest.write(root, "a/z.txt", "Z");
        TestIngest.write(root, "a/b/c.html", "<p>C</p>");
        TestIngest.write(root, "A.txt", "upper");
        TestIngest.write(root, ".DS_Store", "junk");
        TestIngest.write(root, ".git/config", "junk");
        TestIngest.write(root, "a/.hidden.txt", "junk");
        TestIngest.write(root, "a/Thumbs.db", "junk");
        TestIngest.write(root, "a/notes.txt~", "junk");
        List<String> ids = new ArrayList<>();
        for (Path p : reader.listFiles(root)) ids.add(CorpusReader.relativePath(root, p));
        assertThat(ids).containsExactly("A.txt", "a/b/c.html", "a/z.txt", "b.txt");
        assertThat(reader.listFiles(root)).isEqualTo(reader.listFiles(root));
    }

    @Test
    void theOutputDirectoryAndAnyDirectoryHoldingOurOutputAreNotReadAsArticles() throws Exception {
        TestIngest.write(root, "a.txt", "A\nText.");
        // an earlier run's output inside the corpus, recognised by its data package
        TestIngest.write(root, "old-run/datapackage.json", "{\n  \"profile\": \"tabular-data-package\",\n  \"name\": \"newsquotes-output\"\n}");
        TestIngest.write(root, "old-run/quotes.csv", "doc_id,quote_id\n");
        TestIngest.write(root, "old-run/json/a.txt.json", "{}");
        // the run's own --out, not written yet
        TestIngest.write(root, "out/documents.csv", "doc_id\n");
        // someone else's data package is article material like any other file
        TestIngest.write(root, "data/datapackage.json", "{\"name\": \"weather\"}");
        List<String> ids = new ArrayList<>();
        for (Path p : reader.listFiles(root, root.resolve("out"))) ids.add(CorpusReader.relativePath(root, p));
        assertThat(ids).containsExactly("a.txt", "data/datapackage.json");
        List<String> withoutOut = new ArrayList<>();
        for (Path p : reader.listFiles(root)) withoutOut.add(CorpusReader.relativePath(root, p));
        assertThat(withoutOut).containsExactly("a.txt", "data/datapackage.json", "out/documents.csv");
    }

    @Test
    void symbolicLinksToFilesAreReadButDirectoryLinksAreNotFollowed() throws Exception {
        Path real = TestIngest.write(root.resolve("..").normalize(), "outside-" + System.nanoTime() + "/real.txt", "Linked\nText.");
        try {
            Files.createSymbolicLink(root.resolve("link.txt"), real);
            Files.createSymbolicLink(root.resolve("loop"), root);
        } catch (UnsupportedOperationException | java.io.IOException noLinks) {
            return; // file system without symbolic links
        }
        List<String> ids = new ArrayList<>();
        for (Path p : reader.listFiles(root)) ids.add(CorpusReader.relativePath(root, p));
        assertThat(ids).containsExactly("link.txt");
    }

    @Test
    void aSymbolicLinkLoopOrADanglingLinkBecomesAnErrorRowNamingItInsteadOfVanishing() throws Exception {
        TestIngest.write(root, "good.txt", "Title\nText.");
        try {
            Files.createSymbolicLink(root.resolve("ping.txt"), root.resolve("pong.txt"));
            Files.createSymbolicLink(root.resolve("pong.txt"), root.resolve("ping.txt"));
            Files.createSymbolicLink(root.resolve("gone.txt"), root.resolve("deleted-long-ago.txt"));
        } catch (UnsupportedOperationException | java.io.IOException noLinks) {
            return; // file system without symbolic links
        }
        List<String> ids = new ArrayList<>();
        for (Path p : reader.listFiles(root)) ids.add(CorpusReader.relativePath(root, p));
        assertThat(ids).containsExactly("gone.txt", "good.txt", "ping.txt", "pong.txt");
        DocumentFailure loop = reader.read(root, root.resolve("ping.txt")).failures().get(0);
        assertThat(loop.docId()).isEqualTo("ping.txt");
        assertThat(loop.error()).contains("ping.txt").containsIgnoringCase("symbolic link");
        DocumentFailure dangling = reader.read(root, root.resolve("gone.txt")).failures().get(0);
        assertThat(dangling.error()).contains("gone.txt");
    }

    @Test
    void docIdIsTheRelativePathWithSlashes() throws Exception {
        Path f = TestIngest.write(root, "2024/06/story.txt", "Headline\nBody text here.");
        Document d = reader.read(root, f).documents().get(0);
        assertThat(d.docId()).isEqualTo("2024/06/story.txt");
        assertThat(d.path()).isEqualTo("2024/06/story.txt");
    }

    @Test
    void windows1252FileIsReadWithAWarningOnTheDocument() throws Exception {
        byte[] bytes = "Caf\u00e9 owners protest\nThey said \u201cno\u201d.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Document d = reader.read(root, TestIngest.write(root, "cp.txt", bytes)).documents().get(0);
        assertThat(d.text()).isEqualTo("Café owners protest\nThey said “no”.");
        assertThat(d.warnings()).singleElement().asString().contains("windows-1252");
    }

    @Test
    void everyKindOfBadInputBecomesAFailureRowNamingTheFileAndTheProblem() throws Exception {
        TestIngest.write(root, "empty.txt", "");
        TestIngest.write(root, "binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        TestIngest.write(root, "nul.html", new byte[] {'<', 'p', '>', 0, 0, 0, 'x'});
        TestIngest.write(root, "truncated.json", "{\"title\": {\"rendered\": \"T\"}, \"content\": {\"rendered\": \"<p>cut");
        TestIngest.write(root, "nobody.html", "<html><head><title>T</title></head><body><script>x()</script></body></html>");
        TestIngest.write(root, "only-chrome.txt", "Listen to article\nAdvertisement\n");
        Path huge = root.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024); // sparse: no 50 MB written to disk
        }
        TestIngest.write(root, "good.txt", "A fine headline\nA fine first paragraph.");

        List<Document> docs = new ArrayList<>();
        List<DocumentFailure> failures = new ArrayList<>();
        for (Path f : reader.listFiles(root)) {
            IngestResult r = reader.read(root, f);
            docs.addAll(r.documents());
            failures.addAll(r.failures());
        }
        assertThat(docs).extracting(Document::docId).containsExactly("good.txt");
        assertThat(failures).allSatisfy(f -> {
            assertThat(f.stage()).isEqualTo("ingest");
            assertThat(f.error()).contains(f.docId());
        });
        assertThat(failures).extracting(f -> f.docId() + " -> " + f.error().replaceAll(":.*", "")).containsExactly(
                "binary.txt -> binary file",
                "empty.txt -> empty file",
                "huge.txt -> file too large",
                "nobody.html -> HTML has no body text",
                "nul.html -> binary file",
                "only-chrome.txt -> no article text",
                "truncated.json -> truncated JSON");
        assertThat(failures.get(2).error()).contains("50.0 MB", "10.0 MB");
        assertThat(failures.get(5).error()).contains("site chrome");
    }

    @Test
    void maxFileSizeIsConfigurable() throws Exception {
        Path f = TestIngest.write(root, "small.txt", "Headline\n" + "word ".repeat(100));
        CorpusReader tight = new CorpusReader(TestIngest.config().withMaxFileBytes(100));
        assertThat(tight.read(root, f).failures()).singleElement()
                .satisfies(x -> assertThat(x.error()).contains("file too large"));
        assertThat(reader.read(root, f).documents()).hasSize(1);
    }

    @Test
    void configFingerprintFollowsTheConfiguration() {
        IngestConfig c = TestIngest.config();
        assertThat(c.fingerprint()).isEqualTo(TestIngest.config().fingerprint()).startsWith("ingest-");
        assertThat(c.withMaxFileBytes(5).fingerprint()).isNotEqualTo(c.fingerprint());
        IngestConfig fewerMarkers = new IngestConfig(ChromeMarkers.parse(java.util.List.of("line X"), "t"),
                c.embedClasses(), c.htmlDropSelectors(), c.maxFileBytes(), c.minCharsBeforeTrailer(), c.ignoredFileNames());
        assertThat(fewerMarkers.fingerprint()).isNotEqualTo(c.fingerprint());
    }

    @Test
    void invalidDropSelectorIsASetupErrorNamingIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HtmlBlockExtractor(java.util.Set.of(), java.util.List.of("div[")))
                .hasMessageContaining("div[").hasMessageContaining("html-drop.txt");
    }

    @Test
    void missingFileIsAFailureNotAnException() {
        IngestResult r = reader.read(root, root.resolve("gone.txt"));
        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.error()).contains("gone.txt"));
    }

    @Test
    void missingCorpusDirectoryIsAClearSetupError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.listFiles(root.resolve("nope")))
                .hasMessageContaining("corpus directory not found");
        assertThat(Files.exists(root)).isTrue();
    }

    @Test
    void aJsonFileHoldingABareValueIsAnErrorNotAOneWordArticle() throws Exception {
        for (String value : new String[] {"42", "null", "true", "\"just a string\""}) {
            Path f = TestIngest.write(root, "bare-" + value.replace("\"", "") .replace(' ', '_') + ".json", value);
            IngestResult r = reader.read(root, f);
            assertThat(r.documents()).as(value).isEmpty();
            assertThat(r.failures()).as(value).singleElement().satisfies(x ->
                    assertThat(x.error()).contains("unsupported JSON").contains(f.getFileName().toString()));
        }
        Path lines = TestIngest.write(root, "bare.jsonl", "7\nnull\n");
        IngestResult r = reader.read(root, lines);
        assertThat(r.documents()).isEmpty();
        assertThat(r.failures()).isNotEmpty().allSatisfy(x -> assertThat(x.error()).contains("expected a JSON object"));
        // a plain number in a .txt file is still text
        assertThat(reader.read(root, TestIngest.write(root, "n.txt", "42 reasons\nThe list.")).documents()).hasSize(1);
    }
}
