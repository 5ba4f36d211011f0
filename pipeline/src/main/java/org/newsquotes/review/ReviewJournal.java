package org.newsquotes.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.newsquotes.record.AnnotatedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only file of review decisions, {@code <output>/review/journal.jsonl}: one JSON object per line
 * ({@link JournalCodec} has the format).
 *
 * <p>Guarantees:
 * <ul>
 *   <li><b>Durable before acknowledged</b>: {@link #append} returns only after the line is written and the file is
 *       fsync'd ({@link FileChannel#force}); the server answers "saved" only after that.</li>
 *   <li><b>Concurrent annotators</b>: appends are serialised by one lock per journal object and, against a second
 *       process on the same directory, by an OS file lock; every line is written whole with one write call.</li>
 *   <li><b>Crash-tolerant</b>: a crash mid-write can leave a torn last line. {@link #read} skips any line that is not
 *       a valid entry and reports it as a warning; the next {@link #append} first ends the torn line with a newline,
 *       so the new entry starts on a fresh line and is readable.</li>
 *   <li>Nothing is ever rewritten or deleted: an undo is a new entry.</li>
 * </ul>
 */
public final class ReviewJournal {
    /** Where the journal lives inside an output directory. */
    public static final String RELATIVE_PATH = "review/journal.jsonl";
    /** Where the runner writes {@link ReviewApplier.Result#orphans()} ({@link ReviewApplier.Result#writeOrphans}). */
    public static final String ORPHANS_RELATIVE_PATH = "review/orphans.csv";
    private static final Logger LOG = LoggerFactory.getLogger(ReviewJournal.class);

    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();

    public ReviewJournal(Path file) { this.file = Objects.requireNonNull(file, "file"); }

    /** The journal of an output directory. */
    public static ReviewJournal inOutput(Path outputDir) { return new ReviewJournal(outputDir.resolve(RELATIVE_PATH)); }

    public Path file() { return file; }

    /** What {@link #read} found: the entries in file order and one warning per skipped line. */
    public record Contents(List<JournalEntry> entries, List<String> warnings) {
        public Contents {
            entries = List.copyOf(entries);
            warnings = List.copyOf(warnings);
        }
    }

    /** Appends one entry and forces it to disk before returning. */
    public void append(JournalEntry entry) {
        byte[] line = (JournalCodec.toLine(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        lock.lock();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
                 FileLock ignored = lockFile(ch)) {
                long size = ch.size();
                ByteBuffer out;
                if (size > 0 && !endsWithNewline(ch, size)) {
                    LOG.warn("{}: last line was torn (no newline at end); starting the new entry on a fresh line", file);
                    out = ByteBuffer.allocate(line.length + 1).put((byte) '\n').put(line);
                    out.flip();
                } else {
                    out = ByteBuffer.wrap(line);
                }
                long pos = size;
                while (out.hasRemaining()) pos += ch.write(out, pos);
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to review journal " + file, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The OS lock on the journal, against another process appending. Within one JVM the OS lock is per process, so
     * a second {@code ReviewJournal} on the same file gets {@link OverlappingFileLockException} while the first
     * holds it: then it waits and tries again (up to about ten seconds) instead of failing the decision.
     */
    private FileLock lockFile(FileChannel ch) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return ch.lock();
            } catch (OverlappingFileLockException e) {
                if (attempt >= 2000) throw new IOException("journal " + file + " stayed locked by this JVM", e);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the journal lock", ie);
                }
            }
        }
    }

    private static boolean endsWithNewline(FileChannel ch, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, size - 1);
        return last.get(0) == '\n';
    }

    /** Reads every valid entry; a missing file is an empty journal. Bad lines are skipped with a warning. */
    public Contents read() {
        lock.lock();
        try {
            if (!Files.exists(file)) return new Contents(List.of(), List.of());
            byte[] all = Files.readAllBytes(file);
            String text = new String(all, StandardCharsets.UTF_8);
            List<JournalEntry> entries = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) continue;
                try {
                    entries.add(JournalCodec.fromLine(line));
                } catch (IllegalArgumentException e) {
                    boolean torn = i == lines.length - 1;
                    String w = file + ":" + (i + 1) + ": skipped " + (torn ? "torn last line" : "unreadable line")
                            + " (" + e.getMessage() + ")";
                    LOG.warn(w);
                    warnings.add(w);
                }
            }
            return new Contents(entries, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read review journal " + file, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Applies this journal to freshly annotated documents: the runner's hook before it writes {@code quotes.csv}.
     * See {@link ReviewApplier} for the rules.
     */
    public ReviewApplier.Result apply(Collection<AnnotatedDocument> documents) {
        Contents c = read();
        ReviewApplier.Result r = ReviewApplier.apply(documents, c.entries());
        return r.withWarnings(c.warnings());
    }

    /** A streaming application of this journal ({@link ReviewApplier.Pass}), carrying the journal's read warnings. */
    public ReviewApplier.Pass pass() {
        Contents c = read();
        return new ReviewApplier.Pass(c.entries(), c.warnings());
    }
}
