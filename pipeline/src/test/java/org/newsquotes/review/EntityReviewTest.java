package org.newsquotes.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.entities.EntityCorrections;
import org.newsquotes.entities.EntityKnowledge;
import org.newsquotes.entities.EntityResolver;
import org.newsquotes.entities.NameOccurrence;
import org.newsquotes.entities.Resolution;
import org.newsquotes.record.Entity;

/** Entity decisions: validated, journaled, read back, undone, and what the resolver makes of them. Names are our own. */
class EntityReviewTest {
    @TempDir Path dir;

    private static final Entity MIRA = new Entity("mira_holt", "Mira Holt", "PERSON", List.of("Mira Holt", "Holt"), 5,
            List.of("a.txt", "b.txt"), List.of());
    private static final Entity HOLT_GROUP = new Entity("holt_group", "Holt Group", "ORGANIZATION", List.of("Holt Group"), 2,
            List.of("b.txt"), List.of());
    private static final Entity LEDGER = new Entity("valley_ledger", "Valley Ledger", "PERSON", List.of("Valley Ledger"), 3,
            List.of("c.txt"), List.of());

    private EntityReview review() {
        return new EntityReview(List.of(MIRA, HOLT_GROUP, LEDGER), EntityJournal.inOutput(dir), Clock.systemUTC());
    }

    @Test void searchFindsAnyPartOfANamePeopleFirst() {
        assertThat(review().search("holt", 10)).extracting(Entity::entityId).containsExactly("mira_holt", "holt_group");
        assertThat(review().search("", 10)).hasSize(3);
        assertThat(review().search("nobody", 10)).isEmpty();
    }

    @Test void decisionsAreJournaledReadBackAndUndone() {
        EntityReview r = review();
        r.split("ana", "mira_holt", List.of("Holt"));
        r.retype("ana", "valley_ledger", "ORGANIZATION");
        r.merge("bo", "mira_holt", "holt_group");
        EntityJournal.Contents c = EntityJournal.inOutput(dir).read();
        assertThat(c.decisions()).extracting(EntityDecision::action)
                .containsExactly(EntityDecision.Action.SPLIT, EntityDecision.Action.TYPE, EntityDecision.Action.MERGE);
        assertThat(c.decisions().get(0).names()).containsExactly("Holt");
        assertThat(c.decisions().get(0).others()).containsExactly("Mira Holt");
        assertThat(c.corrections().counts()).containsEntry("merge", 1).containsEntry("split", 1).containsEntry("type", 1);
        assertThat(review().decisionsOn("mira_holt")).hasSize(2);

        // ana's undo takes back her latest (the type), not bo's merge
        assertThat(review().undo("ana").orElseThrow().undoes()).isEqualTo(c.decisions().get(1).id());
        assertThat(EntityJournal.inOutput(dir).read().inForce()).extracting(EntityDecision::action)
                .containsExactly(EntityDecision.Action.SPLIT, EntityDecision.Action.MERGE);
        assertThat(review().undo("cy")).isEmpty();
    }

    @Test void badDecisionsAreRefusedAndNothingIsJournaled() {
        EntityReview r = review();
        assertThatThrownBy(() -> r.split("ana", "mira_holt", List.of("Mira Holt", "Holt"))).hasMessageContaining("at least one");
        assertThatThrownBy(() -> r.split("ana", "mira_holt", List.of("Someone"))).hasMessageContaining("not a name");
        assertThatThrownBy(() -> r.merge("ana", "mira_holt", "mira_holt")).hasMessageContaining("itself");
        assertThatThrownBy(() -> r.merge("ana", "mira_holt", "nobody")).hasMessageContaining("unknown entity");
        assertThatThrownBy(() -> r.retype("ana", "valley_ledger", "SPACESHIP")).hasMessageContaining("unknown type");
        assertThatThrownBy(() -> r.retype("ana", "valley_ledger", "PERSON")).hasMessageContaining("already");
        assertThatThrownBy(() -> r.retype("", "valley_ledger", "ORGANIZATION")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(EntityJournal.inOutput(dir).file())).isFalse();
        assertThatThrownBy(() -> EntityReview.none().retype("ana", "x", "PERSON")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test void aTornLastLineIsSkippedAndTheNextDecisionStartsAFreshLine() throws Exception {
        review().retype("ana", "valley_ledger", "ORGANIZATION");
        Files.writeString(EntityJournal.inOutput(dir).file(), "{\"v\":1,\"id\":\"x", java.nio.file.StandardOpenOption.APPEND);
        assertThat(EntityJournal.inOutput(dir).read().warnings()).hasSize(1);
        review().split("ana", "mira_holt", List.of("Holt"));
        EntityJournal.Contents c = EntityJournal.inOutput(dir).read();
        assertThat(c.decisions()).hasSize(2);
        assertThat(c.warnings()).hasSize(1);
    }

    @Test void theResolverHonoursSplitMergeAndTypeAndALaterMergeTakesBackASplit() {
        EntityKnowledge k = EntityKnowledge.load(ModelFiles.packaged());
        List<NameOccurrence> occ = List.of(
                new NameOccurrence("a.txt", "e1", "Mira Holt", "PERSON", 3, List.of("Mira Holt")),
                new NameOccurrence("b.txt", "e1", "Holt", "PERSON", 2, List.of("Holt")),
                // a one-word paper name typed PERSON in one article (two-word names typed differently meet anyway)
                new NameOccurrence("c.txt", "e1", "Valdorpost", "PERSON", 1, List.of("Valdorpost")),
                new NameOccurrence("d.txt", "e1", "Valdorpost", "ORGANIZATION", 1, List.of("Valdorpost")),
                new NameOccurrence("e.txt", "e1", "Jon Sapp", "PERSON", 1, List.of("Jon Sapp")),
                new NameOccurrence("e.txt", "e2", "Arvid Lunde", "PERSON", 1, List.of("Arvid Lunde")));
        Resolution machine = new EntityResolver(k).resolve(occ);
        assertThat(entityOf(machine, "a.txt")).isEqualTo(entityOf(machine, "b.txt"));
        assertThat(entityOf(machine, "c.txt")).isNotEqualTo(entityOf(machine, "d.txt"));

        EntityCorrections corrections = new EntityCorrections(List.of(
                new EntityCorrections.Split(List.of("Holt"), List.of("Mira Holt")),
                new EntityCorrections.Retype(List.of("Valdorpost"), "ORGANIZATION"),
                new EntityCorrections.Merge("Jon Sapp", "PERSON", List.of("Jon Sapp", "Arvid Lunde"))));
        Resolution decided = new EntityResolver(k.withCorrections(corrections)).resolve(occ);
        assertThat(entityOf(decided, "a.txt")).isNotEqualTo(entityOf(decided, "b.txt"));
        assertThat(entityOf(decided, "c.txt")).isEqualTo(entityOf(decided, "d.txt"));
        assertThat(decided.entities()).filteredOn(e -> e.canonicalName().equals("Valdorpost")).singleElement()
                .extracting(Entity::type).isEqualTo("ORGANIZATION");
        assertThat(decided.entityIdByRef().get(new NameOccurrence.LocalRef("e.txt", "e1")))
                .isEqualTo(decided.entityIdByRef().get(new NameOccurrence.LocalRef("e.txt", "e2")));

        // merged again later: the names meet again
        EntityCorrections again = new EntityCorrections(List.of(
                new EntityCorrections.Split(List.of("Holt"), List.of("Mira Holt")),
                new EntityCorrections.Merge("Mira Holt", "PERSON", List.of("Mira Holt", "Holt"))));
        Resolution remerged = new EntityResolver(k.withCorrections(again)).resolve(occ);
        assertThat(entityOf(remerged, "a.txt")).isEqualTo(entityOf(remerged, "b.txt"));
    }

    private static String entityOf(Resolution r, String doc) {
        return r.entityIdByRef().get(new NameOccurrence.LocalRef(doc, "e1"));
    }
}
