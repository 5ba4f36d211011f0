package org.newsquotes.quotes;

import java.util.Set;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Span;

/**
 * Picks the speaker's words out of a {@link SourcePhrase} region: the named mention nearest the cue (people before
 * other speakers), skipping possessives ("Iran's foreign minister Abbas Araghchi" gives Araghchi) and relative clauses
 * ("Araghchi, who was ... with the US, said" gives Araghchi); else a subject pronoun next to the cue; else the noun
 * phrase next to the cue ("the Iranian top diplomat", "an editorial in the hardline daily").
 */
public final class EvidencePicker {
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "i", "we");
    /** Every personal pronoun: never a name, even when the tagger made it an entity mention. */
    static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "i", "we", "you", "him", "her", "his", "hers",
            "its", "them", "their", "theirs", "me", "my", "us", "our", "himself", "herself", "itself", "themselves");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom", "where", "when");
    private static final Set<String> DESCRIPTION_STOPS = Set.of("and", "but", "or", "that", "if", "while", "because",
            "when", "as", "after", "before", "so");

    private final QuoteLexicon lexicon;

    public EvidencePicker(QuoteLexicon lexicon) { this.lexicon = lexicon; }

    public Evidence pick(DocumentIndex ix, SourcePhrase p) {
        if (p == null || p.isEmpty()) return null;
        boolean[] skip = relativeClauses(ix, p.firstToken(), p.endToken());
        Mention best = null;
        Mention bestAny = null;
        // verb-first phrases: nearest is leftmost; verb-last: nearest is rightmost
        int from = p.verbFirst() ? p.firstToken() : p.endToken() - 1;
        int step = p.verbFirst() ? 1 : -1;
        for (int t = from; t >= p.firstToken() && t < p.endToken(); t += step) {
            if (skip[t - p.firstToken()]) continue;
            Mention m = ix.mentionAt(t);
            if (m == null || m.firstToken() < p.firstToken() || m.endToken() > p.endToken()) continue;
            if (!lexicon.isCue("speaker-type", m.ner()) || isPossessive(ix, m) || isPronoun(m)) continue;
            if (m.ner().equals("PERSON") && best == null) best = m;
            if (bestAny == null) bestAny = m;
        }
        Mention chosen = best != null ? best : bestAny;
        if (chosen != null) return new Evidence(Evidence.Type.NAME, chosen.firstToken(), chosen.endToken(), chosen,
                ix.text().substring(chosen.start(), chosen.end()), chosen.span());
        int near = p.verbFirst() ? p.firstToken() : p.endToken() - 1;
        if (SUBJECT_PRONOUNS.contains(ix.word(near))) return evidence(ix, Evidence.Type.PRONOUN, near, near + 1);
        return description(ix, p);
    }

    /** The noun phrase next to the cue, bounded by punctuation, verbs and conjunctions. */
    private Evidence description(DocumentIndex ix, SourcePhrase p) {
        if (p.verbFirst()) {
            int e = p.firstToken();
            while (e < p.endToken() && e - p.firstToken() < 10 && !SourcePhraseFinder.isClauseBreak(ix, e)
                    && !DESCRIPTION_STOPS.contains(ix.word(e))) e++;
            return e > p.firstToken() && hasLetters(ix, p.firstToken(), e) ? evidence(ix, Evidence.Type.DESCRIPTION, p.firstToken(), e) : null;
        }
        int s = p.endToken();
        while (s > p.firstToken() && p.endToken() - s < 8 && !SourcePhraseFinder.isClauseBreak(ix, s - 1)
                && !DESCRIPTION_STOPS.contains(ix.word(s - 1)) && !lexicon.isSpeechVerb(ix.word(s - 1))) s--;
        return s < p.endToken() && hasLetters(ix, s, p.endToken()) ? evidence(ix, Evidence.Type.DESCRIPTION, s, p.endToken()) : null;
    }

    private static boolean hasLetters(DocumentIndex ix, int s, int e) {
        for (int t = s; t < e; t++) if (!ix.isPunct(t)) return true;
        return false;
    }

    static Evidence evidence(DocumentIndex ix, Evidence.Type type, int s, int e) {
        int start = ix.token(s).start();
        int end = ix.token(e - 1).end();
        return new Evidence(type, s, e, null, ix.text().substring(start, end), new Span(start, end));
    }

    static boolean isPronoun(Mention m) {
        return PRONOUNS.contains(m.text().toLowerCase(java.util.Locale.ROOT));
    }

    static boolean isPossessive(DocumentIndex ix, Mention m) {
        String next = ix.word(m.endToken());
        if (next.equals("'s") || next.equals("’s") || next.equals("'") || next.equals("’")) return true;
        String covered = m.text();
        return covered.endsWith("'s") || covered.endsWith("’s");
    }

    /** Marks tokens inside ", who ... ," so that names in a relative clause are not taken for the subject. */
    private static boolean[] relativeClauses(DocumentIndex ix, int first, int end) {
        boolean[] skip = new boolean[end - first];
        for (int t = first; t + 1 < end; t++) {
            if (ix.firstChar(t) == ',' && RELATIVES.contains(ix.word(t + 1))) {
                int u = t + 1;
                while (u < end && ix.firstChar(u) != ',') skip[u++ - first] = true;
                t = u - 1;
            }
        }
        return skip;
    }
}
