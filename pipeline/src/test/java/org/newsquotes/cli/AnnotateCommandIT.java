package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end through the CLI, on the real CoreNLP pipeline (shared per JVM). */
class AnnotateCommandIT {
    private static final Path SAMPLE = Path.of("..", "corpus");

    @Test
    void annotatesTheSampleCorpusIntoEveryTable(@TempDir Path out) throws IOException {
        int exit = Main.run("annotate", SAMPLE.toString(), "--out", out.toString(), "--no-progress");
        assertThat(exit).isEqualTo(Main.OK);
        List<CSVRecord> docs = read(out.resolve("documents.csv"));
        assertThat(docs).extracting(r -> r.get("doc_id")).containsExactly(
                "000_fe7b2f415766e588.txt", "001_9cbe978b5caa4335.txt", "002_bb3a9db9ca89765c.txt", "004_c2dcc63bf75d397e.txt");
        assertThat(docs).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("ok");
            assertThat(Integer.parseInt(r.get("tokens"))).isGreaterThan(300);
            assertThat(Integer.parseInt(r.get("mentions"))).isGreaterThan(20);
        });
        assertThat(docs.get(3).get("format")).isEqualTo("wordpress-json");
        assertThat(docs.get(3).get("url")).isEqualTo("https://iranreport.org/?p=8662");
        assertThat(Integer.parseInt(docs.get(0).get("removed_chars"))).isGreaterThan(1000);
        for (String table : List.of("mentions.csv", "quotes.csv", "entities.csv", "errors.csv", "datapackage.json")) {
            assertThat(out.resolve(table)).exists();
        }
        assertThat(read(out.resolve("errors.csv"))).isEmpty();
        for (CSVRecord d : docs) assertThat(out.resolve("json/" + d.get("doc_id") + ".json")).isRegularFile();
        // every mention row points at its text in the document
        List<CSVRecord> mentions = read(out.resolve("mentions.csv"));
        assertThat(mentions).extracting(r -> r.get("text")).contains("Esmaeil Baghaei", "Fordow");
        String csv = Files.readString(out.resolve("mentions.csv"), StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("\r\n");
    }

    @Test
    void badInputBecomesErrorRowsAndTheRestIsStillWritten(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("good.txt"), "Strike ends\nThe union said the strike in Leeds was over.\n");
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 0, 0, 0});
        Files.writeString(corpus.resolve("truncated.json"), "{\"title\": {\"rendered\": \"Cut\"}, \"content\": {\"rend");
        Files.writeString(corpus.resolve("nobody.html"), "<html><head><title>t</title></head><body></body></html>");
        try (RandomAccessFile big = new RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        Path out = dir.resolve("out");
        int exit = Main.run("annotate", corpus.toString(), "--out", out.toString(), "--no-progress");
        assertThat(exit).isEqualTo(Main.SOME_FAILED);

        Map<String, String> errors = read(out.resolve("errors.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("doc_id"), r -> r.get("stage") + ": " + r.get("error")));
        assertThat(errors).containsOnlyKeys("empty.txt", "binary.txt", "truncated.json", "nobody.html", "huge.txt");
        assertThat(errors.values()).allSatisfy(e -> assertThat(e).startsWith("ingest: "));
        assertThat(errors.get("empty.txt")).containsIgnoringCase("empty");
        assertThat(errors.get("huge.txt")).containsIgnoringCase("MB");

        Map<String, String> status = read(out.resolve("documents.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("doc_id"), r -> r.get("status")));
        assertThat(status).containsEntry("good.txt", "ok").containsEntry("huge.txt", "failed").hasSize(6);
        assertThat(read(out.resolve("mentions.csv"))).extracting(r -> r.get("text")).contains("Leeds");
    }

    @Test
    void missingCorpusIsASetupErrorNotACrash(@TempDir Path dir) {
        assertThat(Main.run("annotate", dir.resolve("nope").toString(), "--out", dir.resolve("o").toString()))
                .isEqualTo(Main.SETUP);
    }

    @Test
    void aFileGivenAsTheCorpusIsReadAsOneDocumentAndTheSummaryNamesOutputAndErrors(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("strike.txt"), "Strike ends\nThe union said the strike in Leeds was over.\n");
        Path out = dir.resolve("out");
        Captured run = capture(() -> Main.run("annotate", file.toString(), "-o", out.toString(), "--no-progress"));
        assertThat(run.code).isEqualTo(Main.OK);
        assertThat(read(out.resolve("documents.csv"))).extracting(r -> r.get("doc_id")).containsExactly("strike.txt");
        assertThat(run.err).contains("output: " + out.toAbsolutePath().normalize()).doesNotContain("errors.csv");

        // a failing document: the summary points at errors.csv, --verbose lists it, --quiet says nothing
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[0]);
        Captured failing = capture(() -> Main.run("annotate", bad.toString(), "-o", dir.resolve("o2").toString(),
                "--no-progress", "--verbose"));
        assertThat(failing.code).isEqualTo(Main.SOME_FAILED);
        assertThat(failing.err).contains("1 document failed: see " + dir.resolve("o2/errors.csv").toAbsolutePath().normalize())
                .contains("  bad.txt [ingest] empty file");
        Captured quiet = capture(() -> Main.run("annotate", bad.toString(), "-o", dir.resolve("o3").toString(), "-q"));
        assertThat(quiet.code).isEqualTo(Main.SOME_FAILED);
        assertThat(quiet.err).isEmpty();
    }

    @Test
    void standardInputIsOneDocumentOrJsonLines(@TempDir Path dir) throws IOException {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("Strike ends\nThe union said the strike in Leeds was over.\n"
                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(Main.run("annotate", "-", "-o", dir.resolve("txt").toString(), "-q")).isEqualTo(Main.OK);
            assertThat(read(dir.resolve("txt/documents.csv"))).extracting(r -> r.get("doc_id")).containsExactly("stdin.txt");
            System.setIn(new java.io.ByteArrayInputStream(("{\"title\": \"One\", \"text\": \"The mayor of Leeds said yes.\"}\n"
                    + "{\"title\": \"Two\", \"text\": \"The mayor of York said no.\"}\n").getBytes(StandardCharsets.UTF_8)));
            assertThat(Main.run("annotate", "-", "-o", dir.resolve("jsonl").toString(), "-q")).isEqualTo(Main.OK);
            assertThat(read(dir.resolve("jsonl/documents.csv"))).extracting(r -> r.get("doc_id"))
                    .containsExactly("stdin.jsonl#1", "stdin.jsonl#2");
        } finally {
            System.setIn(stdin);
        }
    }

    private record Captured(int code, String err) {}

    private static Captured capture(java.util.function.IntSupplier run) {
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(buf, true, StandardCharsets.UTF_8));
            int code = run.getAsInt();
            return new Captured(code, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }
}
