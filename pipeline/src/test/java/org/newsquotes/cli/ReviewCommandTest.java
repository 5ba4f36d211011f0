package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.review.ReviewCliFixture;
import picocli.CommandLine;

class ReviewCommandTest {
    @TempDir Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ReviewCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheSubcommands() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--port", "--host", "export-brat", "export-gold", "agreement", "127.0.0.1");
    }

    @Test
    void exportsAndAgreementRunOnAnOutputDirectory() throws Exception {
        Path out = ReviewCliFixture.outputWithJournal(tmp.resolve("out"));
        Run brat = run("export-brat", "--output", out.toString(), "--to", tmp.resolve("brat").toString());
        assertThat(brat.code()).as(brat.err()).isZero();
        assertThat(brat.out()).contains("review: 0 unreviewed, 1 accepted, 0 corrected, 1 rejected, 0 added; 0 orphaned").contains("wrote 1 documents");
        assertThat(tmp.resolve("brat/a.ann")).exists();
        assertThat(tmp.resolve("brat/annotation.conf")).exists();

        Run gold = run("export-gold", "--output", out.toString(), "--to", tmp.resolve("gold").toString());
        assertThat(gold.code()).as(gold.err()).isZero();
        assertThat(Files.readAllLines(tmp.resolve("gold/quotes.csv"))).hasSize(2);

        Run ag = run("agreement", "--output", out.toString(), "ana", "bo");
        assertThat(ag.code()).as(ag.err()).isZero();
        assertThat(ag.out()).contains("agreement ana vs bo", "quote (accept/reject): kappa 0.000 (observed 0.500");
    }

    @Test
    void webAnnoFilesGoOutAndComeBackWithTheirEdits() throws Exception {
        Path out = ReviewCliFixture.outputWithJournal(tmp.resolve("out"));
        Path tsv = tmp.resolve("tsv");
        Run export = run("export-webanno", "--output", out.toString(), "--to", tsv.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("wrote 1 documents as WebAnno TSV 3.3");
        String file = Files.readString(tsv.resolve("a.tsv"));
        assertThat(file).startsWith("#FORMAT=WebAnno TSV 3.3");
        // unchanged files come back with nothing to decide
        Run same = run("import-webanno", "--output", out.toString(), "--from", tsv.toString(), "--annotator", "cy");
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).contains("imported 1 file(s): no changes");
        // a kind changed in the other tool is cy's change of kind
        Files.writeString(tsv.resolve("a.tsv"), file.replace("direct[", "fragment["));
        Run edited = run("import-webanno", "--output", out.toString(), "--from", tsv.toString(), "--annotator", "cy");
        assertThat(edited.out()).contains("imported 1 file(s): {change-kind=1}");
        assertThat(org.newsquotes.review.ReviewJournal.inOutput(out).read().entries())
                .anyMatch(e -> e.annotator().equals("cy"));
        // a file for a document the output does not have is reported, and the run fails when nothing was imported
        Path stray = Files.createDirectories(tmp.resolve("stray"));
        Files.writeString(stray.resolve("nowhere.tsv"), file);
        Run bad = run("import-webanno", "--output", out.toString(), "--from", stray.toString(), "--annotator", "cy");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("nowhere.tsv").contains("no document named nowhere");
    }

    @Test
    void servesTheOutputDirectoryAndPrintsItsUrl() throws Exception {
        Path out = ReviewCliFixture.outputWithJournal(tmp.resolve("out"));
        ReviewCommand cmd = new ReviewCommand();
        StringWriter sw = new StringWriter();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(sw, true));
        int[] code = {-1};
        Thread t = new Thread(() -> code[0] = cl.execute(out.toString(), "--port", "0"));
        t.start();
        long end = System.currentTimeMillis() + 20_000;
        while (!sw.toString().contains("open http") && System.currentTimeMillis() < end) Thread.sleep(50);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("open (http://127\\.0\\.0\\.1:\\d+/)").matcher(sw.toString());
        assertThat(m.find()).as(sw.toString()).isTrue();
        var http = java.net.http.HttpClient.newHttpClient();
        var resp = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(m.group(1) + "api/quotes")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(resp.statusCode()).isEqualTo(200);
        assertThat(resp.body()).contains("Rain later.");
        cmd.stop.countDown();
        t.join(10_000);
        assertThat(code[0]).isZero();
        assertThat(sw.toString()).contains("1 documents, 2 quotes");
    }

    @Test
    void registeredInMain() {
        assertThat(Main.run("review", "--help")).isZero();
    }

    @Test
    void missingOutputDirectoryIsAnError() {
        Run r = run("export-brat", "--output", tmp.resolve("nope").toString(), "--to", tmp.resolve("b").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("json/");
    }
}
