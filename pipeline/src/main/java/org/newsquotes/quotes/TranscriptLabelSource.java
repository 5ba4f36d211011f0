package org.newsquotes.quotes;


/**
 * A transcript's speaker label at the start of the paragraph ("ROE: We will not wait."); see the method's comment for the exact form.
 */
final class TranscriptLabelSource extends SourceReading implements SourcePattern {
    TranscriptLabelSource(QuoteLexicon lexicon) { super(lexicon); }

    /** A quoted transcript line that opens with the speaker's name in capitals: “SMITH: We will ...”. */
    @Override public SourcePhrase find(DocumentIndex ix, QuoteCandidate q) {
        String text = ix.text();
        int s = q.content().start();
        int colon = text.indexOf(':', s);
        if (colon < 0 || colon - s < 2 || colon - s > 30 || colon >= q.content().end()) return null;
        String label = text.substring(s, colon);
        if (!label.matches("[A-Z][A-Z.'\\- ]*[A-Z.]")) return null;
        int first = ix.firstTokenAtOrAfter(s);
        int end = ix.firstTokenAtOrAfter(colon);
        return end > first ? new SourcePhrase(SourcePhrase.Position.COLON_LABEL, first, end, end, ":") : null;
    }
}
