package org.newsquotes.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;

/**
 * Brings work done in INCEpTION or WebAnno back as review decisions: each imported TSV 3 file ({@link WebAnnoTsv}) is
 * compared with the output's quotes of its document, and the differences are journaled through the
 * {@link ReviewSession}, as if the annotator had made them in the review page (so they survive re-runs, can be
 * undone and count in agreement).
 *
 * <p>Rules, per quote annotation of the file (matched to the output's quotes by exact span, else by the quote id it
 * was exported with, else by an overlap of at least half of both):
 * <ol>
 *   <li>status {@code rejected}: reject.</li>
 *   <li>another span than the output's quote: change-span first.</li>
 *   <li>another speaker (names compared case-insensitively; its said-by words kept as the evidence): correct-speaker;
 *       another kind: change-kind.</li>
 *   <li>otherwise, status {@code accepted}: accept; a quote left as exported ({@code unreviewed}) gets no decision.</li>
 *   <li>no output quote matches: add-quote, with its kind (direct when none) and speaker.</li>
 * </ol>
 * An output quote that was exported ({@code quoteId} in the file) and no longer has an annotation there was deleted in
 * the other tool: reject. Everything is compared with the quote as the output shows it now (the team's decision in
 * force, else the machine's proposal), which is what the export wrote: a file exported and imported unchanged, or
 * imported twice, journals nothing.
 *
 * <p>Files are found as INCEpTION exports them ({@code annotation/<document>/<user>.tsv}: the annotator is the
 * user, {@code curation/<document>/*.tsv}: {@code curation}) or as {@code <document>.tsv} files (the annotator given).
 * The document is matched by name to the export's names ({@link BratExporter#uniqueName}); a file whose document is
 * not in the output, or whose tokens do not fit its text, is reported and skipped.
 */
public final class WebAnnoImport {
    private WebAnnoImport() {}

    /** What an import did: decisions journaled per action, files read, and one problem per skipped file. */
    public record Summary(Map<String, Integer> decisions, int files, List<String> problems) {
        public String describe() {
            return "imported " + files + " file(s): " + (decisions.isEmpty() ? "no changes" : decisions.toString())
                    + (problems.isEmpty() ? "" : "; " + problems.size() + " file(s) skipped");
        }
    }

    /** The export's file base name of every document, in document order (as {@code export-webanno} names them). */
    public static Map<String, AnnotatedDocument> byExportName(List<AnnotatedDocument> docs) {
        Map<String, AnnotatedDocument> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (AnnotatedDocument d : docs) out.put(BratExporter.uniqueName(d.docId(), used), d);
        return out;
    }

    /**
     * Imports every {@code .tsv} under {@code dir}.
     *
     * @param annotator the name decisions are journaled under; null: the INCEpTION user of each file (required for
     *                  files outside INCEpTION's layout)
     */
    public static Summary importDir(Path dir, ReviewSession session, List<AnnotatedDocument> docs, String annotator) {
        Map<String, AnnotatedDocument> byName = byExportName(docs);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int files = 0;
        List<Path> tsvs;
        try (Stream<Path> s = Files.walk(dir)) {
            tsvs = s.filter(p -> p.toString().endsWith(".tsv") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        for (Path f : tsvs) {
            String parent = f.getParent() == null || f.getParent().getFileName() == null ? "" : f.getParent().getFileName().toString();
            String file = f.getFileName().toString();
            boolean inception = f.getParent() != null && f.getParent().getParent() != null
                    && f.getParent().getParent().getFileName() != null
                    && Set.of("annotation", "curation").contains(f.getParent().getParent().getFileName().toString());
            String docName = stripExtension(inception ? parent : file);
            String who = annotator != null ? annotator
                    : inception && f.getParent().getParent().getFileName().toString().equals("curation") ? "curation"
                    : inception ? stripExtension(file) : null;
            AnnotatedDocument d = byName.get(docName);
            if (d == null) {
                problems.add(f + ": no document named " + docName + " in the output");
                continue;
            }
            if (who == null) {
                problems.add(f + ": give --annotator (the file is not in INCEpTION's annotation/<document>/<user>.tsv layout)");
                continue;
            }
            try {
                WebAnnoTsv.Parsed parsed = WebAnnoTsv.read(Files.readString(f, StandardCharsets.UTF_8), d.text());
                apply(session, d.docId(), who, parsed, counts);
                files++;
            } catch (IllegalArgumentException e) {
                problems.add(f + ": " + e.getMessage());
            } catch (IOException e) {
                problems.add(f + ": cannot read: " + e.getMessage());
            }
        }
        return new Summary(counts, files, problems);
    }

    private static String stripExtension(String name) {
        for (String ext : List.of(".tsv", ".txt")) {
            if (name.endsWith(ext)) return name.substring(0, name.length() - ext.length());
        }
        return name;
    }

    /** The rules of the class comment, for one document's parsed file. */
    static void apply(ReviewSession session, String docId, String who, WebAnnoTsv.Parsed parsed, Map<String, Integer> counts) {
        ReviewSession.Terms terms = ReviewSession.Terms.NONE;
        Set<String> matched = new HashSet<>();
        Set<String> exported = new HashSet<>();
        for (WebAnnoTsv.ImportedQuote iq : parsed.quotes()) if (iq.quoteId() != null) exported.add(iq.quoteId());
        for (WebAnnoTsv.ImportedQuote iq : parsed.quotes()) {
            AnnotatedDocument d = session.document(docId).orElseThrow();
            Optional<Quote> ours = match(d, iq);
            QuoteKind kind = iq.kind() == null ? null : QuoteKind.fromLabel(iq.kind());
            if (ours.isEmpty()) {
                if ("rejected".equals(iq.status())) continue;
                ReviewSession.Terms t = iq.speakerSpan() == null ? terms : terms.evidence(iq.speakerSpan());
                ReviewSession.Saved s = session.addQuote(who, docId, iq.span().start(), iq.span().end(),
                        kind == null ? QuoteKind.DIRECT : kind, iq.speaker(), null, t);
                matched.add(s.ref().quoteId());
                count(counts, ReviewAction.ADD_QUOTE);
                continue;
            }
            Quote q = ours.get();
            matched.add(q.id());
            if ("rejected".equals(iq.status())) {
                if (state(session, docId, q).status() != ReviewStatus.REJECTED) {
                    session.decide(who, docId, q.id(), ReviewAction.REJECT, null, null, null, terms);
                    count(counts, ReviewAction.REJECT);
                }
                continue;
            }
            if (q.start() != iq.span().start() || q.end() != iq.span().end()) {
                session.changeSpan(who, docId, q.id(), iq.span().start(), iq.span().end(), terms);
                count(counts, ReviewAction.CHANGE_SPAN);
            }
            ReviewState now = state(session, docId, q);
            boolean changed = false;
            if (!sameName(now.speaker(), iq.speaker())) {
                ReviewSession.Terms t = iq.speakerSpan() == null ? terms : terms.evidence(iq.speakerSpan());
                session.decide(who, docId, q.id(), ReviewAction.CORRECT_SPEAKER, iq.speaker() == null ? "" : iq.speaker(),
                        null, null, t);
                count(counts, ReviewAction.CORRECT_SPEAKER);
                changed = true;
            }
            if (kind != null && kind != now.kind()) {
                session.decide(who, docId, q.id(), ReviewAction.CHANGE_KIND, null, null, kind, terms);
                count(counts, ReviewAction.CHANGE_KIND);
                changed = true;
            }
            if (!changed && "accepted".equals(iq.status()) && now.status() == ReviewStatus.UNREVIEWED) {
                session.decide(who, docId, q.id(), ReviewAction.ACCEPT, null, null, null, terms);
                count(counts, ReviewAction.ACCEPT);
            }
        }
        // exported quotes whose annotation the other tool deleted; a file made there from scratch (no quote ids)
        // says nothing about our quotes
        if (exported.isEmpty()) return;
        AnnotatedDocument d = session.document(docId).orElseThrow();
        for (Quote q : d.quotes()) {
            if (matched.contains(q.id())) continue;
            ReviewStatus team = session.item(docId, q.id()).map(it -> it.state().status()).orElse(ReviewStatus.UNREVIEWED);
            // rejected before the export (so not exported), or added since: not a deletion
            if (team == ReviewStatus.REJECTED || team == ReviewStatus.ADDED) continue;
            session.decide(who, docId, q.id(), ReviewAction.REJECT, null, null, null,
                    terms.remark(new Remark(Remark.Reason.OTHER, "deleted in INCEpTION/WebAnno", false)));
            count(counts, ReviewAction.REJECT);
        }
    }

    /** The output's quote the imported annotation stands for: same span, else exported id, else half overlap. */
    static Optional<Quote> match(AnnotatedDocument d, WebAnnoTsv.ImportedQuote iq) {
        for (Quote q : d.quotes()) if (q.start() == iq.span().start() && q.end() == iq.span().end()) return Optional.of(q);
        if (iq.quoteId() != null) {
            for (Quote q : d.quotes()) if (q.id().equals(iq.quoteId())) return Optional.of(q);
        }
        for (Quote q : d.quotes()) {
            int overlap = Math.min(q.end(), iq.span().end()) - Math.max(q.start(), iq.span().start());
            if (overlap * 2 >= q.text().length() && overlap * 2 >= iq.span().length()) return Optional.of(q);
        }
        return Optional.empty();
    }

    /**
     * The quote as the output shows it now (the team's decision in force, else the machine's proposal): what the
     * export wrote, so only what was changed in the other tool differs from it.
     */
    private static ReviewState state(ReviewSession session, String docId, Quote q) {
        return session.item(docId, q.id()).map(ReviewSession.Item::state).orElse(ReviewState.of(q));
    }

    private static boolean sameName(String a, String b) {
        if (a == null || b == null) return a == null && (b == null || b.isBlank());
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static void count(Map<String, Integer> counts, ReviewAction a) {
        counts.merge(a.label(), 1, Integer::sum);
    }
}
