package org.newsquotes.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newsquotes.eval.ArticleExtractionScore;
import org.newsquotes.eval.ArticlePages;
import org.newsquotes.eval.StatementLinkScore;
import org.newsquotes.eval.EntityClusteringScore;
import org.newsquotes.eval.EvalResult;
import org.newsquotes.eval.Evaluation;
import org.newsquotes.record.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eval --gold DIR -o DIR [--report FILE]}: scores an output directory against a gold set in either
 * format (FORMAT.md or brat standoff), prints precision, recall and F1 per quote kind and speaker accuracy, and
 * writes the misses, false alarms and wrong speakers to a readable report. Matching rules: see
 * {@link org.newsquotes.eval.QuoteScorer}. For a FORMAT.md gold set with {@code entities.csv} it also prints the
 * pairwise entity-clustering figures of {@link EntityClusteringScore} and appends its errors to the report.
 * {@code eval --articles DIR [-o OUT]} scores article-text extraction instead ({@link ArticleExtractionScore}).
 */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Score an output directory's quotes against a gold set (FORMAT.md or brat standoff).")
public final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--articles", paramLabel = "DIR", description = "score article-text extraction on the "
            + "article-extraction benchmark in DIR (ground-truth.json, html/ID.html.gz): from the JSON of -o DIR when "
            + "given, else by reading the pages now (no models needed)")
    Path articles;

    @Option(names = "--statements", paramLabel = "GOLD.tsv", description = "score the statement links of -o DIR "
            + "against a gold of groups (TSV: group, doc_id, start, end; e.g. eval-gold/sample-statements.tsv)")
    Path statements;

    @Option(names = "--models", paramLabel = "DIR", description = "editable resources for reading pages with "
            + "--articles and no -o (default: models/ of the checkout)")
    Path models;

    @Option(names = "--gold", description = "gold directory: quotes.csv + entities.csv + docs/, or docs/ + attributions/*.ann")
    Path gold;

    @picocli.CommandLine.Mixin OutOption out;
    Path output;

    @Option(names = "--report", description = "where to write misses and false alarms (default: OUTPUT/eval-report.txt)")
    Path report;

    /** The indirect-speech scope recorded in the output's {@code run.json}, or null (no run.json, older run). */
    static String indirectScope(Path output) {
        Path run = output.resolve("run.json");
        if (!Files.isRegularFile(run)) return null;
        try {
            com.fasterxml.jackson.databind.JsonNode scope = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.toFile())
                    .findValue("indirect_scope");
            return scope == null ? null : scope.asText();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String runSettings(Path output) {
        String scope = indirectScope(output);
        return scope == null ? "" : "   indirect scope: " + scope;
    }

    @Override public Integer call() throws Exception {
        if (articles != null) return articles();
        if (statements != null) return statements();
        if (gold == null) throw new IllegalArgumentException("missing --gold DIR (or --articles DIR)");
        output = out.require();
        EvalResult r = Evaluation.run(gold, output);
        PrintWriter out = spec.commandLine().getOut();
        out.println("gold: " + gold + "   output: " + output + runSettings(output));
        out.print(r.table());
        java.util.List<String> lines = new java.util.ArrayList<>(r.report());
        Path goldEntities = gold.resolve("entities.csv");
        if (Files.isRegularFile(goldEntities)
                && (Files.isRegularFile(output.resolve("mentions.csv")) || Files.isRegularFile(output.resolve("entities.csv")))) {
            // FORMAT.md sets also score entity clustering (pairwise, see EntityClusteringScore)
            EntityClusteringScore.Result e = EntityClusteringScore.evaluate(goldEntities, output, false);
            out.println(e.summary());
            lines.add("");
            lines.add("== entity clustering");
            lines.addAll(java.util.List.of(e.report().split("\n")));
        }
        Path rep = report != null ? report : output.resolve("eval-report.txt");
        Files.write(rep, lines, StandardCharsets.UTF_8);
        boolean brat = Files.isDirectory(gold.resolve("attributions"));
        if (brat && "speech".equals(indirectScope(output))) {
            out.println("note: brat attribution gold (PolNeAR style) also counts noun-phrase contents, intentions and "
                    + "beliefs as indirect; this run used --indirect-scope speech (see annotate --indirect-scope parc)");
        }
        out.println("misses, false alarms and wrong speakers: " + rep);
        out.flush();
        return 0;
    }

    /** {@code eval --statements GOLD -o OUT}: pairwise link precision and recall ({@link StatementLinkScore}). */
    private int statements() throws java.io.IOException {
        Path dir = out.require();
        StatementLinkScore.Result r = StatementLinkScore.score(statements, dir);
        PrintWriter pw = spec.commandLine().getOut();
        pw.println(r.summary());
        Path rep = report != null ? report : dir.resolve("statements-report.txt");
        Files.write(rep, r.report(), StandardCharsets.UTF_8);
        pw.println("false links, missed links and gold quotes not found: " + rep);
        pw.flush();
        return 0;
    }

    /**
     * {@code eval --articles DIR [-o OUT]}: the article-extraction benchmark's metric on each {@link ArticlePages.View}
     * of the documents: the whole text (as the baseline was measured), the article body the benchmark's truth
     * holds (no title or captions), and the body blocks alone.
     */
    private int articles() throws java.io.IOException {
        if (!ArticleExtractionScore.isBenchmark(articles)) {
            throw new IllegalArgumentException("--articles " + articles + ": expected ground-truth.json and html/ there");
        }
        Path dir = out.get();
        Function<String, Document> ours = dir != null ? ArticlePages.fromOutput(dir)
                : ArticlePages.readHere(articles, AnnotateCommand.modelFiles(models));
        long t0 = System.nanoTime();
        Map<String, Document> docs = new HashMap<>();
        ArticleExtractionScore.Result whole = ArticleExtractionScore.score(ArticleExtractionScore.pages(articles, id -> {
            Document d = ours.apply(id);
            docs.put(id, d);
            return d == null ? null : ArticlePages.blocks(d, ArticlePages.View.WHOLE);
        }));
        double secs = (System.nanoTime() - t0) / 1e9;
        PrintWriter pw = spec.commandLine().getOut();
        pw.println(whole.summary() + "  (" + ArticlePages.View.WHOLE.label() + ")");
        StringBuilder reports = new StringBuilder(whole.report());
        for (ArticlePages.View view : List.of(ArticlePages.View.ARTICLE, ArticlePages.View.BODY)) {
            ArticleExtractionScore.Result r = ArticleExtractionScore.score(ArticleExtractionScore.pages(articles,
                    id -> docs.get(id) == null ? null : ArticlePages.blocks(docs.get(id), view)));
            pw.println(r.summary() + "  (" + view.label() + ")");
            reports.append("\n\n== ").append(view.label()).append('\n').append(r.report());
        }
        if (dir == null) {
            pw.println(String.format(Locale.ROOT, "read and scored in %.1f s (%.0f pages/s)", secs, whole.pages().size() / secs));
        }
        Path rep = report != null ? report : dir != null ? dir.resolve("article-report.txt") : null;
        if (rep != null) {
            Files.writeString(rep, reports.toString(), StandardCharsets.UTF_8);
            pw.println("pages from the worst, with junk and misses: " + rep);
        }
        pw.flush();
        return 0;
    }
}
