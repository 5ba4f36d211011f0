package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.Mention;

/**
 * The appositions and relative clauses set off by commas between a subject and its verb, which the {@link EvidencePicker}
 * reads past to find who speaks: "Ann Roe, a doctor at the clinic, said", "Dan Cole, 41, of Halesworth, said",
 * "Woodrow Benford, 58, who lives in Ohio, says". Static and stateless.
 */
final class SubjectAppositions {
    private SubjectAppositions() {}

    /**
     * End of the subject once the appositions before {@code e} (the end of the words before the verb) are set off:
     * each segment between commas, back from the verb (at most three, then a chain of age and address,
     * {@link #beforeAddressChain}), is added to {@code appositions}; relative clauses are skipped without being added.
     * The returned end may still end in a comma.
     */
    static int setOff(DocumentIndex ix, int first, int e, List<int[]> appositions) {
        while (e - 1 > first && ix.firstChar(e - 1) == ',' && appositions.size() < 3) {
            int c = commaBefore(ix, first, e - 2, Integer.MAX_VALUE);
            if (c < 0) break;
            boolean relative = EvidencePicker.RELATIVES.contains(ix.word(c + 1));
            if (!relative) appositions.add(new int[] {c + 1, e - 1});
            // after a relative clause, keep the comma that opened it when what stands before it is an apposition that
            // names no person, so it is read as one ("Ann Roe, director of the group, which …, said"; "Woodrow
            // Benford, 58, who lives in Ohio, says"); a person there is the subject ("Of Carson, Levine, who …, said")
            e = relative && describesOnly(ix, first, c) ? c + 1 : c;
        }
        if (!appositions.isEmpty()) e = beforeAddressChain(ix, first, e, appositions);
        return e;
    }

    /** Most appositions read in a chain of age and address ({@link #beforeAddressChain}). */
    static final int MAX_APPOSITIONS = 4;
    /** Most tokens {@link #beforeAddressChain} looks back for the comma opening each segment of the chain. */
    static final int CHAIN_SEGMENT_TOKENS = 11;

    /**
     * The comma nearest before or at token {@code t}, at or after {@code first}, within {@code reach} tokens back
     * from {@code t} and with no sentence-level break between ({@link EvidencePicker#hardBreak}), or -1: where the
     * segment of an apposition ending at {@code t} opens.
     */
    static int commaBefore(DocumentIndex ix, int first, int t, int reach) {
        for (int c = t; c >= first && t - c < reach; c--) {
            if (ix.firstChar(c) == ',') return c;
            if (EvidencePicker.hardBreak(ix, c)) return -1;
        }
        return -1;
    }

    /**
     * End of the subject when the apposition last set off was an age or an address ("41", "of Leeds", a place's name
     * alone) and more appositions stand before it: "Darren Cole, 41, of Mill Lane, Halesworth, said" and "Ann Roe, a
     * teacher, of Leeds, said" set off their name with two or three. Going back from {@code e} (the comma that opened
     * the last apposition), each segment between commas is set off too while it is itself an age or an address, and
     * the walk stops after one that a person's name stands right before ("Darren Cole | , 41"); a segment of any
     * other words with no name before it is where the subject is ("After the vote, the mayor, 58, said": the mayor),
     * and {@code e} is kept.
     */
    static int beforeAddressChain(DocumentIndex ix, int first, int e, List<int[]> appositions) {
        int[] last = appositions.get(appositions.size() - 1);
        if (!ageOrAddress(ix, last[0], last[1])) return e;
        int end = e;
        while (appositions.size() < MAX_APPOSITIONS) {
            int c = commaBefore(ix, first, end - 1, CHAIN_SEGMENT_TOKENS);
            if (c <= first || c + 1 >= end) return e;
            boolean named = ix.mentionAt(c - 1) != null && ix.mentionAt(c - 1).endToken() == c && "PERSON".equals(ix.mentionAt(c - 1).ner());
            boolean address = ageOrAddress(ix, c + 1, end);
            if (!named && !address) return e;
            appositions.add(new int[] {c + 1, end});
            end = c;
            if (named) return end;
        }
        return e;
    }

    /** Tokens [from, to) are an age ("41"), a phrase of where someone is from ("of Leeds"), or a place's name alone. */
    private static boolean ageOrAddress(DocumentIndex ix, int from, int to) {
        if (from >= to) return false;
        boolean numbers = true;
        for (int t = from; t < to; t++) numbers &= ix.token(t).pos().equals("CD");
        if (numbers) return true;
        String w = ix.word(from);
        if (w.equals("of") || w.equals("from")) return true;
        Mention m = ix.mentionAt(from);
        return m != null && m.firstToken() == from && m.endToken() == to && Mention.PLACE_TYPES.contains(m.ner());
    }

    /**
     * Words set off by commas that open with a participle, a preposition or an adjective taking one ("Residents, worried about the ferry's
     * future, said", "Others, speaking after a meeting with Governor Ann Roe, said"): an aside on the subject's
     * circumstances, not a second name for it, so a name inside it is not who speaks.
     */
    static boolean isAside(DocumentIndex ix, int[] apposition) {
        String pos = ix.token(apposition[0]).pos();
        // "Officials, including the mayor, said": members of the subject, who speak with it
        if (Words.MEMBERSHIP_PREPOSITIONS.contains(ix.word(apposition[0]))) return false;
        // "worried about the closure": an adjective with its preposition's object
        if (pos.startsWith("JJ") && apposition[0] + 1 < apposition[1] && ix.token(apposition[0] + 1).pos().equals("IN")) return true;
        return pos.equals("VBN") || pos.equals("VBG") || pos.equals("IN") || pos.equals("TO");
    }

    /**
     * True when the words between the comma before {@code comma} (at or after {@code from}) and {@code comma} are set
     * off by commas on both sides and name no person: an apposition such as "58" or "director of the group".
     */
    private static boolean describesOnly(DocumentIndex ix, int from, int comma) {
        int c = commaBefore(ix, from, comma - 1, Integer.MAX_VALUE);
        if (c < 0 || c + 1 >= comma) return false;
        for (int t = c + 1; t < comma; t++) {
            Mention m = ix.mentionAt(t);
            if (m != null && "PERSON".equals(m.ner())) return false;
        }
        return true;
    }
}
