package org.newsquotes.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.eval.EntityClusteringScore;

/**
 * Measures the corpus-wide resolver on the seed gold's own surface forms (each variant as a one-mention entity
 * of its gold type in its own document), scored with {@link EntityClusteringScore}. A measurement of the rules,
 * not a fit: nothing in {@code models/} names these entities beyond general knowledge. Skipped when the shared
 * gold set is not on this machine.
 */
class SeedGoldVariantsTest {
    private static final Path SEED = Path.of("../../shared/eval/seed/entities.csv");

    @Test void resolverOnSeedGoldVariants() throws Exception {
        Path gold = SEED.isAbsolute() ? SEED : Path.of(System.getProperty("user.dir")).resolve(SEED).normalize();
        if (!Files.isRegularFile(gold)) gold = Path.of("/work/shared/eval/seed/entities.csv");
        assumeTrue(Files.isRegularFile(gold), "seed gold not available");
        List<EntityClusteringScore.GoldEntity> entities = EntityClusteringScore.readGold(gold);
        List<NameOccurrence> occ = new ArrayList<>();
        int doc = 0;
        for (var g : entities) {
            for (String v : g.variants()) occ.add(new NameOccurrence("d" + doc++, "e1", v, g.type(), 1, List.of(v)));
        }
        Resolution r = new EntityResolver(EntityKnowledge.load(ModelFiles.packaged())).resolve(occ);
        Map<String, String> system = new HashMap<>();
        for (NameOccurrence o : occ) system.put(o.name(), r.entityIdOf(o.docId(), o.localId()));
        var score = EntityClusteringScore.score(entities, system, true);
        System.out.println(score.report());
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
    }
}
