package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** The message and exit code a user sees for each kind of failure (the README's "Exit codes"). */
class MainTest {
    @Test
    void aPermissionProblemSaysPermissionDeniedAndNamesTheFile() {
        String msg = Main.describe(new AccessDeniedException("/data/out/quotes.csv"));
        assertThat(msg).isEqualTo("/data/out/quotes.csv: permission denied");
        assertThat(Main.exitCodeOf(new AccessDeniedException("/data/out/quotes.csv"))).isEqualTo(Main.INTERNAL);
    }

    @Test
    void aFullDiskOrReadOnlyFileSystemGivesTheSystemsReasonWrappedOrNot() {
        FileSystemException ro = new FileSystemException("/data/out/mentions.csv", null, "Read-only file system");
        assertThat(Main.describe(ro)).isEqualTo("/data/out/mentions.csv: Read-only file system");
        UncheckedIOException wrapped = new UncheckedIOException("cannot write the JSON of a.txt",
                new IOException("cannot write /data/out/json/a.txt.json: No space left on device"));
        assertThat(Main.describe(wrapped)).isEqualTo("cannot write the JSON of a.txt "
                + "(cannot write /data/out/json/a.txt.json: No space left on device)");
        assertThat(Main.exitCodeOf(wrapped)).isEqualTo(Main.INTERNAL);
    }

    @Test
    void setupAndUsageProblemsKeepTheirOwnCodesAndMessages() {
        assertThat(Main.exitCodeOf(new SetupException("models missing"))).isEqualTo(Main.SETUP);
        assertThat(Main.describe(new SetupException("models missing"))).isEqualTo("models missing");
        assertThat(Main.exitCodeOf(new IllegalArgumentException("no such corpus"))).isEqualTo(Main.USAGE);
        assertThat(Main.exitCodeOf(new OutOfMemoryError())).isEqualTo(Main.SETUP);
    }

    @Test
    void aBugIsCalledAnInternalErrorWithItsType() {
        String msg = Main.describe(new NullPointerException());
        assertThat(msg).startsWith("internal error (java.lang.NullPointerException)");
        assertThat(Main.exitCodeOf(new NullPointerException())).isEqualTo(Main.INTERNAL);
    }

    @Test
    void anUnwritableOutputDirectoryFailsTheRunWithExitCodeThreeAndNamesIt(@org.junit.jupiter.api.io.TempDir
                                                                           java.nio.file.Path tmp) throws Exception {
        java.nio.file.Files.writeString(tmp.resolve("not-a-dir"), "x");
        java.nio.file.Path corpus = java.nio.file.Files.createDirectories(tmp.resolve("corpus"));
        java.nio.file.Files.writeString(corpus.resolve("a.txt"), "Title\nText.\n");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        int code;
        try {
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            code = Main.run("annotate", corpus.toString(), "--out", tmp.resolve("not-a-dir/out").toString(),
                    "--no-progress");
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(Main.SETUP);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("cannot create the output directory").contains("not-a-dir");
    }
}
