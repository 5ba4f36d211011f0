package org.newsquotes.runner;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The version of the running code, for run.json and the cache key.
 *
 * <p>{@link #fingerprint()} hashes the content of every class of the project ({@code org/newsquotes/**}), from the
 * jar or the classes directory the code runs from. A version number alone would not do: a development build keeps
 * its version while its code changes, and cached results made by older code must not be reused. Hashing entry
 * contents rather than the jar file keeps the fingerprint stable across rebuilds of unchanged code (a jar's
 * timestamps change on every build).
 */
final class CodeVersion {
    private static final String PACKAGE_DIR = "org/newsquotes/";

    private CodeVersion() {}

    /** The release version from the jar manifest, or {@code dev}. */
    static String version() {
        String v = CodeVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * A hash of the project's compiled code (see class doc). When the code source cannot be read, a value unique to
     * this process: the cache then never reuses an entry, which is slow but never wrong.
     */
    static String fingerprint() {
        try {
            Path source = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(source)) {
                List<Path> files = new ArrayList<>();
                Path root = source.resolve(PACKAGE_DIR);
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
                files.sort(null);
                for (Path f : files) {
                    md.update(source.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(f));
                }
            } else {
                try (ZipFile zip = new ZipFile(source.toFile())) {
                    List<ZipEntry> entries = new ArrayList<>(Collections.list(zip.entries()));
                    entries.removeIf(e -> e.isDirectory() || !e.getName().startsWith(PACKAGE_DIR));
                    entries.sort((a, b) -> a.getName().compareTo(b.getName()));
                    for (ZipEntry e : entries) {
                        md.update(e.getName().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = zip.getInputStream(e)) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unreadable-" + java.util.UUID.randomUUID();
        }
    }
}
