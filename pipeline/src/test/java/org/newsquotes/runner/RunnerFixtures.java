package org.newsquotes.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsquotes.testing.FakeNlpStage;

/** A generated corpus and helpers to run the local runner over it with a {@link FakeNlpStage}. */
final class RunnerFixtures {
    private static final String[] NAMES = {"Anna Petrova", "Hugo Brandt", "Mei Lin", "Omar Haddad", "Sara Kowalski",
            "NATO", "Jonas Berg", "Lucia Ferri"};
    private static final String[] PLACES = {"Geneva", "Lisbon", "Tallinn", "Accra", "Quito"};

    private RunnerFixtures() {}

    /** Writes {@code n} small articles (text and one JSON Lines file of three) under {@code dir}; deterministic. */
    static Path corpus(Path dir, int n) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        for (int i = 0; i < n; i++) {
            Path f = (i % 3 == 0 ? dir.resolve("sub") : dir).resolve(String.format(Locale.ROOT, "article-%03d.txt", i));
            Files.writeString(f, article(i), StandardCharsets.UTF_8);
        }
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            jsonl.append("{\"title\": \"Wire story ").append(i).append("\", \"text\": \"")
                    .append(article(100 + i).replace("\n", "\\n").replace("\"", "\\\"")).append("\"}\n");
        }
        Files.writeString(dir.resolve("wire.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);
        return dir;
    }

    static String article(int i) {
        String who = NAMES[i % NAMES.length];
        String other = NAMES[(i * 3 + 1) % NAMES.length];
        String where = PLACES[i % PLACES.length];
        return "Talks resume in " + where + " on day " + i + "\n"
                + "The minister " + who + " said on Monday that the talks in " + where + " would go on. "
                + "Officials close to " + other + " disagreed.\n"
                + "\u201cWe will not give up,\u201d " + who + " told reporters after meeting " + other + ". "
                + "Later " + who.split(" ")[0] + " repeated the point in a statement number " + (i * 7) + ".\n";
    }

    static RunConfig config(Path corpus, Path out, int threads) {
        return RunConfig.defaults(corpus, out).withThreads(threads).withProgress(false);
    }

    /** Runs with the given fake stage and returns the summary. */
    static RunSummary run(RunConfig config, FakeNlpStage fake) throws Exception {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new LocalRunner(config, quiet, c -> Stages.build(c, (cc, models) -> fake)).run();
    }

    static RunConfig withTimeLimit(RunConfig c, Duration limit, int maxChars) {
        return c.withLimits(limit, maxChars);
    }

    /** Every file under {@code dir} except run.json and the JSON manifest, by relative path, with its bytes. */
    static Map<String, byte[]> tree(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(p)) continue;
                String rel = dir.relativize(p).toString().replace('\\', '/');
                // run.json records timings; the JSON manifest records file times: both differ between equal runs
                if (rel.equals(RunReport.FILE) || rel.equals(DocumentCache.DIR + "/" + JsonManifest.FILE)) continue;
                out.put(rel, Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** Asserts that both directories hold the same files with the same bytes (run.json aside). */
    static void assertSameTree(Path expected, Path actual) throws IOException {
        Map<String, byte[]> a = tree(expected);
        Map<String, byte[]> b = tree(actual);
        assertThat(b.keySet()).as("files of " + actual).containsExactlyElementsOf(a.keySet());
        for (String k : a.keySet()) {
            assertThat(new String(b.get(k), StandardCharsets.UTF_8)).as(k)
                    .isEqualTo(new String(a.get(k), StandardCharsets.UTF_8));
            assertThat(b.get(k)).as(k).isEqualTo(a.get(k));
        }
    }
}
