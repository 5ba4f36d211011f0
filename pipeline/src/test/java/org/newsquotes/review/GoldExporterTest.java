package org.newsquotes.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.AnnotatedDocument;

class GoldExporterTest {
    @TempDir Path dir;

    private static List<CSVRecord> csv(Path p) throws Exception {
        try (Reader r = Files.newBufferedReader(p)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    @Test
    void writesReviewedQuotesInTheGoldFormatAndSkipsPartlyReviewedDocuments() throws Exception {
        AnnotatedDocument full = ReviewFixtures.doc("full.txt",
                "[Ada Bell|PERSON] said: “Rain later.”\n[Cy Moss|PERSON] said: “Sun first.”\nIt was called “the storm”.");
        AnnotatedDocument part = ReviewFixtures.doc("part.txt", "[Ada Bell|PERSON] said: “A.”\n[Cy Moss|PERSON] said: “B.”");
        List<JournalEntry> e = List.of(
                ReviewFixtures.accept("ana", full, full.quotes().get(0)),
                ReviewFixtures.correct("ana", full, full.quotes().get(1), "Ada Bell"),
                ReviewFixtures.reject("ana", full, full.quotes().get(2)),
                ReviewFixtures.accept("ana", part, part.quotes().get(0)));
        List<AnnotatedDocument> reviewed = ReviewApplier.apply(List.of(full, part), e).documents();
        GoldExporter.Summary s = GoldExporter.export(reviewed, dir, null, false);
        assertThat(s.documents()).isEqualTo(1);
        assertThat(s.skippedIncompleteDocuments()).isEqualTo(1);
        List<CSVRecord> quotes = csv(dir.resolve("quotes.csv"));
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0).get("doc")).isEqualTo("full.txt");
        assertThat(quotes.get(0).get("qid")).isEqualTo("q1");
        assertThat(quotes.get(0).get("text")).isEqualTo("Rain later.");
        assertThat(quotes.get(0).get("speaker")).isEqualTo("ada_bell");
        assertThat(quotes.get(1).get("speaker")).isEqualTo("ada_bell");
        assertThat(quotes.get(1).get("speaker_mention")).isEmpty();
        assertThat(Files.readString(dir.resolve("docs/full.txt"))).isEqualTo(full.text());
        List<CSVRecord> ents = csv(dir.resolve("entities.csv"));
        assertThat(ents).singleElement().satisfies(r -> {
            assertThat(r.get("entity_id")).isEqualTo("ada_bell");
            assertThat(r.get("type")).isEqualTo("PERSON");
            assertThat(r.get("docs")).isEqualTo("full.txt");
        });
        assertThat(GoldExporter.export(reviewed, dir.resolve("p"), null, true).documents()).isEqualTo(2);
    }

    @Test
    void copiesOriginalsFromTheCorpusButNeverFromOutsideIt() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "ORIGINAL BYTES");
        Files.writeString(dir.resolve("secret.txt"), "SECRET");
        AnnotatedDocument a = ReviewFixtures.doc("a.txt", "[Ada Bell|PERSON] said: “Yes.”");
        AnnotatedDocument evil = ReviewFixtures.doc("../secret.txt", "[Ada Bell|PERSON] said: “No.”");
        List<AnnotatedDocument> reviewed = ReviewApplier.apply(List.of(a, evil), List.of(
                ReviewFixtures.accept("ana", a, a.quotes().get(0)), ReviewFixtures.accept("ana", evil, evil.quotes().get(0)))).documents();
        GoldExporter.export(reviewed, dir.resolve("gold"), corpus, false);
        assertThat(Files.readString(dir.resolve("gold/docs/a.txt"))).isEqualTo("ORIGINAL BYTES");
        try (var files = Files.list(dir.resolve("gold/docs"))) {
            for (Path f : files.toList()) assertThat(Files.readString(f)).doesNotContain("SECRET");
        }
    }
}
