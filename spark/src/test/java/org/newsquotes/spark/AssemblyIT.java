package org.newsquotes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The assembly jar Spark users submit (built in {@code package}, before this IT): the libraries Spark also ships in
 * other versions are only present as relocated copies, and the relocated ICU still finds its data.
 */
class AssemblyIT {
    /** Packages Spark 4.0.1 ships in versions of its own (ICU4J 76.1, Guava, protobuf 4.28, commons-codec 1.17.2). */
    private static final List<String> SHARED = List.of("com/ibm/icu/", "com/google/common/", "com/google/thirdparty/",
            "com/google/protobuf/", "org/apache/commons/codec/");

    static Path assembly() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("target"))) {
            return s.filter(p -> p.getFileName().toString().endsWith("-assembly.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no assembly jar in target/: run mvn package first"));
        }
    }

    @Test
    void theAssemblyHoldsOnlyRelocatedCopiesOfTheLibrariesSparkAlsoShips() throws IOException {
        List<String> unrelocated = new ArrayList<>();
        int relocated = 0;
        try (ZipFile zip = new ZipFile(assembly().toFile())) {
            for (var en = zip.entries(); en.hasMoreElements(); ) {
                String name = en.nextElement().getName();
                if (SHARED.stream().anyMatch(name::startsWith)) unrelocated.add(name);
                if (name.startsWith("org/newsquotes/shaded/")) relocated++;
            }
            assertThat(zip.getEntry("org/newsquotes/shaded/icu/impl/data/icudt75b/")).as("ICU's data, relocated").isNotNull();
            assertThat(zip.getEntry("org/newsquotes/shaded/protobuf/Message.class")).isNotNull();
        }
        assertThat(unrelocated).as("classes or resources left at their original packages").isEmpty();
        assertThat(relocated).isGreaterThan(1000);
    }

    @Test
    void theRelocatedIcuIsTheProjectsOwnAndNameMatchingRunsOnIt() throws Exception {
        try (URLClassLoader alone = new URLClassLoader(new URL[] {assembly().toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Object version = alone.loadClass("org.newsquotes.shaded.icu.util.VersionInfo").getField("ICU_VERSION").get(null);
            assertThat(version.toString()).startsWith("75.1");
        }
        // the whole name matcher from the assembly alone (plus what Spark provides: Jackson, slf4j), in its own JVM:
        // transliterating Cyrillic needs ICU's data, found under the relocated path
        List<String> provided = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.contains("jackson") || p.contains("slf4j-api")).toList();
        String cp = assembly().toAbsolutePath() + File.pathSeparator + String.join(File.pathSeparator, provided);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
                "org.newsquotes.cli.Main", "names", "--pair", "Дмитрий Песков", "Dmitry Peskov", "--type", "PERSON")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("same entity").contains("rule: transliteration");
    }
}
