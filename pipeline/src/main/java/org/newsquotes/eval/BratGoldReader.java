package org.newsquotes.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;

/**
 * Reads a brat standoff attribution set (as PolNeAR): {@code docs/NAME.txt} and {@code attributions/NAME.ann}.
 * {@code T} lines are spans ({@code Source}, {@code Cue}, {@code Content}, ...), {@code E} lines tie one
 * attribution's spans together. Each Content becomes gold quotes:
 * <ul>
 *   <li>a Content with double quotation marks gives one {@code direct} gold quote per quoted segment (the words
 *       between the marks; a segment cut by the Content's edge runs to that edge), and the whole Content is
 *       remembered as "mixed" (its unquoted words are paraphrase);</li>
 *   <li>a Content wholly inside marks (the marks just outside its span) is one {@code direct} quote;</li>
 *   <li>any other Content is one {@code indirect} gold quote.</li>
 * </ul>
 * The speaker is the Source's surface text, the speaker mention its span.
 */
final class BratGoldReader {
    private BratGoldReader() {}

    static GoldSet read(Path dir) throws IOException {
        List<GoldQuote> quotes = new ArrayList<>();
        Map<String, List<Span>> mixed = new HashMap<>();
        Set<String> docs = new LinkedHashSet<>();
        List<Path> anns;
        try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
            anns = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
        }
        for (Path ann : anns) {
            String base = ann.getFileName().toString().replaceFirst("\\.ann$", "");
            String doc = base + ".txt";
            Path txt = dir.resolve("docs").resolve(doc);
            if (!Files.isRegularFile(txt)) continue;
            docs.add(doc);
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            readAnn(doc, text, Files.readAllLines(ann, StandardCharsets.UTF_8), quotes, mixed);
        }
        return new GoldSet(dir, "brat", docs, quotes, List.of(), mixed);
    }

    static void readAnn(String doc, String text, List<String> lines, List<GoldQuote> quotes, Map<String, List<Span>> mixed) {
        Map<String, Span> spans = new HashMap<>();
        for (String line : lines) {
            if (!line.startsWith("T")) continue;
            String[] cols = line.split("\t");
            if (cols.length < 2) continue;
            String[] typeAndOffsets = cols[1].split(" ", 2);
            if (typeAndOffsets.length < 2) continue;
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (String frag : typeAndOffsets[1].split(";")) {
                String[] se = frag.trim().split(" ");
                start = Math.min(start, Integer.parseInt(se[0]));
                end = Math.max(end, Integer.parseInt(se[1]));
            }
            if (end <= text.length() && start <= end) spans.put(cols[0], new Span(start, end));
        }
        Set<Span> seenContent = new HashSet<>();
        for (String line : lines) {
            if (!line.startsWith("E")) continue;
            String[] cols = line.split("\t");
            if (cols.length < 2) continue;
            Map<String, String> roles = new HashMap<>();
            for (String part : cols[1].trim().split(" ")) {
                int colon = part.indexOf(':');
                if (colon > 0) roles.putIfAbsent(part.substring(0, colon).replaceAll("\\d+$", ""), part.substring(colon + 1));
            }
            Span content = spans.get(roles.get("Content"));
            if (content == null || !seenContent.add(content)) continue;
            Span source = spans.get(roles.get("Source"));
            Span cue = spans.get(roles.get("Cue"));
            if (labelsSwapped(text, source, cue)) {
                Span s = source;
                source = cue;
                cue = s;
            }
            String sourceText = source == null ? null : source.of(text);
            String cueText = cue == null ? null : cue.of(text);
            List<Span> segments = quotedSegments(text, content);
            List<String> names = sourceText == null ? List.of() : List.of(sourceText);
            if (segments.isEmpty()) {
                quotes.add(new GoldQuote(doc, cols[0], QuoteKind.INDIRECT, content.of(text), content, sourceText, names,
                        sourceText, source, cueText));
            } else {
                mixed.computeIfAbsent(doc, k -> new ArrayList<>()).add(content);
                int n = 1;
                for (Span seg : segments) {
                    quotes.add(new GoldQuote(doc, cols[0] + "." + n++, QuoteKind.DIRECT, seg.of(text), seg, sourceText, names,
                            sourceText, source, cueText));
                }
            }
        }
    }

    /** Pronouns that name a speaker in an inverted report ("said he"). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");

    /**
     * True when an attribution's Source and Cue labels are swapped: in '“…,” said Ann Roe, a teacher', an annotator
     * marked "said" as the Source and "Ann Roe, a teacher" as the Cue. Read so, the gold speaker is the verb. The
     * swap shows in the spans alone: the Source is one lower-case word and the Cue follows it at once, opening with a
     * capital letter or a subject pronoun ("said he"), and the Source is no pronoun itself. Read as swapped (the Cue
     * the speaker) wherever that holds; a Source written before its verb, or a Cue of lower-case words, is read as
     * written.
     */
    static boolean labelsSwapped(String text, Span source, Span cue) {
        if (source == null || cue == null || cue.start() < source.end()) return false;
        String word = source.of(text).strip();
        if (word.isEmpty() || !word.chars().allMatch(Character::isLowerCase) || SUBJECT_PRONOUNS.contains(word)) return false;
        if (!text.substring(source.end(), cue.start()).isBlank()) return false;
        String cueText = cue.of(text).strip();
        if (cueText.isEmpty()) return false;
        String first = cueText.split("[\\s,]+", 2)[0];
        return Character.isUpperCase(cueText.codePointAt(0)) || SUBJECT_PRONOUNS.contains(first);
    }

    /** Quoted segments (between double marks) inside a Content span; see the class comment. */
    static List<Span> quotedSegments(String original, Span content) {
        String text = org.newsquotes.quotes.QuoteMarkScanner.markView(original);
        List<Span> out = new ArrayList<>();
        int open = -1;
        boolean sawMark = false;
        for (int i = content.start(); i < content.end(); i++) {
            char c = text.charAt(i);
            boolean curlyOpen = c == '“';
            boolean curlyClose = c == '”';
            boolean straight = c == '"';
            if (!curlyOpen && !curlyClose && !straight) continue;
            boolean opens = curlyOpen || (straight && open < 0 && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && !sawCloseContext(text, i));
            if (open < 0 && opens) {
                open = i;
            } else if (open >= 0 && (curlyClose || straight)) {
                add(out, text, open + 1 + (text.charAt(open + 1) == '\u0001' ? 1 : 0), i);
                open = -1;
            } else if (open < 0 && (curlyClose || straight) && !sawMark) {
                // the Content starts inside a quote whose opening mark lies before it
                add(out, text, content.start(), i);
            }
            sawMark = true;
        }
        if (open >= 0) add(out, text, open + 1, content.end());
        if (!sawMark && insideMarks(original, content)) add(out, text, content.start(), content.end());
        if (!sawMark && out.isEmpty()) out.addAll(singleQuoted(text, content));
        return out;
    }

    /**
     * Single quotation marks (headlines, British style): an opening ‘ or ' at a word start, closed by the next ’ or '
     * that ends a word or its punctuation ("‘Not Fit to Serve.’", "‘a farce,’"; a letter after it makes it an
     * apostrophe).
     */
    static List<Span> singleQuoted(String text, Span content) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = content.start(); i < content.end(); i++) {
            char c = text.charAt(i);
            if (c != '‘' && c != '’' && c != '\'') continue;
            boolean prevSpace = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean nextLetter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            boolean afterText = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
            if (open < 0 && (c == '‘' || c == '\'') && prevSpace && nextLetter) open = i;
            else if (open >= 0 && (c == '’' || c == '\'') && afterText && !nextLetter) {
                add(out, text, open + 1, i);
                open = -1;
            }
        }
        return out;
    }

    /** A straight mark preceded by a letter and followed by a space or punctuation closes rather than opens. */
    private static boolean sawCloseContext(String text, int i) {
        return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
    }

    private static boolean insideMarks(String original, Span content) {
        String text = org.newsquotes.quotes.QuoteMarkScanner.markView(original);
        // an opening mark earlier in the Content's paragraph and no closing mark since: the news convention of
        // quoted paragraphs ("PENCE: ..." transcript lines, multi-paragraph quotes without closing marks)
        int para = text.lastIndexOf('\n', content.start() - 1) + 1;
        int marks = 0;
        for (int i = para; i < content.start(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '”' || c == '"') marks++;
        }
        if (marks % 2 == 1) return true;
        int b = content.start() - 1;
        while (b >= 0 && Character.isWhitespace(text.charAt(b))) b--;
        int a = content.end();
        while (a < text.length() && ",.?!;:".indexOf(text.charAt(a)) >= 0) a++;
        while (b > 0 && text.charAt(b) == '\u0001') b--;
        return b >= 0 && (text.charAt(b) == '“' || text.charAt(b) == '"') && a < text.length()
                && (text.charAt(a) == '”' || text.charAt(a) == '"');
    }

    private static void add(List<Span> out, String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s && text.substring(s, e).chars().anyMatch(Character::isLetterOrDigit)) out.add(new Span(s, e));
    }
}
