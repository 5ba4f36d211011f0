package org.newsquotes.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.cli.SetupException;
import org.newsquotes.output.OutputValidator;
import org.newsquotes.testing.FakeNlpStage;

/** A corpus with its own metadata file, through the whole local runner (fake NLP stage). */
class MetadataRunTest {
    @TempDir Path tmp;

    @Test
    void theFilesValuesWinItsOtherColumnsBecomeMetaColumnsAndEditingItReannotatesNothing() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 4);
        Files.writeString(corpus.resolve("metadata.csv"), "File Name,Publication Date,Publisher,Desk,Print Page\n"
                + "article-001,2024-05-02,The Quito Ledger,foreign,A4\n"
                + "sub/article-003.txt,2024-05-03,Harbour Post,,B1\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        RunSummary first = RunnerFixtures.run(RunnerFixtures.config(corpus, out, 2), new FakeNlpStage());
        assertThat(first.failedDocuments()).isZero();

        List<String> docs = Files.readAllLines(out.resolve("documents.csv"));
        assertThat(docs.get(0)).endsWith(",duplicate_of,meta_desk,meta_print_page");
        assertThat(docs).noneMatch(l -> l.startsWith("metadata.csv"));
        assertThat(docs).anyMatch(l -> l.startsWith("article-001.txt,") && l.contains(",2024-05-02,")
                && l.contains(",The Quito Ledger,") && l.endsWith(",foreign,A4"));
        assertThat(docs).anyMatch(l -> l.startsWith("sub/article-003.txt,") && l.endsWith(",,B1"));
        assertThat(docs).anyMatch(l -> l.startsWith("article-002.txt,") && l.endsWith(",,"));
        assertThat(Files.readString(out.resolve("datapackage.json"))).contains("\"meta_desk\"").contains("\"meta_print_page\"");
        assertThat(Files.readString(out.resolve("json/article-001.txt.json"))).contains("\"extra\"").contains("foreign")
                .contains("metadata-file");
        assertThat(OutputValidator.validate(out, true)).isEmpty();
        // and documents.csv reads back with its meta_* columns
        var rows = org.newsquotes.output.CsvTableReader.readAll(org.newsquotes.output.Tables.documentsOf(out), out);
        assertThat(rows).filteredOn(r -> r.docId().equals("article-001.txt")).singleElement()
                .satisfies(r -> assertThat(r.extra()).containsEntry("desk", "foreign").containsEntry("print_page", "A4"));

        // the metadata is applied after phase 1: a new value costs no annotation
        Files.writeString(corpus.resolve("metadata.csv"), "file,publisher\narticle-001.txt,Another Ledger\n",
                StandardCharsets.UTF_8);
        RunSummary again = RunnerFixtures.run(RunnerFixtures.config(corpus, out, 2), new FakeNlpStage());
        assertThat(again.cachedDocuments()).isEqualTo(again.documents());
        List<String> after = Files.readAllLines(out.resolve("documents.csv"));
        assertThat(after.get(0)).endsWith(",duplicate_of");
        assertThat(after).anyMatch(l -> l.startsWith("article-001.txt,") && l.contains(",Another Ledger,"));
        assertThat(OutputValidator.validate(out, true)).isEmpty();
    }

    @Test
    void aMetadataFileThatCannotBeUsedStopsTheRunNamingIt() throws Exception {
        Path corpus = RunnerFixtures.corpus(tmp.resolve("corpus"), 2);
        Files.writeString(corpus.resolve("metadata.tsv"), "title\tdate\nx\t2024-01-01\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RunnerFixtures.run(RunnerFixtures.config(corpus, tmp.resolve("out"), 1), new FakeNlpStage()))
                .isInstanceOf(SetupException.class).hasMessageContaining("metadata.tsv").hasMessageContaining("key column");
    }
}
