package org.newsquotes.quotes;

import java.util.Locale;
import java.util.Set;
import org.newsquotes.record.QuoteKind;

/**
 * Decides whether a marked quote is a {@code direct} quote, a {@code fragment} (a short quoted phrase of at most
 * {@value #FRAGMENT_MAX_WORDS} words inside the writer's own sentence: calling his remarks "too soft") or
 * {@code other} (titles, names, scare quotes after "so-called").
 *
 * <p>Rules: words wholly inside brackets are an editor's note, not speech, and other ({@link #stageDirection}); a
 * continued paragraph segment, a quote after a colon, or a quote that opens its sentence is direct; a
 * quote of more than {@value #FRAGMENT_MAX_WORDS} words is direct; a short one after a title cue ("so-called",
 * "titled") or written In Title Case is other; any other short one is a fragment.
 */
public final class QuoteKindClassifier {
    static final int FRAGMENT_MAX_WORDS = 6;
    private static final Set<String> MINOR = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "with", "by");

    private final QuoteLexicon lexicon;

    public QuoteKindClassifier(QuoteLexicon lexicon) { this.lexicon = lexicon; }

    public QuoteKind classify(String text, QuotedSpan q) {
        String content = text.substring(q.start(), q.end());
        int words = wordCount(content);
        if (stageDirection(content)) return QuoteKind.OTHER;
        if (q.continuesPrevious()) return QuoteKind.DIRECT;
        String before = lineBefore(text, q.markStart());
        String trimmed = before.stripTrailing();
        if (titleCue(trimmed)) return QuoteKind.OTHER;
        boolean opensSentence = opensSentenceAfter(trimmed, content);
        if (words > FRAGMENT_MAX_WORDS) return QuoteKind.DIRECT;
        if (opensSentence && (words > 1 || endsWithPunctuation(content))) return QuoteKind.DIRECT;
        if (!opensSentence && words >= 2 && titleCase(content) && !headline(text, q)) return QuoteKind.OTHER;
        // ",” he said" after a short quote that follows a comma: a short full quote, not a phrase
        if (trimmed.endsWith(",") && endsWithPunctuation(content) && Character.isUpperCase(content.charAt(0))) return QuoteKind.DIRECT;
        return QuoteKind.FRAGMENT;
    }

    /**
     * The quote opens a sentence when the line before it is empty or ends a sentence or clause: a colon, a dash, or
     * sentence punctuation, also inside a quote that just closed ('… “a loyal friend.” “He would do anything,” …'),
     * unless the new quote is written In Title Case (a list of titles: 'likes “Fargo.” “The Crown” is …').
     */
    static boolean opensSentenceAfter(String trimmed, String content) {
        // "… no change. (“Our focus is on them,” she said.)": a bracket opening a sentence of its own
        if (trimmed.endsWith("(") || trimmed.endsWith("[")) {
            return opensSentenceAfter(trimmed.substring(0, trimmed.length() - 1).stripTrailing(), content);
        }
        String t = trimmed;
        while (!t.isEmpty() && "”’\"'".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        if (t.length() < trimmed.length()) {
            return !t.isEmpty() && ".?!".indexOf(t.charAt(t.length() - 1)) >= 0 && !titleCase(content);
        }
        return trimmed.isEmpty() || trimmed.endsWith(":") || trimmed.endsWith(".") || trimmed.endsWith("?")
                || trimmed.endsWith("!") || trimmed.endsWith("—") || trimmed.endsWith("–");
    }

    /**
     * Quoted words that are one bracketed group and nothing else: a transcript's stage direction ("(APPLAUSE)",
     * "[Laughter.]", "(inaudible)") or an editor's note inside a quoted paragraph, which no one said. A bracket
     * inside spoken words ("[The plan] is dead,") or two groups ("(laughs) We won. (cheers)") do not make one.
     */
    static boolean stageDirection(String content) {
        String t = content.strip();
        while (!t.isEmpty() && ".,;:".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1).stripTrailing();
        if (t.length() < 3) return false;
        char open = t.charAt(0);
        char close = open == '(' ? ')' : open == '[' ? ']' : 0;
        return close != 0 && t.indexOf(close) == t.length() - 1 && t.indexOf(open, 1) < 0 && wordCount(t) > 0;
    }

    /**
     * Longest line that can be a headline, and the most of a line before a quote the cues look at: keeps each quote's
     * cost constant, where a whole-line look made a document of one 250,000-character line quadratic (seconds per
     * document). No headline is this long, and the cues read only the end of the line before the quote.
     */
    static final int MAX_LINE_LOOK = 500;

    /** A line written In Title Case (a headline): capitals there say nothing about the quote being a title. */
    static boolean headline(String text, QuotedSpan q) {
        int ls = lineStart(text, q.markStart());
        if (ls < 0) return false;
        int le = q.markEnd();
        while (le < text.length() && text.charAt(le) != '\n') {
            if (++le - ls > MAX_LINE_LOOK) return false;
        }
        String line = text.substring(ls, q.markStart()) + " " + text.substring(q.markEnd(), le);
        int words = 0;
        int capitals = 0;
        for (String w : line.split("\\s+")) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || MINOR.contains(w.toLowerCase(Locale.ROOT))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitals++;
        }
        return words >= 2 && capitals * 10 >= words * 7;
    }

    static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) n++;
            in = w || (in && (s.charAt(i) == '\'' || s.charAt(i) == '’' || s.charAt(i) == '-'));
        }
        return n;
    }

    private static boolean endsWithPunctuation(String s) {
        String t = s.strip();
        return !t.isEmpty() && ",.?!…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** The line before {@code at}, at most its last {@value #MAX_LINE_LOOK} characters. */
    private static String lineBefore(String text, int at) {
        int ls = lineStart(text, at);
        return text.substring(ls < 0 ? at - MAX_LINE_LOOK : ls, at);
    }

    /** Where the line holding {@code at} starts, or -1 when that is more than {@value #MAX_LINE_LOOK} characters back. */
    private static int lineStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (text.charAt(i) == '\n') return i + 1;
            if (at - i > MAX_LINE_LOOK) return -1;
        }
        return 0;
    }

    private boolean titleCue(String before) {
        String lower = before.toLowerCase(Locale.ROOT);
        for (String cue : lexicon.cues(CueCategory.TITLE_CUE)) {
            if (lower.endsWith(" " + cue) || lower.equals(cue)) return true;
        }
        return false;
    }

    /** Every major word capitalised ("The Art of the Deal"), and the phrase has no sentence punctuation. */
    public static boolean titleCase(String s) {
        String t = s.strip();
        // US style keeps a comma or period inside the marks even after a title ("Face the Nation,")
        if (!t.isEmpty() && ",.".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        if (!t.isEmpty() && "?!".indexOf(t.charAt(t.length() - 1)) >= 0) return false;
        String[] words = t.split("\\s+");
        int major = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            if (i > 0 && MINOR.contains(w.toLowerCase(Locale.ROOT))) continue;
            if (!Character.isUpperCase(w.charAt(0))) return false;
            major++;
        }
        return major >= 2;
    }
}
