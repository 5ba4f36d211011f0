package org.newsquotes.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.review.Agreement;
import org.newsquotes.review.Assignments;
import org.newsquotes.review.BratExporter;
import org.newsquotes.review.GoldExporter;
import org.newsquotes.review.OutputDocuments;
import org.newsquotes.review.ReviewApplier;
import org.newsquotes.review.EntityJournal;
import org.newsquotes.review.EntityReview;
import org.newsquotes.review.ReviewJournal;
import org.newsquotes.review.ReviewServer;
import org.newsquotes.review.ReviewSession;
import org.newsquotes.review.WebAnnoImport;
import org.newsquotes.review.WebAnnoTsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code review}: the annotators' web app over an output directory, and its exports.
 *
 * <pre>
 * review [--out] DIR [--port 8765] [--host 127.0.0.1]   serve the review page, print its URL, run until Ctrl-C
 * review export-brat  --out DIR --to BRAT_DIR [--include-rejected]
 * review export-gold  --out DIR --to GOLD_DIR [--corpus CORPUS_DIR] [--partial]
 * review agreement    --out DIR ANNOTATOR_A ANNOTATOR_B [--disagreements FILE.csv]
 * review assign       --out DIR --annotators A,B,C [--double SHARE]
 * review export-webanno --out DIR --to TSV_DIR [--include-rejected]
 * review import-webanno --out DIR --from TSV_DIR [--annotator NAME]
 * </pre>
 * Decisions go to {@code DIR/review/journal.jsonl}; {@code annotate} applies them to {@code quotes.csv}. Entity
 * decisions (merge, split, type) go to {@code DIR/review/entity-decisions.jsonl}; {@code annotate} applies them in
 * phase 2 ({@code entities.csv} and every table's entity ids).
 */
@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Review quote attributions in a browser; decisions are journaled in OUTPUT/review/journal.jsonl "
                + "and applied to quotes.csv by the next annotate run. Entity decisions (merge, split, type; the page's "
                + "entity view) go to OUTPUT/review/entity-decisions.jsonl and are applied by the next annotate's phase 2.",
                "Listens on 127.0.0.1 only, unless --host says otherwise."},
        subcommands = {ReviewCommand.ExportBrat.class, ReviewCommand.ExportGold.class, ReviewCommand.AgreementCommand.class,
                ReviewCommand.AssignCommand.class, ReviewCommand.ExportWebAnno.class, ReviewCommand.ImportWebAnno.class})
public final class ReviewCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "OUTPUT", description = "output directory of annotate")
    Path positionalOutput;

    @picocli.CommandLine.Mixin OutOption output;

    @Option(names = "--port", defaultValue = "8765", description = "port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}); anything else exposes unpublished data, give it only on purpose")
    String host;

    /** Counted down by Ctrl-C (a shutdown hook) or by a test, to stop serving. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override public Integer call() throws Exception {
        Path dir = outputDir(output.get(), positionalOutput);
        PrintWriter out = spec.commandLine().getOut();
        List<AnnotatedDocument> docs = OutputDocuments.load(dir);
        ReviewSession session = new ReviewSession(docs, ReviewJournal.inOutput(dir), Clock.systemUTC());
        Assignments assignments = Assignments.read(dir);
        session.assign(assignments);
        if (!assignments.isEmpty()) out.println("assignments (" + Assignments.RELATIVE_PATH + "):\n" + assignments.describe());
        EntityReview entities = EntityReview.load(dir, Clock.systemUTC());
        try (ReviewServer server = ReviewServer.start(session, entities, host, port)) {
            Thread hook = new Thread(stop::countDown, "review-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            int quotes = docs.stream().mapToInt(d -> d.quotes().size()).sum();
            out.println("review: " + docs.size() + " documents, " + quotes + " quotes, " + entities.size()
                    + " entities; journals " + ReviewJournal.inOutput(dir).file() + " and " + EntityJournal.inOutput(dir).file());
            if (!session.journalWarnings().isEmpty()) out.println("warning: " + session.journalWarnings().size() + " unreadable journal line(s) skipped");
            out.println("open " + server.url() + "   (Ctrl-C to stop)");
            out.flush();
            stop.await();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the JVM is already on its way out
            }
        }
        return 0;
    }

    static Path outputDir(Path option, Path positional) {
        if (option != null && positional != null && !option.equals(positional)) {
            throw new IllegalArgumentException("give the output directory once: --out " + option + " or " + positional);
        }
        Path dir = option != null ? option : positional;
        if (dir == null) throw new IllegalArgumentException("no output directory given (review --out DIR)");
        return dir;
    }

    /** Documents of the output directory with the journal applied. */
    static List<AnnotatedDocument> reviewed(Path dir, PrintWriter out) {
        ReviewApplier.Result r = ReviewJournal.inOutput(dir).apply(OutputDocuments.load(dir));
        out.println(r.summary());
        return r.documents();
    }

    @Command(name = "export-brat", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Export quotes and speakers as brat standoff (.txt + .ann per document, annotation.conf), "
                    + "loadable by brat and INCEpTION. Offsets are Unicode code points, as brat counts them.")
    static final class ExportBrat implements Callable<Integer> {
        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin OutOption outDir;
        @Option(names = "--to", required = true, paramLabel = "DIR", description = "folder to write the brat files to") Path to;
        @Option(names = "--include-rejected", description = "also export quotes annotators rejected (marked ReviewStatus=rejected)") boolean rejected;

        @Override public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<String> names = BratExporter.export(reviewed(outDir.require(), out), to, rejected);
            out.println("wrote " + names.size() + " documents and annotation.conf to " + to);
            return 0;
        }
    }

    @Command(name = "export-webanno", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Export quotes and speakers as WebAnno TSV 3.3 (one .tsv per document, layers "
                    + "webanno.custom.Quotation and webanno.custom.SaidBy; docs/inception.md), for INCEpTION or WebAnno.")
    static final class ExportWebAnno implements Callable<Integer> {
        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin OutOption outDir;
        @Option(names = "--to", required = true, paramLabel = "DIR", description = "folder to write the .tsv files to") Path to;
        @Option(names = "--include-rejected", description = "also export quotes annotators rejected (status rejected)") boolean rejected;

        @Override public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Files.createDirectories(to);
            int written = 0;
            for (var e : WebAnnoImport.byExportName(reviewed(outDir.require(), out)).entrySet()) {
                String tsv = WebAnnoTsv.write(e.getValue(), rejected);
                if (tsv.isEmpty()) continue;
                Files.writeString(to.resolve(e.getKey() + ".tsv"), tsv, StandardCharsets.UTF_8);
                written++;
            }
            out.println("wrote " + written + " documents as WebAnno TSV 3.3 to " + to);
            return 0;
        }
    }

    @Command(name = "import-webanno", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Import WebAnno TSV 3 files (an INCEpTION export's annotation/<document>/<user>.tsv, or "
                    + "<document>.tsv files) as review decisions: rejections, span changes, speakers, kinds, added quotes.",
                    "Journaled like the review page's decisions; the next annotate applies them."})
    static final class ImportWebAnno implements Callable<Integer> {
        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin OutOption outDir;
        @Option(names = "--from", required = true, paramLabel = "DIR", description = "folder with the .tsv files") Path from;
        @Option(names = "--annotator", paramLabel = "NAME",
                description = "journal the decisions under this name (default: the INCEpTION user of each file)") String annotator;

        @Override public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path dir = outDir.require();
            List<AnnotatedDocument> docs = OutputDocuments.load(dir);
            ReviewSession session = new ReviewSession(docs, ReviewJournal.inOutput(dir), Clock.systemUTC());
            WebAnnoImport.Summary s = WebAnnoImport.importDir(from, session, docs, annotator);
            s.problems().forEach(p -> err.println("newsquotes: skipped " + p));
            out.println(s.describe());
            return s.files() == 0 && !s.problems().isEmpty() ? 1 : 0;
        }
    }

    @Command(name = "export-gold", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Export reviewed quotes as a gold set (docs/, quotes.csv, entities.csv in the eval FORMAT.md "
                    + "format) for eval --gold. Only documents whose quotes are all reviewed, unless --partial.")
    static final class ExportGold implements Callable<Integer> {
        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin OutOption outDir;
        @Option(names = "--to", required = true, paramLabel = "DIR", description = "gold set folder to write") Path to;
        @Option(names = "--corpus", paramLabel = "DIR", description = "corpus directory, to copy the original files into docs/") Path corpus;
        @Option(names = "--partial", description = "include documents with only some quotes reviewed") boolean partial;

        @Override public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            GoldExporter.Summary s = GoldExporter.export(reviewed(outDir.require(), out), to, corpus, partial);
            out.println("wrote gold set to " + to + ": " + s.documents() + " documents, " + s.quotes() + " quotes, "
                    + s.entities() + " entities" + (s.skippedIncompleteDocuments() > 0
                    ? "; skipped " + s.skippedIncompleteDocuments() + " partly reviewed documents (see --partial)" : ""));
            return 0;
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Assign the documents to annotators in turn, a share of them to two (double annotation); "
                    + "writes review/assignments.csv, which the review page follows.")
    static final class AssignCommand implements Callable<Integer> {
        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin OutOption outDir;
        @picocli.CommandLine.Option(names = "--annotators", required = true, split = ",", paramLabel = "A,B,C",
                description = "The annotators' names, separated by commas.")
        List<String> annotators;
        @picocli.CommandLine.Option(names = "--double", defaultValue = "0", paramLabel = "SHARE",
                description = "Share of documents (0 to 1) also given to a second annotator (default: 0).")
        double share;

        @Override public Integer call() throws java.io.IOException {
            Path output = outDir.require();
            List<String> ids = OutputDocuments.load(output).stream().map(AnnotatedDocument::docId).toList();
            Assignments a = Assignments.plan(ids, annotators, share);
            a.write(output);
            spec.commandLine().getOut().println("wrote " + output.resolve(Assignments.RELATIVE_PATH) + " ("
                    + ids.size() + " documents, " + a.doubledDocs().size() + " double-annotated)\n" + a.describe());
            return 0;
        }
    }

    @Command(name = "agreement", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Cohen's kappa between two annotators on the quotes both judged, per field (accept/reject, "
                    + "speaker, kind), and their disagreements.")
    static final class AgreementCommand implements Callable<Integer> {
        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin OutOption outDir;
        @Parameters(index = "0", paramLabel = "ANNOTATOR_A") String a;
        @Parameters(index = "1", paramLabel = "ANNOTATOR_B") String b;
        @picocli.CommandLine.Option(names = "--disagreements", paramLabel = "FILE.csv",
                description = "Also write every disagreement (doc_id, quote_id, field, both values, the quote) to FILE.csv.")
        Path disagreements;

        @Override public Integer call() throws java.io.IOException {
            Path output = outDir.require();
            ReviewJournal.Contents c = ReviewJournal.inOutput(output).read();
            Agreement ag = Agreement.compute(OutputDocuments.load(output), c.entries(), a, b);
            spec.commandLine().getOut().println(ag.describe());
            if (disagreements != null) ag.writeDisagreements(disagreements);
            return 0;
        }
    }
}
