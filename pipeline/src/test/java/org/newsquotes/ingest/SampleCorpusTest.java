package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.Document;
import org.newsquotes.record.Removal;
import org.newsquotes.record.SourceFormat;

/**
 * Chrome removal on the four sample documents of {@code corpus/}: the text must start and end at the article lines
 * the seed gold README gives (line numbers below), and every cut must be recorded. Expectations are derived from
 * the corpus files by line number, so no article sentence is copied into the test.
 */
class SampleCorpusTest {
    private static final Path CORPUS = Path.of("..", "corpus");
    private final CorpusReader reader = TestIngest.reader();

    private Document read(String name) {
        IngestResult r = reader.read(CORPUS, CORPUS.resolve(name));
        assertThat(r.failures()).isEmpty();
        assertThat(r.documents()).hasSize(1);
        return r.documents().get(0);
    }

    private static List<String> lines(String name) throws Exception {
        return Files.readAllLines(CORPUS.resolve(name), StandardCharsets.UTF_8);
    }

    /** Lines {@code from..to} (1-based, inclusive) minus the {@code dropped} ones, stripped, joined by newlines. */
    private static String article(List<String> lines, int from, int to, int... dropped) {
        return IntStream.rangeClosed(from, to)
                .filter(n -> IntStream.of(dropped).noneMatch(d -> d == n))
                .mapToObj(n -> lines.get(n - 1).strip())
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    /** Offset of the start of 1-based line {@code n} in the file's text. */
    private static int lineStart(List<String> lines, int n) {
        int at = 0;
        for (int i = 0; i < n - 1; i++) at += lines.get(i).length() + 1;
        return at;
    }

    @Test
    void listsTheFourSamplesInOrder() throws Exception {
        assertThat(reader.listFiles(CORPUS)).extracting(p -> p.getFileName().toString()).containsExactly(
                "000_fe7b2f415766e588.txt", "001_9cbe978b5caa4335.txt", "002_bb3a9db9ca89765c.txt",
                "004_c2dcc63bf75d397e.txt");
    }

    @Test
    void doc000KeepsLines2To20AndCutsTheTrailerFromLine21() throws Exception {
        String name = "000_fe7b2f415766e588.txt";
        List<String> lines = lines(name);
        Document d = read(name);
        assertThat(d.text()).isEqualTo(article(lines, 2, 20));
        assertThat(d.title()).isEqualTo(lines.get(1).strip());
        assertThat(d.blocks().get(0).kind()).isEqualTo(BlockKind.TITLE);
        assertThat(d.removed()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("trailer:Hashtags");
            assertThat(r.sourceStart()).isEqualTo(lineStart(lines, 21));
            assertThat(r.at()).isEqualTo(d.text().length());
        });
        assertThat(d.removedChars()).isGreaterThan(5000);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void doc001DropsListenReadMoreAlsoReadAndTheTrailer() throws Exception {
        String name = "001_9cbe978b5caa4335.txt";
        List<String> lines = lines(name);
        Document d = read(name);
        assertThat(d.text()).isEqualTo(article(lines, 2, 25, 3, 10, 18));
        assertThat(d.removed()).extracting(Removal::reason).containsExactly(
                "line:Listen to article", "line-prefix:Read more:", "line-prefix:Also read:", "trailer:Hashtags");
        assertThat(d.removed()).extracting(Removal::sourceStart).containsExactly(
                lineStart(lines, 3), lineStart(lines, 10), lineStart(lines, 18), lineStart(lines, 26));
        assertThat(d.removed().get(1).at()).isEqualTo(d.text().indexOf(lines.get(10).strip()));
        assertThat(d.removedChars()).isGreaterThan(5000);
    }

    @Test
    void doc002KeepsLines1To13WithSubHeadingsAndCutsFromLireAussi() throws Exception {
        String name = "002_bb3a9db9ca89765c.txt";
        List<String> lines = lines(name);
        Document d = read(name);
        assertThat(d.text()).isEqualTo(article(lines, 1, 13));
        assertThat(d.blocks()).extracting(b -> b.kind()).containsExactly(BlockKind.TITLE, BlockKind.PARAGRAPH,
                BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        assertThat(d.removed()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("trailer:Lire aussi");
            assertThat(r.sourceStart()).isEqualTo(lineStart(lines, 14));
        });
        assertThat(d.removedChars()).isGreaterThan(400);
    }

    @Test
    void doc004IsTitleRenderedPlusContentUpToTheLastParagraph() throws Exception {
        String name = "004_c2dcc63bf75d397e.txt";
        var post = new ObjectMapper().readTree(CORPUS.resolve(name).toFile());
        String content = post.at("/content/rendered").asText();
        var paragraphs = Jsoup.parseBodyFragment(content).select("p");
        Document d = read(name);
        assertThat(d.format()).isEqualTo(SourceFormat.WORDPRESS_JSON);
        assertThat(d.title()).isEqualTo(post.at("/title/rendered").asText());
        assertThat(d.date()).isEqualTo(post.get("date_gmt").asText());
        assertThat(d.url()).isEqualTo(post.get("link").asText());
        assertThat(d.text()).startsWith(post.at("/title/rendered").asText() + "\n" + paragraphs.get(0).text());
        assertThat(d.text()).endsWith("\n" + paragraphs.last().text());
        String first = paragraphs.get(0).text();
        assertThat(d.text().indexOf(first)).as("excerpt not repeated").isEqualTo(d.text().lastIndexOf(first));
        assertThat(d.text()).contains("\u00a0");
        assertThat(d.blocks()).extracting(b -> b.kind()).contains(BlockKind.CAPTION, BlockKind.EMBED, BlockKind.HEADING);
        assertThat(d.blocks().stream().filter(b -> b.kind() == BlockKind.CAPTION)).hasSize(2);
        assertThat(d.blocks().stream().filter(b -> b.kind() == BlockKind.EMBED)).singleElement()
                .satisfies(b -> assertThat(b.span().of(d.text())).contains("\n— ").contains("(@"));
        assertThat(d.removed()).isEmpty();
        assertThat(d.warnings()).singleElement().asString().contains("extension .txt", "JSON");
    }

    @Test
    void oneReaderSharedByThreadsGivesTheSameDocuments() throws Exception {
        List<Path> files = reader.listFiles(CORPUS);
        List<Document> sequential = files.stream().flatMap(f -> reader.read(CORPUS, f).documents().stream()).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<IngestResult>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (Path f : files) futures.add(pool.submit(() -> reader.read(CORPUS, f)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get().documents()).containsExactly(sequential.get(i % files.size()));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void blocksCoverTheTextExactlyJoinedByNewlines() throws Exception {
        for (Path f : reader.listFiles(CORPUS)) {
            for (Document d : reader.read(CORPUS, f).documents()) {
                String rebuilt = d.blocks().stream().map(b -> b.span().of(d.text())).collect(Collectors.joining("\n"));
                assertThat(rebuilt).as(d.docId()).isEqualTo(d.text());
            }
        }
    }
}
