package org.newsquotes.review;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Which annotators review which documents ({@code OUTPUT/review/assignments.csv}: {@code doc_id,annotator}, one row
 * per document and annotator). {@link #plan} spreads the documents over the annotators in turn and gives a chosen
 * share of them to a second annotator as well (double annotation, for agreement and adjudication). The choice of the
 * doubled documents is by a hash of the doc_id, so it is deterministic and does not depend on the order of the list.
 * An annotator with documents assigned sees only those in the review page (unless they ask for all).
 */
public final class Assignments {
    /** The file's place in an output directory. */
    public static final String RELATIVE_PATH = "review/assignments.csv";

    private final Map<String, Set<String>> docsByAnnotator;

    private Assignments(Map<String, Set<String>> docsByAnnotator) {
        this.docsByAnnotator = docsByAnnotator;
    }

    /** No assignments: every annotator sees every document. */
    public static final Assignments NONE = new Assignments(Map.of());

    /**
     * Assigns {@code docIds} to {@code annotators} in turn, and {@code doubleShare} of them (0 to 1) to the next
     * annotator as well.
     */
    public static Assignments plan(Collection<String> docIds, List<String> annotators, double doubleShare) {
        if (annotators.isEmpty()) throw new IllegalArgumentException("name at least one annotator");
        if (doubleShare < 0 || doubleShare > 1) throw new IllegalArgumentException("the double share must be 0..1");
        if (doubleShare > 0 && annotators.size() < 2) throw new IllegalArgumentException("double annotation needs two annotators");
        for (String a : annotators) ReviewSession.checkAnnotator(a);
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String a : annotators) out.put(a, new LinkedHashSet<>());
        int i = 0;
        for (String doc : docIds) {
            int first = i++ % annotators.size();
            out.get(annotators.get(first)).add(doc);
            if (doubled(doc, doubleShare)) out.get(annotators.get((first + 1) % annotators.size())).add(doc);
        }
        return new Assignments(out);
    }

    /** Is this document in the doubled share? A hash of its id below the share, so about that share of them. */
    static boolean doubled(String docId, double share) {
        long h = 1125899906842597L;
        for (int k = 0; k < docId.length(); k++) h = 31 * h + docId.charAt(k);
        h ^= (h >>> 33);
        h *= 0xff51afd7ed558ccdL;
        h ^= (h >>> 33);
        return (h >>> 11) * 0x1.0p-53 < share;
    }

    /** The documents assigned to {@code annotator}; empty when none (then the annotator sees all). */
    public Set<String> docsOf(String annotator) {
        return docsByAnnotator.getOrDefault(annotator, Set.of());
    }

    public boolean isEmpty() { return docsByAnnotator.isEmpty(); }

    /** Documents assigned to two annotators or more. */
    public Set<String> doubledDocs() {
        Map<String, Integer> count = new LinkedHashMap<>();
        docsByAnnotator.values().forEach(ds -> ds.forEach(d -> count.merge(d, 1, Integer::sum)));
        Set<String> out = new LinkedHashSet<>();
        count.forEach((d, n) -> { if (n > 1) out.add(d); });
        return out;
    }

    /** Writes {@code review/assignments.csv} in {@code outputDir}. */
    public void write(Path outputDir) throws IOException {
        Path f = outputDir.resolve(RELATIVE_PATH);
        Files.createDirectories(f.getParent());
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                     .setHeader("doc_id", "annotator").build())) {
            for (var e : docsByAnnotator.entrySet()) for (String d : e.getValue()) p.printRecord(d, e.getKey());
        }
    }

    /** The assignments of an output directory; {@link #NONE} when it has no file. A bad row names the file and row. */
    public static Assignments read(Path outputDir) {
        Path f = outputDir.resolve(RELATIVE_PATH);
        if (!Files.isRegularFile(f)) return NONE;
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            for (CSVRecord rec : p) {
                if (!rec.isConsistent() || rec.get("doc_id").isBlank()) {
                    throw new IllegalArgumentException(f + ": row " + rec.getRecordNumber() + " needs doc_id and annotator");
                }
                ReviewSession.checkAnnotator(rec.get("annotator"));
                out.computeIfAbsent(rec.get("annotator"), k -> new LinkedHashSet<>()).add(rec.get("doc_id"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(f + ": " + e.getMessage(), e);
        }
        return new Assignments(out);
    }

    /** One line per annotator: how many documents, how many shared. */
    public String describe() {
        Set<String> doubled = doubledDocs();
        List<String> lines = new ArrayList<>();
        docsByAnnotator.forEach((a, ds) -> lines.add(a + ": " + ds.size() + " documents ("
                + ds.stream().filter(doubled::contains).count() + " double-annotated)"));
        return String.join("\n", lines);
    }
}
