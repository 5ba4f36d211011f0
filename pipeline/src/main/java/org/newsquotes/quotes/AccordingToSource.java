package org.newsquotes.quotes;


/**
 * "According to the minister, “…”" and "“…,” according to the minister."
 */
final class AccordingToSource extends SourceReading implements SourcePattern {
    AccordingToSource(QuoteLexicon lexicon) { super(lexicon); }

    /** "according to X" in the quote's sentence, before or after it. */
    @Override public SourcePhrase find(DocumentIndex ix, QuoteCandidate q) {
        Region r = Region.around(ix, q);
        SourcePhrase s = accordingToIn(ix, r.afterStart(), r.afterEnd());
        return s != null ? s : accordingToIn(ix, r.beforeStart(), r.beforeEnd());
    }
}
