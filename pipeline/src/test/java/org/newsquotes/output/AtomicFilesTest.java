package org.newsquotes.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test void writesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("sub/dir/a.csv");
        AtomicFiles.writeString(target, "héllo\n");
        assertThat(Files.readString(target)).isEqualTo("héllo\n");
        assertThat(files()).containsExactly(target);
    }

    @Test void aFailingWriterLeavesTheOldTargetAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.json");
        AtomicFiles.writeString(target, "old complete content");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("new partial content".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[1 << 20]);
            throw new IOException("disk on fire");
        })).hasMessage("disk on fire");
        assertThat(Files.readString(target)).isEqualTo("old complete content");
        assertThat(files()).containsExactly(target);
    }

    @Test void aFailingFirstWriteCreatesNoTarget() {
        Path target = dir.resolve("never.csv");
        assertThatThrownBy(() -> AtomicFiles.writeString(target, null)).isInstanceOf(NullPointerException.class);
        assertThat(target).doesNotExist();
    }

    @Test void pendingFileIsInvisibleUntilCommitAndDiscardedWithoutIt() throws IOException {
        Path target = dir.resolve("t.csv");
        try (AtomicFiles.Pending p = AtomicFiles.open(target)) {
            p.writer().write("row\n");
            p.writer().flush();
            assertThat(target).doesNotExist();
            assertThat(files()).hasSize(1).allMatch(AtomicFiles::isTemp);
        }
        assertThat(files()).isEmpty();
        try (AtomicFiles.Pending p = AtomicFiles.open(target)) {
            p.writer().write("row\n");
            p.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("row\n");
        assertThat(files()).containsExactly(target);
    }

    @Test void concurrentReadersNeverSeeAPartialFile() throws Exception {
        Path target = dir.resolve("big.txt");
        String a = "A".repeat(300_000) + "\n";
        String b = "B".repeat(200_000) + "\n";
        AtomicFiles.writeString(target, a);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<String> bad = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                try {
                    String s = Files.readString(target);
                    if (!s.equals(a) && !s.equals(b)) bad.set("partial read of " + s.length() + " chars");
                } catch (IOException e) {
                    bad.set(e.toString());
                }
            }
        });
        reader.start();
        for (int i = 0; i < 40; i++) AtomicFiles.writeString(target, i % 2 == 0 ? b : a);
        stop.set(true);
        reader.join();
        assertThat(bad.get()).isNull();
        assertThat(files()).containsExactly(target);
    }

    @Test void deleteLeftoversRemovesOnlyTemporaryFiles() throws IOException {
        Path keep = dir.resolve("json/a.txt.json");
        AtomicFiles.writeString(keep, "{}");
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "docs");
        Path hiddenButOurs = dir.resolve(".nq-notes.txt");
        Files.writeString(hiddenButOurs, "not a temp");
        Path left1 = dir.resolve("json/.a.txt.json.123" + AtomicFiles.TEMP_SUFFIX);
        Path left2 = dir.resolve(".quotes.csv.99" + AtomicFiles.TEMP_SUFFIX);
        Files.writeString(left1, "{\"partial");
        Files.writeString(left2, "doc_id,");
        assertThat(AtomicFiles.deleteLeftovers(dir)).containsExactlyInAnyOrder(left1, left2);
        assertThat(files()).containsExactlyInAnyOrder(keep, readme, hiddenButOurs);
    }

    @Test void outputsGetTheModeTheUmaskGivesAnyNewFileNotOwnerOnly() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("made-by-the-user.txt"));
        Path target = dir.resolve("quotes.csv");
        AtomicFiles.writeString(target, "a,b\n");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
        // the rename of a second write keeps the mode too
        AtomicFiles.writeString(target, "a,b\n1,2\n");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test void aDirectoryThatCannotBeCreatedIsReportedUnderTheTargetsNameWithTheReason() throws IOException {
        Files.writeString(dir.resolve("blocker"), "a file where a directory should be");
        Path target = dir.resolve("blocker/json/doc.json");
        assertThatThrownBy(() -> AtomicFiles.writeString(target, "{}"))
                .isInstanceOf(java.nio.file.FileSystemException.class)
                .satisfies(e -> assertThat(((java.nio.file.FileSystemException) e).getFile())
                        .isEqualTo(target.toAbsolutePath().toString()))
                .hasMessageNotContaining(AtomicFiles.TEMP_SUFFIX);
    }

    @Test void aWriteThatFailsOnAFullDiskNamesTheTargetNotTheTemporaryFile() {
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override public void write(int b) throws IOException { throw new IOException("No space left on device"); }
        };
        Path target = dir.resolve("mentions.csv");
        assertThatThrownBy(() -> new AtomicFiles.Naming(full, target).write(new byte[10], 0, 10))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write " + target + ": No space left on device");
    }
}
