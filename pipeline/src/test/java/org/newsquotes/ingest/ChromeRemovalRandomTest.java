package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsquotes.record.Block;
import org.newsquotes.record.Document;
import org.newsquotes.record.Removal;
import org.newsquotes.record.SourceFormat;

/**
 * Seeded random plain-text documents mixing prose, chrome markers, blank lines, odd white space and line ends:
 * chrome removal must keep every offset inside the text, and the cleaned text plus the removals must account for
 * every non-space character of the source, in order (Lucene's checkRandomData idea).
 */
class ChromeRemovalRandomTest {
    private static final String[] PROSE = {
        "The committee met on Friday.", "\"We will not wait,\" a delegate said.", "Prices rose 3\u00a0percent.",
        "Comments from residents were mixed.", "Read more about the plan below.", "Short line",
        "Related articles were cited by the judge.", "Élan vital – “quoted” text…", "x", "Listen",
    };
    private static final String[] CHROME = {
        "Listen to article", "Read more: Another story", "Also read: Yet another", "Hashtags", "Related Articles",
        "Lire aussi", "Latest News", "Comments", "Advertisement", "RELATED ARTICLES:", "  Share this article  ",
    };
    private static final String[] BREAKS = {"\n", "\r\n", "\r", "\n\n", "\n \t\n", "\n\u00a0\n"};

    @Test
    void offsetsStayInsideAndEverySourceCharacterIsAccountedFor() {
        Random random = new Random(20251121L);
        DocumentAssembler assembler = new DocumentAssembler(
                new ChromeRemover(TestIngest.config().chromeMarkers(), 60));
        int withRemovals = 0;
        for (int round = 0; round < 2000; round++) {
            String source = randomSource(random);
            ExtractedDocument extracted = PlainTextReader.extract("r" + round, SourceFormat.TXT, null, null, null, source, true);
            Document doc;
            try {
                doc = assembler.assemble("r", extracted, List.of());
            } catch (IngestException nothingLeft) {
                assertThat(nothingLeft.getMessage()).contains("no article text");
                continue;
            }
            if (!doc.removed().isEmpty()) withRemovals++;
            check(source, doc);
        }
        assertThat(withRemovals).as("the generator exercises removal").isGreaterThan(500);
    }

    private static void check(String source, Document doc) {
        String text = doc.text();
        for (Block b : doc.blocks()) {
            assertThat(b.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(b.span().length()).isPositive();
        }
        int previousEnd = -1;
        for (Removal r : doc.removed()) {
            assertThat(r.at()).isBetween(0, text.length());
            assertThat(r.sourceEnd()).isLessThanOrEqualTo(source.length());
            assertThat(r.sourceStart()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(r.chars()).isPositive();
            assertThat(r.at() == 0 || r.at() == text.length() || text.charAt(r.at() - 1) == '\n')
                    .as("removal sits at a block boundary").isTrue();
            previousEnd = r.sourceEnd();
        }
        // the source's non-space characters, minus the removed ranges, are exactly the text's, in order
        StringBuilder kept = new StringBuilder();
        List<Removal> removals = new ArrayList<>(doc.removed());
        removals.sort(Comparator.comparingInt(Removal::sourceStart));
        int next = 0;
        for (int i = 0; i < source.length(); i++) {
            while (next < removals.size() && i >= removals.get(next).sourceEnd()) next++;
            boolean removed = next < removals.size() && i >= removals.get(next).sourceStart();
            if (!removed && !Whitespace.isSpace(source.charAt(i))) kept.append(source.charAt(i));
        }
        assertThat(kept.toString()).isEqualTo(text.codePoints().filter(c -> !Whitespace.isSpace((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    }

    private static String randomSource(Random random) {
        StringBuilder sb = new StringBuilder();
        int lines = 1 + random.nextInt(12);
        if (random.nextInt(4) == 0) sb.append(BREAKS[random.nextInt(BREAKS.length)]);
        for (int i = 0; i < lines; i++) {
            String[] pool = random.nextInt(3) == 0 ? CHROME : PROSE;
            StringBuilder line = new StringBuilder(pool[random.nextInt(pool.length)]);
            if (random.nextInt(5) == 0) line.append(' ').append(PROSE[random.nextInt(PROSE.length)]);
            if (random.nextInt(6) == 0) line.insert(0, "  ");
            if (random.nextInt(6) == 0) line.append(" \t");
            sb.append(line).append(BREAKS[random.nextInt(BREAKS.length)]);
        }
        return sb.toString();
    }
}
