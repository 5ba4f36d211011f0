package org.newsquotes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.output.TableExport;
import org.newsquotes.runner.LocalRunner;
import org.newsquotes.runner.RunConfig;
import org.newsquotes.runner.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annotate [CORPUS|FILE|-] [-o DIR] [--threads N]}: the main batch job. A single file is read as a corpus of one
 * file; {@code -} reads one document (or JSON Lines) from standard input.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Annotates every document under CORPUS (a directory, one file, or - for standard input) and "
                + "writes per-document JSON and CSV tables to --out.",
                "One bad file never stops the run: it becomes a row of errors.csv.",
                "Any option can also come from a properties file: --config FILE (the command line wins)."})
public final class AnnotateCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CORPUS", defaultValue = "corpus",
            description = "Corpus directory, read recursively; or one file; or - to read standard input "
                    + "(default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--models", paramLabel = "DIR",
            description = "Editable resources (speech verbs, chrome markers, aliases); files missing there come from "
                    + "the packaged copy (default: models/ of the checkout).")
    Path models;

    @Option(names = "--attribution", paramLabel = "ours|sieves|corenlp", defaultValue = "ours",
            description = "Quote attributor: ours (rule sieves, then the learned speaker ranker of models/), sieves "
                    + "(the rule sieves alone), or stock CoreNLP's QuoteAttributionAnnotator for comparison "
                    + "(slow: runs depparse and coref) (default: ${DEFAULT-VALUE}).")
    String attribution;

    @Option(names = "--indirect-scope", paramLabel = "speech|parc", defaultValue = "speech",
            description = "Which reports without quotation marks are indirect quotes: speech (reported speech with a "
                    + "clausal content, our gold convention) or parc (also noun-phrase contents, intentions and beliefs, "
                    + "the convention of PolNeAR-style attribution corpora) (default: ${DEFAULT-VALUE}).")
    String indirectScope;

    @Option(names = "--languages", paramLabel = "CODES", defaultValue = "en",
            description = "Languages to annotate, as ISO 639-1 codes separated by commas; a document detected in "
                    + "another language gets status skipped in documents.csv, with its language, and is not "
                    + "annotated (the models are English). 'all' annotates every document (default: ${DEFAULT-VALUE}).")
    String languages;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "10",
            description = "Files larger than this are refused with an errors.csv row (default: ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Option(names = "--format", paramLabel = "csv,parquet,duckdb", defaultValue = "csv",
            description = "Table formats, separated by commas (default: ${DEFAULT-VALUE}). CSV is always written; "
                    + "parquet adds OUT/<table>.parquet, duckdb adds OUT/newsquotes.duckdb with keys and views.")
    String format;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors (no progress, no summary).")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print every failed document and its error.")
    boolean verbose;

    @Option(names = "--config", paramLabel = "FILE", description = "Read option defaults from this properties file "
            + "(keys are option names without dashes: threads=2, format=csv,parquet); the command line wins.")
    Path config;

    @Option(names = "--print-config", description = "Print the effective configuration as properties and exit.")
    boolean printConfig;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--no-progress", description = "Do not draw the progress line on stderr.")
    boolean noProgress;

    @Option(names = "--no-cache", description = "Neither read nor write the per-document cache in OUT/.cache "
            + "(every document is annotated and held in memory until written).")
    boolean noCache;

    @Option(names = "--rebuild", description = "Ignore cached results: annotate every document again and replace "
            + "the cache entries.")
    boolean rebuild;

    @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "A document still being annotated after this long is skipped with an errors.csv row "
                    + "(default: ${DEFAULT-VALUE}).")
    long docTimeoutSeconds;

    @Option(names = "--max-doc-chars", paramLabel = "N", defaultValue = "300000",
            description = "Documents longer than this (characters after cleaning) are skipped with an errors.csv row "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxDocChars;

    @Override public Integer call() throws Exception {
        if (printConfig) {
            spec.commandLine().getOut().print(effectiveConfig(spec));
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
        try (SingleInput single = SingleInput.of(corpus, System.in)) {
            return run(single == null ? corpus : single.corpus());
        }
    }

    /** The options' values as a properties file {@code --config} reads back (help, version and config aside). */
    static String effectiveConfig(picocli.CommandLine.Model.CommandSpec spec) {
        StringBuilder out = new StringBuilder("# newsquotes annotate: effective configuration\n");
        for (picocli.CommandLine.Model.PositionalParamSpec p : spec.positionalParameters()) {
            Object v = p.getValue();
            out.append("corpus=").append(v).append('\n');
        }
        for (picocli.CommandLine.Model.OptionSpec o : spec.options()) {
            String name = o.longestName().replaceFirst("^-+", "");
            if (java.util.Set.of("help", "version", "config", "print-config").contains(name)) continue;
            Object v = o.getValue();
            out.append(name).append('=').append(v == null ? "" : v).append('\n');
        }
        return out.toString();
    }

    private int run(Path corpus) throws Exception {
        if (!Files.isDirectory(corpus)) {
            throw new SetupException("corpus not found: " + corpus.toAbsolutePath()
                    + " (give a directory, one file, or - for standard input)");
        }
        RunConfig.Attribution mode = switch (attribution.toLowerCase(java.util.Locale.ROOT)) {
            case "ours" -> RunConfig.Attribution.OURS;
            case "sieves" -> RunConfig.Attribution.SIEVES;
            case "corenlp" -> RunConfig.Attribution.CORENLP;
            default -> throw new IllegalArgumentException("--attribution must be 'ours', 'sieves' or 'corenlp', got '" + attribution + "'");
        };
        if (noCache && rebuild) throw new IllegalArgumentException("--no-cache and --rebuild exclude each other");
        RunConfig.CacheMode cache = noCache ? RunConfig.CacheMode.OFF
                : rebuild ? RunConfig.CacheMode.REBUILD : RunConfig.CacheMode.USE;
        RunConfig config = new RunConfig(corpus, out,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                models != null ? models : defaultModels(), mode, maxFileMb * 1024 * 1024, !noProgress && !quiet, cache,
                java.time.Duration.ofSeconds(docTimeoutSeconds), maxDocChars,
                org.newsquotes.quotes.IndirectScope.parse(indirectScope), parseLanguages(languages));
        java.util.Set<TableExport.Format> formats = TableExport.Format.parseList(format);
        java.io.PrintStream log = quiet ? new java.io.PrintStream(java.io.OutputStream.nullOutputStream()) : System.err;
        RunSummary summary = new LocalRunner(config, log).run();
        TableExport.export(out, formats);
        log.println(summary.oneLine());
        log.println(summary.stageLine());
        log.println(summary.mergeLine());
        if (summary.archiveLine() != null) log.println(summary.archiveLine());
        log.println("output: " + out.toAbsolutePath().normalize());
        if (summary.skippedDocuments() > 0) {
            log.println(summary.skippedDocuments() + " document" + (summary.skippedDocuments() == 1 ? "" : "s")
                    + " skipped (not in " + (config.languages().isEmpty() ? "any language" : String.join(", ", config.languages()))
                    + "): status skipped in documents.csv");
        }
        if (summary.failedDocuments() > 0) {
            log.println(summary.failedDocuments() + " document" + (summary.failedDocuments() == 1 ? "" : "s")
                    + " failed: see " + out.resolve("errors.csv").toAbsolutePath().normalize());
            if (verbose) printFailures(out.resolve("errors.csv"), log);
        }
        return exitCode(summary);
    }

    /** The exit code of a run that finished: 1 when some documents failed, else 0. */
    public static int exitCode(RunSummary summary) {
        return summary.failedDocuments() > 0 ? Main.SOME_FAILED : Main.OK;
    }

    /**
     * The editable resources a command reads: the {@code --models} directory given, else {@code models/} of the
     * checkout ({@link #defaultModels()}), else the copy packaged in the jar.
     */
    static ModelFiles modelFiles(Path option) {
        Path dir = option != null ? option : defaultModels();
        return dir != null ? ModelFiles.at(dir) : ModelFiles.packaged();
    }

    /** {@code models/} of the checkout the launcher runs from, when there is one. */
    static Path defaultModels() {
        String home = System.getProperty("newsquotes.home");
        if (home != null && Files.isDirectory(Path.of(home, "models"))) return Path.of(home, "models");
        return Files.isDirectory(Path.of("models")) ? Path.of("models") : null;
    }

    /** Every row of {@code errors.csv}, one line each ({@code --verbose}). */
    private static void printFailures(Path errors, java.io.PrintStream log) throws java.io.IOException {
        for (org.newsquotes.stage.DocumentFailure f : org.newsquotes.output.CsvTableReader.readAll(
                org.newsquotes.output.Tables.ERRORS, errors.getParent())) {
            log.println("  " + f.docId() + " [" + f.stage() + "] " + f.error());
        }
    }

    /** {@code --languages}: ISO 639-1 codes separated by commas, or {@code all} (the empty set: every language). */
    static java.util.Set<String> parseLanguages(String value) {
        if (value.strip().equalsIgnoreCase("all")) return java.util.Set.of();
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (String c : value.split(",")) if (!c.isBlank()) codes.add(c.strip());
        if (codes.isEmpty()) throw new IllegalArgumentException("--languages needs at least one code, or 'all'");
        return org.newsquotes.ingest.LanguageGate.normalise(codes);
    }
}
