package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsquotes.record.Block;
import org.newsquotes.record.Span;

/**
 * Reads an embedded social-media post ({@link org.newsquotes.record.BlockKind#EMBED}): its text lines are the poster's
 * words, its byline ("— Jane Roe (@janeroe) May 1, 2025") names the poster. A post is a quote without marks.
 */
public final class EmbeddedPostReader {
    /** A byline: starts with a dash, or carries a handle in parentheses. */
    private static final Pattern BYLINE = Pattern.compile("^\\s*(?:[—–-]+\\s*)?([^()\\n]{2,80}?)\\s*\\(@\\w+\\).*$|^\\s*[—–-]+\\s*(.{2,80})$");

    /** The post read from one block: its text segments (one per line) and the byline's name span, if any. */
    public record Post(List<Span> segments, Span byline, Span name) {}

    public Post read(String text, Block block) {
        List<int[]> lines = new ArrayList<>();
        int s = block.span().start();
        int end = block.span().end();
        while (s < end) {
            int e = text.indexOf('\n', s);
            if (e < 0 || e > end) e = end;
            int a = s;
            int b = e;
            while (a < b && Character.isWhitespace(text.charAt(a))) a++;
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
            if (b > a) lines.add(new int[] {a, b});
            s = e + 1;
        }
        Span byline = null;
        Span name = null;
        if (!lines.isEmpty()) {
            int[] last = lines.get(lines.size() - 1);
            Matcher m = BYLINE.matcher(text.substring(last[0], last[1]));
            if (m.matches()) {
                byline = new Span(last[0], last[1]);
                int g = m.group(1) != null ? 1 : 2;
                name = new Span(last[0] + m.start(g), last[0] + m.end(g));
                lines.remove(lines.size() - 1);
            }
        }
        List<Span> segments = new ArrayList<>();
        for (int[] l : lines) segments.add(new Span(l[0], l[1]));
        return new Post(segments, byline, name);
    }
}
