package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds direct quotations by their marks: straight and curly double quotes, and single quotes (British style)
 * told apart from apostrophes (Iran's, 'em, rock 'n' roll, the '90s, O'Brien).
 *
 * <p>Contract:
 * <ul>
 *   <li>Top-level quotes only: marks of the other family inside a quote are nested quotes and stay part of the
 *       outer quote's text; so are curly double marks inside a straight-quoted passage, when that passage is a
 *       transcript turn or closes after them ({@link #nestsInStraight}).</li>
 *   <li>A quote never crosses a paragraph (line) end, except by the news convention: when a paragraph ends inside a
 *       quote and the next paragraph starts with the same family's opening mark, the quote continues there; each
 *       paragraph becomes its own segment ({@link QuotedSpan#continuesPrevious()}).</li>
 *   <li>An opening-shaped curly double mark after a word and before a space closes the open quote
 *       ({@link #isFlippedClose}): {@code “Is it over?“ she asked.}</li>
 *   <li>A straight double mark set off by a space from the single mark of a quote nested at the outer quote's end or
 *       start closes or opens it, and so does one set off by a space from the quote's own closing comma or stop
 *       ({@link #spacedClose}, {@link #spacedBeforeNestedOpen}).</li>
 *   <li>Bounded: an opening mark that is never closed is cut at its paragraph end (double marks only, and only when
 *       it looks like an opening quote); an unclosed single mark is taken for an apostrophe and dropped. So a stray
 *       mark can never swallow the rest of the article.</li>
 * </ul>
 * Stateless apart from the immutable elision list; thread-safe.
 */
public final class QuoteMarkScanner {
    private static final String DOUBLE_OPEN = "“„«";
    private static final String DOUBLE_CLOSE = "”»";
    private static final String SINGLE_OPEN = "‘‹";
    private static final String SINGLE_CLOSE = "’›";
    /** Punctuation that ends quoted words right before their closing mark. */
    private static final String QUOTE_END_PUNCTUATION = ",.?!";
    /** Characters after which a mark opens a quote. */
    private static final String OPEN_CONTEXT = "([{—–-/:;,\"“‘'\u0001";
    /** Longest run of paragraphs one quote may continue through. */
    static final int MAX_CONTINUED_PARAGRAPHS = 12;

    private final Set<String> elisions;

    public QuoteMarkScanner(Set<String> elisions) {
        this.elisions = Set.copyOf(elisions);
    }

    static boolean isSingleMark(char c) { return c == '\'' || SINGLE_OPEN.indexOf(c) >= 0 || SINGLE_CLOSE.indexOf(c) >= 0; }

    static boolean isDoubleMark(char c) { return c == '"' || DOUBLE_OPEN.indexOf(c) >= 0 || DOUBLE_CLOSE.indexOf(c) >= 0; }

    public static boolean isQuoteMark(char c) { return isSingleMark(c) || isDoubleMark(c); }

    /** Stands for the second character of a two-character mark in {@link #markView(String)}. */
    static final char SECOND_HALF = '\u0001';

    /**
     * The text with two-character marks ({@code ''} and {@code ``}, the typewriter double quotes of some archives and
     * of PTB-style text) turned into a straight double mark plus {@link #SECOND_HALF}, so that every mark is one
     * character; same length, same offsets.
     */
    public static String markView(String text) {
        if (text.indexOf("''") < 0 && text.indexOf("``") < 0) return text;
        char[] c = text.toCharArray();
        for (int i = 0; i + 1 < c.length; i++) {
            if ((c[i] == '\'' && c[i + 1] == '\'') || (c[i] == '`' && c[i + 1] == '`')) {
                c[i] = '"';
                c[i + 1] = SECOND_HALF;
                i++;
            }
        }
        return new String(c);
    }

    /** All top-level quoted spans of {@code original}, in reading order. */
    public List<QuotedSpan> scan(String original) {
        String text = markView(original);
        List<QuotedSpan> out = new ArrayList<>();
        List<int[]> paragraphs = paragraphs(text);
        boolean carryFamilyDouble = false;
        boolean carrying = false;
        int carried = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            int ps = paragraphs.get(p)[0];
            int pe = paragraphs.get(p)[1];
            int i = ps;
            boolean continues = false;
            Open open = null;
            if (carrying) {
                // the previous paragraph ended inside a quote: continue only if this one opens with the same family
                char c = text.charAt(ps);
                if (carried < MAX_CONTINUED_PARAGRAPHS && (carryFamilyDouble ? isDoubleOpen(text, ps, ps) : isSingleOpen(text, ps, ps))) {
                    open = new Open(ps, c, carryFamilyDouble);
                    continues = true;
                    i = ps + 1;
                    carried++;
                }
                carrying = false;
            }
            if (!continues) carried = 0;
            for (; i < pe; i++) {
                char c = text.charAt(i);
                if (!isQuoteMark(c)) continue;
                if (open == null) {
                    if (isDoubleOpen(text, i, ps)) open = new Open(i, c, true);
                    else if (isSingleOpen(text, i, ps)) open = new Open(i, c, false);
                    continues = false;
                } else if (open.isDouble) {
                    if (open.nested > 0 && DOUBLE_CLOSE.indexOf(c) >= 0) {
                        open.nested = 0; // the curly quote nested in a straight-quoted passage ends
                    } else if (isDoubleClose(text, i, ps) || isFlippedClose(text, i, ps)) {
                        add(out, text, span(text, open, i, true, continues));
                        open = null;
                        continues = false;
                    } else if (DOUBLE_OPEN.indexOf(c) >= 0 && open.nested == 0 && nestsInStraight(text, open, i, ps, pe)) {
                        open.nested = 1;
                    } else if (DOUBLE_OPEN.indexOf(c) >= 0 && open.nested == 0) {
                        // a second opening mark before any close: the first one was never closed; restart here
                        cutUnclosed(out, text, open, i, continues);
                        open = new Open(i, c, true);
                        continues = false;
                    }
                } else {
                    if (isDoubleMark(c)) {
                        // nested double quote inside a single-quoted passage: track it so its marks don't close ours
                        if (isDoubleOpen(text, i, ps) && open.nested == 0) open.nested = 1;
                        else if (open.nested > 0 && isDoubleClose(text, i, ps)) open.nested = 0;
                    } else if (open.nested == 0 && isSingleClose(text, i, ps) && !isPluralPossessive(text, i, pe)) {
                        add(out, text, span(text, open, i, true, continues));
                        open = null;
                        continues = false;
                    }
                }
            }
            if (open != null) {
                int next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1)[0] : -1;
                boolean nextOpensSame = next >= 0 && (open.isDouble ? isDoubleOpen(text, next, next) : isSingleOpen(text, next, next));
                if (nextOpensSame && carried < MAX_CONTINUED_PARAGRAPHS) {
                    add(out, text, span(text, open, trimEnd(text, open.at + 1, pe), false, continues));
                    carrying = true;
                    carryFamilyDouble = open.isDouble;
                } else if (open.isDouble || continues) {
                    cutUnclosed(out, text, open, pe, continues);
                }
            }
        }
        return out;
    }

    /**
     * Whether a curly opening mark at {@code i} is a quote nested in the straight-quoted passage {@code open}, not a
     * sign that the straight mark was never closed: the outer mark is straight and either opens a transcript turn
     * ({@code "MAYOR: It is an episode of “Dragons’ Den.” But ...}, the label as {@link TranscriptLabelSource} reads
     * it: the turn is the speaker's words, titles and all) or is closed by a straight mark after the curly quote
     * closes ({@code "They call it “a lifeline” and we agree."}). A straight-marked excerpt of another article
     * keeps its inner quotes as quotes: they are other people's words, each with its own speaker.
     */
    private boolean nestsInStraight(String text, Open open, int i, int ps, int pe) {
        if (open.mark != '"') return false;
        if (open.at == ps && TranscriptLabelSource.labelColon(text, open.at + 1, i) > 0) return true;
        int inner = -1;
        for (int j = i + 1; j < pe && inner < 0; j++) if (DOUBLE_CLOSE.indexOf(text.charAt(j)) >= 0) inner = j;
        if (inner < 0) return false;
        for (int j = inner + 1; j < pe; j++) if (text.charAt(j) == '"' && isDoubleClose(text, j, ps)) return true;
        return false;
    }

    private void cutUnclosed(List<QuotedSpan> out, String text, Open open, int limit, boolean continues) {
        int end = trimEnd(text, open.at + 1, limit);
        // only a mark that plausibly opens speech: a curly opening mark, a straight one followed by a capital,
        // or the last segment of a continued quote (a straight " is also the inch sign)
        boolean plausible = continues || DOUBLE_OPEN.indexOf(open.mark) >= 0 || Character.isUpperCase(text.charAt(open.at + 1));
        if (end > open.at + 1 && plausible) {
            add(out, text, span(text, open, end, false, continues));
        }
    }

    /** The span between an opening mark and {@code end} (a closing mark's offset when {@code closed}). */
    private static QuotedSpan span(String text, Open open, int end, boolean closed, boolean continues) {
        int start = open.at + 1;
        if (start < text.length() && text.charAt(start) == SECOND_HALF) start++;
        int markEnd = end;
        if (closed) markEnd = end + 1 < text.length() && text.charAt(end + 1) == SECOND_HALF ? end + 2 : end + 1;
        // the space a stylebook sets between a double and a nested single mark is no part of the words
        if (start < end && text.charAt(start) == ' ') start++;
        int wordsEnd = trimEnd(text, start, end);
        return new QuotedSpan(start, Math.max(start, wordsEnd), open.at, Math.max(markEnd, Math.max(start, end)), open.mark, closed, continues);
    }

    private static void add(List<QuotedSpan> out, String text, QuotedSpan q) {
        if (text.substring(q.start(), q.end()).isBlank()) return;
        out.add(q);
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }

    /** Paragraphs are maximal runs of text between newlines, trimmed, non-blank: {start, end} pairs. */
    static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        int n = text.length();
        while (s <= n) {
            int e = text.indexOf('\n', s);
            if (e < 0) e = n;
            int a = s;
            int b = e;
            while (a < b && Character.isWhitespace(text.charAt(a))) a++;
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
            if (b > a) out.add(new int[] {a, b});
            s = e + 1;
        }
        return out;
    }

    private static boolean openContext(String text, int i, int paragraphStart) {
        if (i == paragraphStart) return true;
        char prev = text.charAt(i - 1);
        return Character.isWhitespace(prev) || OPEN_CONTEXT.indexOf(prev) >= 0;
    }

    private static boolean followedByText(String text, int i) {
        return i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    private static boolean closeContext(String text, int i, int paragraphStart) {
        return i > paragraphStart && !Character.isWhitespace(text.charAt(i - 1));
    }

    private boolean isDoubleOpen(String text, int i, int ps) {
        char c = text.charAt(i);
        if (DOUBLE_OPEN.indexOf(c) >= 0) return followedByText(text, i) || spacedBeforeNestedOpen(text, i);
        return c == '"' && openContext(text, i, ps) && (followedByText(text, i) || spacedBeforeNestedOpen(text, i));
    }

    private boolean isDoubleClose(String text, int i, int ps) {
        char c = text.charAt(i);
        if (DOUBLE_CLOSE.indexOf(c) >= 0) return true;
        return c == '"' && (closeContext(text, i, ps) || spacedClose(text, i, ps));
    }

    /**
     * A straight double mark set off by a space from the single mark of a quote nested at its start, as many
     * stylebooks print the two marks: {@code He said, " 'Not today,' she told me."}. It opens the outer quote
     * though no word follows it directly.
     */
    private static boolean spacedBeforeNestedOpen(String text, int i) {
        int j = afterMark(text, i);
        return j + 2 < text.length() && text.charAt(j) == ' ' && (text.charAt(j + 1) == '\'' || SINGLE_OPEN.indexOf(text.charAt(j + 1)) >= 0)
                && Character.isLetterOrDigit(text.charAt(j + 2));
    }

    /**
     * A straight double mark set off by spaces on both sides (or before the paragraph's end) closes the open quote
     * when what stands before the space ends the quoted words: the single mark closing a quote nested at the end
     * ({@code "… called it 'a farce,' " Roe said}; the typewriter pair {@code 'a farce,' '' Roe said} reads the same),
     * or the quote's own comma or stop, the space a typist's slip ({@code "… left-right coalitions, " said Roe}).
     * A double mark with a word right after it ({@code the Smiths' "famous" song}) does not.
     */
    private static boolean spacedClose(String text, int i, int ps) {
        if (i - 2 < ps || text.charAt(i - 1) != ' ') return false;
        char before = text.charAt(i - 2);
        boolean endsQuotedWords = before == '\'' || SINGLE_CLOSE.indexOf(before) >= 0 || QUOTE_END_PUNCTUATION.indexOf(before) >= 0;
        int j = afterMark(text, i);
        return endsQuotedWords && (j >= text.length() || Character.isWhitespace(text.charAt(j)));
    }

    /** The offset right after the mark at {@code i}, past the second half of a two-character mark ({@code ''}). */
    private static int afterMark(String text, int i) {
        return i + 1 < text.length() && text.charAt(i + 1) == SECOND_HALF ? i + 2 : i + 1;
    }

    /**
     * An opening-shaped curly mark that can only be a closing one, the slip of a word processor's "smart quotes":
     * right after a word or punctuation and followed by a space or the end of the paragraph ({@code “a fascist?“ he
     * asked}, {@code “unelectable“ in a tweet}). Only read so while a double quote is open.
     */
    private static boolean isFlippedClose(String text, int i, int ps) {
        return DOUBLE_OPEN.indexOf(text.charAt(i)) >= 0 && closeContext(text, i, ps) && !followedByText(text, i);
    }

    private boolean isSingleOpen(String text, int i, int ps) {
        char c = text.charAt(i);
        if (c != '\'' && SINGLE_OPEN.indexOf(c) < 0) return false;
        if (!openContext(text, i, ps) || !followedByText(text, i)) return false;
        char next = text.charAt(i + 1);
        if (!Character.isLetterOrDigit(next) && next != '.' && next != '"' && next != '“') return false;
        return !isElision(text, i);
    }

    private boolean isSingleClose(String text, int i, int ps) {
        char c = text.charAt(i);
        if (c != '\'' && SINGLE_CLOSE.indexOf(c) < 0) return false;
        if (!closeContext(text, i, ps)) return false;
        // a letter after the mark makes it an apostrophe: Iran's, O'Brien, don't
        return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** 'em, 'n', 'tis, '90s: a leading apostrophe of a clipped word, not an opening quote. */
    private boolean isElision(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)))) j++;
        String word = text.substring(i + 1, j).toLowerCase(Locale.ROOT);
        if (word.matches("\\d{2}s?")) return true;
        boolean closedRightAway = j < text.length() && isSingleMark(text.charAt(j));
        return elisions.contains("'" + word) || (closedRightAway && elisions.contains("'" + word + "'"));
    }

    /**
     * "the leaders' meeting": a single closing mark after an s and before a lower-case word is more often a plural
     * possessive than the end of a quote; treated as one when a better closing mark follows in the paragraph.
     */
    private boolean isPluralPossessive(String text, int i, int paragraphEnd) {
        if (text.charAt(i - 1) != 's' || i + 2 >= paragraphEnd) return false;
        if (text.charAt(i + 1) != ' ' || !Character.isLowerCase(text.charAt(i + 2))) return false;
        for (int j = i + 1; j < paragraphEnd; j++) {
            char c = text.charAt(j);
            if ((c == '\'' || SINGLE_CLOSE.indexOf(c) >= 0) && !Character.isLetterOrDigit(j + 1 < text.length() ? text.charAt(j + 1) : ' ')) {
                return true;
            }
        }
        return false;
    }

    private static final class Open {
        final int at;
        final char mark;
        final boolean isDouble;
        int nested;

        Open(int at, char mark, boolean isDouble) {
            this.at = at;
            this.mark = mark;
            this.isDouble = isDouble;
        }
    }
}
