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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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
    static Path parquetOut;
    static Map<String, List<String>> parquetTables;
    static Map<String, StructType> parquetSchemas;
    static Map<String, List<String>> apiQuotes;
    static List<String> apiDocuments;
    static List<String> apiErrors;
    static StructType apiDocumentsSchema;
    static List<String> apiRefusals;
    static Map<String, List<String>> apiWritten;

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
        new LocalRunner(local, new PrintStream(OutputStream.nullOutputStream())).run();
        // annotators' decisions, then the run again: quotes.csv carries them, on both runners
        List<org.newsquotes.record.AnnotatedDocument> docs = org.newsquotes.review.OutputDocuments.load(localOut);
        org.newsquotes.review.ReviewSession session = new org.newsquotes.review.ReviewSession(docs,
                org.newsquotes.review.ReviewJournal.inOutput(localOut), java.time.Clock.systemUTC());
        var reviewed = docs.stream().filter(d -> d.docId().equals("000_fe7b2f415766e588.txt")).findFirst().orElseThrow();
        session.decide("ana", reviewed.docId(), reviewed.quotes().get(0).id(), org.newsquotes.review.ReviewAction.REJECT,
                null, null, null);
        session.decide("bo", reviewed.docId(), reviewed.quotes().get(1).id(), org.newsquotes.review.ReviewAction.ACCEPT,
                null, null, null);
        localSummary = new LocalRunner(local, new PrintStream(OutputStream.nullOutputStream())).run();
        Path journal = org.newsquotes.review.ReviewJournal.inOutput(localOut).file();

        SparkConf conf = new SparkConf().setMaster("local[2,4]").setAppName("newsquotes-it")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        sparkJsonlOut = tmp.resolve("spark-jsonl-out");
        parquetOut = tmp.resolve("spark-parquet-out");
        for (Path out : List.of(sparkOut, sparkJsonlOut, parquetOut)) {
            Path j = org.newsquotes.review.ReviewJournal.inOutput(out).file();
            Files.createDirectories(j.getParent());
            Files.copy(journal, j);
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            sc.setLocalProperty(FaultInjection.PROPERTY, "true");
            sparkSummary = new SparkAnnotateJob(SparkJobConfig.defaults(corpus.toString(), sparkOut.toString())
                    .withPartitions(3).withTables(TableFormat.CSV)).run(sc);
            sc.setLocalProperty(FaultInjection.PROPERTY, null);
            // the same job writing its per-document JSON as JSON Lines part files (CoreNLP is loaded already)
            new SparkAnnotateJob(SparkJobConfig.defaults(corpus.toString(), sparkJsonlOut.toString()).withPartitions(3)
                    .withJson(SparkJobConfig.JsonLayout.JSONL).withTables(TableFormat.CSV)).run(sc);
            // the default: Parquet tables written by the executors, compared as row sets
            SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
            new SparkAnnotateJob(SparkJobConfig.defaults(corpus.toString(), parquetOut.toString()).withPartitions(2)
                    .withJson(SparkJobConfig.JsonLayout.NONE)).run(spark);
            parquetTables = new TreeMap<>();
            parquetSchemas = new TreeMap<>();
            for (String table : AnnotationTables.names()) {
                Dataset<Row> df = spark.read().parquet(parquetOut.resolve(table + ".parquet").toString());
                parquetSchemas.put(table, df.schema());
                parquetTables.put(table, rowStrings(df.collectAsList()));
            }
            dataFrameApi(spark);
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
        // annotators' decisions are applied on the executors as the local runner applies them
        assertThat(localTables.get("quotes.csv")).contains(",rejected,").contains(",accepted,");
        assertThat(Files.readString(sparkOut.resolve("review/orphans.csv")))
                .isEqualTo(Files.readString(localOut.resolve("review/orphans.csv")));
        Map<String, String> sparkTables = files(sparkOut, 1);
        assertThat(sparkTables.keySet()).isEqualTo(localTables.keySet());
        for (String name : localTables.keySet()) {
            assertThat(sparkTables.get(name)).as(name).isEqualTo(localTables.get(name));
        }
    }

    @Test
    void parquetTablesHoldTheLocalRunnersRowsWithTypedColumns() throws IOException {
        assertThat(parquetTables.keySet()).containsExactlyInAnyOrderElementsOf(AnnotationTables.names());
        for (String table : AnnotationTables.names()) {
            List<String> local = csvRows(localOut.resolve(table + ".csv"));
            assertThat(parquetTables.get(table)).as(table).containsExactlyInAnyOrderElementsOf(local);
        }
        assertThat(parquetTables.get("quotes")).hasSizeGreaterThan(50);
        // typed as the local runner's Parquet export: integers as long, numbers as double, booleans
        assertThat(parquetSchemas.get("quotes").apply("confidence").dataType()).isEqualTo(DataTypes.DoubleType);
        assertThat(parquetSchemas.get("quotes").apply("start").dataType()).isEqualTo(DataTypes.LongType);
        assertThat(parquetSchemas.get("entities").apply("outlet").dataType()).isEqualTo(DataTypes.BooleanType);
        assertThat(parquetSchemas.get("documents").fieldNames()).contains("meta_desk");
        // no CSV and no data package beside the Parquet tables, no parts left behind
        try (Stream<Path> files = Files.list(parquetOut)) {
            // beside the tables: the annotators' review/ directory this run applied
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("review")))
                    .allMatch(n -> n.endsWith(".parquet"))
                    .hasSize(AnnotationTables.names().size());
        }
    }

    @Test
    void csvPartsAreJoinedAndRemoved() {
        assertThat(sparkOut.resolve(TableFiles.PARTS_DIR)).doesNotExist();
        assertThat(sparkOut.resolve("quotes.parquet")).doesNotExist();
    }

    @Test
    void theDataFrameApiAnnotatesRowsAsTheDirectoryRunAnnotatesFiles() throws IOException {
        // the four sample articles given as rows (title line apart): the same quotes, kinds and speakers
        Map<String, List<String>> local = new TreeMap<>();
        for (String row : csvRows(localOut.resolve("quotes.csv"), List.of("doc_id", "kind", "text", "speaker"))) {
            String doc = row.substring(0, row.indexOf('\u0001'));
            if (doc.matches("00\\d_.*\\.txt")) local.computeIfAbsent(doc, k -> new java.util.ArrayList<>()).add(row);
        }
        assertThat(local).hasSize(4);
        for (List<String> l : local.values()) java.util.Collections.sort(l);
        assertThat(apiQuotes).isEqualTo(local);
        // a row with no text is a failed document and an errors row naming it; other columns pass through
        assertThat(apiDocuments).hasSize(5)
                .anyMatch(r -> r.startsWith("no-text\u0001") && r.contains("\u0001failed\u0001"))
                .anyMatch(r -> r.startsWith("000_fe7b2f415766e588.txt\u0001") && r.contains("\u0001record\u0001")
                        && r.contains("\u0001world") && r.contains("\u0001Outlet A\u0001"));
        assertThat(apiErrors).singleElement().satisfies(e -> assertThat(e).startsWith("no-text\u0001ingest\u0001"));
        assertThat(apiDocumentsSchema.fieldNames()).endsWith("meta_desk");
        // the contract's breaches are refused before any annotation, naming the problem
        assertThat(apiRefusals).hasSize(3);
        assertThat(apiRefusals.get(0)).contains("no text column");
        assertThat(apiRefusals.get(1)).contains("doc_id '001_9cbe978b5caa4335.txt' on 2 rows");
        assertThat(apiRefusals.get(2)).contains("no doc_id");
        // and the result writes as the job writes: Parquet from the executors
        assertThat(apiWritten.get("quotes")).containsExactlyInAnyOrderElementsOf(
                apiQuotes.values().stream().flatMap(List::stream).toList());
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

    /** The DataFrame API on the sample articles, plus rows that break or bend the contract. */
    private static void dataFrameApi(SparkSession spark) throws IOException {
        StructType schema = new StructType().add("doc_id", DataTypes.StringType).add("title", DataTypes.StringType)
                .add("text", DataTypes.StringType).add("outlet", DataTypes.StringType).add("Desk", DataTypes.StringType);
        List<Row> rows = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("../corpus"))) {
            for (Path p : s.sorted().toList()) {
                String all = Files.readString(p, StandardCharsets.UTF_8).strip();
                String name = p.getFileName().toString();
                String title;
                String text;
                if (all.startsWith("{")) { // a WordPress post: its rendered title and HTML content
                    var post = new com.fasterxml.jackson.databind.ObjectMapper().readTree(all);
                    title = post.path("title").path("rendered").asText();
                    text = post.path("content").path("rendered").asText();
                } else { // a text file: its first line is the title
                    int nl = all.indexOf('\n');
                    title = all.substring(0, nl);
                    text = all.substring(nl + 1);
                }
                rows.add(RowFactory.create(name, title, text, name.startsWith("000") ? "Outlet A" : null,
                        name.startsWith("000") ? "world" : null));
            }
        }
        rows.add(RowFactory.create("no-text", "A headline alone", null, null, null));
        java.util.Collections.reverse(rows); // the input's order does not matter
        Dataset<Row> input = spark.createDataFrame(rows, schema).repartition(3);
        try (AnnotationTables t = NewsQuotes.annotate(input, NewsQuotes.Options.defaults().withPartitions(2))) {
            apiQuotes = new TreeMap<>();
            for (Row r : t.quotes().select("doc_id", "kind", "text", "speaker").collectAsList()) {
                String row = rowString(r);
                apiQuotes.computeIfAbsent(r.getString(0), k -> new java.util.ArrayList<>()).add(row);
            }
            for (List<String> l : apiQuotes.values()) java.util.Collections.sort(l);
            apiDocuments = rowStrings(t.documents().collectAsList());
            apiDocumentsSchema = t.documents().schema();
            apiErrors = rowStrings(t.errors().collectAsList());
            Path out = tmp.resolve("api-out");
            t.write(out.toString());
            apiWritten = new TreeMap<>();
            apiWritten.put("quotes", rowStrings(spark.read().parquet(out.resolve("quotes.parquet").toString())
                    .select("doc_id", "kind", "text", "speaker").collectAsList()));
        }
        apiRefusals = new java.util.ArrayList<>();
        for (Dataset<Row> bad : List.of(input.drop("text"), input.union(input.filter("doc_id = '001_9cbe978b5caa4335.txt'")),
                input.withColumn("doc_id", org.apache.spark.sql.functions.when(
                        org.apache.spark.sql.functions.col("doc_id").equalTo("no-text"), " ")
                        .otherwise(org.apache.spark.sql.functions.col("doc_id"))))) {
            try {
                NewsQuotes.annotate(bad).close();
                apiRefusals.add("accepted");
            } catch (IllegalArgumentException e) {
                apiRefusals.add(e.getMessage());
            }
        }
    }

    /** A row's cells as the CSV writes them, joined with U+0001. */
    static String rowString(Row r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            if (i > 0) sb.append('\u0001');
            Object v = r.get(i);
            sb.append(v instanceof Double d ? org.newsquotes.output.Cells.formatNumber(d)
                    : org.newsquotes.output.Cells.format(v));
        }
        return sb.toString();
    }

    static List<String> rowStrings(List<Row> rows) {
        return rows.stream().map(SparkAnnotateJobIT::rowString).toList();
    }

    /** The data rows of a CSV table, each row's cells joined with U+0001. */
    static List<String> csvRows(Path csv) throws IOException {
        return csvRows(csv, null);
    }

    /** The data rows of a CSV table, only {@code columns} (all when null), each row's cells joined with U+0001. */
    static List<String> csvRows(Path csv, List<String> columns) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            List<String> names = columns == null ? parser.getHeaderNames() : columns;
            for (var rec : parser) {
                out.add(String.join("\u0001", names.stream().map(rec::get).toList()));
            }
        }
        return out;
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
