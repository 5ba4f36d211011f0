package org.newsquotes.quotes;

/**
 * A quote that fills its paragraph, signed on the next line by a dash and who said it, as fact checks, round-ups
 * and collections of remarks print them:
 * <blockquote>"We cut the deficit in half in my first term."<br>— Ann Roe, in Tuesday's debate.</blockquote>
 * The signature paragraph opens with a dash and a capitalised word and is short (at most
 * {@value #MAX_SIGNATURE_TOKENS} tokens: a name, a role, where and when); the source is the words after the dash
 * up to the first clause break, read as a source after an inverted cue (the dash is the cue, as for
 * "“…” — Ann Roe" inside one paragraph, {@link AfterQuoteSource}).
 */
final class SignatureLineSource extends SourceReading implements SourcePattern {
    /** Longest signature paragraph, in tokens: longer, a dash opens a sentence of the writer's. */
    static final int MAX_SIGNATURE_TOKENS = 14;
    /** Longest source phrase after the dash, in tokens. */
    private static final int MAX_SOURCE_TOKENS = 8;

    SignatureLineSource(QuoteLexicon lexicon) { super(lexicon); }

    @Override public SourcePhrase find(DocumentIndex ix, QuoteCandidate q) {
        int para = ix.paragraphOf(q.markStart());
        if (para + 1 >= ix.paragraphCount() || ix.paragraphOf(Math.max(q.markStart(), q.markEnd() - 1)) != para) return null;
        String text = ix.text();
        // the quote is the whole paragraph: nothing but white space or a full stop around its marks
        if (!text.substring(ix.paragraphStart(para), q.markStart()).isBlank()) return null;
        if (!text.substring(Math.min(q.markEnd(), ix.paragraphEnd(para)), ix.paragraphEnd(para)).replace(".", "").isBlank()) return null;
        int dash = ix.firstTokenAtOrAfter(ix.paragraphStart(para + 1));
        if (dash + 1 >= ix.tokenCount() || !isDash(ix, dash) || !Character.isUpperCase(ix.firstChar(dash + 1))) return null;
        int end = ix.lastTokenBefore(ix.paragraphEnd(para + 1)) + 1;
        if (end - dash > MAX_SIGNATURE_TOKENS) return null;
        int s = dash + 1;
        int e = s;
        while (e < end && e - s < MAX_SOURCE_TOKENS && !isClauseBreak(ix, e)) e++;
        while (e > s && ix.isPunct(e - 1)) e--;
        return e > s ? new SourcePhrase(SourcePhrase.Position.AFTER_INVERTED, s, e, dash, tokenText(ix, dash)) : null;
    }
}
