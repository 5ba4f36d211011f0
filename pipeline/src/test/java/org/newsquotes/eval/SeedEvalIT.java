package org.newsquotes.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.cli.Main;

/**
 * The seed targets of the quotes issue, end to end: annotate the sample corpus (real CoreNLP pipeline, shared per
 * JVM) and score it against {@code shared/eval/seed}: every direct quote found, every direct quote with a gold
 * speaker attributed correctly, every fragment found, indirect recall at least 0.8. Skipped when the gold set is
 * not next to the checkout (set {@code -Dnewsquotes.eval.dir=DIR} to point at the {@code eval} folder).
 */
class SeedEvalIT {
    private static final Path SAMPLE = Path.of("..", "corpus");

    private static Path seed() {
        String dir = System.getProperty("newsquotes.eval.dir");
        return (dir != null ? Path.of(dir) : Path.of("..", "..", "shared", "eval")).resolve("seed");
    }

    @Test
    void seedTargetsHold(@TempDir Path out) throws Exception {
        assumeTrue(Files.isRegularFile(seed().resolve("quotes.csv")), "seed gold set not found at " + seed().toAbsolutePath());
        assertThat(Main.run("annotate", SAMPLE.toString(), "--out", out.toString(), "--no-progress")).isEqualTo(Main.OK);
        assertThat(Main.run("eval", "--gold", seed().toString(), "--output", out.toString())).isEqualTo(Main.OK);
        EvalResult r = Evaluation.run(seed(), out);
        String why = r.table() + String.join("\n", r.report());
        assertThat(r.row("direct").gold()).as(why).isEqualTo(29);
        assertThat(r.row("direct").foundGold()).as(why).isEqualTo(29);
        assertThat(r.row("fragment").recall()).as(why).isEqualTo(1.0);
        EvalResult.SpeakerRow quoted = r.speakerRow("direct+fragment");
        assertThat(quoted.correct()).as(why).isEqualTo(quoted.matchedWithSpeaker());
        assertThat(r.row("indirect").recall()).as(why).isGreaterThanOrEqualTo(0.8);
        assertThat(out.resolve("eval-report.txt")).isRegularFile();
    }
}
