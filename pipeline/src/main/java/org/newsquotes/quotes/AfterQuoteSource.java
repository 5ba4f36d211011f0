package org.newsquotes.quotes;

import java.util.Locale;

/**
 * A speech verb right after the closing mark, in either order: "“…,” the minister said." and "“…,” said the minister."
 */
final class AfterQuoteSource extends SourceReading implements SourcePattern {
    AfterQuoteSource(QuoteLexicon lexicon) { super(lexicon); }

    /** Region after the closing mark: speech verb first (inverted) or a source then its verb (normal). */
    @Override public SourcePhrase find(DocumentIndex ix, QuoteCandidate q) {
        int a = ix.firstTokenAtOrAfter(q.markEnd());
        if (a >= ix.tokenCount() || ix.token(a).start() >= ix.paragraphEnd(ix.paragraphOf(Math.max(q.markStart(), q.markEnd() - 1)))) {
            return null;
        }
        int end = regionEnd(ix, a);
        String content = ix.text().substring(q.content().start(), q.content().end()).strip();
        char last = content.isEmpty() ? ' ' : content.charAt(content.length() - 1);
        // “… it is over.” followed by a capital starts a new sentence; after “…?” or “…!” a report may still follow
        boolean closedSentence = last == '.' || last == '…';
        boolean asked = last == '?' || last == '!';
        int first = a;
        while (a < end && ix.isPunct(a) && !isMark(ix, a) && !isDash(ix, a)) a++;
        if (a >= end || isMark(ix, a)) return null;
        // “…” — Jane Roe (a byline after a quote: reader comments, posts, epigraphs)
        if (isDash(ix, a) && a + 1 < end) return dashByline(ix, a, end);
        boolean lowerStart = Character.isLowerCase(ix.firstChar(a));
        if (closedSentence && a == first && !lowerStart) return null;
        if (asked && !lowerStart && !isVerb(ix, a) && !(a + 1 < end && isVerb(ix, a + 1)) && !(a + 2 < end && isVerb(ix, a + 2))) return null;
        // "“…” suggests that …": a verb that opens a "that" clause is the quote's own predicate, not an inverted cue
        if (isVerb(ix, a) && a + 1 < end && ix.word(a + 1).equals("that")) return null;
        if (isVerb(ix, a) && !isParticiple(ix, a)) return inverted(ix, a, end);
        for (int v = a + 1; v < end && v - a <= WINDOW; v++) {
            if (isMark(ix, v)) break;
            // "“…” at the meeting last week, said council member Jo Hart": the writer's words (a prepositional or
            // adverbial phrase, not a subject with its apposition), a comma, then an inverted report
            if (isVerb(ix, v) && !isParticiple(ix, v) && ix.firstChar(v - 1) == ',' && opensAdverbial(ix, a)
                    && opensInvertedSubject(ix, v + 1, end) && subjectOnly(ix, a, v)) {
                return inverted(ix, v, end);
            }
            if (isVerb(ix, v) && !(isParticiple(ix, v) && ix.firstChar(v - 1) == ',')) {
                // "“…,” an aide who asked not to be named said": a verb inside a relative clause describes the source
                int r = trimAuxiliaries(ix, a, v) - 1;
                if (r > a && (ix.word(r).equals("who") || ix.word(r).equals("that")) && laterVerbInSentence(ix, v + 1, end)) continue;
                int s = trimAuxiliaries(ix, a, v);
                // "“…” a Jane Roe tweet about it": a name after an indefinite article modifies the word after it, a noun;
                // a role the tagger typed TITLE is the head itself ("“…,” a spokesman said")
                boolean nameModifier = (ix.word(a).equalsIgnoreCase("a") || ix.word(a).equalsIgnoreCase("an"))
                        && ix.mentionAt(a + 1) != null && ix.mentionAt(a + 1).endToken() == s
                        && !"TITLE".equals(ix.mentionAt(a + 1).ner());
                if (nameModifier) return null;
                // "“fair” to him, in what analysts described as a tactic": a verb in a "what" clause reports the
                // words after it, not the quote
                if (whatClause(ix, a, s)) return null;
                if (s > a && subjectOnly(ix, a, s)) return new SourcePhrase(SourcePhrase.Position.AFTER_NORMAL, a, s, v, cueText(ix, v, v + 1));
                return sentenceFinalReport(ix, q, a, s, v);
            }
        }
        return null;
    }

    /** True when "what" stands in [from, to): the subject of a free relative ("what analysts described as"). */
    private static boolean whatClause(DocumentIndex ix, int from, int to) {
        for (int t = from; t < to; t++) if (ix.word(t).equals("what") && ix.token(t).pos().startsWith("W")) return true;
        return false;
    }

    /** Most words of a source phrase after an inverted speech verb. */
    static final int MAX_INVERTED_SOURCE_TOKENS = 14;

    /**
     * The source phrase after an inverted speech verb at {@code v}: up to a clause break or a relative pronoun, at
     * most {@value #MAX_INVERTED_SOURCE_TOKENS} tokens.
     */
    private static SourcePhrase inverted(DocumentIndex ix, int v, int end) {
        int s = v + 1;
        int e = s;
        // "said one aide who asked not to be named": a relative clause without commas describes the source
        while (e < end && e - s < MAX_INVERTED_SOURCE_TOKENS && !isClauseBreak(ix, e) && !(e > s && Words.isRelativePronoun(ix, e))) e++;
        return new SourcePhrase(SourcePhrase.Position.AFTER_INVERTED, s, e, v, cueText(ix, v, v + 1));
    }

    /** A preposition, adverb or time word opens {@code t} ("at the meeting", "later", "last week"). */
    private static boolean opensAdverbial(DocumentIndex ix, int t) {
        String pos = ix.token(t).pos();
        return pos.equals("IN") || pos.startsWith("RB") || Words.isTimeTagged(ix, t);
    }

    /**
     * A noun phrase (a determiner, adjective, noun or name, not a time: "said Tuesday" is no inverted subject)
     * opens at {@code t}, before {@code end}.
     */
    private static boolean opensInvertedSubject(DocumentIndex ix, int t, int end) {
        if (t >= end || Words.isTimeTagged(ix, t)) return false;
        String pos = ix.token(t).pos();
        return pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("PRP$");
    }

    /**
     * "“You broke it” to save money, she said.": a quote that opens its sentence, words of the writer's, then a short
     * subject and its verb closing the sentence after a comma. The subject must be a pronoun or a name; null otherwise.
     */
    private SourcePhrase sentenceFinalReport(DocumentIndex ix, QuoteCandidate q, int a, int s, int v) {
        int b = ix.lastTokenBefore(q.markStart());
        boolean opensSentence = b < 0 || ix.token(b).start() < ix.paragraphStart(ix.paragraphOf(q.markStart()))
                || tokenText(ix, b).equals(".") || tokenText(ix, b).equals("?") || tokenText(ix, b).equals("!");
        if (!opensSentence || v + 1 >= ix.tokenCount()) return null;
        String next = tokenText(ix, v + 1);
        if (!(next.equals(".") || next.equals(","))) return null;
        int c = s - 1;
        while (c > a && ix.firstChar(c) != ',') c--;
        if (c <= a || s - (c + 1) < 1 || s - (c + 1) > 4) return null;
        for (int t = c + 1; t < s; t++) {
            if (ix.mentionAt(t) != null || Words.SUBJECT_PRONOUNS.contains(ix.word(t).toLowerCase(Locale.ROOT))) {
                return new SourcePhrase(SourcePhrase.Position.AFTER_NORMAL, c + 1, s, v, cueText(ix, v, v + 1));
            }
        }
        return null;
    }
}
