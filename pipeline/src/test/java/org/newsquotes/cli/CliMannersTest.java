package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's manners that need no models: versions, the one output option, the config file. */
class CliMannersTest {
    @TempDir Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void everySubcommandPrintsTheVersion() {
        for (List<String> cmd : List.of(List.of("--version"), List.of("annotate", "--version"), List.of("eval", "-V"),
                List.of("names", "--version"), List.of("review", "--version"), List.of("train", "--version"),
                List.of("review", "agreement", "--version"))) {
            Run r = run(cmd.toArray(String[]::new));
            assertThat(r.code).as(cmd.toString()).isZero();
            assertThat(r.out).as(cmd.toString()).startsWith("newsquotes ").contains("CoreNLP 4.5.10");
        }
    }

    @Test
    void theOutputOptionIsOutEverywhereAndTheOldNameStillWorksUnseen() {
        for (List<String> cmd : List.of(List.of("annotate"), List.of("eval"), List.of("review"), List.of("review", "export-brat"),
                List.of("review", "export-gold"), List.of("review", "agreement"))) {
            String[] args = java.util.stream.Stream.concat(cmd.stream(), java.util.stream.Stream.of("--help")).toArray(String[]::new);
            Run r = run(args);
            assertThat(r.out).as(cmd.toString()).contains("-o, --out=DIR").doesNotContain("--output");
        }
        // eval with the old name reaches the scoring (and fails there on a missing gold), not the option parser
        Run legacy = run("eval", "--gold", tmp.resolve("no-gold").toString(), "--output", tmp.toString());
        assertThat(legacy.err).doesNotContain("Unknown option");
        Run missing = run("eval", "--gold", tmp.resolve("no-gold").toString());
        assertThat(missing.code).isEqualTo(Main.USAGE);
        assertThat(missing.err).contains("-o/--out DIR");
    }

    @Test
    void aConfigFileGivesDefaultsTheCommandLineOverridesAndPrintConfigShowsThem() throws Exception {
        Path config = Files.writeString(tmp.resolve("run.properties"), "threads=1\nformat=csv,duckdb\nmax-doc-chars=5000\n");
        Run r = run("annotate", "--config", config.toString(), "--threads", "2", "--print-config");
        assertThat(r.code).isZero();
        assertThat(r.out.lines()).contains("threads=2", "format=csv,duckdb", "max-doc-chars=5000", "out=output");
        // what --print-config prints reads back as a config file
        Path printed = Files.writeString(tmp.resolve("printed.properties"), r.out);
        Run again = run("annotate", "--config", printed.toString(), "--print-config");
        assertThat(again.out.lines().filter(l -> !l.startsWith("#")).toList())
                .isEqualTo(r.out.lines().filter(l -> !l.startsWith("#")).toList());
        Run none = run("annotate", "--config", tmp.resolve("absent.properties").toString(), "--print-config");
        assertThat(none.code).isEqualTo(Main.USAGE);
        assertThat(none.err).contains("--config: no such file");
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingIt() {
        Run r = run("annotate", tmp.toString(), "-o", tmp.resolve("o").toString(), "--format", "csv,xlsx");
        assertThat(r.code).isEqualTo(Main.USAGE);
        assertThat(r.err).contains("'xlsx'");
    }
}
