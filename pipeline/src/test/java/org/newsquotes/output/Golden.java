package org.newsquotes.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. A mismatch fails the test; after a deliberate format change,
 * regenerate with {@code mvn -q test -Dgolden.update=true} and review the diff before committing.
 */
final class Golden {
    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {}

    static void assertMatches(String name, byte[] actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.write(file, actual);
            }
            assertThat(Files.exists(file)).as("golden file %s exists (create with -Dgolden.update=true)", file).isTrue();
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(new String(actual, StandardCharsets.UTF_8)).as("output equals golden file %s", file)
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
