package org.newsquotes.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonPathsTest {
    @Test void keepsDirectoriesAndHashSuffixes() {
        assertThat(JsonPaths.relativePath("iran.txt")).isEqualTo("iran.txt.json");
        assertThat(JsonPaths.relativePath("world/mideast/iran.html")).isEqualTo("world/mideast/iran.html.json");
        assertThat(JsonPaths.relativePath("feeds/a.jsonl#12")).isEqualTo("feeds/a.jsonl#12.json");
        assertThat(JsonPaths.relativePath("Café 😀.txt")).isEqualTo("Café 😀.txt.json");
    }

    @Test void encodesWhatFileSystemsMisread() {
        assertThat(JsonPaths.relativePath("100%.txt")).isEqualTo("100%25.txt.json");
        assertThat(JsonPaths.relativePath("a\\b:c?.txt")).isEqualTo("a%5Cb%3Ac%3F.txt.json");
        assertThat(JsonPaths.relativePath("tab\there")).isEqualTo("tab%09here.json");
    }

    @Test void dotSegmentsAndEmptySegmentsCannotEscape() {
        assertThat(JsonPaths.relativePath("../../etc/passwd")).isEqualTo("%2E%2E/%2E%2E/etc/passwd.json");
        assertThat(JsonPaths.relativePath("/abs/x")).isEqualTo("%2F/abs/x.json");
        assertThat(JsonPaths.relativePath("a/./b")).isEqualTo("a/%2E/b.json");
        assertThat(JsonPaths.relativePath("..")).isEqualTo("%2E%2E.json");
        Path base = Path.of("/tmp/out/json");
        for (String id : List.of("../x", "../../x", "/etc/passwd", "a/../../b", "..", ".", "a//b", "./x")) {
            Path p = JsonPaths.resolve(base, id);
            assertThat(p.startsWith(base)).as(id).isTrue();
            assertThat(p.getFileName().toString()).as(id).endsWith(".json");
        }
    }

    @Test void mappingIsOneToOneAndInvertible() {
        List<String> ids = List.of("a.txt", "a.txt#1", "a/b.txt", "a%2Fb.txt", "a%25.txt", "a%.txt", "..", "%2E%2E",
                "a//b", "a/%2F/b", "/x", "%2F/x", "x/", ".", "a\\b", "a%5Cb", "ü/😀#3", "a:b", "a\u0001b", "a/..b");
        Set<String> paths = new HashSet<>();
        for (String id : ids) {
            String rel = JsonPaths.relativePath(id);
            assertThat(paths.add(rel)).as("unique path for %s", id).isTrue();
            assertThat(JsonPaths.docId(rel)).as("inverse of %s", rel).isEqualTo(id);
        }
    }
}
