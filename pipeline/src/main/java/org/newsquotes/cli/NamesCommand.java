package org.newsquotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.newsquotes.entities.EntityKnowledge;
import org.newsquotes.entities.EntityResolver;
import org.newsquotes.entities.MatchDecision;
import org.newsquotes.entities.NameMatcher;
import org.newsquotes.entities.NameOccurrence;
import org.newsquotes.entities.Resolution;
import org.newsquotes.record.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code names INPUT.csv [--out OUTPUT.csv]} clusters a researcher's own name list with the same matcher and
 * resolver as {@code annotate}; {@code names --pair A B [--type T]} explains the decision for two names.
 *
 * <p>The input needs a {@code name} column and may have a {@code type} column (CoreNLP type names: PERSON,
 * ORGANIZATION, COUNTRY, CITY, LOCATION, FACILITY, ...). Rows without a type get {@code --type}; without that, the
 * type is guessed: the alias table's type when the name is listed there, ORGANIZATION for an acronym or a name
 * ending in a designator ("News Agency"), else PERSON
 * (for {@code --pair}, a type known for one name is used for both).
 * The output repeats every input row and column, in order, and adds {@code cluster_id} (the entity id
 * {@code annotate} would give) and {@code canonical_name}. Rows with an empty name get empty cells.
 */
@Command(name = "names", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Clusters the names of a CSV (column 'name', optional 'type') into entities, adding cluster_id "
                + "and canonical_name; or, with --pair, says whether two names are one entity and why."})
public final class NamesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT.csv", description = "CSV with a 'name' column.")
    Path input;

    @Option(names = "--out", paramLabel = "OUTPUT.csv", description = "Where to write the result (default: standard output).")
    Path out;

    @Option(names = "--cases", paramLabel = "CASES.csv", description = "Score labelled pairs (columns schema, name1, "
            + "name2, is_match; OpenSanctions' layout): precision and recall overall and per schema, each pair decided "
            + "alone. With --out, every pair with the decision and its reason is written there.")
    Path cases;

    @Option(names = "--pair", arity = "2", paramLabel = "NAME", description = "Decide for two names instead of a file.")
    List<String> pair;

    @Option(names = "--type", paramLabel = "T",
            description = "Type for --pair and for rows without a type (default: the alias table's type for a listed "
                    + "name, ORGANIZATION for an acronym, else PERSON).")
    String type;

    @Option(names = "--models", paramLabel = "DIR",
            description = "Editable resources (alias table, never-merge list ...); missing files come from the packaged copy.")
    Path models;

    @Override public Integer call() throws IOException {
        if (cases != null) return scoreCases();
        if ((pair == null) == (input == null)) {
            throw new IllegalArgumentException("give either INPUT.csv or --pair A B (not both, not neither)");
        }
        EntityKnowledge knowledge = EntityKnowledge.load(AnnotateCommand.modelFiles(models));
        EntityResolver resolver = new EntityResolver(knowledge);
        String t = type == null ? null : type.strip().toUpperCase(Locale.ROOT);
        PrintWriter stdout = spec.commandLine().getOut();
        if (pair != null) {
            String ta = t;
            String tb = t;
            if (t == null) {
                String ga = guessType(knowledge, pair.get(0));
                String gb = guessType(knowledge, pair.get(1));
                ta = ga != null ? ga : gb != null ? gb : "PERSON";
                tb = gb != null ? gb : ta;
            }
            MatchDecision d = resolver.matcher().decide(pair.get(0), ta, pair.get(1), tb);
            stdout.println((d.match() ? "same entity" : "different entities") + ": '" + pair.get(0) + "' / '"
                    + pair.get(1) + "' (" + (ta.equals(tb) ? ta : ta + " / " + tb) + ")");
            stdout.println("rule: " + d.rule() + (d.weak() ? " (weak: applied only when unambiguous in a corpus)" : ""));
            stdout.printf(Locale.ROOT, "confidence: %.2f%n", d.confidence());
            stdout.println("why: " + d.reason());
            stdout.flush();
            return Main.OK;
        }
        return clusterFile(resolver, knowledge, t, stdout);
    }

    /**
     * The alias table's type for a listed name; ORGANIZATION for an acronym or a name ending in an organisation
     * designator ("Tasnim News Agency"); null when nothing is known.
     */
    static String guessType(EntityKnowledge knowledge, String name) {
        var alias = knowledge.alias(name);
        if (alias != null) return alias.type();
        if (org.newsquotes.entities.Acronyms.looksLikeAcronym(name.strip())) return "ORGANIZATION";
        List<String> words = org.newsquotes.entities.NameText.words(name);
        return words.size() > 1 && knowledge.isDesignator(words.get(words.size() - 1)) ? "ORGANIZATION" : null;
    }

    private int clusterFile(EntityResolver resolver, EntityKnowledge knowledge, String defaultType, PrintWriter stdout)
            throws IOException {
        if (!Files.isRegularFile(input)) throw new IllegalArgumentException("input file not found: " + input);
        List<String> header;
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false)
                    .build().parse(r);
            header = new ArrayList<>(parser.getHeaderNames());
            rows = parser.getRecords();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read " + input + " as CSV: " + e.getMessage(), e);
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) header.set(0, header.get(0).substring(1));
        int nameCol = index(header, "name");
        if (nameCol < 0) throw new IllegalArgumentException(input + " has no 'name' column (columns: " + header + ")");
        int typeCol = index(header, "type");
        if (header.contains("cluster_id") || header.contains("canonical_name")) {
            throw new IllegalArgumentException(input + " already has cluster_id / canonical_name columns");
        }
        List<NameOccurrence> occ = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String name = cell(rows.get(i), nameCol);
            if (name.isBlank()) continue;
            String t = typeCol >= 0 && !cell(rows.get(i), typeCol).isBlank()
                    ? cell(rows.get(i), typeCol).strip().toUpperCase(Locale.ROOT) : defaultType;
            if (t == null) {
                String guess = guessType(knowledge, name);
                t = guess != null ? guess : "PERSON";
            }
            occ.add(new NameOccurrence("row" + (i + 1), "n", name.strip(), t, 1, List.of(name.strip())));
        }
        Resolution res = resolver.resolve(occ);
        List<String> outHeader = new ArrayList<>(header);
        outHeader.add("cluster_id");
        outHeader.add("canonical_name");
        Path tmp = out == null ? null : out.toAbsolutePath().resolveSibling(out.getFileName() + ".tmp");
        Writer w = out == null ? new NonClosing(stdout) : Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(outHeader.toArray(String[]::new)).build())) {
            for (int i = 0; i < rows.size(); i++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < header.size(); c++) cells.add(cell(rows.get(i), c));
                String id = res.entityIdOf("row" + (i + 1), "n");
                Entity e = id == null ? null : res.entity(id);
                cells.add(id == null ? "" : id);
                cells.add(e == null ? "" : e.canonicalName());
                p.printRecord(cells);
            }
        }
        if (out != null) Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getErr().printf(Locale.ROOT, "%d names, %d clusters; merges by rule: %s%n", occ.size(),
                res.entities().size(), res.mergesByRule());
        return Main.OK;
    }

    private static int index(List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) if (header.get(i).strip().equalsIgnoreCase(column)) return i;
        return -1;
    }

    private static String cell(CSVRecord r, int i) { return i < r.size() ? r.get(i) : ""; }

    /** Lets the CSV printer write to picocli's stdout writer without closing it. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(PrintWriter target) { super(target); }

        @Override public void close() throws IOException { flush(); }
    }

    /** {@code names --cases FILE}: precision and recall of the matcher on labelled pairs, overall and per schema. */
    private int scoreCases() throws IOException {
        EntityKnowledge knowledge = EntityKnowledge.load(AnnotateCommand.modelFiles(models));
        NameMatcher matcher = new EntityResolver(knowledge).matcher();
        Map<String, int[]> bySchema = new TreeMap<>(); // tp, fp, fn, tn
        List<List<String>> decisions = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(cases, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader()
                     .setSkipHeaderRecord(true).build().parse(r)) {
            for (CSVRecord rec : p) {
                String schema = rec.get("schema");
                String t = "Person".equals(schema) ? "PERSON" : "ORGANIZATION";
                boolean gold = Boolean.parseBoolean(rec.get("is_match"));
                MatchDecision d = matcher.decide(rec.get("name1"), t, rec.get("name2"), t);
                for (String key : new String[] {"all", schema}) {
                    int[] c = bySchema.computeIfAbsent(key, k -> new int[4]);
                    c[gold ? (d.match() ? 0 : 2) : (d.match() ? 1 : 3)]++;
                }
                decisions.add(List.of(schema, rec.get("name1"), rec.get("name2"), String.valueOf(gold),
                        String.valueOf(d.match()), d.rule(), d.reason()));
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("schema               pairs  match    TP    FP    FN       P       R      F1");
        for (Map.Entry<String, int[]> e : bySchema.entrySet()) {
            int[] c = e.getValue();
            double prec = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
            double rec = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
            double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
            stdout.println(String.format(Locale.ROOT, "%-18s %7d %6d %5d %5d %5d   %.3f   %.3f   %.3f", e.getKey(),
                    c[0] + c[1] + c[2] + c[3], c[0] + c[2], c[0], c[1], c[2], prec, rec, f1));
        }
        if (out != null) {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                         .setHeader("schema", "name1", "name2", "is_match", "decided", "rule", "why").build())) {
                csv.printRecords(decisions);
            }
            stdout.println("every pair with its decision: " + out);
        }
        stdout.flush();
        return Main.OK;
    }
}
