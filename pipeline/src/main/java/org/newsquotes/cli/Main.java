package org.newsquotes.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one entry point of the jar: {@code newsquotes <command> ...}. Exit codes are mapped here and only here (the
 * README's "Exit codes" lists them for users):
 * 0 success, 1 the run finished but some documents failed ({@code annotate}) or a score slipped ({@code eval}),
 * 2 bad usage or input, 3 setup failure found before the work starts (models, heap, output directory not creatable
 * or writable), 4 the run could not finish: writing failed (disk full, read-only file system, permission denied on
 * one file) or an internal error.
 */
@Command(name = "newsquotes", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Annotates a corpus of news articles: tokens, sentences, entities, quotes and who said them.",
        subcommands = {AnnotateCommand.class, EvalCommand.class, NamesCommand.class, ReviewCommand.class, TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;
    public static final int SETUP = 3;
    public static final int INTERNAL = 4;

    @Override public Integer call() {
        new CommandLine(this).usage(System.err);
        return USAGE;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        Path config = configFile(args);
        if (config != null) {
            if (!java.nio.file.Files.isRegularFile(config)) {
                cl.getErr().println("error: --config: no such file: " + config.toAbsolutePath());
                return USAGE;
            }
            // every option's default comes from the file when it names it; the command line still wins
            cl.setDefaultValueProvider(new CommandLine.PropertiesDefaultProvider(config.toFile()));
        }
        cl.setExitCodeExceptionMapper(Main::exitCodeOf);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + describe(ex));
            return exitCodeOf(ex);
        });
        cl.setParameterExceptionHandler((ex, args1) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE;
        });
        return cl.execute(args);
    }

    /** The file of {@code --config FILE} or {@code --config=FILE}, or null. */
    static Path configFile(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) return Path.of(args[i + 1]);
            if (args[i].startsWith("--config=")) return Path.of(args[i].substring("--config=".length()));
        }
        return null;
    }

    /**
     * The one-line message for a command's failure: the file and the operating system's reason for I/O failures
     * ("permission denied", "No space left on device", "Read-only file system"), the message of our own exceptions,
     * and for anything else (a bug) its type too, so the report says what broke.
     */
    static String describe(Throwable t) {
        if (t instanceof java.io.UncheckedIOException u && u.getCause() != null) {
            String outer = u.getMessage();
            String inner = describe(u.getCause());
            return outer == null || outer.equals(u.getCause().toString()) ? inner
                    : outer.contains(inner) ? outer : outer + " (" + inner + ")";
        }
        if (t instanceof java.nio.file.AccessDeniedException e) {
            return e.getFile() + ": " + (e.getReason() == null ? "permission denied" : e.getReason());
        }
        if (t instanceof java.nio.file.NoSuchFileException e) {
            return e.getFile() + ": " + (e.getReason() == null ? "no such file or directory" : e.getReason());
        }
        if (t instanceof java.nio.file.FileSystemException e) {
            return e.getFile() + ": " + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason());
        }
        if (t instanceof SetupException || t instanceof IllegalArgumentException || t instanceof java.io.IOException) {
            return String.valueOf(t.getMessage());
        }
        return "internal error (" + t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage())
                + "); please report it with the command and run.json";
    }

    static int exitCodeOf(Throwable t) {
        if (t instanceof SetupException) return SETUP;
        if (t instanceof OutOfMemoryError) return SETUP;
        if (t instanceof IllegalArgumentException || t instanceof CommandLine.ParameterException) return USAGE;
        return INTERNAL;
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsquotes " + (v == null ? "dev" : v) + " (CoreNLP 4.5.10)"};
        }
    }
}
