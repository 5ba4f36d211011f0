package org.newsquotes.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsquotes.config.ModelFiles;

/**
 * The site-chrome markers of {@code models/chrome-markers.txt} (format documented in that file): lines to drop,
 * line prefixes to drop, and trailer lines (or short trailer-line prefixes) that start the end-of-article chrome.
 *
 * <p>Matching is on whole lines only: case-insensitive, any run of white space (including U+00A0) counts as one
 * space, {@code ’} counts as {@code '}, and for {@code line}/{@code trailer} markers trailing punctuation is ignored.
 * A line longer than {@link #MAX_MARKER_LINE} characters is article text and never matches, whatever it starts
 * with; a {@code trailer-prefix} only matches a short heading-like line ({@link #MAX_TRAILER_PREFIX_LINE}
 * characters, no sentence-final punctuation), so "More from the minister's speech." stays article text.
 */
public final class ChromeMarkers {
    /** The model file the markers are read from. */
    public static final String FILE = "chrome-markers.txt";
    /** Longer lines are never chrome, so a prefix marker cannot eat a paragraph that happens to start like one. */
    public static final int MAX_MARKER_LINE = 300;
    /** Longest line a {@code trailer-prefix} marker can match ("More from Al Jazeera"). */
    public static final int MAX_TRAILER_PREFIX_LINE = 60;

    private static final Pattern WHITE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s:：.…»›>|\\-–—]+$");
    private static final Pattern SPACE_BEFORE_COLON = Pattern.compile(" +([:：])");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\"”’'»]$");

    /** The kinds of marker, as spelled in the model file. */
    public enum Kind {
        LINE("line"), LINE_PREFIX("line-prefix"), TRAILER("trailer"), TRAILER_PREFIX("trailer-prefix");

        private final String label;

        Kind(String label) { this.label = label; }

        public String label() { return label; }

        /** True for the kinds that start the end-of-article chrome. */
        public boolean isTrailer() { return this == TRAILER || this == TRAILER_PREFIX; }

        static Optional<Kind> ofLabel(String label) {
            for (Kind k : values()) if (k.label.equals(label)) return Optional.of(k);
            return Optional.empty();
        }
    }

    /** A marker that matched a line: its kind and its text as written in the model file (the removal reason). */
    public record Match(Kind kind, String marker) {
        public String reason() { return kind.label() + ":" + marker; }
    }

    /** Per kind: normalised marker -> marker as written, in file order. */
    private final Map<Kind, Map<String, String>> markers;

    private ChromeMarkers(Map<Kind, Map<String, String>> markers) {
        Map<Kind, Map<String, String>> copy = new EnumMap<>(Kind.class);
        markers.forEach((k, v) -> copy.put(k, new LinkedHashMap<>(v)));
        this.markers = copy;
    }

    /** Reads {@value #FILE}. */
    public static ChromeMarkers load(ModelFiles models) {
        return parse(models.lines(FILE), FILE);
    }

    /** Parses comment-free marker lines ({@code KIND TEXT}); {@code source} names the file in error messages. */
    public static ChromeMarkers parse(List<String> markerLines, String source) {
        Map<Kind, Map<String, String>> markers = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) markers.put(k, new LinkedHashMap<>());
        for (String raw : markerLines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException(source + ": marker line needs KIND and TEXT: '" + line + "'");
            }
            Kind kind = Kind.ofLabel(parts[0].toLowerCase(Locale.ROOT)).orElseThrow(() -> new IllegalArgumentException(
                    source + ": unknown marker kind '" + parts[0]
                            + "' (expected line, line-prefix, trailer or trailer-prefix): '" + line + "'"));
            String text = parts[1].strip();
            String key = kind == Kind.LINE || kind == Kind.TRAILER ? normaliseWhole(text) : normalise(text);
            markers.get(kind).putIfAbsent(key, text);
        }
        return new ChromeMarkers(markers);
    }

    /** The marker a whole line matches, if any; trailer markers win over line markers. */
    public Optional<Match> match(String line) {
        if (line.length() > MAX_MARKER_LINE || line.isBlank()) return Optional.empty();
        String whole = normaliseWhole(line);
        String norm = normalise(line);
        String trailer = markers.get(Kind.TRAILER).get(whole);
        if (trailer != null) return Optional.of(new Match(Kind.TRAILER, trailer));
        if (line.length() <= MAX_TRAILER_PREFIX_LINE && !SENTENCE_END.matcher(norm).matches()) {
            Optional<Match> m = prefixMatch(Kind.TRAILER_PREFIX, norm);
            if (m.isPresent()) return m;
        }
        String single = markers.get(Kind.LINE).get(whole);
        if (single != null) return Optional.of(new Match(Kind.LINE, single));
        return prefixMatch(Kind.LINE_PREFIX, norm);
    }

    private Optional<Match> prefixMatch(Kind kind, String norm) {
        for (Map.Entry<String, String> p : markers.get(kind).entrySet()) {
            if (norm.startsWith(p.getKey()) && norm.length() > p.getKey().length()) {
                return Optional.of(new Match(kind, p.getValue()));
            }
        }
        return Optional.empty();
    }

    /** Every marker as written, by kind (for documentation, fingerprints and tests). */
    public List<Match> all() {
        List<Match> out = new ArrayList<>();
        markers.forEach((kind, byKey) -> byKey.values().forEach(m -> out.add(new Match(kind, m))));
        return out;
    }

    static String normalise(String s) {
        String t = WHITE.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        return SPACE_BEFORE_COLON.matcher(t).replaceAll("$1");
    }

    static String normaliseWhole(String s) {
        return TRAILING_PUNCT.matcher(normalise(s)).replaceAll("");
    }
}
