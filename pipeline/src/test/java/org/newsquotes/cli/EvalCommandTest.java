package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.quotes.IndirectScope;

class EvalCommandTest {
    @TempDir Path tmp;

    @Test
    void readsTheIndirectScopeARunRecorded() throws Exception {
        assertThat(EvalCommand.indirectScope(tmp)).as("no run.json").isNull();
        Files.writeString(tmp.resolve("run.json"), "{\"config\": {\"attribution\": \"ours\", \"indirect_scope\": \"parc\"}}");
        assertThat(EvalCommand.indirectScope(tmp)).isEqualTo("parc");
        Files.writeString(tmp.resolve("run.json"), "{\"config\": {\"attribution\": \"ours\"}}");
        assertThat(EvalCommand.indirectScope(tmp)).as("a run from before the option").isNull();
    }

    @Test
    void theScopeOptionAcceptsItsTwoValuesOnly() {
        assertThat(IndirectScope.parse(" PARC ")).isEqualTo(IndirectScope.PARC);
        assertThat(IndirectScope.parse("speech")).isEqualTo(IndirectScope.SPEECH);
        assertThatThrownBy(() -> IndirectScope.parse("broad")).hasMessageContaining("'speech' or 'parc'").hasMessageContaining("broad");
    }

    @Test
    void articlesScoresPagesOfTheBenchmarkLayoutReadHere(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("html"));
        String body = "The council approved the new bridge on Monday after years of debate about its cost.";
        String page = "<html><head><title>Bridge approved</title></head><body><nav><a>Home</a> <a>Sport</a></nav>"
                + "<div><p>" + body + "</p><p>" + body.replace("Monday", "Tuesday") + "</p></div></body></html>";
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("html/abc.html.gz"), gz.toByteArray());
        Files.writeString(dir.resolve("ground-truth.json"), "{\"abc\": {\"articleBody\": \"" + body + "\\n"
                + body.replace("Monday", "Tuesday") + "\", \"url\": \"https://x.example/a\"}}");
        java.io.StringWriter sw = new java.io.StringWriter();
        picocli.CommandLine cl = new picocli.CommandLine(new Main());
        cl.setOut(new java.io.PrintWriter(sw));
        int code = cl.execute("eval", "--articles", dir.toString(), "--report", dir.resolve("r.txt").toString());
        assertThat(code).isZero();
        // body blocks match the truth exactly; the whole text adds the title's shingles? none: a 2-word title has none
        assertThat(sw.toString()).contains("article extraction: 1 pages  P 1.000  R 1.000  F1 1.000  (body blocks");
        assertThat(sw.toString()).contains("article extraction: 1 pages  P 1.000  R 1.000  F1 1.000  (article body: no title or captions)");
        assertThat(Files.readString(dir.resolve("r.txt"))).contains("== abc");
        java.io.PrintStream err = System.err;
        try {
            System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            assertThat(Main.run("eval", "--articles", dir.resolve("html").toString())).isEqualTo(Main.USAGE);
        } finally {
            System.setErr(err);
        }
    }
}
