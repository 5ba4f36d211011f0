package org.newsquotes.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.SourceFormat;

/**
 * Reads a plain-text article: every non-blank line is a block, the first line kept after chrome removal is the
 * title. Source offsets point into the decoded file (line ends {@code \n}, {@code \r\n} or {@code \r}).
 *
 * <p>A short line without sentence-final punctuation between paragraphs is taken for a sub-heading
 * ({@link BlockKind#HEADING}): scraped text keeps an article's sub-headings as bare lines, and later stages should
 * not look for quotes or sentence continuations in them. Lines are stripped of surrounding white space
 * (no-break spaces included), but every character inside a line is kept verbatim.
 */
public final class PlainTextReader implements FormatReader {
    /** Longest line that may be a sub-heading. */
    static final int MAX_HEADING_CHARS = 100;
    private static final Pattern HEADING_END = Pattern.compile(".*[\\p{L}\\p{N}]$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    @Override
    public Extraction read(SourceFile file) {
        return Extraction.of(extract(file.relativePath(), SourceFormat.TXT, null, null, null, file.text(), true));
    }

    /**
     * Splits {@code text} into line blocks. With {@code firstLineIsTitle} the first kept line becomes the title;
     * otherwise (a JSON object with a separate title) no line is promoted.
     */
    static ExtractedDocument extract(String docId, SourceFormat format, String title, String date, String url,
                                     String text, boolean firstLineIsTitle) {
        return new ExtractedDocument(docId, format, title, date, url, text, lineBlocks(text), firstLineIsTitle,
                List.of());
    }

    /** One PARAGRAPH or HEADING block per non-blank line, with offsets into {@code text}. */
    static List<SourceBlock> lineBlocks(String text) {
        List<SourceBlock> blocks = new ArrayList<>();
        var m = LINE_BREAK.matcher(text);
        int lineStart = 0;
        while (lineStart <= text.length()) {
            boolean found = m.find(lineStart);
            int lineEnd = found ? m.start() : text.length();
            addLine(text, lineStart, lineEnd, blocks);
            if (!found) break;
            lineStart = m.end();
        }
        return blocks;
    }

    private static void addLine(String text, int start, int end, List<SourceBlock> blocks) {
        while (start < end && Whitespace.isSpace(text.charAt(start))) start++;
        while (end > start && Whitespace.isSpace(text.charAt(end - 1))) end--;
        if (start == end) return;
        String line = text.substring(start, end);
        BlockKind kind = !blocks.isEmpty() && looksLikeHeading(line) ? BlockKind.HEADING : BlockKind.PARAGRAPH;
        blocks.add(new SourceBlock(line, kind, start, end));
    }

    static boolean looksLikeHeading(String line) {
        return line.length() <= MAX_HEADING_CHARS && HEADING_END.matcher(line).matches()
                && line.codePoints().anyMatch(Character::isLetter) && !line.startsWith("-") && !line.startsWith("•");
    }
}
