package org.newsquotes.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Mention;
import org.newsquotes.stage.DocumentFailure;
import org.newsquotes.testing.MarkedText;

class OutputWriterTest {
    @TempDir Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test void writesAllTablesInOrderAndFailuresGetDocumentRows() throws IOException {
        AnnotatedDocument rich = SampleDocuments.rich();
        AnnotatedDocument marked = SampleDocuments.marked();
        List<Mention> reversed = new ArrayList<>(marked.mentions());
        Collections.reverse(reversed);
        AnnotatedDocument shuffled = marked.withMentions(reversed);
        DocumentFailure late = new DocumentFailure("z/unreadable.bin", "ingest", "binary file");
        DocumentFailure nlp = new DocumentFailure("c/failed.html", "nlp", "boom");
        List<DocumentRow> docs = List.of(DocumentRow.ok(shuffled), DocumentRow.failed(SampleDocuments.failedAfterIngest(), nlp),
                DocumentRow.ok(rich));
        OutputWriter w = new OutputWriter(dir);
        w.writeTables(docs, List.of(shuffled, rich), SampleDocuments.entities(), List.of(late, nlp));

        List<DocumentRow> docsBack = CsvTableReader.readAll(Tables.DOCUMENTS, dir);
        assertThat(docsBack).extracting(DocumentRow::docId)
                .containsExactly("a/plain.txt", "c/failed.html", rich.docId(), "z/unreadable.bin");
        assertThat(docsBack.get(3)).isEqualTo(DocumentRow.failed(late));
        assertThat(CsvTableReader.readAll(Tables.MENTIONS, dir)).extracting(MentionRow::docId, MentionRow::mentionId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a/plain.txt", "m1"),
                        org.assertj.core.groups.Tuple.tuple("a/plain.txt", "m2"),
                        org.assertj.core.groups.Tuple.tuple("a/plain.txt", "m3"),
                        org.assertj.core.groups.Tuple.tuple(rich.docId(), "m1"),
                        org.assertj.core.groups.Tuple.tuple(rich.docId(), "m2"));
        assertThat(CsvTableReader.readAll(Tables.QUOTES, dir)).hasSize(2);
        assertThat(CsvTableReader.readAll(Tables.ENTITIES, dir)).extracting(e -> e.entityId())
                .containsExactly("a_b_organization", "hugh_hill_person");
        assertThat(CsvTableReader.readAll(Tables.ERRORS, dir)).containsExactly(nlp, late);
        assertThat(files()).noneMatch(AtomicFiles::isTemp);
    }

    @Test void rejectsInconsistentInputAndWritesNothing() throws IOException {
        AnnotatedDocument rich = SampleDocuments.rich();
        OutputWriter w = new OutputWriter(dir);
        assertThatThrownBy(() -> w.writeTables(List.of(DocumentRow.ok(SampleDocuments.marked())), List.of(rich),
                List.of(), List.of())).hasMessageContaining(rich.docId()).hasMessageContaining("no documents row");
        assertThatThrownBy(() -> w.writeTables(List.of(DocumentRow.ok(rich), DocumentRow.ok(rich)), List.of(),
                List.of(), List.of())).hasMessageContaining("duplicate doc_id");
        assertThat(files()).isEmpty();
    }

    @Test void aFailureMidwayKeepsThePreviousTables() throws IOException {
        AnnotatedDocument rich = SampleDocuments.rich();
        OutputWriter w = new OutputWriter(dir);
        w.writeTables(List.of(DocumentRow.ok(rich)), List.of(rich), List.of(), List.of());
        byte[] before = Files.readAllBytes(dir.resolve("mentions.csv"));
        Iterable<AnnotatedDocument> failing = () -> new java.util.Iterator<>() {
            int n;
            @Override public boolean hasNext() { return true; }
            @Override public AnnotatedDocument next() {
                if (n++ == 0) return rich;
                throw new IllegalStateException("reading the cache failed");
            }
        };
        assertThatThrownBy(() -> w.writeTables(List.of(DocumentRow.ok(rich)), failing, List.of(), List.of()))
                .hasMessageContaining("reading the cache failed");
        assertThat(Files.readAllBytes(dir.resolve("mentions.csv"))).isEqualTo(before);
        assertThat(files()).noneMatch(AtomicFiles::isTemp);
    }

    @Test void documentJsonIsWrittenConcurrentlyAndReadBack() throws Exception {
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add(MarkedText.parse("batch/" + (i % 4) + "/doc" + i + ".jsonl#" + i,
                    "[Ann Lee|PERSON] said “number " + i + "” to [Bob|PERSON]."));
        }
        OutputWriter w = new OutputWriter(dir);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (AnnotatedDocument d : docs) futures.add(pool.submit(() -> { w.writeDocumentJson(d); return null; }));
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        for (AnnotatedDocument d : docs) assertThat(w.readDocumentJson(d.docId())).isEqualTo(d);
        assertThat(files()).hasSize(docs.size()).noneMatch(AtomicFiles::isTemp)
                .contains(Path.of("json/batch/3/doc3.jsonl#3.json"));
    }

    @Test void leftoversOfAKilledRunAreRemovedAndOtherFilesKept() throws IOException {
        Files.writeString(dir.resolve("README.md"), "docs");
        Files.createDirectories(dir.resolve("json"));
        Path left = dir.resolve("json/.x.txt.json.42" + AtomicFiles.TEMP_SUFFIX);
        Files.writeString(left, "{\"sche");
        OutputWriter w = new OutputWriter(dir);
        assertThat(w.deleteLeftovers()).containsExactly(left);
        assertThat(files()).containsExactly(Path.of("README.md"));
    }

    @Test void sameInputGivesByteIdenticalOutput() throws IOException {
        AnnotatedDocument rich = SampleDocuments.rich();
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        for (Path out : List.of(a, b)) {
            OutputWriter w = new OutputWriter(out);
            w.writeDocumentJson(rich);
            w.writeTables(List.of(DocumentRow.ok(rich)), List.of(rich), SampleDocuments.entities(), List.of());
            w.writeDataPackage();
        }
        try (Stream<Path> s = Files.walk(a)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readAllBytes(b.resolve(a.relativize(p)))).isEqualTo(Files.readAllBytes(p));
            }
        }
    }
}
