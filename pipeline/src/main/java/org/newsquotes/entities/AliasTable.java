package org.newsquotes.entities;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The curated alias table ({@code models/entity-aliases.csv}): names that denote one entity although no spelling
 * rule links them (US / America, IAEA / International Atomic Energy Agency, MBS / Mohammed bin Salman).
 * A hit forces a merge and the table's canonical name becomes the entity's name.
 *
 * <p>Lookup is by {@link NameText#key}: case, periods, diacritics and a leading "the" do not matter. A name listed
 * under two canonicals is a configuration error and stops the run at load time.
 */
public final class AliasTable {
    /** One row: the canonical name and its CoreNLP fine-grained type. */
    public record Canonical(String name, String type) {
        public Canonical {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    private final Map<String, Canonical> byKey;

    private AliasTable(Map<String, Canonical> byKey) { this.byKey = Map.copyOf(byKey); }

    public static AliasTable empty() { return new AliasTable(Map.of()); }

    /** Parses the CSV (header {@code canonical_name,type,aliases}, {@code #} comment lines already removed). */
    public static AliasTable parse(List<String> lines, NameText text, String source) {
        Map<String, Canonical> map = new HashMap<>();
        try {
            Iterable<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(String.join("\n", lines)));
            for (CSVRecord r : rows) {
                if (!r.isConsistent() && r.size() < 2) {
                    throw new IllegalArgumentException(source + " line " + r.getRecordNumber() + ": expected canonical_name,type,aliases");
                }
                Canonical c = new Canonical(r.get(0).strip(), r.get(1).strip());
                if (c.name().isEmpty() || c.type().isEmpty()) {
                    throw new IllegalArgumentException(source + " row " + r.getRecordNumber() + ": empty canonical name or type");
                }
                put(map, text.key(c.name()), c, source);
                if (r.size() > 2) {
                    for (String alias : r.get(2).split("\\|")) {
                        if (!alias.isBlank()) put(map, text.key(alias), c, source);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AliasTable(map);
    }

    private static void put(Map<String, Canonical> map, String key, Canonical c, String source) {
        Canonical old = map.putIfAbsent(key, c);
        if (old != null && !old.equals(c)) {
            throw new IllegalArgumentException(source + ": '" + key + "' is listed under both '" + old.name()
                    + "' and '" + c.name() + "'");
        }
    }

    /** This table with {@code overrides} (name key -> canonical) replacing its entries for those keys. */
    public AliasTable overriddenBy(Map<String, Canonical> overrides) {
        if (overrides.isEmpty()) return this;
        Map<String, Canonical> map = new HashMap<>(byKey);
        map.putAll(overrides);
        return new AliasTable(map);
    }

    /** The canonical entry for a name key ({@link NameText#key}), or null. */
    public Canonical lookupKey(String key) { return byKey.get(key); }

    public int size() { return byKey.size(); }
}
