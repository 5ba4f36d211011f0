package org.newsquotes.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.newsquotes.output.AtomicFiles;

/**
 * What each per-document JSON file was written from ({@code OUT/.cache/json-manifest.tsv}), so a re-run can leave an
 * unchanged file alone without rebuilding it.
 *
 * <p>A document's JSON is a function of its cache entry (the full phase-1 document; the entry key covers code,
 * configuration and input) and of what phase 2 assigned (the slim resolved document). The manifest records, per doc
 * id, a stamp of both plus the file's size and modification time when written. When a re-run computes the same stamp
 * and the file still has that size and time, the file is what this run would write, and the full document need not
 * even be read. Anything else (no manifest, another stamp, a file touched by hand) means rebuild and compare.
 *
 * <p>Crash safety: the manifest is written atomically after all JSON files; a run killed before that leaves the old
 * manifest, whose stamps no longer match the files that run rewrote (their time changed), so they are rebuilt.
 */
final class JsonManifest {
    static final String FILE = "json-manifest.tsv";

    private record Line(String stamp, long size, long modified) {}

    private final Path file;
    private final Map<String, Line> previous;
    private final Map<String, Line> current = new ConcurrentHashMap<>();

    private JsonManifest(Path file, Map<String, Line> previous) {
        this.file = file;
        this.previous = previous;
    }

    /** Loads the manifest of the last run in {@code cacheDir} (empty when there is none or it is unreadable). */
    static JsonManifest load(Path cacheDir) {
        Path file = cacheDir.resolve(FILE);
        Map<String, Line> lines = new TreeMap<>();
        try {
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = l.split("\t");
                if (f.length == 4) lines.put(f[0], new Line(f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
            }
        } catch (NoSuchFileException e) {
            // first run
        } catch (IOException | RuntimeException e) {
            lines.clear();
        }
        return new JsonManifest(file, lines);
    }

    /** True when {@code target} is still the file written for {@code docId} from {@code stamp}; remembers it if so. */
    boolean unchanged(String docId, String stamp, Path target) {
        Line old = previous.get(docId);
        if (old == null || !old.stamp().equals(stamp)) return false;
        try {
            BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class);
            if (a.size() != old.size() || a.lastModifiedTime().toMillis() != old.modified()) return false;
        } catch (IOException e) {
            return false;
        }
        current.put(docId, old);
        return true;
    }

    /** Records that {@code target} now holds the JSON of {@code docId} built from {@code stamp}. */
    void written(String docId, String stamp, Path target) throws IOException {
        BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class);
        current.put(docId, new Line(stamp, a.size(), a.lastModifiedTime().toMillis()));
    }

    /** Writes this run's manifest atomically (doc ids without tabs or newlines only; others are simply rebuilt). */
    void save() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Line> e : new TreeMap<>(current).entrySet()) {
            if (e.getKey().indexOf('\t') >= 0 || e.getKey().indexOf('\n') >= 0) continue;
            Line l = e.getValue();
            sb.append(e.getKey()).append('\t').append(l.stamp()).append('\t').append(l.size()).append('\t')
                    .append(l.modified()).append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }
}
