package org.newsquotes.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.cli.AnnotateCommand;
import org.newsquotes.cli.Main;
import org.newsquotes.output.DocumentJson;
import org.newsquotes.output.OutputValidator;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;
import org.newsquotes.record.Token;
import org.newsquotes.testing.FakeNlpStage;

/**
 * A whole run over a generated hostile corpus, in the spirit of Lucene's {@code checkRandomData}: seeded files that
 * mix good news text with mutations (huge tokens, runs of quote marks, control characters, invalid UTF-8, very long
 * lines, truncated and deeply nested JSON, JSON Lines with broken lines, HTML cut mid-tag, WARC-shaped records, random
 * bytes, empty files, bare JSON values), annotated with the real ingest, quote, entity and output stages over the fake
 * NLP stage. Whatever the seed:
 * <ul>
 *   <li>the run completes, with exit code 1 when some document failed and 0 otherwise;</li>
 *   <li>every file is accounted for: it has rows in {@code documents.csv}, each {@code ok} or {@code failed}, and
 *       every failed row has its {@code errors.csv} row;</li>
 *   <li>the output validates (types, keys, foreign keys) and every offset lies inside its document, every quote's and
 *       mention's text equals the document text at its offsets.</li>
 * </ul>
 *
 * <p>CI runs a fixed seed and 160 files (seconds). A longer run: {@code mvn -pl pipeline test
 * -Dtest=RandomCorpusTest -Dnewsquotes.random.seed=$RANDOM -Dnewsquotes.random.files=5000}; a failure prints the seed.
 */
class RandomCorpusTest {
    private static final String[] QUOTE_MARKS = {"\"", "\u201c", "\u201d", "\u00ab", "\u00bb", "'", "\u2018", "\u2019", "\u201e"};
    private static final String[] NAMES = {"Ilse Varga", "Tomas Okafor", "the ministry", "Reza Navid", "Lena Moritz", "she", "he"};
    private static final String[] CUES = {"said", "told reporters", "added", "wrote", "insisted", "according to"};

    @TempDir Path tmp;

    @Test
    void aHostileCorpusRunsToTheEndAndEveryFileIsExactlyDocumentsOrErrorRows() throws Exception {
        long seed = Long.getLong("newsquotes.random.seed", 20_261_203L);
        int files = Integer.getInteger("newsquotes.random.files", 160);
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Random random = new Random(seed);
        Set<String> written = new TreeSet<>();
        for (int i = 0; i < files; i++) written.add(writeFile(corpus, i, random));

        RunConfig config = RunnerFixtures.config(corpus, tmp.resolve("out"), 2);
        RunSummary summary = RunnerFixtures.run(config, new FakeNlpStage());
        String why = "seed " + seed + " (rerun with -Dnewsquotes.random.seed=" + seed + ")";

        int code = AnnotateCommand.exitCode(summary);
        assertThat(code).as(why).isEqualTo(summary.failedDocuments() > 0 ? Main.SOME_FAILED : Main.OK);
        assertThat(summary.failedDocuments()).as(why + ": the mutations make some documents fail").isPositive();
        assertThat(summary.documents() - summary.failedDocuments()).as(why + ": and leave others readable").isPositive();

        Path out = tmp.resolve("out");
        List<CSVRecord> documents = csv(out.resolve("documents.csv"));
        Map<String, String> errorByDoc = new HashMap<>();
        for (CSVRecord r : csv(out.resolve("errors.csv"))) errorByDoc.put(r.get("doc_id"), r.get("error"));
        Set<String> paths = new TreeSet<>();
        int failed = 0;
        int skipped = 0;
        for (CSVRecord r : documents) {
            paths.add(r.get("path"));
            String status = r.get("status");
            assertThat(status).as(why + ": " + r.get("doc_id")).isIn("ok", "failed", "skipped");
            if (status.equals("skipped")) {
                // random words are no language the run annotates: no error row, no annotations, a reason
                skipped++;
                assertThat(errorByDoc).as(why).doesNotContainKey(r.get("doc_id"));
                assertThat(r.get("error")).as(why).startsWith("language: ");
                assertThat(r.get("tokens")).as(why).isEmpty();
            } else if (status.equals("failed")) {
                failed++;
                assertThat(errorByDoc).as(why + ": error row of " + r.get("doc_id")).containsKey(r.get("doc_id"));
                assertThat(errorByDoc.get(r.get("doc_id"))).isNotBlank();
            } else {
                assertThat(out.resolve("json").resolve(r.get("doc_id") + ".json")).as(why).exists();
            }
        }
        assertThat(paths).as(why + ": every file is accounted for").isEqualTo(written);
        assertThat(failed).isEqualTo(summary.failedDocuments()).isEqualTo(errorByDoc.size());
        assertThat(skipped).isEqualTo(summary.skippedDocuments());

        assertThat(OutputValidator.validate(out, true)).as(why).isEmpty();
        try (Stream<Path> json = Files.walk(out.resolve("json"))) {
            for (Path p : (Iterable<Path>) json.filter(f -> f.toString().endsWith(".json"))::iterator) {
                AnnotatedDocument d = DocumentJson.fromBytes(Files.readAllBytes(p));
                String text = d.text();
                for (Token t : d.tokens()) {
                    assertThat(t.end()).as(why + ": " + p).isLessThanOrEqualTo(text.length());
                    assertThat(text.substring(t.start(), t.end())).as(why).isEqualTo(t.word());
                }
                for (Quote q : d.quotes()) {
                    assertThat(q.end()).as(why + ": " + p).isLessThanOrEqualTo(text.length());
                    assertThat(text.substring(q.start(), q.end())).as(why + ": " + p).isEqualTo(q.text());
                }
            }
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    /** Writes file {@code i} of one of the shapes below and returns its relative path. */
    private static String writeFile(Path dir, int i, Random r) throws IOException {
        String base = String.format(Locale.ROOT, "f%04d", i);
        String name;
        byte[] bytes;
        switch (r.nextInt(14)) {
            case 0 -> { name = base + ".txt"; bytes = utf8(article(r)); }
            case 1 -> { name = base + ".txt"; bytes = utf8(insert(article(r), word(r, 5_000 + r.nextInt(60_000)), r)); }
            case 2 -> { name = base + ".txt"; bytes = utf8(insert(article(r), QUOTE_MARKS[r.nextInt(QUOTE_MARKS.length)]
                    .repeat(1 + r.nextInt(3_000)), r)); }
            case 3 -> { // control characters: a few (still text) or many (binary)
                StringBuilder s = new StringBuilder(article(r));
                int n = r.nextBoolean() ? 1 + r.nextInt(3) : s.length() / 5;
                for (int k = 0; k < n; k++) s.insert(r.nextInt(s.length()), (char) (1 + r.nextInt(8)));
                name = base + ".txt";
                bytes = utf8(s.toString());
            }
            case 4 -> { // invalid UTF-8 sequences spliced in
                byte[] good = utf8(article(r));
                for (int k = 0; k < 1 + r.nextInt(12); k++) good[r.nextInt(good.length)] = (byte) (0x80 + r.nextInt(0x80));
                name = base + ".txt";
                bytes = good;
            }
            case 5 -> { // one very long line of words, sometimes over the document limit
                StringBuilder s = new StringBuilder("A very long line\n");
                int target = 20_000 + r.nextInt(400_000);
                while (s.length() < target) s.append(sentence(r)).append(' ');
                name = base + ".txt";
                bytes = utf8(s.toString());
            }
            case 6 -> { // a WordPress-style post, sometimes truncated
                String json = "{\"title\":{\"rendered\":\"" + escape(sentence(r)) + "\"},\"date\":\"2026-03-0"
                        + (1 + r.nextInt(9)) + "T10:00:00\",\"content\":{\"rendered\":\"<p>" + escape(article(r)).replace("\n", "</p><p>")
                        + "</p>\"}}";
                name = base + ".json";
                bytes = utf8(r.nextBoolean() ? json : json.substring(0, r.nextInt(json.length())));
            }
            case 7 -> { // deep nesting
                int depth = 10 + r.nextInt(50_000);
                name = base + (r.nextBoolean() ? ".json" : ".jsonl");
                bytes = utf8("[".repeat(depth) + "]".repeat(r.nextInt(depth + 1)));
            }
            case 8 -> { // JSON Lines with good and broken lines
                StringBuilder s = new StringBuilder();
                for (int k = 0; k < 1 + r.nextInt(5); k++) {
                    String line = "{\"title\":\"" + escape(sentence(r)) + "\",\"text\":\"" + escape(article(r)) + "\"}";
                    s.append(r.nextInt(4) == 0 ? line.substring(0, r.nextInt(line.length())) : line).append('\n');
                }
                name = base + ".jsonl";
                bytes = utf8(s.toString());
            }
            case 9 -> { // an HTML page, sometimes cut mid-tag
                String html = "<html><head><title>" + sentence(r) + "</title><script>var x = \"<p>\";</script></head><body>"
                        + "<nav><a href=/>Home</a> | <a href=/world>World</a></nav><article><h1>" + sentence(r) + "</h1><p>"
                        + article(r).replace("\n", "</p><p>") + "</p></article><footer>Copyright</footer></body></html>";
                name = base + ".html";
                bytes = utf8(r.nextBoolean() ? html : html.substring(0, r.nextInt(html.length())));
            }
            case 10 -> { // a WARC-shaped record around a page
                String page = "<html><body><p>" + article(r).replace("\n", "</p><p>") + "</p></body></html>";
                name = base + (r.nextBoolean() ? ".warc" : ".txt");
                bytes = utf8("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/" + i
                        + "\r\nContent-Length: " + page.length() + "\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page);
            }
            case 11 -> { // random bytes
                bytes = new byte[1 + r.nextInt(30_000)];
                r.nextBytes(bytes);
                name = base + new String[] {".txt", ".json", ".html", ".bin"}[r.nextInt(4)];
            }
            case 12 -> { // empty or white space only
                name = base + ".txt";
                bytes = utf8(r.nextBoolean() ? "" : " \n\t\n ");
            }
            default -> { // bare JSON values
                name = base + (r.nextBoolean() ? ".json" : ".jsonl");
                bytes = utf8(new String[] {"42", "null", "\"a string\"", "true", "[1,2,3]", "{}"}[r.nextInt(6)]);
            }
        }
        Files.write(dir.resolve(name), bytes);
        return name;
    }

    private static String article(Random r) {
        StringBuilder s = new StringBuilder(sentence(r)).append('\n');
        for (int p = 0; p < 2 + r.nextInt(5); p++) {
            for (int k = 0; k < 1 + r.nextInt(3); k++) s.append(sentence(r)).append(' ');
            s.append('\n');
        }
        return s.toString();
    }

    /** A sentence of news: plain, or with a direct quote in one of several mark styles, or an indirect report. */
    private static String sentence(Random r) {
        String who = NAMES[r.nextInt(NAMES.length)];
        String cue = CUES[r.nextInt(CUES.length)];
        String content = "the talks in " + new String[] {"Vilnius", "Dakar", "Osaka"}[r.nextInt(3)] + " would go on";
        return switch (r.nextInt(4)) {
            case 0 -> capital(who) + " " + cue + " that " + content + ".";
            case 1 -> "\u201c" + capital(content) + ",\u201d " + who + " " + cue + ".";
            case 2 -> capital(who) + " " + cue + ": \"" + capital(content) + ".\"";
            default -> "Officials met on day " + r.nextInt(30) + " to discuss " + content.substring(4) + ".";
        };
    }

    private static String word(Random r, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int k = 0; k < length; k++) s.append((char) ('a' + r.nextInt(26)));
        return s.toString();
    }

    private static String insert(String text, String piece, Random r) {
        int at = r.nextInt(text.length() + 1);
        return text.substring(0, at) + piece + text.substring(at);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
