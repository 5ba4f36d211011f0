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
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only file of one record per line, what the review journals are made of ({@link ReviewJournal},
 * {@link EntityJournal}).
 *
 * <p>Guarantees:
 * <ul>
 *   <li><b>Durable before acknowledged</b>: {@link #append} returns only after the line is written and the file is
 *       fsync'd ({@link FileChannel#force}).</li>
 *   <li><b>Concurrent writers</b>: appends are serialised by one lock per object and, against a second process on
 *       the same file, by an OS file lock; every line is written whole with one write call.</li>
 *   <li><b>Crash-tolerant</b>: a crash mid-write can leave a torn last line. {@link #read} skips any line the parser
 *       refuses and reports it as a warning; the next {@link #append} first ends the torn line with a newline, so the
 *       new record starts on a fresh line and is readable.</li>
 *   <li>Nothing is ever rewritten or deleted.</li>
 * </ul>
 */
final class AppendOnlyLines {
    private static final Logger LOG = LoggerFactory.getLogger(AppendOnlyLines.class);

    private final Path file;
    private final String what;
    private final ReentrantLock lock = new ReentrantLock();

    /** @param what how messages name the file ("review journal") */
    AppendOnlyLines(Path file, String what) {
        this.file = Objects.requireNonNull(file, "file");
        this.what = Objects.requireNonNull(what, "what");
    }

    Path file() { return file; }

    /** What {@link #read} found: the records in file order and one warning per skipped line. */
    record Contents<T>(List<T> records, List<String> warnings) {
        Contents {
            records = List.copyOf(records);
            warnings = List.copyOf(warnings);
        }
    }

    /** Appends one line (without its newline) and forces it to disk before returning. */
    void append(String record) {
        if (record.indexOf('\n') >= 0) throw new IllegalArgumentException("a record is one line");
        byte[] line = (record + "\n").getBytes(StandardCharsets.UTF_8);
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
            throw new UncheckedIOException("cannot append to " + what + " " + file, e);
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

    /**
     * Parses every line with {@code parser}; a missing file has none. A line the parser refuses (with
     * {@link IllegalArgumentException}) is skipped with a warning.
     */
    <T> Contents<T> read(Function<String, T> parser) {
        lock.lock();
        try {
            if (!Files.exists(file)) return new Contents<>(List.of(), List.of());
            byte[] all = Files.readAllBytes(file);
            String text = new String(all, StandardCharsets.UTF_8);
            List<T> entries = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) continue;
                try {
                    entries.add(parser.apply(line));
                } catch (IllegalArgumentException e) {
                    boolean torn = i == lines.length - 1;
                    String w = file + ":" + (i + 1) + ": skipped " + (torn ? "torn last line" : "unreadable line")
                            + " (" + e.getMessage() + ")";
                    LOG.warn(w);
                    warnings.add(w);
                }
            }
            return new Contents<>(entries, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + file, e);
        } finally {
            lock.unlock();
        }
    }
}
