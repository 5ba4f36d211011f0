package org.newsquotes.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.entities.CleanName;
import org.newsquotes.entities.EntityKnowledge;

/**
 * Scores entity clustering against a FORMAT.md gold {@code entities.csv}: pairwise precision and recall over the
 * gold variants.
 *
 * <p><b>Matching rules.</b>
 * <ol>
 *   <li>Every distinct surface form listed in a gold entity's {@code variants} is an item. A surface listed under
 *       two gold entities is ambiguous and left out (reported). Gold rows whose {@code notes} start with
 *       "optional" are left out when {@code includeOptional} is false.</li>
 *   <li>The system's entity for a surface form comes from our {@code mentions.csv} (the {@code entity_id} of the
 *       mentions whose {@code text} is that form; when they disagree, the id with the most such mentions, ties to
 *       the smallest id) or, when a surface has no mention, from our {@code entities.csv} (the entity whose
 *       {@code variants} list it, or whose {@code canonical_name} it is). Surface forms are compared after
 *       collapsing white space (no-break spaces included); when no form matches exactly, a case-insensitive match
 *       is used, and then the form with leading titles stripped as our pipeline strips them ("President Donald
 *       Trump" is looked up as "Donald Trump": CoreNLP tags the title apart, so the titled form is never a
 *       mention of ours).</li>
 *   <li>Every unordered pair of items is a gold positive when both come from one gold entity, and a system positive
 *       when both were found and have one system entity. A gold positive the system does not make is a
 *       <i>miss</i>; a system positive that gold does not make is a <i>false merge</i>. Precision = TP / (TP +
 *       false merges); recall = TP / (TP + misses).</li>
 *   <li>Gold forms found nowhere in our output are a mention-detection failure, not a clustering one: the main
 *       figures ({@link Result#precision}, {@link Result#recall}) count pairs of found forms only;
 *       {@link Result#strictRecall} also counts every gold pair with an unfound form as a miss, and
 *       {@link Result#coverage} is the share of gold forms found. All three are reported.</li>
 * </ol>
 * Pure: {@link #score} takes the gold and the system's surface-to-entity map; {@link #evaluate} reads files.
 */
public final class EntityClusteringScore {
    private EntityClusteringScore() {}

    /** One gold entity. */
    public record GoldEntity(String entityId, String canonicalName, String type, List<String> variants, boolean optional) {
        public GoldEntity {
            Objects.requireNonNull(entityId, "entityId");
            variants = List.copyOf(variants);
        }
    }

    /** A pair the system got wrong. */
    public record PairError(String left, String right, String goldLeft, String goldRight, String systemLeft,
                            String systemRight) {
        @Override public String toString() {
            return "'" + left + "' / '" + right + "': gold " + goldLeft + (goldLeft.equals(goldRight) ? "" : " / " + goldRight)
                    + ", ours " + show(systemLeft) + (Objects.equals(systemLeft, systemRight) ? "" : " / " + show(systemRight));
        }

        private static String show(String s) { return s == null ? "(not found)" : s; }
    }

    /** The score and every error, for the eval report. */
    public record Result(int items, int truePositives, List<PairError> falseMerges, List<PairError> misses,
                         List<PairError> unfoundPairs, List<String> notFound, List<String> ambiguous) {
        public Result {
            falseMerges = List.copyOf(falseMerges);
            misses = List.copyOf(misses);
            unfoundPairs = List.copyOf(unfoundPairs);
            notFound = List.copyOf(notFound);
            ambiguous = List.copyOf(ambiguous);
        }

        public double precision() {
            int d = truePositives + falseMerges.size();
            return d == 0 ? 1.0 : truePositives / (double) d;
        }

        public double recall() {
            int d = truePositives + misses.size();
            return d == 0 ? 1.0 : truePositives / (double) d;
        }

        /** Recall counting gold pairs with an unfound form as misses. */
        public double strictRecall() {
            int d = truePositives + misses.size() + unfoundPairs.size();
            return d == 0 ? 1.0 : truePositives / (double) d;
        }

        /** Share of gold forms found in our output. */
        public double coverage() {
            return items == 0 ? 1.0 : (items - notFound.size()) / (double) items;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** One line of figures. */
        public String summary() {
            return String.format(Locale.ROOT, "entity clustering: %d gold variants, pairwise precision %.3f recall %.3f F1 %.3f "
                            + "(TP %d, false merges %d, misses %d); found %d of %d variants (coverage %.3f), strict recall %.3f",
                    items, precision(), recall(), f1(), truePositives, falseMerges.size(), misses.size(),
                    items - notFound.size(), items, coverage(), strictRecall());
        }

        /** A report a person can read: the figures, then every false merge, miss and unfound variant. */
        public String report() {
            StringBuilder b = new StringBuilder(summary()).append('\n');
            b.append("\nFalse merges (different gold entities, one of ours):\n");
            falseMerges.forEach(e -> b.append("  ").append(e).append('\n'));
            b.append("\nMisses (one gold entity, not one of ours):\n");
            misses.forEach(e -> b.append("  ").append(e).append('\n'));
            b.append("\nGold pairs with a form not found in our output (strict recall only):\n");
            unfoundPairs.forEach(e -> b.append("  ").append(e).append('\n'));
            b.append("\nGold variants not found in our output:\n");
            notFound.forEach(v -> b.append("  ").append(v).append('\n'));
            if (!ambiguous.isEmpty()) {
                b.append("\nSurface forms listed under two gold entities (left out):\n");
                ambiguous.forEach(v -> b.append("  ").append(v).append('\n'));
            }
            return b.toString();
        }
    }

    /** Reads gold and our output directory ({@code mentions.csv} and/or {@code entities.csv}) and scores. */
    public static Result evaluate(Path goldEntitiesCsv, Path outputDir, boolean includeOptional) throws IOException {
        return evaluate(goldEntitiesCsv, outputDir, includeOptional, EntityKnowledge.load(ModelFiles.packaged()));
    }

    /** As {@link #evaluate(Path, Path, boolean)} with the titles of the given knowledge. */
    public static Result evaluate(Path goldEntitiesCsv, Path outputDir, boolean includeOptional,
                                  EntityKnowledge knowledge) throws IOException {
        List<GoldEntity> gold = readGold(goldEntitiesCsv);
        Map<String, Map<String, Integer>> system = new HashMap<>();
        Path mentions = outputDir.resolve("mentions.csv");
        Path entities = outputDir.resolve("entities.csv");
        if (!Files.isRegularFile(mentions) && !Files.isRegularFile(entities)) {
            throw new IllegalArgumentException("no mentions.csv or entities.csv in " + outputDir);
        }
        if (Files.isRegularFile(mentions)) addMentions(mentions, system);
        Map<String, Map<String, Integer>> fromEntities = new HashMap<>();
        if (Files.isRegularFile(entities)) addEntities(entities, fromEntities);
        fromEntities.forEach(system::putIfAbsent);
        return score(gold, resolve(system), includeOptional, s -> CleanName.of(s, "PERSON", knowledge).name());
    }

    /** Gold entities from a FORMAT.md {@code entities.csv}. */
    public static List<GoldEntity> readGold(Path entitiesCsv) throws IOException {
        List<GoldEntity> out = new ArrayList<>();
        for (CSVRecord r : records(entitiesCsv)) {
            String notes = r.isMapped("notes") ? r.get("notes") : "";
            out.add(new GoldEntity(r.get("entity_id"), r.get("canonical_name"), r.get("type"),
                    split(r.get("variants")), notes.strip().toLowerCase(Locale.ROOT).startsWith("optional")));
        }
        return out;
    }

    /**
     * The score over gold, given the system entity of each surface form ({@code systemBySurface}: surface form ->
     * entity id; forms absent from the map were not found).
     */
    public static Result score(List<GoldEntity> gold, Map<String, String> systemBySurface, boolean includeOptional) {
        return score(gold, systemBySurface, includeOptional, null);
    }

    /** As {@link #score(List, Map, boolean)}, looking unfound forms up again after {@code stripTitles}. */
    public static Result score(List<GoldEntity> gold, Map<String, String> systemBySurface, boolean includeOptional,
                               java.util.function.UnaryOperator<String> stripTitles) {
        Map<String, String> goldBySurface = new LinkedHashMap<>();
        Set<String> ambiguous = new TreeSet<>();
        for (GoldEntity g : gold) {
            if (g.optional() && !includeOptional) continue;
            for (String v : g.variants()) {
                String s = normalise(v);
                String old = goldBySurface.putIfAbsent(s, g.entityId());
                if (old != null && !old.equals(g.entityId())) ambiguous.add(s);
            }
        }
        ambiguous.forEach(goldBySurface::remove);
        Map<String, String> lower = new HashMap<>();
        for (var e : systemBySurface.entrySet()) lower.putIfAbsent(normalise(e.getKey()).toLowerCase(Locale.ROOT), e.getValue());
        Map<String, String> exact = new HashMap<>();
        for (var e : systemBySurface.entrySet()) exact.put(normalise(e.getKey()), e.getValue());

        List<String> items = new ArrayList<>(goldBySurface.keySet());
        List<String> sys = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (String s : items) {
            String id = lookup(s, exact, lower);
            if (id == null && stripTitles != null) {
                String stripped = stripTitles.apply(s);
                if (!stripped.equals(s)) id = lookup(stripped, exact, lower);
            }
            sys.add(id);
            if (id == null) notFound.add(s + " (gold " + goldBySurface.get(s) + ")");
        }
        int tp = 0;
        List<PairError> falseMerges = new ArrayList<>();
        List<PairError> misses = new ArrayList<>();
        List<PairError> unfound = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                String gi = goldBySurface.get(items.get(i));
                String gj = goldBySurface.get(items.get(j));
                boolean goldSame = gi.equals(gj);
                boolean sysSame = sys.get(i) != null && sys.get(i).equals(sys.get(j));
                PairError e = new PairError(items.get(i), items.get(j), gi, gj, sys.get(i), sys.get(j));
                boolean found = sys.get(i) != null && sys.get(j) != null;
                if (goldSame && sysSame) tp++;
                else if (goldSame && !found) unfound.add(e);
                else if (goldSame) misses.add(e);
                else if (sysSame) falseMerges.add(e);
            }
        }
        return new Result(items.size(), tp, falseMerges, misses, unfound, notFound, new ArrayList<>(ambiguous));
    }

    private static String lookup(String s, Map<String, String> exact, Map<String, String> lower) {
        return exact.containsKey(s) ? exact.get(s) : lower.get(s.toLowerCase(Locale.ROOT));
    }

    /** Surface -> entity id with the most votes (ties to the smallest id). */
    static Map<String, String> resolve(Map<String, Map<String, Integer>> votes) {
        Map<String, String> out = new TreeMap<>();
        for (var e : votes.entrySet()) {
            String best = null;
            int bestVotes = -1;
            for (var v : new TreeMap<>(e.getValue()).entrySet()) {
                if (v.getValue() > bestVotes) {
                    best = v.getKey();
                    bestVotes = v.getValue();
                }
            }
            if (best != null) out.put(e.getKey(), best);
        }
        return out;
    }

    private static void addMentions(Path csv, Map<String, Map<String, Integer>> system) throws IOException {
        for (CSVRecord r : records(csv)) {
            String id = r.isMapped("entity_id") ? r.get("entity_id") : "";
            if (id.isBlank()) continue;
            system.computeIfAbsent(normalise(r.get("text")), k -> new HashMap<>()).merge(id, 1, Integer::sum);
        }
    }

    private static void addEntities(Path csv, Map<String, Map<String, Integer>> system) throws IOException {
        for (CSVRecord r : records(csv)) {
            String id = r.get("entity_id");
            List<String> names = new ArrayList<>(r.isMapped("variants") ? split(r.get("variants")) : List.of());
            if (r.isMapped("canonical_name")) names.add(r.get("canonical_name"));
            for (String v : names) system.computeIfAbsent(normalise(v), k -> new HashMap<>()).merge(id, 1, Integer::sum);
        }
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String v : cell.split("\\|")) if (!v.isBlank()) out.add(v.strip());
        return out;
    }

    static String normalise(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
