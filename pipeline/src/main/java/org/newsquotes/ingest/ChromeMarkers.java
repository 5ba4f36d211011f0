package org.newsquotes.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsquotes.config.ModelFiles;

/**
 * The site-chrome markers of {@code models/chrome-markers.txt} (format documented in that file): lines to drop,
 * line prefixes to drop, and trailer lines that start the end-of-article chrome.
 *
 * <p>Matching is on whole lines only: case-insensitive, any run of white space (including U+00A0) counts as one
 * space, and for {@code line}/{@code trailer} markers trailing punctuation is ignored. A line longer than
 * {@link #MAX_MARKER_LINE} characters is article text and never matches, whatever it starts with.
 */
public final class ChromeMarkers {
    /** The model file the markers are read from. */
    public static final String FILE = "chrome-markers.txt";
    /** Longer lines are never chrome, so a prefix marker cannot eat a paragraph that happens to start like one. */
    public static final int MAX_MARKER_LINE = 300;

    private static final Pattern WHITE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s:：.…»›>|\\-–—]+$");
    private static final Pattern SPACE_BEFORE_COLON = Pattern.compile(" +([:：])");

    /** The kinds of marker, as spelled in the model file. */
    public enum Kind {
        LINE("line"), LINE_PREFIX("line-prefix"), TRAILER("trailer");

        private final String label;

        Kind(String label) { this.label = label; }

        public String label() { return label; }
    }

    /** A marker that matched a line: its kind and its text as written in the model file (the removal reason). */
    public record Match(Kind kind, String marker) {
        public String reason() { return kind.label() + ":" + marker; }
    }

    private final Map<String, String> lines;      // normalised -> as written
    private final Map<String, String> trailers;   // normalised -> as written
    private final Map<String, String> prefixes;   // normalised -> as written

    private ChromeMarkers(Map<String, String> lines, Map<String, String> trailers, Map<String, String> prefixes) {
        this.lines = Map.copyOf(lines);
        this.trailers = Map.copyOf(trailers);
        this.prefixes = Map.copyOf(prefixes);
    }

    /** Reads {@value #FILE}. */
    public static ChromeMarkers load(ModelFiles models) {
        return parse(models.lines(FILE), FILE);
    }

    /** Parses comment-free marker lines ({@code KIND TEXT}); {@code source} names the file in error messages. */
    public static ChromeMarkers parse(List<String> markerLines, String source) {
        Map<String, String> lines = new LinkedHashMap<>();
        Map<String, String> trailers = new LinkedHashMap<>();
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (String raw : markerLines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException(source + ": marker line needs KIND and TEXT: '" + line + "'");
            }
            String text = parts[1].strip();
            switch (parts[0].toLowerCase(Locale.ROOT)) {
                case "line" -> lines.putIfAbsent(normaliseWhole(text), text);
                case "trailer" -> trailers.putIfAbsent(normaliseWhole(text), text);
                case "line-prefix" -> prefixes.putIfAbsent(normalise(text), text);
                default -> throw new IllegalArgumentException(source + ": unknown marker kind '" + parts[0]
                        + "' (expected line, line-prefix or trailer): '" + line + "'");
            }
        }
        return new ChromeMarkers(lines, trailers, prefixes);
    }

    /** The marker a whole line matches, if any; trailer markers win over line markers. */
    public Optional<Match> match(String line) {
        if (line.length() > MAX_MARKER_LINE || line.isBlank()) return Optional.empty();
        String whole = normaliseWhole(line);
        String trailer = trailers.get(whole);
        if (trailer != null) return Optional.of(new Match(Kind.TRAILER, trailer));
        String single = lines.get(whole);
        if (single != null) return Optional.of(new Match(Kind.LINE, single));
        String norm = normalise(line);
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            if (norm.startsWith(p.getKey()) && norm.length() > p.getKey().length()) {
                return Optional.of(new Match(Kind.LINE_PREFIX, p.getValue()));
            }
        }
        return Optional.empty();
    }

    /** Every marker as written, by kind (for documentation and tests). */
    public List<Match> all() {
        List<Match> out = new ArrayList<>();
        lines.values().forEach(m -> out.add(new Match(Kind.LINE, m)));
        prefixes.values().forEach(m -> out.add(new Match(Kind.LINE_PREFIX, m)));
        trailers.values().forEach(m -> out.add(new Match(Kind.TRAILER, m)));
        return out;
    }

    static String normalise(String s) {
        String t = WHITE.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        t = t.replace('’', '\'');
        return SPACE_BEFORE_COLON.matcher(t).replaceAll("$1");
    }

    static String normaliseWhole(String s) {
        return TRAILING_PUNCT.matcher(normalise(s)).replaceAll("");
    }
}
