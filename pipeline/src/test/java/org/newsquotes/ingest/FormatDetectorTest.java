package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsquotes.ingest.FormatDetector.Kind;

class FormatDetectorTest {
    private final FormatDetector detector = new FormatDetector();

    @Test
    void contentWinsOverALyingExtension() {
        assertThat(detector.detect("txt", "{\"title\":{\"rendered\":\"T\"},\"content\":{\"rendered\":\"<p>x</p>\"}}"))
                .isEqualTo(Kind.JSON);
        assertThat(detector.detect("txt", "<!DOCTYPE html><html><body><p>Hi</p></body></html>")).isEqualTo(Kind.HTML);
        assertThat(detector.detect("txt", "  <p>A fragment of markup.</p>")).isEqualTo(Kind.HTML);
        assertThat(detector.detect("json", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n")).isEqualTo(Kind.JSONL);
        assertThat(detector.detect("html", "Just a plain headline\nAnd a paragraph.")).isEqualTo(Kind.TXT);
    }

    @Test
    void extensionDecidesWhenContentIsAmbiguous() {
        assertThat(detector.detect("jsonl", "{\"text\":\"only one line\"}")).isEqualTo(Kind.JSONL);
        assertThat(detector.detect("htm", "Intro text <b>bold</b> more")).isEqualTo(Kind.HTML);
        assertThat(detector.detect("txt", "Intro text <b>bold</b> more")).isEqualTo(Kind.TXT);
    }

    @Test
    void truncatedJsonIsStillJsonSoItFailsAsJson() {
        assertThat(detector.detect("txt", "{\"title\": \"Cut off\", \"content\": \"and then")).isEqualTo(Kind.JSON);
        assertThat(detector.detect("json", "[1, 2")).isEqualTo(Kind.JSON);
    }

    @Test
    void proseStartingWithABracketIsPlainText() {
        assertThat(detector.detect("txt", "[Updated] Officials met on Monday.\nMore text.")).isEqualTo(Kind.TXT);
        assertThat(detector.detect("txt", "{Draft} notes for the story")).isEqualTo(Kind.TXT);
    }
}
