package org.newsquotes.quotes;


/**
 * "…,” as the memo put it" and "As Roe put it, the plan is “…”": the words between "as" and the cue.
 */
final class AsPutItSource extends SourceReading implements SourcePattern {
    AsPutItSource(QuoteLexicon lexicon) { super(lexicon); }

    /** "…,” as the memo put it" / "As Roe put it, the plan is “…”": the words between "as" and the cue are the source. */
    @Override public SourcePhrase find(DocumentIndex ix, QuoteCandidate q) {
        Region r = Region.around(ix, q);
        SourcePhrase after = asPutItIn(ix, r.afterStart(), r.afterEnd(), SourcePhrase.Position.AFTER_NORMAL);
        return after != null ? after : asPutItIn(ix, r.beforeStart(), r.beforeEnd(), SourcePhrase.Position.BEFORE);
    }

    private SourcePhrase asPutItIn(DocumentIndex ix, int from, int to, SourcePhrase.Position position) {
        for (int t = from; t < to; t++) {
            if (!ix.word(t).equalsIgnoreCase("as")) continue;
            // the source may carry an apposition ("As Ann Roe, a tax lawyer at the institute, recently put it")
            for (int c = t + 2; c + 1 < to && c - t <= 25; c++) {
                String w = tokenText(ix, c - 1);
                if (w.equals(";") || w.equals(":") || isMark(ix, c - 1) || (Words.isFinite(ix, c - 1) && c - 1 > t + 1)) break;
                if (lexicon.isCue(CueCategory.AS_CUE, ix.word(c) + " " + ix.word(c + 1))) {
                    return new SourcePhrase(position, t + 1, trimAuxiliaries(ix, t + 1, c), c, cueText(ix, c, c + 2));
                }
            }
        }
        return null;
    }
}
