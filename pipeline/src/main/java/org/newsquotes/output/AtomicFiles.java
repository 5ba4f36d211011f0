package org.newsquotes.output;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Crash-safe file writing: every output file is written to a temporary file in the target's own directory,
 * flushed to disk ({@code fsync}), then renamed over the target in one atomic step. A reader (or a run restarted
 * after {@code kill -9}) therefore sees either the complete old file or the complete new one, never a partial file.
 *
 * <p>Temporary files are named {@code .<target name>.<random>.nqtmp}: hidden, and with an extension no output ever
 * has, so {@link #deleteLeftovers(Path)} can remove those a killed run left behind without touching anything else.
 * The temporary file lives in the same directory as the target because a rename is only atomic within one file
 * system. Temporary files are created with the mode the user's umask gives, and the rename keeps it: outputs get the
 * permissions any file the user creates gets.
 */
public final class AtomicFiles {
    /** Extension of temporary files; no real output file ends with it. */
    public static final String TEMP_SUFFIX = ".nqtmp";

    private AtomicFiles() {}

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    /** Something that writes a file's content as text. */
    @FunctionalInterface
    public interface TextWriter {
        void write(Writer out) throws IOException;
    }

    /** Writes {@code target} atomically with the bytes {@code content} produces; on failure the target is untouched. */
    public static void write(Path target, StreamWriter content) throws IOException {
        try (Pending pending = open(target)) {
            content.write(pending.stream());
            pending.commit();
        }
    }

    /** Writes {@code target} atomically as UTF-8 text (no byte-order mark). */
    public static void writeText(Path target, TextWriter content) throws IOException {
        try (Pending pending = open(target)) {
            Writer w = pending.writer();
            content.write(w);
            pending.commit();
        }
    }

    /** Writes {@code target} atomically with the given UTF-8 text. */
    public static void writeString(Path target, String text) throws IOException {
        writeText(target, w -> w.write(text));
    }

    /**
     * Opens a temporary file next to {@code target} (creating parent directories). Write to {@link Pending#stream()}
     * or {@link Pending#writer()}, then {@link Pending#commit()}; closing without commit deletes the temporary file
     * and leaves the target as it was. Use for files written row by row (the CSV tables).
     */
    public static Pending open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        try {
            Files.createDirectories(dir);
            return new Pending(absolute, createTemp(dir, absolute.getFileName().toString()));
        } catch (java.nio.file.AccessDeniedException e) {
            throw new java.nio.file.AccessDeniedException(absolute.toString(), null,
                    "permission denied: cannot write in " + dir);
        } catch (java.nio.file.FileSystemException e) {
            throw named(e, absolute);
        }
    }

    /** The failure reported under the file the user asked for, not our temporary one, with the system's reason. */
    private static java.nio.file.FileSystemException named(java.nio.file.FileSystemException e, Path target) {
        return new java.nio.file.FileSystemException(target.toString(), null,
                e.getReason() == null ? e.getClass().getSimpleName() : e.getReason());
    }

    /** Deletes {@code dir} and everything under it; nothing when it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /**
     * Creates a new empty temporary file for {@code name} in {@code dir} with the permissions the process's umask
     * gives a new file, as for any file the user creates ({@link Files#createTempFile} would make it 0600, and the
     * rename would carry that mode to the output, hiding results from colleagues on a shared server).
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String random = Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36);
            try {
                return Files.createFile(dir.resolve("." + name + "." + random + TEMP_SUFFIX));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 100) throw e;
            }
        }
    }

    /**
     * Deletes every temporary file a killed run left under {@code dir} (recursively). Call it when a run starts, before
     * any writer of this run is open. Returns the deleted files.
     */
    public static List<Path> deleteLeftovers(Path dir) throws IOException {
        List<Path> deleted = new ArrayList<>();
        if (!Files.isDirectory(dir)) return deleted;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (isTemp(p) && Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                    deleted.add(p);
                }
            }
        }
        return deleted;
    }

    /** True for the name pattern of this class's temporary files. */
    public static boolean isTemp(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    /** A file being written: a temporary file that becomes the target on {@link #commit()}. Not thread-safe. */
    public static final class Pending implements Closeable {
        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private final OutputStream stream;
        private Writer writer;
        private boolean done;

        private Pending(Path target, Path temp) throws IOException {
            this.target = target;
            this.temp = temp;
            this.channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            this.stream = new BufferedOutputStream(new Naming(Channels.newOutputStream(channel), target), 1 << 16);
        }

        public Path target() { return target; }

        /** The byte stream into the temporary file. Do not close it; {@link #commit()} does. */
        public OutputStream stream() { return stream; }

        /** A UTF-8 writer on {@link #stream()} (no byte-order mark). Do not close it; {@link #commit()} does. */
        public Writer writer() {
            if (writer == null) writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            return writer;
        }

        /**
         * Flushes everything to disk and renames the temporary file over the target. A failure (disk full, the
         * directory made read-only meanwhile) is reported under the target's name with the system's reason.
         */
        public void commit() throws IOException {
            if (done) throw new IllegalStateException("already committed or aborted: " + target);
            try {
                flushAndClose();
            } catch (java.nio.file.FileSystemException e) {
                throw named(e, target);
            } catch (IOException e) {
                // FileChannel reports ENOSPC and EROFS as plain IOExceptions naming no file
                String msg = String.valueOf(e.getMessage());
                throw msg.contains(target.toString()) ? e : new IOException("cannot write " + target + ": " + msg, e);
            }
            done = true;
            syncDirectory(target.getParent());
        }

        private void flushAndClose() throws IOException {
            if (writer != null) writer.flush();
            stream.flush();
            channel.force(true);
            stream.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("file system cannot rename atomically in " + target.getParent(), e);
            }
        }

        /** Without a prior {@link #commit()}: deletes the temporary file, leaving the target untouched. */
        @Override public void close() throws IOException {
            if (done) return;
            done = true;
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Reports a failed write (disk full, file system gone read-only) under the target's name: the operating system's
     * message ("No space left on device") names no file, and the temporary file's name would mean nothing to a user.
     */
    static final class Naming extends java.io.FilterOutputStream {
        private final Path target;

        Naming(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw named(e);
            }
        }

        @Override public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw named(e);
            }
        }

        private IOException named(IOException e) {
            return new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Makes the rename itself durable. Some platforms (Windows) cannot open a directory; the rename is still atomic. */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort: durability of the directory entry, not atomicity, is what is lost here
        }
    }
}
