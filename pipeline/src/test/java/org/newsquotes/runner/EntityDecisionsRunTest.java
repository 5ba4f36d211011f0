package org.newsquotes.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.output.CsvTableReader;
import org.newsquotes.output.OutputValidator;
import org.newsquotes.output.Tables;
import org.newsquotes.record.Entity;
import org.newsquotes.review.EntityReview;
import org.newsquotes.testing.FakeNlpStage;

/**
 * Entity decisions made in the review app (merge, split, type) are honoured by the next run's phase 2, without
 * annotating anything again, and listed in run.json; undoing one restores the machine's entities. Fake NLP stage:
 * a capitalised run of words is a PERSON, an all-capitals word an ORGANIZATION. Names are our own.
 */
class EntityDecisionsRunTest {
    @TempDir Path tmp;

    @Test
    void mergeSplitAndTypeDecisionsChangeTheNextRunsEntities() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Harbour news\nReporters met Lena Varga at the port. "
                + "Later the daily NORDPOST printed the interview.\n", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("b.txt"), "Ferry news\nEditors at Nordpost said nothing about it. "
                + "Critics quoted Varga again on Friday.\n", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("c.txt"), "Council news\nObservers saw Tomas Kirn at the hall. "
                + "Residents thanked Tom Kirnov for the plan.\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        RunSummary first = RunnerFixtures.run(RunnerFixtures.config(corpus, out, 1), new FakeNlpStage());
        assertThat(first.failedDocuments()).isZero();

        List<Entity> before = CsvTableReader.readAll(Tables.ENTITIES, out);
        Entity varga = named(before, "Lena Varga").orElseThrow();
        assertThat(varga.variants()).as("the bare surname joins the full name").contains("Varga");
        Entity upper = named(before, "NORDPOST").orElseThrow();
        assertThat(upper.type()).isEqualTo("ORGANIZATION");
        Entity lower = named(before, "Nordpost").orElseThrow();
        assertThat(lower.type()).as("typed as a person in the other article").isEqualTo("PERSON");
        Entity kirn = named(before, "Tomas Kirn").orElseThrow();
        Entity kirnov = named(before, "Tom Kirnov").orElseThrow();
        assertThat(kirn.entityId()).isNotEqualTo(kirnov.entityId());

        EntityReview review = EntityReview.load(out, Clock.systemUTC());
        review.split("ana", varga.entityId(), List.of("Varga"));
        review.retype("ana", lower.entityId(), "ORGANIZATION");
        review.merge("bo", kirn.entityId(), kirnov.entityId());

        RunSummary second = RunnerFixtures.run(RunnerFixtures.config(corpus, out, 1), new FakeNlpStage());
        assertThat(second.cachedDocuments()).as("phase 2 only: nothing annotated again").isEqualTo(second.documents());
        List<Entity> after = CsvTableReader.readAll(Tables.ENTITIES, out);
        assertThat(named(after, "Lena Varga").orElseThrow().variants()).doesNotContain("Varga");
        assertThat(named(after, "Varga")).isPresent();
        Entity paper = after.stream().filter(e -> e.variants().contains("NORDPOST")).findFirst().orElseThrow();
        assertThat(paper.variants()).contains("Nordpost");
        assertThat(paper.type()).isEqualTo("ORGANIZATION");
        Entity merged = after.stream().filter(e -> e.variants().contains("Tom Kirnov")).findFirst().orElseThrow();
        assertThat(merged.variants()).contains("Tomas Kirn");
        assertThat(merged.canonicalName()).isEqualTo("Tomas Kirn");
        // every table follows: the mentions of both names carry the merged entity's id
        assertThat(Files.readAllLines(out.resolve("mentions.csv"))).filteredOn(l -> l.contains("Kirn"))
                .hasSize(2).allMatch(l -> l.endsWith("," + merged.entityId()));
        assertThat(OutputValidator.validate(out, true)).isEmpty();
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(run.path("entity_decisions").path("in_force").asInt()).isEqualTo(3);
        assertThat(run.path("entity_decisions").path("merge").asInt()).isEqualTo(1);
        assertThat(run.path("entity_decisions").path("split").asInt()).isEqualTo(1);
        assertThat(run.path("entity_decisions").path("type").asInt()).isEqualTo(1);

        // bo takes the merge back: the next run splits the two names again
        EntityReview.load(out, Clock.systemUTC()).undo("bo").orElseThrow();
        RunnerFixtures.run(RunnerFixtures.config(corpus, out, 1), new FakeNlpStage());
        List<Entity> undone = CsvTableReader.readAll(Tables.ENTITIES, out);
        assertThat(named(undone, "Tomas Kirn").orElseThrow().entityId())
                .isNotEqualTo(named(undone, "Tom Kirnov").orElseThrow().entityId());
        assertThat(new ObjectMapper().readTree(out.resolve("run.json").toFile()).path("entity_decisions")
                .path("in_force").asInt()).isEqualTo(2);
    }

    private static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.canonicalName().equals(name)).findFirst();
    }
}
