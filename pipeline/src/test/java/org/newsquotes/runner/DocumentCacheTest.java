package org.newsquotes.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.stage.DocumentFailure;
import org.newsquotes.testing.MarkedText;

class DocumentCacheTest {
    @TempDir Path tmp;

    @Test
    void entriesRoundTripDocumentsAndFailures() throws Exception {
        AnnotatedDocument a = MarkedText.parse("f.jsonl#1", "[Anna Petrova|PERSON] said \u201cno\u201d in [Quito|CITY].");
        AnnotatedDocument b = MarkedText.parse("f.jsonl#2", "Nothing here.");
        List<DocumentOutcome> outcomes = List.of(
                DocumentOutcome.failed("f.jsonl#3", "f.jsonl", null, new DocumentFailure("f.jsonl#3", "ingest", "bad line")),
                DocumentOutcome.ok(a),
                DocumentOutcome.failed(b.docId(), b.document().path(), b.document(), new DocumentFailure(b.docId(), "nlp", "boom")),
                DocumentOutcome.failed(b.docId() + "x", b.document().path(), b.document(),
                        DocumentFailure.skipped(b.docId() + "x", "language", "the text is in welsh")));
        DocumentCache cache = new DocumentCache(tmp, "fp");
        String key = cache.key("f.jsonl", new byte[] {1, 2, 3});
        assertThat(cache.read(key)).isNull();
        cache.write(key, outcomes);
        assertThat(cache.read(key)).isEqualTo(outcomes);
        // the slim read: no tokens or sentences, everything else equal, counts of the full document
        List<DocumentCache.Cached> slim = cache.readSlim(key);
        assertThat(slim).extracting(DocumentCache.Cached::outcome)
                .containsExactly(outcomes.get(0), FileResult.slim(outcomes.get(1)), outcomes.get(2), outcomes.get(3));
        assertThat(slim.get(3).outcome().failure().skipped()).isTrue();
        assertThat(slim.get(2).outcome().failure().skipped()).isFalse();
        assertThat(slim.get(1).outcome().annotated().tokens()).isEmpty();
        assertThat(slim.get(1).outcome().annotated().mentions()).isEqualTo(a.mentions()).hasSize(2);
        assertThat(slim.get(1).tokens()).isEqualTo(a.tokens().size());
        assertThat(slim.get(1).sentences()).isEqualTo(a.sentences().size());
        assertThat(slim.get(0).tokens()).isNull();
    }

    @Test
    void keysDependOnPathBytesAndFingerprint() {
        DocumentCache c1 = new DocumentCache(tmp, "fp1");
        DocumentCache c2 = new DocumentCache(tmp, "fp2");
        byte[] bytes = {1, 2, 3};
        assertThat(c1.key("a.txt", bytes)).isEqualTo(c1.key("a.txt", bytes.clone()))
                .isNotEqualTo(c1.key("b.txt", bytes))
                .isNotEqualTo(c1.key("a.txt", new byte[] {1, 2, 4}))
                .isNotEqualTo(c2.key("a.txt", bytes));
    }

    @Test
    void aDamagedEntryIsAMissAndPruneKeepsOnlyUsedEntries() throws Exception {
        DocumentCache cache = new DocumentCache(tmp, "fp");
        AnnotatedDocument a = MarkedText.parse("a.txt", "[Mei Lin|PERSON] spoke.");
        String k1 = cache.key("a.txt", new byte[] {1});
        String k2 = cache.key("b.txt", new byte[] {2});
        cache.write(k1, List.of(DocumentOutcome.ok(a)));
        cache.write(k2, List.of(DocumentOutcome.ok(a)));
        byte[] data = Files.readAllBytes(cache.entryPath(k1));
        Files.write(cache.entryPath(k1), java.util.Arrays.copyOf(data, data.length / 2));
        assertThat(cache.read(k1)).isNull();
        assertThat(cache.prune(Set.of(k2))).isEqualTo(1);
        assertThat(cache.entryPath(k1)).doesNotExist();
        assertThat(cache.read(k2)).hasSize(1);
    }
}
