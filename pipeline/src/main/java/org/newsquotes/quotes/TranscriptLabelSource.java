package org.newsquotes.quotes;


/**
 * A transcript's speaker label at the start of the paragraph ("ROE: We will not wait."); see the method's comment for the exact form.
 */
final class TranscriptLabelSource extends SourceReading implements SourcePattern {
    TranscriptLabelSource(QuoteLexicon lexicon) { super(lexicon); }

    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("[A-Z][A-Z.'\\- ]*[A-Z.]");

    /**
     * The offset of the colon ending a speaker label in capitals that starts at {@code s} ("SMITH: We will ..."),
     * before {@code limit}, or -1.
     */
    static int labelColon(String text, int s, int limit) {
        int colon = text.indexOf(':', s);
        if (colon < 0 || colon - s < 2 || colon - s > 30 || colon >= limit) return -1;
        return LABEL.matcher(text.substring(s, colon)).matches() ? colon : -1;
    }

    /** A quoted transcript line that opens with the speaker's name in capitals: “SMITH: We will ...”. */
    @Override public SourcePhrase find(DocumentIndex ix, QuoteCandidate q) {
        String text = ix.text();
        int s = q.content().start();
        int colon = labelColon(text, s, q.content().end());
        if (colon < 0) return null;
        int first = ix.firstTokenAtOrAfter(s);
        int end = ix.firstTokenAtOrAfter(colon);
        return end > first ? new SourcePhrase(SourcePhrase.Position.COLON_LABEL, first, end, end, ":") : null;
    }
}
