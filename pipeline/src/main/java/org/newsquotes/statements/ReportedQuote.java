package org.newsquotes.statements;

import java.io.Serializable;
import java.util.Objects;
import org.newsquotes.record.QuoteKind;

/**
 * What statement linking needs of one quote: where it is, what it says, who it is attributed to, and when and where
 * its document appeared.
 *
 * @param speakerMention the words naming the speaker in the text ("Iranian authorities"), or null
 * @param duplicateOf    the document this one copies ({@code documents.csv} duplicate_of), or null
 * @param frame          for a short quote, the words of its sentence outside the quote ({@link SharedFrame}), else
 *                       null
 */
public record ReportedQuote(String docId, String quoteId, int start, QuoteKind kind, String text,
                            String speakerEntityId, String speaker, String speakerMention, String date, String outlet,
                            String duplicateOf, String frame) implements Serializable {
    /**
     * Quotes of fewer whitespace-separated words than this carry their {@link #frame}: only short phrases need it
     * ({@link SharedFrame}), and a corpus of long quotes should not carry every sentence twice.
     */
    public static final int FRAME_BELOW_WORDS = LinkRules.SHORT_WORDS + 2;

    public ReportedQuote {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** A quote without a frame. */
    public ReportedQuote(String docId, String quoteId, int start, QuoteKind kind, String text, String speakerEntityId,
                         String speaker, String speakerMention, String date, String outlet, String duplicateOf) {
        this(docId, quoteId, start, kind, text, speakerEntityId, speaker, speakerMention, date, outlet, duplicateOf, null);
    }

    /** Characters of text either side of a quote its frame may reach. */
    static final int FRAME_REACH = 300;

    /**
     * The frame of the quote at [{@code start}, {@code end}) of {@code text}: the text of its sentence before and after
     * the quote, or null when the quote is the whole sentence or not a short phrase ({@link #FRAME_BELOW_WORDS}). The
     * sentence is found in the text itself (phase 2 holds no sentence layer): it ends at a line break, or at ".", "!"
     * or "?" followed by white space, within {@value #FRAME_REACH} characters; an abbreviation ("U.S. officials")
     * only makes the frame shorter.
     */
    public static String frameOf(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) return null;
        if (text.substring(start, end).strip().split("\\s+").length >= FRAME_BELOW_WORDS) return null;
        int from = start;
        int limit = Math.max(0, start - FRAME_REACH);
        while (from > limit && !sentenceEndsBefore(text, from - 1)) from--;
        int to = end;
        int stop = Math.min(text.length(), end + FRAME_REACH);
        while (to < stop && !sentenceEndsBefore(text, to)) to++;
        if (to < stop && text.charAt(to) != '\n') to++; // the sentence's own full stop
        String frame = (text.substring(from, start) + " " + text.substring(end, to)).strip();
        return frame.isEmpty() ? null : frame;
    }

    /** True when a sentence ends at character {@code i}: a line break, or a full stop, "!" or "?" before white space
     * (or before a closing quote mark and white space). */
    private static boolean sentenceEndsBefore(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') return true;
        if (c != '.' && c != '!' && c != '?') return false;
        int next = i + 1;
        // a closing quote mark may stand between the full stop and the space
        if (next < text.length() && "\"'\u201d\u2019".indexOf(text.charAt(next)) >= 0) next++;
        return next >= text.length() || Character.isWhitespace(text.charAt(next));
    }

    /** True for quotes that can report a statement: every kind but {@code other} (titles, scare quotes, names). */
    public boolean linkable() {
        return kind != QuoteKind.OTHER;
    }

    /**
     * True for a fragment written In Title Case ("Make America Great Again", "The Late Show"): a title, a slogan or a
     * name, which outlets repeat without reporting one statement; it stands as a statement of its own, linked to none.
     */
    public boolean titled() {
        return kind == QuoteKind.FRAGMENT && org.newsquotes.quotes.QuoteKindClassifier.titleCase(text);
    }

    /**
     * Who the quote is attributed to, for telling whether two indirect reports can be one statement: the
     * corpus-wide entity, else the speaker words lower-cased when they are a description of two words or more
     * ("iranian authorities"; a pronoun or a bare "officials" names nobody in particular), else null.
     */
    public String speakerKey() {
        if (speakerEntityId != null) return speakerEntityId;
        if (speakerMention == null) return null;
        String words = speakerMention.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        return words.indexOf(' ') < 0 ? null : "\u0000" + words;
    }
}
