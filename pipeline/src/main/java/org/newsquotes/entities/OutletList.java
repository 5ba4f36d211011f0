package org.newsquotes.entities;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsquotes.config.ModelFiles;

/**
 * The curated list of news outlets ({@code models/outlets.csv}): newspapers, agencies, broadcasters, magazines and
 * news sites, which are organisations however CoreNLP types them in one sentence ("Kayhan wrote" comes out PERSON,
 * "AFP" O).
 *
 * <p>The list is used three ways:
 * <ol>
 *   <li>as a regexner gazetteer ({@link #regexnerMapping()}): every name and alias is tagged ORGANIZATION in the
 *       text, over whatever type the statistical NER gave it, so the quote stage and the entity stage see an
 *       organisation from the start;</li>
 *   <li>as alias-table rows ({@link #aliasRows()}): "AP" and "The Associated Press" merge into "Associated Press";</li>
 *   <li>to flag outlet entities ({@link #isOutlet(String)}, {@code entities.csv} column {@code outlet}).</li>
 * </ol>
 * A type outside {@link Type}, a row without a name, or a name listed twice stops the run at load, naming the file
 * and the row.
 */
public final class OutletList {
    /** The file in {@code models/}. */
    public static final String FILE = "outlets.csv";

    /** What kind of outlet a row is. */
    public enum Type {
        NEWSPAPER, AGENCY, BROADCASTER, MAGAZINE, ONLINE;

        static Type parse(String s, String where) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": unknown outlet type '" + s + "' (one of newspaper, "
                        + "agency, broadcaster, magazine, online)");
            }
        }
    }

    /** One outlet: its canonical name, other names, home country and type. */
    public record Outlet(String name, List<String> aliases, String country, Type type) {
        public Outlet {
            Objects.requireNonNull(name, "name");
            aliases = List.copyOf(aliases);
            Objects.requireNonNull(type, "type");
        }

        /** The canonical name and every alias. */
        public List<String> names() {
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(aliases);
            return all;
        }
    }

    /** Every outlet is an organisation: the type its names get in the text and in the alias table. */
    public static final String NER_TYPE = "ORGANIZATION";

    /**
     * NER types the gazetteer may overwrite: the coarse ones and the fine-grained place and nationality types the
     * statistical NER gives outlet names ("Al Jazeera" LOCATION, "Asharq Al-Awsat" CITY, "Kayhan" PERSON).
     */
    static final String OVERWRITABLE = "PERSON,LOCATION,ORGANIZATION,MISC,CITY,COUNTRY,STATE_OR_PROVINCE,NATIONALITY,"
            + "RELIGION,TITLE,IDEOLOGY,CRIMINAL_CHARGE,CAUSE_OF_DEATH";

    private final List<Outlet> outlets;
    private final Set<String> keys;
    private final NameText text;

    private OutletList(List<Outlet> outlets, NameText text) {
        this.outlets = List.copyOf(outlets);
        this.text = text;
        Set<String> k = new HashSet<>();
        for (Outlet o : outlets) for (String n : o.names()) k.add(text.key(n));
        this.keys = Set.copyOf(k);
    }

    public static OutletList empty() { return new OutletList(List.of(), new NameText()); }

    public static OutletList load(ModelFiles models) {
        return parse(models.lines(FILE), new NameText(), FILE);
    }

    /** Parses the CSV (header {@code name,aliases,country,type}; {@code #} comment lines already removed). */
    public static OutletList parse(List<String> lines, NameText text, String source) {
        List<Outlet> out = new ArrayList<>();
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        try {
            Iterable<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(String.join("\n", lines)));
            for (CSVRecord r : rows) {
                String where = source + " row " + r.getRecordNumber();
                if (r.size() < 4) throw new IllegalArgumentException(where + ": expected name,aliases,country,type");
                String name = r.get(0).strip();
                if (name.isEmpty()) throw new IllegalArgumentException(where + ": no name");
                List<String> aliases = new ArrayList<>();
                for (String a : r.get(1).split("\\|")) if (!a.isBlank()) aliases.add(a.strip());
                Outlet o = new Outlet(name, aliases, r.get(2).strip(), Type.parse(r.get(3), where));
                for (String n : o.names()) {
                    String before = seen.putIfAbsent(text.key(n), name);
                    if (before != null && !before.equals(name)) {
                        throw new IllegalArgumentException(where + ": '" + n + "' is also a name of '" + before + "'");
                    }
                }
                out.add(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutletList(out, text);
    }

    public List<Outlet> outlets() { return outlets; }

    /** True when {@code name} is an outlet's name or alias (case, periods, diacritics and a leading "the" aside). */
    public boolean isOutlet(String name) {
        return keys.contains(text.key(name));
    }

    /** The outlets as alias-table rows ({@code canonical_name,type,aliases}, with a header). */
    public List<String> aliasRows() {
        List<String> rows = new ArrayList<>();
        rows.add("canonical_name,type,aliases");
        for (Outlet o : outlets) {
            rows.add(csv(o.name()) + "," + NER_TYPE + "," + csv(String.join("|", o.aliases())));
        }
        return rows;
    }

    /**
     * The list as a CoreNLP regexner mapping: one line per written form, {@code pattern TAB ORGANIZATION TAB
     * overwritable types TAB priority}. Patterns are token sequences as CoreNLP's tokenizer splits them ("People's"
     * is {@code People 's}), each token matched literally and case-sensitively; a name starting with "The" and two
     * more words also matches without it ("New York Times"), while a shorter one ("The Guardian") does not, as its
     * bare word is too often something else.
     */
    public String regexnerMapping() {
        Set<String> forms = new LinkedHashSet<>();
        for (Outlet o : outlets) {
            for (String n : o.names()) {
                forms.add(n);
                String[] words = n.split("\\s+");
                if (words.length >= 3 && words[0].equals("The")) forms.add(n.substring(4).strip());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String f : forms) {
            sb.append(pattern(f)).append('\t').append(NER_TYPE).append('\t').append(OVERWRITABLE).append("\t2\n");
        }
        return sb.toString();
    }

    /** A written form as regexner's pattern: tokens split as CoreNLP splits them, each a literal. */
    static String pattern(String form) {
        String spaced = form.replaceAll("(\\p{L})'s\\b", "$1 's").replaceAll("(\\p{L})'(\\s|$)", "$1 '$2");
        List<String> tokens = new ArrayList<>();
        for (String t : spaced.strip().split("\\s+")) tokens.add(t.replaceAll("([\\\\.\\[\\]{}()*+?^$|/-])", "\\\\$1"));
        return String.join(" ", tokens);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
