package org.newsquotes.quotes;

import org.newsquotes.record.Mention;

/**
 * "Roe: Budget plan is ‘dead on arrival’": a headline-style claim labelled with a name and a colon.
 */
final class LabelledClaimSource extends SourceReading implements SourcePattern {
    LabelledClaimSource(QuoteLexicon lexicon) { super(lexicon); }

    /**
     * "Roe: Budget plan is ‘dead on arrival’" — a headline-style claim labelled with its speaker's name and a colon,
     * the quote later in the same sentence. Only a person or organisation name counts as a label ("Update:", "Watch:"
     * and datelines do not), and only when no cue nearer the quote was found.
     */
    @Override public SourcePhrase find(DocumentIndex ix, QuoteCandidate q) {
        int para = ix.paragraphOf(q.markStart());
        int first = ix.firstTokenAtOrAfter(ix.paragraphStart(para));
        int b = ix.lastTokenBefore(q.markStart());
        if (b <= first) return null;
        int colon = -1;
        for (int t = first; t <= b && t - first <= 5; t++) {
            if (ix.firstChar(t) == ':') { colon = t; break; }
            if (ix.isPunct(t) || Words.isFinite(ix, t) || lexicon.isSpeechVerbAt(ix, t)) return null;
        }
        if (colon <= first) return null;
        Mention m = ix.mentionAt(colon - 1);
        boolean named = m != null && (m.ner().equals("PERSON") || m.ner().equals("ORGANIZATION"));
        if (!named && !(ix.token(colon - 1).pos().equals("NNP") && personSurname(ix, ix.word(colon - 1)))) return null;
        for (int t = colon + 1; t <= b; t++) {
            String w = tokenText(ix, t);
            if (w.equals(".") || w.equals("!") || w.equals("?") || w.equals(":")) return null;
        }
        return new SourcePhrase(SourcePhrase.Position.COLON_LABEL, first, colon, colon, ":");
    }
}
