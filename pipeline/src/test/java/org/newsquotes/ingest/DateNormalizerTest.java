package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.Document;

class DateNormalizerTest {
    @TempDir Path dir;

    @Test
    void isoDatesAreKeptAsWritten() {
        assertThat(DateNormalizer.normalize("2025-11-19T20:55:18")).hasValue("2025-11-19T20:55:18");
        assertThat(DateNormalizer.normalize("2024-03-05")).hasValue("2024-03-05");
        assertThat(DateNormalizer.normalize("2024-03-05T08:30:00.123Z")).hasValue("2024-03-05T08:30:00.123Z");
        assertThat(DateNormalizer.normalize("2024-03-05T08:30:00+0200")).hasValue("2024-03-05T08:30:00+0200");
        assertThat(DateNormalizer.normalize("2024-03-05 08:30:00")).hasValue("2024-03-05T08:30:00");
    }

    @Test
    void rssDatesAndEpochsBecomeIsoUtc() {
        assertThat(DateNormalizer.normalize("Tue, 8 Jul 2025 10:00:00 +0200")).hasValue("2025-07-08T08:00:00Z");
        assertThat(DateNormalizer.normalize("1720000000")).hasValue("2024-07-03T09:46:40Z");
        assertThat(DateNormalizer.normalize("1720000000000")).hasValue("2024-07-03T09:46:40Z");
    }

    @Test
    void nonsenseIsRefused() {
        assertThat(DateNormalizer.normalize("last Tuesday")).isEmpty();
        assertThat(DateNormalizer.normalize("2024-13-45")).isEmpty();
        assertThat(DateNormalizer.normalize(" ")).isEmpty();
    }

    @Test
    void anUnparseableSourceDateIsDroppedWithAWarning() throws Exception {
        Document d = TestIngest.read(dir, "d.json", "{\"title\":\"T\",\"text\":\"Body.\",\"date\":\"sometime in May\"}")
                .documents().get(0);
        assertThat(d.date()).isNull();
        assertThat(d.warnings()).singleElement().asString().contains("sometime in May", "d.json");
    }
}
