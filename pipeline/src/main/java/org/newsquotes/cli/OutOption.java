package org.newsquotes.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The one output option of every command that reads an output directory: {@code -o DIR} / {@code --out DIR}, as
 * {@code annotate} writes it. {@code --output}, its old name in {@code eval} and {@code review}, is still accepted but
 * no longer shown.
 */
final class OutOption {
    private Path dir;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "output directory of annotate")
    void out(Path d) { dir = d; }

    @Option(names = "--output", hidden = true, paramLabel = "DIR")
    void legacyOutput(Path d) { dir = d; }

    /** The directory given, or null. */
    Path get() { return dir; }

    /** The directory given; a usage error when none was. */
    Path require() {
        if (dir == null) throw new IllegalArgumentException("missing the output directory: -o/--out DIR");
        return dir;
    }
}
