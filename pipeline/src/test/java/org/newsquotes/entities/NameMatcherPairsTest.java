package org.newsquotes.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;

/**
 * Precision and recall of the {@link NameMatcher} over {@code entities/name-pairs.csv}: variant pairs and
 * look-alike non-pairs across Arabic, Persian, Russian/Ukrainian, Chinese/Korean, Turkish and European names, each
 * with where it comes from. Prints the figures and every error.
 */
class NameMatcherPairsTest {
    record Pair(String a, String b, String typeA, String typeB, boolean same, String source) {}

    static List<Pair> pairs() throws IOException {
        List<Pair> out = new ArrayList<>();
        try (InputStream in = NameMatcherPairsTest.class.getResourceAsStream("/entities/name-pairs.csv");
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').build().parse(r)) {
                String[] types = rec.get("type").split("\\|");
                out.add(new Pair(rec.get("name_a"), rec.get("name_b"), types[0], types[types.length - 1],
                        Boolean.parseBoolean(rec.get("same")), rec.get("source")));
            }
        }
        return out;
    }

    /** Counts, misses and false merges of one matcher over the list. */
    record Score(int tp, int fp, int fn, int tn, List<String> errors) {
        double precision() { return tp + fp == 0 ? 1 : tp / (double) (tp + fp); }

        double recall() { return tp + fn == 0 ? 1 : tp / (double) (tp + fn); }
    }

    static Score score(NameMatcher matcher, List<Pair> pairs) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        List<String> errors = new ArrayList<>();
        for (Pair p : pairs) {
            MatchDecision d = matcher.decide(p.a(), p.typeA(), p.b(), p.typeB());
            if (d.match() && p.same()) tp++;
            else if (d.match()) {
                fp++;
                errors.add("FALSE MERGE " + p.a() + " / " + p.b() + " (" + p.source() + "): " + d);
            } else if (p.same()) {
                fn++;
                errors.add("MISS " + p.a() + " / " + p.b() + " (" + p.source() + "): " + d);
            } else tn++;
        }
        return new Score(tp, fp, fn, tn, errors);
    }

    @Test void listIsLargeEnough() throws IOException {
        List<Pair> pairs = pairs();
        assertThat(pairs.stream().filter(Pair::same).count()).isGreaterThanOrEqualTo(100);
        assertThat(pairs.stream().filter(p -> !p.same()).count()).isGreaterThanOrEqualTo(100);
        assertThat(pairs).allMatch(p -> !p.source().isBlank());
    }

    @Test void precisionAtLeast099AndRecallAtLeast09() throws IOException {
        List<Pair> pairs = pairs();
        EntityKnowledge full = EntityKnowledge.load(ModelFiles.packaged());
        Score s = score(new NameMatcher(full), pairs);
        // the same rules without the curated lists, to show what the spelling rules achieve on their own
        EntityKnowledge bare = new EntityKnowledge(full.text(), AliasTable.empty(), NeverMergeList.empty(), full.titles(),
                full.particles(), full.suffixes(), full.acronymStopwords(), full.orgDesignators(), full.transliteration(),
                full.demonyms(), full.companyForms(), OutletList.empty(), full.givenNames());
        Score rulesOnly = score(new NameMatcher(bare), pairs);
        System.out.printf("name pairs: %d variants, %d look-alikes%n", s.tp() + s.fn(), s.fp() + s.tn());
        System.out.printf("NameMatcher:                 precision %.3f recall %.3f (tp %d fp %d fn %d)%n",
                s.precision(), s.recall(), s.tp(), s.fp(), s.fn());
        System.out.printf("without alias/never-merge:   precision %.3f recall %.3f (tp %d fp %d fn %d)%n",
                rulesOnly.precision(), rulesOnly.recall(), rulesOnly.tp(), rulesOnly.fp(), rulesOnly.fn());
        s.errors().forEach(e -> System.out.println("  " + e));
        assertThat(s.precision()).as("precision; errors: " + s.errors()).isGreaterThanOrEqualTo(0.99);
        assertThat(s.recall()).as("recall; errors: " + s.errors()).isGreaterThanOrEqualTo(0.9);
        // the alias table names some of these entities; the spelling rules must reach the targets without it
        assertThat(rulesOnly.precision()).as("rules-only precision; errors: " + rulesOnly.errors()).isGreaterThanOrEqualTo(0.99);
        assertThat(rulesOnly.recall()).as("rules-only recall; errors: " + rulesOnly.errors()).isGreaterThanOrEqualTo(0.9);
    }
}
