package org.newsquotes.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsquotes.config.ModelFiles;

/**
 * Everything ingest is configured with; immutable, defaults in {@link #defaults(ModelFiles)}.
 *
 * @param chromeMarkers         site-chrome markers ({@code models/chrome-markers.txt})
 * @param embedClasses          CSS classes of embedded social posts ({@code models/html-embeds.txt})
 * @param htmlDropSelectors     CSS selectors of HTML page furniture to drop ({@code models/html-drop.txt})
 * @param maxFileBytes          larger files are refused with a failure row instead of being read: one huge file
 *                              (a database dump dropped into the corpus) must not exhaust memory for the whole run
 * @param minCharsBeforeTrailer article characters that must precede a trailer marker for it to cut to the end;
 *                              an earlier trailer line (a navigation bar above the article) is dropped on its own
 * @param ignoredFileNames      file names that are never documents (besides hidden files, which are always skipped)
 */
public record IngestConfig(ChromeMarkers chromeMarkers, Set<String> embedClasses, List<String> htmlDropSelectors,
                           long maxFileBytes,
                           int minCharsBeforeTrailer, Set<String> ignoredFileNames) {
    /** 10 MiB: far above any news article (the samples are ~10 KB), far below what would strain the heap. */
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
    /**
     * About one long sentence: a menu line above the article has none before it, while even a news brief has this
     * much before its "Related" list. Titles and headings do not count.
     */
    public static final int DEFAULT_MIN_CHARS_BEFORE_TRAILER = 120;
    /** The model file listing embed classes. */
    public static final String EMBEDS_FILE = "html-embeds.txt";
    /** The model file listing CSS selectors of HTML furniture. */
    public static final String HTML_DROP_FILE = "html-drop.txt";

    public IngestConfig {
        Objects.requireNonNull(chromeMarkers, "chromeMarkers");
        embedClasses = Set.copyOf(embedClasses);
        htmlDropSelectors = List.copyOf(htmlDropSelectors);
        ignoredFileNames = Set.copyOf(ignoredFileNames);
        if (maxFileBytes <= 0) throw new IllegalArgumentException("maxFileBytes must be > 0: " + maxFileBytes);
        if (minCharsBeforeTrailer < 0) {
            throw new IllegalArgumentException("minCharsBeforeTrailer must be >= 0: " + minCharsBeforeTrailer);
        }
    }

    /** The defaults, with markers and embed classes read from {@code models}. */
    public static IngestConfig defaults(ModelFiles models) {
        return new IngestConfig(ChromeMarkers.load(models), Set.copyOf(models.lines(EMBEDS_FILE)),
                models.lines(HTML_DROP_FILE), DEFAULT_MAX_FILE_BYTES, DEFAULT_MIN_CHARS_BEFORE_TRAILER,
                Set.of("Thumbs.db", "desktop.ini", "Icon\r"));
    }

    public IngestConfig withMaxFileBytes(long bytes) {
        return new IngestConfig(chromeMarkers, embedClasses, htmlDropSelectors, bytes, minCharsBeforeTrailer, ignoredFileNames);
    }

    public IngestConfig withMinCharsBeforeTrailer(int chars) {
        return new IngestConfig(chromeMarkers, embedClasses, htmlDropSelectors, maxFileBytes, chars, ignoredFileNames);
    }

    /**
     * Changes whenever the configuration could change ingest's output for the same file: part of a per-document
     * cache key, next to the input's content hash.
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        chromeMarkers.all().stream().map(ChromeMarkers.Match::reason).sorted().forEach(m -> sb.append(m).append('\n'));
        embedClasses.stream().sorted().forEach(c -> sb.append("embed:").append(c).append('\n'));
        htmlDropSelectors.forEach(c -> sb.append("drop:").append(c).append('\n'));
        sb.append(maxFileBytes).append('/').append(minCharsBeforeTrailer).append('/');
        ignoredFileNames.stream().sorted().forEach(n -> sb.append(n).append('\n'));
        return "ingest-" + org.newsquotes.config.ModelFiles.sha256(
                sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
    }
}
