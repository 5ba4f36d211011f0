package org.newsquotes.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.ReviewStatus;

class ReviewJournalTest {
    @TempDir Path dir;

    private final AnnotatedDocument doc = ReviewFixtures.doc("a.txt",
            "[Mara Quill|PERSON] said: “The bridge opens in May.”\n[Tobias Wren|PERSON] replied: “Not before June.”");

    @Test
    void entryRoundTripsThroughTheFile() {
        ReviewJournal j = ReviewJournal.inOutput(dir);
        JournalEntry e = ReviewFixtures.correct("ana", doc, doc.quotes().get(0), "Tobias Wren");
        j.append(e);
        ReviewJournal.Contents c = j.read();
        assertThat(c.warnings()).isEmpty();
        assertThat(c.entries()).containsExactly(e);
        assertThat(dir.resolve("review/journal.jsonl")).exists();
    }

    @Test
    void theVersionADecisionWasMadeOnRoundTripsAndOldLinesHaveNone() throws Exception {
        ReviewJournal j = ReviewJournal.inOutput(dir);
        JournalEntry plain = ReviewFixtures.accept("ana", doc, doc.quotes().get(0));
        JournalEntry onVersion = new JournalEntry("e2", plain.time(), "bo", ReviewAction.REJECT, plain.key(),
                plain.quoteId(), plain.newState(), plain.newState().withStatus(ReviewStatus.REJECTED), null, plain.id());
        JournalEntry onNone = new JournalEntry("e3", plain.time(), "cy", ReviewAction.REJECT, plain.key(),
                plain.quoteId(), plain.newState(), plain.newState().withStatus(ReviewStatus.REJECTED), null, "");
        j.append(plain);
        j.append(onVersion);
        j.append(onNone);
        assertThat(j.read().entries()).containsExactly(plain, onVersion, onNone);
        assertThat(j.read().entries().get(1).basedOn()).isEqualTo(plain.id());
        assertThat(j.read().entries().get(2).basedOn()).isEmpty();
        // a line journaled before versions existed has no based_on field
        assertThat(java.nio.file.Files.readAllLines(j.file()).get(0)).doesNotContain("based_on");
        assertThat(j.read().entries().get(0).basedOn()).isNull();
    }

    @Test
    void tornLastLineIsSkippedWithWarningAndNextAppendStartsFresh() throws Exception {
        ReviewJournal j = ReviewJournal.inOutput(dir);
        JournalEntry first = ReviewFixtures.accept("ana", doc, doc.quotes().get(0));
        j.append(first);
        // simulate a crash mid-write: half of a second line, no newline
        String second = JournalCodec.toLine(ReviewFixtures.reject("ana", doc, doc.quotes().get(1)));
        Files.writeString(j.file(), second.substring(0, second.length() / 2), StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        ReviewJournal.Contents torn = j.read();
        assertThat(torn.entries()).containsExactly(first);
        assertThat(torn.warnings()).singleElement().asString().contains("torn last line");

        JournalEntry third = ReviewFixtures.reject("bo", doc, doc.quotes().get(1));
        j.append(third);
        ReviewJournal.Contents after = j.read();
        assertThat(after.entries()).containsExactly(first, third);
        assertThat(after.warnings()).singleElement().asString().contains("unreadable line");
    }

    @Test
    void garbageInTheMiddleDoesNotHideLaterEntries() throws Exception {
        ReviewJournal j = ReviewJournal.inOutput(dir);
        JournalEntry a = ReviewFixtures.accept("ana", doc, doc.quotes().get(0));
        JournalEntry b = ReviewFixtures.accept("ana", doc, doc.quotes().get(1));
        Files.createDirectories(j.file().getParent());
        Files.writeString(j.file(), JournalCodec.toLine(a) + "\n{\"id\":\"x\"}\nnot json at all\n" + JournalCodec.toLine(b) + "\n");
        ReviewJournal.Contents c = j.read();
        assertThat(c.entries()).containsExactly(a, b);
        assertThat(c.warnings()).hasSize(2);
    }

    @Test
    void missingJournalIsEmpty() {
        assertThat(ReviewJournal.inOutput(dir).read().entries()).isEmpty();
    }

    @Test
    void concurrentAppendsFromTwoThreadsAllSurvive() throws Exception {
        ReviewJournal j = ReviewJournal.inOutput(dir);
        int perThread = 200;
        CountDownLatch go = new CountDownLatch(1);
        List<JournalEntry> written = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (String who : List.of("ana", "bo")) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    for (int i = 0; i < perThread; i++) {
                        JournalEntry e = ReviewFixtures.accept(who, doc, doc.quotes().get(i % 2));
                        j.append(e);
                        written.add(e);
                    }
                } catch (Throwable ex) {
                    errors.add(ex);
                }
            });
            threads.add(t);
            t.start();
        }
        go.countDown();
        for (Thread t : threads) t.join(60_000);
        assertThat(errors).isEmpty();
        ReviewJournal.Contents c = j.read();
        assertThat(c.warnings()).isEmpty();
        assertThat(c.entries()).hasSize(2 * perThread);
        Set<String> ids = new HashSet<>();
        c.entries().forEach(e -> ids.add(e.id()));
        assertThat(ids).hasSize(2 * perThread);
        assertThat(new HashSet<>(c.entries())).isEqualTo(new HashSet<>(written));
        // a second journal object on the same file (another server process) is serialised by the file lock too
        ReviewJournal other = new ReviewJournal(j.file());
        other.append(ReviewFixtures.reject("cy", doc, doc.quotes().get(0)));
        assertThat(j.read().entries()).hasSize(2 * perThread + 1);
    }

    @Test
    void twoJournalObjectsOnOneFileInOneJvmAppendConcurrentlyWithoutLosingEntries() throws Exception {
        ReviewJournal a = ReviewJournal.inOutput(dir);
        ReviewJournal b = new ReviewJournal(a.file());
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (ReviewJournal j : List.of(a, b)) {
            Thread t = new Thread(() -> {
                try {
                    for (int i = 0; i < 100; i++) j.append(ReviewFixtures.accept(j == a ? "ana" : "bo", doc, doc.quotes().get(0)));
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join(60_000);
        assertThat(errors).isEmpty();
        assertThat(a.read().entries()).hasSize(200);
        assertThat(a.read().warnings()).isEmpty();
    }
}
