package org.newsquotes.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;

/**
 * Seeded random names (letters from several scripts, diacritics, apostrophes, hyphens, periods, stray punctuation,
 * empty strings): the matcher never throws, is symmetric, and a name always matches itself when it has letters.
 * The resolver gives the same result for the same random input in any order.
 */
class NameMatcherRandomTest {
    private static final EntityKnowledge KNOWLEDGE = EntityKnowledge.load(ModelFiles.packaged());
    private static final String[] TYPES = {"PERSON", "ORGANIZATION", "COUNTRY", "CITY", "LOCATION", "MISC", "NATIONALITY"};
    private static final String PIECES = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZğüşıöçéàñøłßæ"
            + "абвгдежзийклмнопрстуфхцчшщыэюя" + "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "中国北京习近平" + " '’-.,()&/";

    private static String randomName(Random r) {
        int len = r.nextInt(18);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) b.append(PIECES.charAt(r.nextInt(PIECES.length())));
        return b.toString();
    }

    @Test void randomNamesNeverBreakTheMatcher() {
        NameMatcher m = new NameMatcher(KNOWLEDGE);
        Random r = new Random(20261121);
        for (int i = 0; i < 3000; i++) {
            String a = randomName(r);
            String b = r.nextInt(4) == 0 ? a.toUpperCase() : randomName(r);
            String ta = TYPES[r.nextInt(TYPES.length)];
            String tb = r.nextBoolean() ? ta : TYPES[r.nextInt(TYPES.length)];
            MatchDecision x = m.decide(a, ta, b, tb);
            MatchDecision y = m.decide(b, tb, a, ta);
            assertThat(y.match()).as("symmetric: '%s' %s / '%s' %s: %s vs %s", a, ta, b, tb, x, y).isEqualTo(x.match());
            if (KNOWLEDGE.text().key(a).isEmpty()) assertThat(x.match()).isFalse();
            else assertThat(m.decide(a, ta, a, ta).match()).as("'%s' matches itself", a).isTrue();
        }
    }

    @Test void randomNamesResolveTheSameInAnyOrder() {
        Random r = new Random(7);
        List<NameOccurrence> occ = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String n = randomName(r);
            if (n.isBlank()) continue;
            occ.add(new NameOccurrence("d" + i, "e1", n, TYPES[r.nextInt(TYPES.length)], 1 + r.nextInt(3), List.of(n)));
        }
        EntityResolver resolver = new EntityResolver(KNOWLEDGE);
        Resolution first = resolver.resolve(occ);
        java.util.Collections.shuffle(occ, r);
        Resolution second = resolver.resolve(occ);
        assertThat(second.entities()).isEqualTo(first.entities());
        assertThat(second.entityIdByRef()).isEqualTo(first.entityIdByRef());
    }
}
