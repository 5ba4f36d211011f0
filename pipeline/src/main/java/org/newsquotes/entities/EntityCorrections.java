package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What annotators decided about corpus-wide entities (the review app's entity decisions), as knowledge the resolver
 * applies on the next run ({@link EntityKnowledge#withCorrections}). Decisions are given in the order they were
 * made; a later one wins over an earlier one on the same names.
 *
 * <ul>
 *   <li><b>merge</b>: these names are one entity. Applied like a row of {@code models/entity-aliases.csv} (rule
 *       {@code alias-table}: yes), which wins over the curated table's row for a name listed in both. Example: an
 *       annotator merges "Tehran Times" into "The Tehran Times Daily".</li>
 *   <li><b>split</b>: these names are not that entity. Applied like rows of {@code models/never-merge.csv} between
 *       every name split off and every name left (rule {@code never-merge}: no, whatever else matches). Example:
 *       "Getty" (the family) split off "Getty Images" (the agency).</li>
 *   <li><b>type</b>: the entity of these names is of this type, however CoreNLP typed each mention (a newspaper
 *       typed PERSON in one article): every occurrence of the names takes the type before resolution, so the
 *       differently typed mentions meet, and the entity's type vote is overruled.</li>
 * </ul>
 * Names are compared by {@link NameText#key}, as the curated lists are.
 */
public final class EntityCorrections implements java.io.Serializable {
    /** No decisions. */
    public static final EntityCorrections NONE = new EntityCorrections();

    /** One decision, in the order made. */
    public sealed interface Decision extends java.io.Serializable permits Merge, Split, Retype {}

    /** {@code names} are one entity named {@code canonical} of {@code type}. */
    public record Merge(String canonical, String type, List<String> names) implements Decision {
        public Merge {
            Objects.requireNonNull(canonical, "canonical");
            Objects.requireNonNull(type, "type");
            names = List.copyOf(names);
        }
    }

    /** {@code apart} are not the entity that {@code from} name. */
    public record Split(List<String> apart, List<String> from) implements Decision {
        public Split {
            apart = List.copyOf(apart);
            from = List.copyOf(from);
            if (apart.isEmpty() || from.isEmpty()) throw new IllegalArgumentException("a split needs names on both sides");
        }
    }

    /** The entity of {@code names} is of {@code type}. */
    public record Retype(List<String> names, String type) implements Decision {
        public Retype {
            names = List.copyOf(names);
            Objects.requireNonNull(type, "type");
        }
    }

    private final List<Decision> decisions;

    private EntityCorrections() { this(List.of()); }

    public EntityCorrections(List<Decision> decisions) { this.decisions = List.copyOf(decisions); }

    public List<Decision> decisions() { return decisions; }

    public boolean isEmpty() { return decisions.isEmpty(); }

    /** How many decisions of each kind ({@code merge}, {@code split}, {@code type}), for run.json. */
    public Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("merge", 0);
        out.put("split", 0);
        out.put("type", 0);
        for (Decision d : decisions) {
            out.merge(d instanceof Merge ? "merge" : d instanceof Split ? "split" : "type", 1, Integer::sum);
        }
        return out;
    }

    /**
     * The decisions folded in order into what the resolver reads: alias rows by name key, never-merge pairs
     * (order-free keys), and a type per name key. A merge takes back earlier splits among its names; a split takes
     * the names split off out of an earlier merge's alias row.
     */
    Folded fold(NameText text) {
        Map<String, AliasTable.Canonical> aliases = new LinkedHashMap<>();
        Set<List<String>> apart = new LinkedHashSet<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (Decision d : decisions) {
            if (d instanceof Merge m) {
                List<String> keys = keys(text, m.names());
                keys.add(text.key(m.canonical()));
                AliasTable.Canonical c = new AliasTable.Canonical(m.canonical(), m.type());
                for (String k : keys) aliases.put(k, c);
                apart.removeIf(p -> keys.contains(p.get(0)) && keys.contains(p.get(1)));
            } else if (d instanceof Split s) {
                for (String a : keys(text, s.apart())) {
                    aliases.remove(a);
                    for (String b : keys(text, s.from())) if (!a.equals(b)) apart.add(pair(a, b));
                }
            } else if (d instanceof Retype r) {
                for (String k : keys(text, r.names())) types.put(k, r.type());
            }
        }
        return new Folded(aliases, new ArrayList<>(apart), types);
    }

    /** The decisions as the resolver's lists read them. */
    record Folded(Map<String, AliasTable.Canonical> aliases, List<List<String>> apart, Map<String, String> types) {}

    private static List<String> keys(NameText text, List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String k = text.key(n);
            if (!k.isEmpty() && !out.contains(k)) out.add(k);
        }
        return out;
    }

    private static List<String> pair(String a, String b) {
        return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    }

    @Override public boolean equals(Object o) {
        return o instanceof EntityCorrections c && c.decisions.equals(decisions);
    }

    @Override public int hashCode() { return decisions.hashCode(); }

    @Override public String toString() { return "EntityCorrections" + decisions; }
}
