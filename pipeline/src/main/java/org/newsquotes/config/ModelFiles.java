package org.newsquotes.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The project's editable resources ({@code models/} in the repository: speech verbs, chrome markers, alias tables,
 * ...). A file is looked up in the user's models directory first and, when absent there, in the copy of
 * {@code models/} packaged into the jar, so the jar runs anywhere and a researcher can override any one file.
 *
 * <p>Text files are UTF-8; {@link #lines(String)} drops blank lines and {@code #} comments. Every file read is
 * remembered with its hash so {@link #fingerprint()} changes when any resource a run used changes (cache keys).
 */
public final class ModelFiles {
    private static final String CLASSPATH_DIR = "models/";

    private final Path dir;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    private ModelFiles(Path dir) { this.dir = dir; }

    /** Only the packaged copy of {@code models/}. */
    public static ModelFiles packaged() { return new ModelFiles(null); }

    /** {@code dir} first, then the packaged copy. */
    public static ModelFiles at(Path dir) { return new ModelFiles(Objects.requireNonNull(dir, "dir")); }

    /** The user's directory, or null when only the packaged copy is used. */
    public Path directory() { return dir; }

    /** Raw bytes of a resource; fails with the file name when it exists nowhere. */
    public byte[] bytes(String name) {
        try {
            byte[] data;
            if (dir != null && Files.isRegularFile(dir.resolve(name))) {
                data = Files.readAllBytes(dir.resolve(name));
            } else {
                try (InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream(CLASSPATH_DIR + name)) {
                    if (in == null) {
                        throw new IllegalStateException("model file '" + name + "' not found"
                                + (dir == null ? "" : " in " + dir) + " nor in the packaged models/");
                    }
                    data = in.readAllBytes();
                }
            }
            hashes.put(name, sha256(data));
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file '" + name + "': " + e.getMessage(), e);
        }
    }

    public boolean exists(String name) {
        if (dir != null && Files.isRegularFile(dir.resolve(name))) return true;
        return ModelFiles.class.getClassLoader().getResource(CLASSPATH_DIR + name) != null;
    }

    public String text(String name) { return new String(bytes(name), StandardCharsets.UTF_8); }

    /** Non-blank lines with {@code #} comments removed and surrounding white space trimmed. */
    public List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(bytes(name)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                line = line.strip();
                if (!line.isEmpty()) out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Hash over every resource read so far, in name order. */
    public String fingerprint() {
        Map<String, String> sorted = new TreeMap<>(hashes);
        return sha256(sorted.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
