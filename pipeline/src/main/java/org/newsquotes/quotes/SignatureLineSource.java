package org.newsquotes.quotes;

/**
 * A quote that fills its paragraph, signed on the next line by a dash and who said it, as fact checks, round-ups
 * and collections of remarks print them:
 * <blockquote>"We cut the deficit in half in my first term."<br>— Ann Roe, in Tuesday's debate.</blockquote>
 * The signature paragraph opens with a dash and a capitalised word and is short (at most
 * {@value #MAX_SIGNATURE_TOKENS} tokens: a name, a role, where and when); the source is the words after the dash
 * up to the first clause break, read as a dash byline inside one paragraph is ({@link #dashByline}, as for
 * "“…” — Ann Roe" in {@link AfterQuoteSource}). A line set between two dashes is a crosshead, not a signature.
 */
final class SignatureLineSource extends SourceReading implements SourcePattern {
    /** Longest signature paragraph, in tokens: longer, a dash opens a sentence of the writer's. */
    static final int MAX_SIGNATURE_TOKENS = 14;

    SignatureLineSource(QuoteLexicon lexicon) { super(lexicon); }

    @Override public SourcePhrase find(DocumentIndex ix, QuoteCandidate q) {
        int para = ix.paragraphOf(q.markStart());
        if (para + 1 >= ix.paragraphCount() || ix.paragraphOf(Math.max(q.markStart(), q.markEnd() - 1)) != para) return null;
        String text = ix.text();
        // the quote is the whole paragraph: nothing but white space or a full stop around its marks
        if (!text.substring(ix.paragraphStart(para), q.markStart()).isBlank()) return null;
        if (!text.substring(Math.min(q.markEnd(), ix.paragraphEnd(para)), ix.paragraphEnd(para)).replace(".", "").isBlank()) return null;
        int dash = ix.firstTokenAtOrAfter(ix.paragraphStart(para + 1));
        if (dash >= ix.tokenCount() || !isDash(ix, dash)) return null;
        int end = ix.lastTokenBefore(ix.paragraphEnd(para + 1)) + 1;
        // "– A voice from exile –": a line set between two dashes is a crosshead, which signs nothing
        int last = end - 1;
        while (last > dash && ix.isPunct(last) && !isDash(ix, last)) last--;
        if (last > dash && isDash(ix, last)) return null;
        return end - dash > MAX_SIGNATURE_TOKENS ? null : dashByline(ix, dash, end);
    }
}
