package org.newsquotes.ingest;

/**
 * White-space helpers shared by the readers. "Space" here includes U+00A0 and the other Unicode space separators,
 * which matter only at the edges of a block: inside a block every character is kept verbatim.
 */
final class Whitespace {
    private Whitespace() { }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** {@code s} without spaces at either end. */
    static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }
}
