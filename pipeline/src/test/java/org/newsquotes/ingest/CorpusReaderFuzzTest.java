package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.Block;
import org.newsquotes.record.Document;
import org.newsquotes.record.Removal;

/**
 * Seeded mutations of the sample documents (truncation, byte flips, inserted NULs and invalid UTF-8, spliced
 * markup) under every extension: reading must never throw, must always report something, and every document it
 * does produce must keep its offsets inside its text.
 */
class CorpusReaderFuzzTest {
    @TempDir Path root;

    @Test
    void mutatedInputNeverThrowsAndAlwaysYieldsDocumentsOrFailures() throws Exception {
        CorpusReader reader = TestIngest.reader();
        Path corpus = Path.of("..", "corpus");
        List<Path> samples = reader.listFiles(corpus);
        List<String> extensions = List.of("txt", "html", "json", "jsonl", "htm", "dat");
        String[] splices = {"<p>", "</div>", "{\"", "]", "\n\n", "\r", "&#8217;", "<script>", "Related Articles\n", "\u00a0"};
        Random random = new Random(7L);
        int documents = 0;
        int failures = 0;
        for (int round = 0; round < 300; round++) {
            byte[] bytes = Files.readAllBytes(samples.get(random.nextInt(samples.size())));
            bytes = mutate(bytes, random, splices);
            Path file = TestIngest.write(root, "f" + round + "." + extensions.get(random.nextInt(extensions.size())), bytes);
            IngestResult result = reader.read(root, file);
            assertThat(result.documents().size() + result.failures().size()).as(file.toString()).isPositive();
            for (Document d : result.documents()) {
                for (Block b : d.blocks()) assertThat(b.span().end()).isLessThanOrEqualTo(d.text().length());
                for (Removal r : d.removed()) assertThat(r.at()).isBetween(0, d.text().length());
                assertThat(d.text()).isNotBlank();
            }
            documents += result.documents().size();
            failures += result.failures().size();
        }
        assertThat(documents).as("mutations still leave readable documents").isGreaterThan(50);
        assertThat(failures).as("mutations also produce failures").isGreaterThan(10);
    }

    private static byte[] mutate(byte[] bytes, Random random, String[] splices) {
        switch (random.nextInt(5)) {
            case 0 -> { // truncate
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            }
            case 1 -> { // flip bytes, sometimes into invalid UTF-8
                byte[] copy = bytes.clone();
                for (int i = 0; i < 1 + random.nextInt(20); i++) {
                    copy[random.nextInt(copy.length)] = (byte) (0x80 + random.nextInt(0x80));
                }
                return copy;
            }
            case 2 -> { // a NUL somewhere
                byte[] copy = bytes.clone();
                copy[random.nextInt(copy.length)] = 0;
                return copy;
            }
            default -> { // splice markup or chrome into the middle
                String s = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                for (int i = 0; i < 1 + random.nextInt(5); i++) {
                    int at = random.nextInt(s.length() + 1);
                    s = s.substring(0, at) + splices[random.nextInt(splices.length)] + s.substring(at);
                }
                return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }
}
