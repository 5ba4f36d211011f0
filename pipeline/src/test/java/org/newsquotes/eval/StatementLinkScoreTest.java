package org.newsquotes.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.output.CsvTableWriter;
import org.newsquotes.output.QuoteRow;
import org.newsquotes.output.Tables;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.Wording;

class StatementLinkScoreTest {
    @TempDir Path dir;

    private static QuoteRow q(String doc, String id, int start, int end, String statement) {
        return new QuoteRow(doc, id, QuoteKind.DIRECT, "x".repeat(end - start), start, end, null, null, null, null, null,
                null, null, "none", 0, ReviewStatus.UNREVIEWED, statement, statement == null ? null : Wording.EXACT, List.of());
    }

    @Test void pairsAcrossDocumentsAreScoredAndTheErrorsListed() throws Exception {
        try (CsvTableWriter<QuoteRow> w = CsvTableWriter.open(Tables.QUOTES, dir)) {
            w.write(q("a", "q1", 10, 40, "st_1"));
            w.write(q("a", "q2", 50, 60, "st_1")); // same document: not a pair across outlets
            w.write(q("a", "q3", 70, 90, "st_2"));
            w.write(q("b", "q1", 5, 35, "st_1"));
            w.write(q("b", "q2", 40, 44, "st_3")); // a fragment inside the gold's longer span
            w.write(q("b", "q3", 60, 80, "st_2"));
            w.write(q("c", "q1", 0, 20, "st_4"));
            w.commit();
        }
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "# a comment\ngroup\tdoc_id\tstart\tend\nharbour\ta\t10\t40\nharbour\tb\t5\t35\n"
                + "ferry\ta\t72\t88\nferry\tc\t0\t20\nbridge\tc\t100\t120\n");
        StatementLinkScore.Result r = StatementLinkScore.score(gold, dir);
        // linked across documents: a.q1~b.q1 (true); a.q2~b.q1 and a.q3~b.q3 (false: the documents are annotated
        // and a.q2, b.q3 are in no group)
        assertThat(r.linkedPairs()).isEqualTo(3);
        assertThat(r.truePairs()).isEqualTo(1);
        assertThat(r.falseLinks()).hasSize(2).anyMatch(l -> l.startsWith("st_2")).anyMatch(l -> l.contains("a q2"));
        // gold pairs: harbour a~b (linked), ferry a~c (not linked)
        assertThat(r.goldPairs()).isEqualTo(2);
        assertThat(r.missed()).singleElement().asString().startsWith("ferry");
        assertThat(r.notFound()).singleElement().asString().contains("c [100,120)");
        assertThat(r.precision()).isEqualTo(1.0 / 3);
        assertThat(r.recall()).isEqualTo(0.5);
    }
}
