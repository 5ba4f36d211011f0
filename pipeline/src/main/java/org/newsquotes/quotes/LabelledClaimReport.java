package org.newsquotes.quotes;

import org.newsquotes.record.Mention;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;

/**
 * "Harbour chief Roe: Port will reopen in May": a headline-style claim without quotation marks, labelled at the start
 * of its paragraph with a short phrase naming a person or organisation, or headed by a plural noun for people or by a
 * poll or report ("Economists: Rates will rise", "Survey: Most commuters drive"), and a colon; the words after the colon
 * are the content. The label holds no finite verb, no speech verb and no punctuation, so "Read more:", "Update:", a
 * dateline or a sentence ending in a colon ("Roe told the board:") is no label; a claim holding a marked quote
 * ("Roe: Harbour plan is “dead on arrival”") is left to the quote, which the label attributes (colon-label sieve).
 */
final class LabelledClaimReport extends IndirectReportPattern {
    /** Longest label, in tokens ("Former harbour chief Tom Aske at the hearing"). */
    static final int MAX_LABEL_TOKENS = 8;

    LabelledClaimReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        DocumentIndex ix = r.ix();
        int colon = r.v();
        if (ix.firstChar(colon) != ':' || colon + 1 >= r.s().endToken()) return null;
        int first = ix.firstTokenAtOrAfter(ix.paragraphStart(ix.paragraphOf(ix.token(colon).start())));
        if (first >= colon || colon - first > MAX_LABEL_TOKENS || first < r.s().firstToken()) return null;
        boolean named = false;
        for (int t = first; t < colon; t++) {
            if (ix.isPunct(t) && !ix.token(t).pos().equals("HYPH")) return null;
            // a speech verb read as a verb ("Roe told the board:"), not the noun of "Report: …"
            if (Words.isFinite(ix, t) || (Words.isVerbTag(ix.token(t).pos()) && lexicon.isSpeechVerbAt(ix, t))) return null;
            Mention m = ix.mentionAt(t);
            named |= m != null && (m.ner().equals("PERSON") || m.ner().equals("ORGANIZATION"));
        }
        // "Historians: …", "Poll: …": a label headed by a plural noun for people, or by a poll or report, names its
        // source too (a singular one is as often a section or a collective: "Suspect: …", "His family: …")
        String head = ix.word(colon - 1);
        // (taggers read a capitalised headline word as a proper noun: the plural is told by its ending)
        boolean plural = ix.token(colon - 1).pos().startsWith("NN") && head.endsWith("s") && !head.endsWith("ss");
        named |= (plural && lexicon.personNouns().isPerson(head)) || lexicon.isCue(CueCategory.IN_SOURCE, head);
        // headline taggers miss names ("Lynch: …", "Mark Cuban: …" typed a nationality): a label that is the name or
        // the surname of a person the document names
        named |= namesAPersonOfTheDocument(ix, first, colon);
        if (!named) return null;
        Span content = clause.contentSpan(ix, colon + 1, r.s().endToken(), r.direct());
        if (content == null) return null;
        for (QuoteCandidate q : r.direct()) {
            if (q.markStart() < content.end() && content.start() < q.markEnd()) return null; // the quote carries the label
        }
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.COLON_LABEL, first, colon, colon, ":");
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }

    /** The label's words [first, colon) are the full name, or end in the surname, of a person the document names. */
    static boolean namesAPersonOfTheDocument(DocumentIndex ix, int first, int colon) {
        String label = ix.text().substring(ix.token(first).start(), ix.token(colon - 1).end());
        String last = ix.text().substring(ix.token(colon - 1).start(), ix.token(colon - 1).end());
        return !ix.peopleNamed(label).isEmpty() || (Character.isUpperCase(last.codePointAt(0)) && !ix.peopleNamed(last).isEmpty());
    }
}
