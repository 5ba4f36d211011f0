package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.LocalEntity;

/**
 * '“Judges should not write election law,” Cole told reporters': a name the tagger left untagged (often a surname
 * opening a clause, or one that is also a common word) in the speaker's place, resolved to the one person of the
 * document whose name ends in it or is it ("State Sen. Brian Cole" earlier); failing any such person, to the one
 * organisation whose name opens with it ("Orchard said in a statement" after "Orchard Inc."). Every word must be
 * capitalised ("Mr Cole" too; a double-barrelled "Okafor-Reid" is one word); a surname the tagger took for a common noun or adjective ('“…,” Price said' after
 * "Gareth Price") names its person, never an organisation. When two people share the surname, or two organisations
 * the opening, nothing is guessed.
 */
public final class UntaggedNameSieve implements AttributionSieve {
    /** Longest untagged name read, in tokens ("Mr Brian Cole"). */
    static final int MAX_WORDS = 3;

    @Override public String method() { return AttributionMethod.UNTAGGED_NAME.label(); }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() == null || ev == null || ev.type() != Evidence.Type.DESCRIPTION) return null;
        DocumentIndex ix = ctx.index();
        boolean proper = true;
        int words = 0;
        for (int t = ev.firstToken(); t < ev.endToken(); t++) {
            // "Okafor-Reid": the tokenizer splits a double-barrelled surname at its hyphen
            if (t > ev.firstToken() && t < ev.endToken() - 1 && ix.token(t).pos().equals("HYPH")) continue;
            if (++words > MAX_WORDS) return null;
            String w = ix.token(t).word();
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) return null;
            // a surname that is also a common word ("Price", "Young", "Rice") may be tagged a common noun
            String pos = ix.token(t).pos();
            if (!pos.startsWith("NNP") && !pos.equals("NN") && !pos.equals("NNS") && !pos.equals("JJ")) return null;
            proper &= pos.startsWith("NNP");
        }
        String[] written = ev.text().strip().split("\\s+");
        List<LocalEntity> people = ctx.index().peopleNamed(written[written.length - 1]);
        if (people.size() == 1) return ctx.entity(people.get(0), ev, q.source().cue(), method(), 0.8);
        // a capitalised common noun names an organisation no more than any word does ("Police said")
        if (!people.isEmpty() || !proper) return null;
        // "Orchard said in a statement …" after "Orchard Inc.": an organisation's short name
        List<LocalEntity> organisations = ctx.index().organisationsOpeningWith(ev.text());
        return organisations.size() == 1 ? ctx.entity(organisations.get(0), ev, q.source().cue(), method(), 0.7) : null;
    }
}
