package org.newsquotes.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.output.DocumentJson;
import org.newsquotes.output.OutputValidator;
import org.newsquotes.record.AnnotatedDocument;

/**
 * The real pipeline (CoreNLP, shared per JVM) on the sample corpus plus a set of hostile files written here: the run
 * completes, each bad file is exactly one error row or a correctly read document, and the four sample documents come
 * out as they do from the sample corpus alone. Before LongWordCap, the 200,000-character word alone exhausted the
 * heap and the run wrote nothing.
 */
class HostileCorpusIT {
    @TempDir Path tmp;

    @Test
    void hostileFilesBesideTheSampleCorpusNeverSinkTheRunNorChangeTheSampleDocuments() throws Exception {
        Path samples = Path.of("..", "corpus");
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        List<String> sampleNames = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                Files.copy(f, corpus.resolve(f.getFileName()));
                sampleNames.add(f.getFileName().toString());
            }
        }
        Map<String, String> expectFailure = writeHostileFiles(corpus);
        List<String> hostile = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            files.map(p -> p.getFileName().toString()).filter(n -> !sampleNames.contains(n)).sorted().forEach(hostile::add);
        }

        RunSummary clean = run(RunConfig.defaults(samples, tmp.resolve("clean")).withThreads(2).withProgress(false));
        RunSummary mixed = run(RunConfig.defaults(corpus, tmp.resolve("mixed")).withThreads(2).withProgress(false));
        assertThat(clean.failedDocuments()).isZero();

        Map<String, List<CSVRecord>> rowsByPath = new HashMap<>();
        for (CSVRecord r : csv(tmp.resolve("mixed/documents.csv"))) {
            rowsByPath.computeIfAbsent(r.get("path"), k -> new ArrayList<>()).add(r);
        }
        Map<String, String> errors = new HashMap<>();
        for (CSVRecord r : csv(tmp.resolve("mixed/errors.csv"))) errors.put(r.get("doc_id"), r.get("error"));
        for (String name : hostile) {
            List<CSVRecord> rows = rowsByPath.get(name);
            assertThat(rows).as(name).isNotNull().hasSize(1);
            if (expectFailure.containsKey(name)) {
                assertThat(rows.get(0).get("status")).as(name).isEqualTo("failed");
                assertThat(errors.get(name)).as(name).contains(name).containsIgnoringCase(expectFailure.get(name));
            } else {
                assertThat(rows.get(0).get("status")).as(name + ": " + errors.get(name)).isEqualTo("ok");
            }
        }
        assertThat(mixed.failedDocuments()).isEqualTo(expectFailure.size());
        assertThat(OutputValidator.validate(tmp.resolve("mixed"), true)).isEmpty();

        // the sample documents: the same tokens, mentions and quotes with the same speakers as from the clean corpus
        for (String name : sampleNames) {
            AnnotatedDocument a = read(tmp.resolve("clean/json/" + name + ".json"));
            AnnotatedDocument b = read(tmp.resolve("mixed/json/" + name + ".json"));
            assertThat(b.tokens()).as(name).isEqualTo(a.tokens());
            assertThat(b.mentions().stream().map(m -> m.start() + ":" + m.end() + ":" + m.ner()).toList()).as(name)
                    .isEqualTo(a.mentions().stream().map(m -> m.start() + ":" + m.end() + ":" + m.ner()).toList());
            assertThat(b.quotes().stream().map(q -> q.start() + ":" + q.end() + ":" + q.kind() + ":"
                    + q.attribution().speaker() + ":" + q.attribution().mentionSpan()).toList()).as(name)
                    .isEqualTo(a.quotes().stream().map(q -> q.start() + ":" + q.end() + ":" + q.kind() + ":"
                            + q.attribution().speaker() + ":" + q.attribution().mentionSpan()).toList());
        }
    }

    /** Writes the hostile files; returns those that must fail, each with a word its error message must contain. */
    private static Map<String, String> writeHostileFiles(Path dir) throws IOException {
        Map<String, String> fail = new HashMap<>();
        String sentence = "\u201cWe are not leaving,\u201d Marta Lindqvist told reporters in Oslo on Tuesday. ";
        Files.writeString(dir.resolve("word-200k.txt"), "Odd file\n" + "k".repeat(200_000) + " " + sentence + "\n");
        StringBuilder line = new StringBuilder("One long line\n");
        while (line.length() < 250_000) line.append(sentence);
        Files.writeString(dir.resolve("one-long-line.txt"), line + "\n");
        Files.writeString(dir.resolve("quote-marks.txt"), "Marks\n" + "\u201c".repeat(20_000) + "\n" + sentence + "\n");
        StringBuilder tooLong = new StringBuilder("Too long\n");
        for (int i = 0; tooLong.length() < 400_000; i++) tooLong.append("Paragraph ").append(i).append(": ").append(sentence).append('\n');
        Files.writeString(dir.resolve("over-limit.txt"), tooLong);
        fail.put("over-limit.txt", "document too long");
        byte[] random = new byte[20_000];
        new Random(13).nextBytes(random);
        random[0] = 'R';
        Files.write(dir.resolve("random-bytes.txt"), random);
        fail.put("random-bytes.txt", "binary");
        byte[] latin = ("Latin\nLe ministre a d\u00e9clar\u00e9 que " + sentence + "\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Files.write(dir.resolve("windows-1252.txt"), latin);
        Files.write(dir.resolve("utf16.txt"), ("\uFEFFUTF-16\n" + sentence + "\n").getBytes(StandardCharsets.UTF_16BE));
        Files.writeString(dir.resolve("null.json"), "null");
        fail.put("null.json", "JSON");
        Files.writeString(dir.resolve("number.json"), "42");
        fail.put("number.json", "JSON");
        Files.writeString(dir.resolve("truncated.json"), "{\"title\": {\"rendered\": \"Cut\"}, \"content\": {\"rendered\": \"<p>We");
        fail.put("truncated.json", "JSON");
        Files.writeString(dir.resolve("deep.json"), "[".repeat(100_000));
        fail.put("deep.json", "JSON");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        fail.put("empty.txt", "empty");
        Files.writeString(dir.resolve("cut.html"), "<html><body><article><p>" + sentence + "</p><p>More text that is cut off in the mid");
        StringBuilder control = new StringBuilder("Control\n");
        for (int i = 0; i < 2_000; i++) control.append((char) (1 + i % 8)).append("ab");
        Files.writeString(dir.resolve("control.txt"), control);
        fail.put("control.txt", "binary");
        try {
            Files.createSymbolicLink(dir.resolve("loop-a.txt"), dir.resolve("loop-b.txt"));
            Files.createSymbolicLink(dir.resolve("loop-b.txt"), dir.resolve("loop-a.txt"));
            fail.put("loop-a.txt", "symbolic link");
            fail.put("loop-b.txt", "symbolic link");
        } catch (UnsupportedOperationException | IOException noLinks) {
            // a file system without symbolic links: nothing to record
        }
        return fail;
    }

    private static AnnotatedDocument read(Path json) throws IOException {
        return DocumentJson.fromBytes(Files.readAllBytes(json));
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    private static RunSummary run(RunConfig config) throws Exception {
        return new LocalRunner(config, new PrintStream(new ByteArrayOutputStream())).run();
    }
}
