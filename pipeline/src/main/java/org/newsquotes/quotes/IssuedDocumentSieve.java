package org.newsquotes.quotes;

import java.util.Set;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Sentence;

/**
 * '“No official can now approve such a payment,” the statement said' after "Angela Moss said in a statement that …": a
 * document a source issued ({@code document-noun} in {@code quote-cues.txt}: statement, letter, email, …) speaks for
 * its issuer. The issuer is read where the document was last mentioned, in the description's sentence or the
 * {@value #REACH} before it:
 * <ol>
 *   <li>the name that is the subject of the verb before it ("the museum issued a statement", "The paper said Roe
 *       sent a brief letter": Roe);</li>
 *   <li>the speaker of an attributed report whose verb the document's phrase follows ("said in a statement that …",
 *       "wrote in a letter"; not a document inside what was reported: "the paper reports that the letter …");</li>
 *   <li>a name right after "by" or "from" ("a statement issued by the ministry", "a letter from Ann Roe").</li>
 * </ol>
 * Nothing is guessed when the document was not mentioned, or its mention names no issuer ("a congressional report").
 */
public final class IssuedDocumentSieve implements AttributionSieve {
    /** How many sentences before the description the document's earlier mention may stand. */
    static final int REACH = 2;
    /** Longest description read, in tokens ("the written statement"). */
    private static final int MAX_WORDS = 3;
    private static final Set<String> DETERMINERS = Set.of("the", "that", "this");
    private static final Set<String> ISSUED_BY = Set.of("by", "from");
    /** Furthest the document may stand after a report's verb to be the report's medium ("said late on Friday in a statement"). */
    private static final int PHRASE_AFTER_CUE = 8;

    @Override public String method() { return AttributionMethod.DOCUMENT_ISSUER.label(); }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() == null || ev == null || ev.type() != Evidence.Type.DESCRIPTION) return null;
        DocumentIndex ix = ctx.index();
        if (ev.endToken() - ev.firstToken() > MAX_WORDS || !DETERMINERS.contains(ix.word(ev.firstToken()))) return null;
        String noun = ix.word(ev.endToken() - 1);
        if (!ctx.lexicon().isCue(CueCategory.DOCUMENT_NOUN, noun)) return null;
        int sentence = ix.token(ev.firstToken()).sentence();
        int from = ix.document().sentences().get(Math.max(0, sentence - REACH)).firstToken();
        for (int t = ev.firstToken() - 1; t >= from; t--) {
            if (!ix.word(t).equals(noun) || ctx.insideQuote(ix.token(t).start())) continue;
            // the latest earlier mention of the document decides, whether or not it names an issuer
            return issuer(ix, ctx, t, ev, q.source().cue());
        }
        return null;
    }

    /**
     * The issuer of the document named at token {@code t} by the words of that very mention ("The party issued a
     * statement calling …": the party; "Roe said in a statement that …": Roe; "a letter from Ann Roe": Roe), for a
     * ranker candidate that is a document; null when the word is no document noun or the mention names no issuer.
     */
    Attribution issuerOfMention(DocumentIndex ix, AttributionContext ctx, int t, Evidence ev) {
        if (!ctx.lexicon().isCue(CueCategory.DOCUMENT_NOUN, ix.word(t))) return null;
        return issuer(ix, ctx, t, ev, null);
    }

    private Attribution issuer(DocumentIndex ix, AttributionContext ctx, int t, Evidence ev, String cue) {
        Sentence s = ix.document().sentences().get(ix.token(t).sentence());
        // "the museum issued a statement", "Roe sent a brief letter": over the article and adjectives to the verb,
        // then its subject
        int k = t - 1;
        while (k > s.firstToken() && (ix.token(k).pos().startsWith("JJ") || ix.token(k).pos().equals("VBN"))) k--; // "a written statement"
        if (k > s.firstToken() && ix.token(k).pos().equals("DT") && ix.token(k - 1).pos().startsWith("VB")) {
            int subjectEnd = SourceReading.trimAuxiliaries(ix, s.firstToken(), k - 1);
            Mention m = ix.mentionAt(subjectEnd - 1);
            if (m != null && m.endToken() == subjectEnd && speaker(ctx, m)) return ctx.named(m, ev, cue, method(), 0.7);
        }
        // "Roe said in a statement that …": the speaker of the report whose verb the document's phrase follows
        for (int i = ctx.attributed().size() - 1; i >= 0; i--) {
            AttributionContext.Attributed a = ctx.attributed().get(i);
            SourcePhrase src = a.quote().source();
            if (src == null || src.cueToken() < 0 || !a.attribution().hasSpeaker()) continue;
            if (src.cueToken() < t && t - src.cueToken() <= PHRASE_AFTER_CUE && inPhrase(ix, src.cueToken(), t)) {
                Attribution p = a.attribution();
                return new Attribution(p.speaker(), p.speakerLocalId(), null, ev.text(), ev.span(), cue, method(), 0.7);
            }
        }
        // "a statement issued by the ministry", "a letter from Ann Roe", "a statement from the Transport Department"
        for (int j = t + 1; j < Math.min(s.endToken(), t + 4); j++) {
            if (!ISSUED_BY.contains(ix.word(j))) continue;
            // a person or an organisation issues documents; a place is where one came from ("postmarked from Ohio")
            int n = j + 1 < s.endToken() && ix.word(j + 1).equals("the") ? j + 2 : j + 1; // "from the ministry"
            Mention m = n < s.endToken() ? ix.mentionAt(n) : null;
            String type = m == null ? null : ctx.typeOf(m);
            // a name that only modifies the noun after it is not the issuer ("by the Roe campaign")
            boolean modifier = m != null && m.endToken() < s.endToken() && ix.token(m.endToken()).pos().startsWith("NN");
            return m != null && m.firstToken() == n && !modifier && ("PERSON".equals(type) || "ORGANIZATION".equals(type))
                    ? ctx.named(m, ev, cue, method(), 0.7) : null;
        }
        return null;
    }

    /** An "in" or "on" opens the phrase between the cue and the document ("said in a statement", "wrote on its website"). */
    private static boolean inPhrase(DocumentIndex ix, int cue, int t) {
        for (int k = cue + 1; k < t; k++) if (ix.word(k).equals("in") || ix.word(k).equals("on")) return true;
        return false;
    }

    private static boolean speaker(AttributionContext ctx, Mention m) {
        return ctx.lexicon().isCue(CueCategory.SPEAKER_TYPE, ctx.typeOf(m));
    }
}
