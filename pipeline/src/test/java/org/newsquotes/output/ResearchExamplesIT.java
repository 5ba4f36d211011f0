package org.newsquotes.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.cli.Main;

/**
 * The sample corpus annotated with {@code --format csv,parquet,duckdb} (real CoreNLP, shared per JVM): every SQL
 * example of {@code docs/research-examples.md} runs on the database and answers with rows, and the Parquet files
 * hold as many rows as the CSV tables.
 */
class ResearchExamplesIT {
    private static final Pattern SQL = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);

    @TempDir Path tmp;

    @Test
    void everySqlExampleRunsOnTheSampleCorpusOutputAndAnswers() throws Exception {
        Path out = tmp.resolve("out");
        int code = Main.run("annotate", Path.of("..", "corpus").toString(), "--out", out.toString(),
                "--format", "csv,parquet,duckdb", "--no-progress");
        assertThat(code).isEqualTo(Main.OK);
        assertThat(OutputValidator.validate(out, true)).isEmpty();

        String md = Files.readString(Path.of("..", "docs", "research-examples.md"), StandardCharsets.UTF_8);
        List<String> examples = new ArrayList<>();
        Matcher m = SQL.matcher(md);
        while (m.find()) examples.add(m.group(1));
        assertThat(examples).as("SQL examples in docs/research-examples.md").hasSizeGreaterThanOrEqualTo(5);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + out.resolve(TableExport.DATABASE));
             Statement s = db.createStatement()) {
            for (String sql : examples) {
                try (ResultSet r = s.executeQuery(sql)) {
                    assertThat(r.next()).as("rows from:\n" + sql).isTrue();
                }
            }
            // the quotes of the sample corpus all join the mention of their speaker
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM quotes WHERE speaker_mention IS NOT NULL "
                    + "AND speaker_mention_id IS NULL")) {
                r.next();
                assertThat(r.getLong(1)).as("quotes whose speaker words have no mention id").isZero();
            }
            for (Table<?> t : Tables.all()) {
                long csvRows = Files.readAllLines(out.resolve(t.fileName()), StandardCharsets.UTF_8).size();
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM '" + out.resolve(TableExport.parquetName(t)) + "'")) {
                    r.next();
                    // CSV lines: a header, and cells may hold line breaks, so rows <= lines - 1
                    assertThat(r.getLong(1)).as(t.name()).isLessThanOrEqualTo(csvRows - 1);
                }
                try (ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM " + t.name() + ") = (SELECT count(*) FROM '"
                        + out.resolve(TableExport.parquetName(t)) + "')")) {
                    r.next();
                    assertThat(r.getBoolean(1)).as(t.name()).isTrue();
                }
            }
        }
    }
}
