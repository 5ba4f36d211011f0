package org.newsquotes.quotes;

import java.util.Set;
import org.newsquotes.record.Mention;

/**
 * The name a relative pronoun of a source phrase stands for: "the agency which said", "Ann Roe, who said", across an
 * apposition, an age or a home town ("Ann Roe, 34, of Leeds, who said"). "Who" takes a person, "which" a body.
 * Used by {@link EvidencePicker} for the evidence's referent and by {@link SpeakerCandidates} for a relative
 * pronoun candidate.
 */
final class RelativeAntecedent {
    /** Prepositions between a person's name and home town or state ("Ann Roe of Ohio", "a builder from Leeds"). */
    private static final Set<String> HOME_TOWN_PREPOSITIONS = Set.of("of", "from");
    private final QuoteLexicon lexicon;

    RelativeAntecedent(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The speaker-typed name a relative pronoun at {@code rel} refers to: the name right before it ("the agency which
     * said", "Ann Roe, who said"), also across one apposition ("Ann Roe, now the mayor, who said"), or across a
     * person's age and home town ("Ann Roe, 34, of Leeds, who said": a place before "who" is not its antecedent,
     * so the search goes on past it), or the name right before "of"/"from" and that place ("Sen. Ann Roe of Ohio,
     * who said"); or null.
     */
    Mention of(DocumentIndex ix, int rel, int from) {
        boolean who = ix.word(rel).equalsIgnoreCase("who");
        int t = rel - 1;
        if (t >= from && ix.firstChar(t) == ',') t--;
        for (int hop = 0; hop < 3 && t >= from; hop++) {
            Mention m = ix.mentionAt(t);
            boolean place = m != null && Mention.PLACE_TYPES.contains(m.ner()); // a home town ("of Leeds")
            if (who && place) {
                // "Sen. Ann Roe of Ohio, who said", "a builder from Leeds who": the person the place follows
                Mention person = personBeforeHomeTown(ix, m, from);
                if (person != null) return person;
            }
            if (m != null && lexicon.isCue(CueCategory.SPEAKER_TYPE, m.ner()) && !(who && place && hop < 2)) {
                boolean speaks = !EvidencePicker.isPossessive(ix, m) && !EvidencePicker.isPronoun(m);
                return speaks && (who ? "PERSON".equals(m.ner()) : !"PERSON".equals(m.ner())) ? m : null;
            }
            if (hop == 1 && !place && !ageAt(ix, t)) return null; // a third hop only past an age or a home town
            // skip one apposition set off by commas
            int c = t;
            while (c >= from && rel - c <= 12 && ix.firstChar(c) != ',' && !EvidencePicker.hardBreak(ix, c)) c--;
            if (c < from || ix.firstChar(c) != ',') return null;
            t = c - 1;
        }
        return null;
    }

    /**
     * The person's name right before "of" or "from" and the place {@code place} ("Ann Roe of Ohio"), or null.
     */
    private static Mention personBeforeHomeTown(DocumentIndex ix, Mention place, int from) {
        int p = place.firstToken() - 1;
        if (p - 1 < from || !HOME_TOWN_PREPOSITIONS.contains(ix.word(p))) return null;
        Mention owner = ix.mentionAt(p - 1);
        return owner != null && "PERSON".equals(owner.ner()) && !EvidencePicker.isPossessive(ix, owner) && !EvidencePicker.isPronoun(owner) ? owner : null;
    }

    /** True when token {@code t} is a person's age set off by commas ("Ann Roe, 34, said"). */
    private static boolean ageAt(DocumentIndex ix, int t) {
        String w = ix.word(t);
        return w.length() <= 3 && !w.isEmpty() && w.chars().allMatch(Character::isDigit);
    }
}
