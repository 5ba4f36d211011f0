package org.newsquotes.quotes;

import java.util.Locale;

/**
 * What the dependency parse says about a speaker candidate and a quote in one sentence: the relation of the
 * candidate's head word to its governor, and how that governor is linked to the quote's own head word. In "Ann Roe
 * said the port would reopen" the candidate "Ann Roe" is {@code nsubj} of "said", which governs the content's head
 * "reopen" ({@code gov-of-quote}); in "“We will reopen,” Ann Roe said" the parser makes "said" a dependent of the
 * quote's verb ({@code quote-governs}). Reads only {@link org.newsquotes.record.Token#head()} and
 * {@link org.newsquotes.record.Token#relation()}; tokens of unparsed sentences give nothing. Stateless.
 */
final class SyntaxLinks {
    private SyntaxLinks() {}

    /** The head word of tokens [first, end): the first whose governor lies outside the span; -1 when unparsed. */
    static int head(DocumentIndex ix, int first, int end) {
        for (int t = first; t < end && t < ix.tokenCount(); t++) {
            var tok = ix.token(t);
            if (!tok.parsed()) return -1;
            if (tok.head() < first || tok.head() >= end) return t;
        }
        return -1;
    }

    /** The relation name without its subtype, except the ones that matter here ({@code nsubj:pass}, {@code nmod:poss}). */
    static String relation(DocumentIndex ix, int t) {
        String r = ix.token(t).relation().toLowerCase(Locale.ROOT);
        if (r.equals("nsubj:pass") || r.equals("nmod:poss")) return r;
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    /**
     * Features of candidate tokens [first, end) against the quote tokens [quoteFirst, quoteEnd) of the same sentence:
     * {@code dep=REL}, and when its governor is linked to the quote's head, {@code link=KIND} and
     * {@code dep=REL|link=KIND}. Empty when the sentence was not parsed.
     */
    static java.util.List<String> features(DocumentIndex ix, int first, int end, int quoteFirst, int quoteEnd) {
        int h = head(ix, first, end);
        if (h < 0) return java.util.List.of("dep=unparsed");
        String rel = relation(ix, h);
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add("dep=" + rel);
        int gov = ix.token(h).head();
        int q = quoteFirst < quoteEnd ? head(ix, quoteFirst, quoteEnd) : -1;
        if (gov < 0 || q < 0) return out;
        int qGov = ix.token(q).head();
        String link = null;
        if (gov == qGov) link = "gov-of-quote";
        else if (ix.token(gov).head() == q) link = "quote-governs";
        else if (gov == q) link = "inside-quote-head";
        else if (qGov >= 0 && ix.token(gov).head() == qGov) link = "sibling";
        if (link != null) {
            out.add("link=" + link);
            out.add("dep=" + rel + "|link=" + link);
        }
        return out;
    }
}
