package org.newsquotes.quotes;

/**
 * A colon label before the quote at the start of its paragraph ("Senator Roe: “We will not wait.”"), or of a later
 * sentence of it right before the quote ("… Her neighbour, Tom Wu, agreed: “…”"); a label holding a finite verb is a sentence ("Senator Roe scolded him:") and is tried only after a speech verb at the quote; a label
 * with no word that could name someone ("Then, after a pause:") is none.
 */
final class ColonLabelSource extends SourceReading implements SourcePattern {
    ColonLabelSource(QuoteLexicon lexicon) { super(lexicon); }

    /** "Hugh Hill: “…”" — a short label without a verb, then a colon, at the start of the paragraph. */
    @Override public SourcePhrase find(DocumentIndex ix, QuoteCandidate q) {
        int p = ix.paragraphOf(q.markStart());
        String before = ix.text().substring(ix.paragraphStart(p), q.markStart()).strip();
        if (!before.endsWith(":") || before.length() < 2) return null;
        int first = ix.firstTokenAtOrAfter(ix.paragraphStart(p));
        int colon = ix.lastTokenBefore(q.markStart());
        while (colon > first && ix.firstChar(colon) != ':') colon--;
        SourcePhrase label = label(ix, first, colon);
        if (label != null || colon <= first) return label;
        // "… said Ann Roe. Her neighbour, Tom Wu, agreed: “…”": a label opening a later sentence of the paragraph,
        // right before the quote
        int sentenceFirst = ix.document().sentences().get(ix.token(colon).sentence()).firstToken();
        return sentenceFirst > first ? label(ix, sentenceFirst, colon) : null;
    }

    /** The label [{@code first}, {@code colon}): short, with no speech verb and a word that could name someone. */
    private SourcePhrase label(DocumentIndex ix, int first, int colon) {
        if (colon - first < 1 || colon - first > 14) return null;
        for (int t = first; t < colon; t++) {
            if (lexicon.isSpeechVerbAt(ix, t)) return null;
            // a sentence ends inside: the label is the last sentence's, if any
            if (ix.isPunct(t) && ".!?".indexOf(ix.firstChar(t)) >= 0 && t > first) return null;
        }
        if (!couldName(ix, first, colon)) return null;
        return new SourcePhrase(SourcePhrase.Position.COLON_LABEL, first, colon, colon, ":");
    }

    /**
     * True when the label holds a word that could name its speaker: a name (tagged or not), a pronoun, a title, or a
     * noun of a person, role, body or outlet. "Then, after a pause: “I'll miss the otters.”" holds none: it stages
     * the quote, whose speaker is the one quoted before.
     */
    private boolean couldName(DocumentIndex ix, int from, int to) {
        if (namesSomeone(ix, from, to)) return true;
        for (int t = from; t < to; t++) {
            String w = ix.word(t);
            if (ix.token(t).pos().startsWith("NNP") || Words.PRONOUNS.contains(w)
                    || "TITLE".equals(ix.token(t).ner()) || lexicon.isSourceNoun(w) || lexicon.personNouns().isPerson(w)) return true;
        }
        return false;
    }
}
