package org.newsquotes.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.eval.EntityClusteringScore.GoldEntity;

class EntityClusteringScoreTest {
    private static final List<GoldEntity> GOLD = List.of(
            new GoldEntity("hugh_hill", "Hugh Hill", "PERSON", List.of("Hugh Hill", "Hill", "Dr Hugh Hill"), false),
            new GoldEntity("anna_hill", "Anna Hill", "PERSON", List.of("Anna Hill"), false),
            new GoldEntity("ruritania", "Ruritania", "COUNTRY", List.of("Ruritania", "RU"), false),
            new GoldEntity("ruritanian", "Ruritanian", "NATIONALITY", List.of("Ruritanian"), true));

    @Test void perfectClusteringScoresOne() {
        var r = EntityClusteringScore.score(GOLD, Map.of("Hugh Hill", "a", "Hill", "a", "Dr Hugh Hill", "a",
                "Anna Hill", "b", "Ruritania", "c", "RU", "c"), false);
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(1.0);
        assertThat(r.items()).isEqualTo(6);
    }

    @Test void falseMergesAndMissesAreCountedAndListed() {
        // Anna Hill wrongly merged with Hugh Hill; RU not found
        var r = EntityClusteringScore.score(GOLD, Map.of("Hugh Hill", "a", "Hill", "a", "Dr Hugh Hill", "x",
                "Anna Hill", "a", "Ruritania", "c"), false);
        // gold positives: 3 (hugh) + 1 (ruritania) = 4; system positives among items: (Hugh Hill,Hill) (Hugh Hill,Anna) (Hill,Anna)
        assertThat(r.truePositives()).isEqualTo(1);
        assertThat(r.falseMerges()).hasSize(2);
        assertThat(r.misses()).hasSize(2);
        assertThat(r.unfoundPairs()).hasSize(1);
        assertThat(r.precision()).isEqualTo(1 / 3.0);
        assertThat(r.recall()).isEqualTo(1 / 3.0);
        assertThat(r.strictRecall()).isEqualTo(1 / 4.0);
        assertThat(r.coverage()).isEqualTo(5 / 6.0);
        assertThat(r.notFound()).containsExactly("RU (gold ruritania)");
        assertThat(r.report()).contains("'Hugh Hill' / 'Anna Hill': gold hugh_hill / anna_hill, ours a");
    }

    @Test void optionalRowsCountOnlyWhenAsked() {
        Map<String, String> sys = Map.of("Ruritania", "c", "RU", "c", "Ruritanian", "c");
        assertThat(EntityClusteringScore.score(GOLD, sys, false).falseMerges()).isEmpty();
        assertThat(EntityClusteringScore.score(GOLD, sys, true).falseMerges()).hasSize(2);
    }

    @Test void readsOurMentionsAndEntitiesTables(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.csv");
        Files.writeString(gold, "entity_id,canonical_name,type,variants,docs,notes\n"
                + "hugh_hill,Hugh Hill,PERSON,Hugh Hill|Hill,a.txt,\n"
                + "ruritania,Ruritania,COUNTRY,Ruritania|RU,a.txt,\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("mentions.csv"), "doc_id,mention_id,sentence,start,end,text,ner,entity_id\n"
                + "a.txt,m1,0,0,9,Hugh\u00A0Hill,PERSON,hugh_hill\n"
                + "a.txt,m2,0,20,24,Hill,PERSON,hugh_hill\n"
                + "a.txt,m3,1,30,34,Hill,PERSON,other\n"
                + "a.txt,m4,1,40,49,Ruritania,COUNTRY,ruritania\n");
        Files.writeString(out.resolve("entities.csv"), "entity_id,canonical_name,type,variants,mentions,documents,merge_evidence\n"
                + "ruritania,Ruritania,COUNTRY,Ruritania|RU,1,a.txt,\n");
        var r = EntityClusteringScore.evaluate(gold, out, true);
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(1.0);
    }

    @Test void titledGoldFormsAreLookedUpWithoutTheirTitle() {
        Map<String, String> sys = Map.of("Hugh Hill", "a", "Hill", "a", "Anna Hill", "b", "Ruritania", "c", "RU", "c");
        assertThat(EntityClusteringScore.score(GOLD, sys, false).notFound()).containsExactly("Dr Hugh Hill (gold hugh_hill)");
        var r = EntityClusteringScore.score(GOLD, sys, false, s -> s.replaceFirst("^Dr ", ""));
        assertThat(r.notFound()).isEmpty();
        assertThat(r.recall()).isEqualTo(1.0);
    }
}
