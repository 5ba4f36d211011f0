package org.newsquotes.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;

/**
 * Exports reviewed quotes as a gold set in the team's format ({@code shared/eval/FORMAT.md}): {@code docs/},
 * {@code quotes.csv}, {@code entities.csv}, so {@code eval --gold} can score later runs against reviewed data.
 *
 * <p>Takes documents with the journal already applied ({@link ReviewApplier}). Rules:
 * <ul>
 *   <li>A document goes in only when every quote in it has been reviewed (otherwise a true quote nobody looked
 *       at would count as a false alarm of later runs); {@code partial} lifts this and includes every document
 *       with at least one reviewed quote.</li>
 *   <li>Accepted and corrected quotes become gold rows; rejected ones are left out (they are not quotes).
 *       Unreviewed quotes of partial documents are left out too.</li>
 *   <li>{@code speaker} is the speaker's corpus entity id, or a slug of the name when the pipeline had none;
 *       empty for kind {@code other}. {@code speaker_mention} is the evidence mention, empty after a correction.</li>
 *   <li>{@code docs/<doc id>}: with a corpus directory, the original file ({@link org.newsquotes.record.Document#path()}
 *       resolved inside it, never outside) is copied byte for byte; without one, the cleaned text is written
 *       (fine for {@code .txt} sources; give {@code --corpus} for HTML/JSON sources so eval can re-ingest the
 *       originals). The {@code doc} column names that file, which is the doc id, as eval matches them.</li>
 * </ul>
 * {@code qid} numbers the exported quotes in reading order, as FORMAT.md asks; {@code notes} carries the output's own
 * quote id ({@code quote_id=q7}, {@code quote_id=r1a2b3c4d} for an added quote), which stays the same across exports
 * while the pipeline's output does, so a gold set can be traced back to {@code quotes.csv}.
 * Quotes annotators added (status {@code added}) are gold quotes like accepted ones, so a gold set from documents
 * reviewed fully (every quote decided, missed ones added) measures recall too.
 */
public final class GoldExporter {
    /** What was written. */
    public record Summary(int documents, int quotes, int entities, int skippedIncompleteDocuments) {}

    private GoldExporter() {}

    public static Summary export(List<AnnotatedDocument> docs, Path dir, Path corpusDir, boolean partial) {
        try {
            Path docsDir = dir.resolve("docs");
            Files.createDirectories(docsDir);
            Map<String, String[]> entities = new LinkedHashMap<>(); // id -> name, type, variants, docs, notes
            Map<String, Set<String>> entVariants = new LinkedHashMap<>();
            Map<String, Set<String>> entDocs = new LinkedHashMap<>();
            int docCount = 0, quoteCount = 0, skipped = 0;
            Set<String> usedNames = new HashSet<>();
            try (Writer qw = Files.newBufferedWriter(dir.resolve("quotes.csv"), StandardCharsets.UTF_8);
                 CSVPrinter qp = new CSVPrinter(qw, CSVFormat.RFC4180.builder()
                         .setHeader("doc", "qid", "kind", "text", "speaker", "speaker_mention", "cue", "notes").build())) {
                for (AnnotatedDocument d : docs) {
                    long reviewed = d.quotes().stream().filter(q -> q.reviewStatus() != ReviewStatus.UNREVIEWED).count();
                    if (reviewed == 0) continue;
                    if (!partial && reviewed < d.quotes().size()) {
                        skipped++;
                        continue;
                    }
                    String fileName = writeDoc(d, docsDir, corpusDir, usedNames);
                    docCount++;
                    int qid = 0;
                    List<Quote> quotes = new ArrayList<>(d.quotes());
                    quotes.sort(Comparator.comparingInt(Quote::start));
                    for (Quote q : quotes) {
                        if (q.reviewStatus() != ReviewStatus.ACCEPTED && q.reviewStatus() != ReviewStatus.CORRECTED
                                && q.reviewStatus() != ReviewStatus.ADDED) continue;
                        var a = q.attribution();
                        String speakerId = "";
                        if (q.kind() != QuoteKind.OTHER && a.speaker() != null) {
                            speakerId = a.speakerEntityId() != null ? a.speakerEntityId() : slug(a.speaker());
                            Optional<LocalEntity> ent = d.entities().stream()
                                    .filter(e -> e.id().equals(a.speakerLocalId())).findFirst();
                            String id = speakerId;
                            entities.putIfAbsent(id, new String[] {a.speaker(), ent.map(LocalEntity::type).orElse("MISC"),
                                    ent.isPresent() ? "" : "type unknown: speaker typed by an annotator"});
                            Set<String> vs = entVariants.computeIfAbsent(id, k -> new LinkedHashSet<>());
                            vs.add(a.speaker());
                            ent.ifPresent(e -> vs.addAll(e.variants()));
                            entDocs.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(fileName);
                        }
                        qp.printRecord(fileName, "q" + (++qid), q.kind().label(), q.text(), speakerId,
                                a.mention() == null ? "" : a.mention(), a.cue() == null ? "" : a.cue(),
                                "review: " + q.reviewStatus().label() + (q.reviewStatus() == ReviewStatus.ACCEPTED
                                        ? " (machine method " + a.method() + ")" : "") + "; quote_id=" + q.id());
                        quoteCount++;
                    }
                }
            }
            try (Writer ew = Files.newBufferedWriter(dir.resolve("entities.csv"), StandardCharsets.UTF_8);
                 CSVPrinter ep = new CSVPrinter(ew, CSVFormat.RFC4180.builder()
                         .setHeader("entity_id", "canonical_name", "type", "variants", "docs", "notes").build())) {
                for (var e : entities.entrySet()) {
                    ep.printRecord(e.getKey(), e.getValue()[0], e.getValue()[1], String.join("|", entVariants.get(e.getKey())),
                            String.join("|", entDocs.get(e.getKey())), e.getValue()[2]);
                }
            }
            return new Summary(docCount, quoteCount, entities.size(), skipped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write gold set to " + dir, e);
        }
    }

    /**
     * Writes the document file and returns its name under {@code docs/}: the doc id itself (eval matches gold
     * file names to doc ids), with {@code / \\ #} and other unsafe characters replaced by {@code _} for nested or
     * multi-record sources (those then no longer match a doc id; a flat corpus is the normal case).
     */
    private static String writeDoc(AnnotatedDocument d, Path docsDir, Path corpusDir, Set<String> used) throws IOException {
        String name = uniqueFileName(d.docId().replaceAll("[^\\p{L}\\p{N}._ -]", "_").replaceAll("^\\.+", "_"), used);
        if (corpusDir != null) {
            Path root = corpusDir.toAbsolutePath().normalize();
            Path src = root.resolve(d.document().path()).normalize();
            if (src.startsWith(root) && Files.isRegularFile(src)) {
                Files.copy(src, docsDir.resolve(name));
                return name;
            }
        }
        Files.writeString(docsDir.resolve(name), d.text(), StandardCharsets.UTF_8);
        return name;
    }

    private static String uniqueFileName(String name, Set<String> used) {
        String n = name;
        for (int i = 2; !used.add(n.toLowerCase(Locale.ROOT)); i++) {
            int dot = name.lastIndexOf('.');
            n = dot > 0 ? name.substring(0, dot) + "_" + i + name.substring(dot) : name + "_" + i;
        }
        return n;
    }

    /** FORMAT.md entity ids: a lowercase slug of the name. */
    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "speaker" : s;
    }
}
