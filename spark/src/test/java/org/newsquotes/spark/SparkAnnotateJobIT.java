package org.newsquotes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.runner.LocalRunner;
import org.newsquotes.runner.RunConfig;
import org.newsquotes.runner.RunSummary;

/**
 * The Spark job in local mode against the local runner, in one JVM (so both share one CoreNLP pipeline): on the
 * sample corpus plus a few files that exercise ids and failures, every CSV table, the data package and every
 * per-document JSON file must be byte-identical. The Spark run has every first attempt of a phase-1 task killed
 * after its first record ({@link FaultInjection}), so the comparison also proves retries add no duplicate rows.
 */
class SparkAnnotateJobIT {
    @TempDir static Path tmp;
    static Path corpus;
    static Path localOut;
    static Path sparkOut;
    static RunSummary localSummary;
    static Path sparkJsonlOut;
    static SparkAnnotateJob.SparkRunSummary sparkSummary;

    @BeforeAll
    static void runBoth() throws Exception {
        corpus = tmp.resolve("corpus");
        copyTree(Path.of("../corpus"), corpus);
        // a name Hadoop input formats would skip, a subdirectory, JSON Lines ids, and bad input of several kinds
        write("sub/_briefing.txt", "City hall update\nMara Velden, the mayor of Brackton, said on Monday that "
                + "\"the bridge will reopen in May\". Velden told the Brackton Courier that repairs were on budget.\n");
        write("feed.jsonl", "{\"title\": \"Harbour\", \"text\": \"Officials in Lunport said the harbour stays open.\"}\n"
                + "{\"title\": \"broken\", \"text\": \n");
        write("broken.json", "{\"title\": {\"rendered\": \"A cut-off post\"}, \"content\": {\"rendered\": \"<p>Half");
        write("empty.txt", "");
        // a document in a language the run does not annotate: skipped on both runners, and no failure
        write("fr/pont.txt", "Le pont rouvrira en mai\nLe conseil municipal a approuvé mardi le budget de réparation "
                + "du pont, qui rouvrira en mai selon la maire. Les travaux ont coûté moins que prévu, a-t-elle déclaré "
                + "aux journalistes, ajoutant que la circulation resterait limitée pendant deux semaines.\n");
        write(".hidden.txt", "never read");
        // the corpus's own metadata: dates and outlets the .txt files lack (never read as an article itself)
        write("metadata.csv", "file,publication_date,publisher,desk\n"
                + "000_fe7b2f415766e588,2025-07-08,Outlet A,world\n001_9cbe978b5caa4335.txt,2025-07-09,Outlet B,\n"
                + "sub/_briefing.txt,2025-07-10,Courier,city\n");
        write(".git/config", "never read either");

        localOut = tmp.resolve("local-out");
        sparkOut = tmp.resolve("spark-out");
        RunConfig local = RunConfig.defaults(corpus, localOut).withThreads(2).withProgress(false);
        localSummary = new LocalRunner(local, new PrintStream(OutputStream.nullOutputStream())).run();

        SparkConf conf = new SparkConf().setMaster("local[2,4]").setAppName("newsquotes-it")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            sc.setLocalProperty(FaultInjection.PROPERTY, "true");
            sparkSummary = new SparkAnnotateJob(SparkJobConfig.defaults(corpus.toString(), sparkOut.toString())
                    .withPartitions(3)).run(sc);
            // the same job writing its per-document JSON as JSON Lines part files (CoreNLP is loaded already)
            sparkJsonlOut = tmp.resolve("spark-jsonl-out");
            new SparkAnnotateJob(SparkJobConfig.defaults(corpus.toString(), sparkJsonlOut.toString()).withPartitions(3)
                    .withJson(SparkJobConfig.JsonLayout.JSONL)).run(sc);
        }
    }

    @AfterAll
    static void report() {
        System.err.println("local: " + localSummary.oneLine());
        System.err.println("spark: " + sparkSummary.oneLine());
    }

    @Test
    void everyTableEqualsTheLocalRunners() throws IOException {
        Map<String, String> localTables = files(localOut, 1);
        // run.json is the local runner's report of its own run (timings, cache use), not a table
        localTables.remove("run.json");
        assertThat(localTables.keySet()).containsExactlyInAnyOrder("documents.csv", "mentions.csv", "quotes.csv",
                "statements.csv", "entities.csv", "entity_documents.csv", "errors.csv", "datapackage.json");
        // the comparison covers statements across outlets and the metadata file
        assertThat(localTables.get("statements.csv")).contains(",3,3,3,2025-07-08,000_fe7b2f415766e588.txt,");
        assertThat(localTables.get("documents.csv")).contains("Outlet B").doesNotContain("metadata.csv");
        Map<String, String> sparkTables = files(sparkOut, 1);
        assertThat(sparkTables.keySet()).isEqualTo(localTables.keySet());
        for (String name : localTables.keySet()) {
            assertThat(sparkTables.get(name)).as(name).isEqualTo(localTables.get(name));
        }
    }

    @Test
    void everyDocumentJsonEqualsTheLocalRunners() throws IOException {
        Map<String, String> local = files(localOut.resolve("json"), Integer.MAX_VALUE);
        assertThat(local).hasSize(6); // the 4 sample articles, the briefing, the good JSON Lines record
        assertThat(files(sparkOut.resolve("json"), Integer.MAX_VALUE)).isEqualTo(local);
    }

    @Test
    void jsonLinesPartFilesHoldEveryDocumentJsonOnceOneALine() throws IOException {
        Map<String, String> local = files(localOut.resolve("json"), Integer.MAX_VALUE);
        List<Path> parts;
        try (var s = Files.list(sparkJsonlOut.resolve("json"))) {
            parts = s.sorted().toList();
        }
        assertThat(parts).isNotEmpty().allMatch(p -> p.getFileName().toString().matches("part-\\d{5}\\.jsonl"));
        Map<String, String> fromLines = new java.util.TreeMap<>();
        for (Path part : parts) {
            for (String line : Files.readAllLines(part, java.nio.charset.StandardCharsets.UTF_8)) {
                var doc = org.newsquotes.output.DocumentJson.fromBytes(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                String id = doc.docId();
                assertThat(fromLines.put(id, new String(org.newsquotes.output.DocumentJson.toBytes(doc),
                        java.nio.charset.StandardCharsets.UTF_8))).as("once: " + id).isNull();
            }
        }
        // every document the local runner wrote a file for, with the same content, and nothing else
        Map<String, String> localById = new java.util.TreeMap<>();
        for (String json : local.values()) {
            var doc = org.newsquotes.output.DocumentJson.fromBytes(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            localById.put(doc.docId(), json);
        }
        assertThat(fromLines).isEqualTo(localById);
        // and the tables are the same as with one file per document
        assertThat(Files.readString(sparkJsonlOut.resolve("quotes.csv"))).isEqualTo(Files.readString(sparkOut.resolve("quotes.csv")));
    }

    @Test
    void theComparisonCoversFailuresAndOddNames() throws IOException {
        List<String> documents = Files.readAllLines(sparkOut.resolve("documents.csv"));
        assertThat(documents).anyMatch(l -> l.startsWith("sub/_briefing.txt,"))
                .anyMatch(l -> l.startsWith("feed.jsonl#1,"))
                .noneMatch(l -> l.contains("hidden") || l.contains(".git"));
        String errors = Files.readString(sparkOut.resolve("errors.csv"));
        assertThat(errors).contains("broken.json,ingest,").contains("empty.txt,ingest,").contains("feed.jsonl#2,ingest,");
        assertThat(sparkSummary.failedDocuments()).isEqualTo(localSummary.failedDocuments()).isEqualTo(3);
        assertThat(documents).anyMatch(l -> l.startsWith("fr/pont.txt,") && l.contains(",fr,") && l.contains(",skipped,"));
        assertThat(errors).doesNotContain("fr/pont.txt");
        assertThat(localSummary.skippedDocuments()).isEqualTo(1);
        assertThat(sparkSummary.documents()).isEqualTo(localSummary.documents());
    }

    private static void write(String rel, String content) throws IOException {
        Path p = corpus.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    /** Relative path to content of every regular, non-hidden file under {@code dir} down to {@code depth}. */
    private static Map<String, String> files(Path dir, int depth) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir, depth)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!p.getFileName().toString().startsWith(".")) out.put(rel, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
