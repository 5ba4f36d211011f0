package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NamesCommandTest {
    record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new NamesCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("error: " + ex.getMessage());
            return Main.exitCodeOf(ex);
        });
        cl.setParameterExceptionHandler((ex, a) -> Main.USAGE);
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test void clustersAFileKeepingEveryColumn(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,name,type\n1,Muammar Gaddafi,PERSON\n2,Moammar Qadhafi,PERSON\n3,Iran,COUNTRY\n"
                + "4,Iraq,COUNTRY\n5,,PERSON\n6,\"Trump, Donald\",\n7,Kadhafi,PERSON\n8,Muammar Gaddafi,PERSON\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");
        Run r = run(in.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(Files.readAllLines(out)).containsExactly(
                "id,name,type,cluster_id,canonical_name",
                "1,Muammar Gaddafi,PERSON,muammar_gaddafi,Muammar Gaddafi",
                "2,Moammar Qadhafi,PERSON,muammar_gaddafi,Muammar Gaddafi",
                "3,Iran,COUNTRY,iran,Iran",
                "4,Iraq,COUNTRY,iraq,Iraq",
                "5,,PERSON,,",
                "6,\"Trump, Donald\",,donald_trump,Donald Trump",
                "7,Kadhafi,PERSON,muammar_gaddafi,Muammar Gaddafi",
                "8,Muammar Gaddafi,PERSON,muammar_gaddafi,Muammar Gaddafi");
        assertThat(r.err()).contains("7 names");
    }

    @Test void writesToStandardOutputWithoutOut(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "name\nErdoğan\nErdogan\n", StandardCharsets.UTF_8);
        Run r = run(in.toString());
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("name,cluster_id,canonical_name").contains("Erdoğan,recep_tayyip_erdogan,Recep Tayyip Erdoğan");
    }

    @Test void casesAreScoredOverallAndPerSchemaAndEveryDecisionIsWritten(@TempDir Path dir) throws Exception {
        Path cases = dir.resolve("cases.csv");
        Files.writeString(cases, "case_group,schema,name1,name2,is_match,quality,category,notes\n"
                + "g,Person,Marta Lindqvist,Marta Lindqvist,true,,,\n"     // TP
                + "g,Person,Marta Lindqvist,Petra Lindqvist,false,,,\n"    // TN
                + "g,Person,Jon Brekke,Jonathan Q. Brekkestad,true,,,\n"   // FN
                + "g,Company,Orion Shipping AG,Orion Shipping Aktiengesellschaft,true,,,\n" // TP
                + "g,Company,Orion Shipping Ltd,Orion Shipping Inc,false,,,\n", StandardCharsets.UTF_8); // TN
        Path out = dir.resolve("decisions.csv");
        Run r = run("--cases", cases.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("all\\s+5\\s+3\\s+2\\s+0\\s+1\\s+1\\.000\\s+0\\.667\\s+0\\.800")
                .containsPattern("Company\\s+2\\s+1\\s+1\\s+0\\s+0\\s+1\\.000\\s+1\\.000");
        assertThat(Files.readAllLines(out)).hasSize(6).first().isEqualTo("schema,name1,name2,is_match,decided,rule,why");
    }

    @Test void pairPrintsTheDecisionAndWhy() {
        Run r = run("--pair", "Donald Trump", "Melania Trump");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("different entities").contains("rule: given-name-conflict").contains("why:");
        Run same = run("--pair", "Baghaei", "Baqaei", "--type", "person");
        assertThat(same.out()).contains("same entity").contains("rule: transliteration");
    }

    @Test void badInputExitsTwoWithAClearMessage(@TempDir Path dir) throws Exception {
        Run missing = run(dir.resolve("nope.csv").toString());
        assertThat(missing.code()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).contains("input file not found");
        Path noName = dir.resolve("x.csv");
        Files.writeString(noName, "title\nfoo\n");
        Run r = run(noName.toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("no 'name' column");
        assertThat(run().code()).isEqualTo(Main.USAGE);
        assertThat(run("--pair", "A").code()).isEqualTo(Main.USAGE);
    }

    @Test void withoutATypeListedNamesTakeTheAliasTableType() {
        Run r = run("--pair", "Kyiv", "Kiev");
        assertThat(r.out()).contains("same entity").contains("(CITY)").contains("rule: alias-table");
        Run acr = run("--pair", "OSCE", "Organization for Security and Co-operation in Europe");
        assertThat(acr.out()).contains("same entity").contains("rule: acronym");
        assertThat(run("--pair", "Tasnim", "Tasnim News Agency").out()).contains("same entity").contains("(ORGANIZATION)");
        Run people = run("--pair", "Muammar Gaddafi", "Moammar Qadhafi");
        assertThat(people.out()).contains("same entity").contains("(PERSON)");
    }
}
