package org.newsquotes.quotes;

import org.newsquotes.record.Mention;

/**
 * "“I never planned to be a chef”: Maya Osei on her first restaurant": a headline that opens with a quote, then a
 * colon and the name of who said it, as interview and profile headlines print them. The quote opens its paragraph;
 * right after its closing mark comes a colon, then a person's or an organisation's name (or a capitalised surname
 * the tagger left untyped); after the name the line ends or goes on with a preposition or a comma ("on …", "about
 * …", ", 34, on …"). A colon followed by other words ("“No”: the vote that split a town") names no one.
 */
final class HeadlineQuoteLabelSource extends SourceReading implements SourcePattern {
    /** Longest headline line after the colon, in tokens. */
    static final int MAX_LINE_TOKENS = 20;

    HeadlineQuoteLabelSource(QuoteLexicon lexicon) { super(lexicon); }

    @Override public SourcePhrase find(DocumentIndex ix, QuoteCandidate q) {
        int para = ix.paragraphOf(q.markStart());
        if (!ix.text().substring(ix.paragraphStart(para), q.markStart()).isBlank()) return null;
        int colon = ix.firstTokenAtOrAfter(q.markEnd());
        if (colon + 1 >= ix.tokenCount() || ix.firstChar(colon) != ':' || ix.paragraphOf(ix.token(colon).start()) != para) return null;
        int end = ix.lastTokenBefore(ix.paragraphEnd(para)) + 1;
        if (end - colon > MAX_LINE_TOKENS) return null;
        int first = colon + 1;
        Mention m = ix.mentionAt(first);
        int nameEnd;
        if (m != null && m.firstToken() == first && (m.ner().equals("PERSON") || m.ner().equals("ORGANIZATION"))) {
            nameEnd = m.endToken();
        } else {
            nameEnd = first;
            while (nameEnd < end && ix.token(nameEnd).pos().startsWith("NNP")) nameEnd++;
            if (nameEnd == first || !personSurname(ix, ix.word(nameEnd - 1))) return null;
        }
        // the name ends the line, or a phrase about it follows ("on her first restaurant", ", 34, on …")
        if (nameEnd < end && !ix.token(nameEnd).pos().equals("IN") && ix.firstChar(nameEnd) != ','
                && !".!?".contains(String.valueOf(ix.firstChar(nameEnd)))) return null;
        return new SourcePhrase(SourcePhrase.Position.COLON_LABEL, first, nameEnd, colon, ":");
    }
}
