package org.newsquotes.quotes;

import java.util.Set;

/**
 * A speech verb before the opening mark: "The minister said: “…”" and "The minister said that the plan was “dead”."
 */
final class BeforeQuoteSource extends SourceReading implements SourcePattern {
    BeforeQuoteSource(QuoteLexicon lexicon) { super(lexicon); }

    /** Region before the opening mark: the last speech verb and the words before it. */
    @Override public SourcePhrase find(DocumentIndex ix, QuoteCandidate q) {
        int b = ix.lastTokenBefore(q.markStart());
        int para = ix.paragraphOf(q.markStart());
        int start = b >= 0 && ix.token(b).start() >= ix.paragraphStart(para) ? regionStart(ix, b) : b + 1;
        if (start > b) {
            // the quote opens its paragraph: "Hugh Hill said:" may close the paragraph before
            int p = ix.paragraphOf(q.markStart());
            if (p == 0 || !ix.text().substring(ix.paragraphStart(p - 1), ix.paragraphEnd(p - 1)).endsWith(":")) return null;
            b = ix.lastTokenBefore(ix.paragraphEnd(p - 1));
            start = regionStart(ix, b - 1);
        }
        for (int v = b; v >= start && b - v <= WINDOW; v--) {
            // "recalled her mother telling her: “…”": the object speaks
            SourcePhrase object = ObjectSpeaker.of(ix, lexicon, start, v, SourcePhrase.Position.BEFORE);
            if (object != null) return object;
            // "the leaflets accusing her of …": a participle right after a common noun modifies it and reports nothing
            // (after a name it is that person's report: "a clip of Roe saying “…”")
            if (isVerb(ix, v) && (isParticiple(ix, v) || afterReportsDocument(ix, start, v)) && v > start && commonNoun(ix, v - 1)) continue;
            if (isVerb(ix, v)) {
                int participle = participleAfterComma(ix, start, v);
                int conjoined = trimAuxiliaries(ix, start, v) - 1;
                // "She then turns to him and says: “…”": a verb conjoined to the main clause shares its subject
                // (only when the region opens the sentence: after an earlier quote of the sentence its subject is out of sight)
                boolean opensSentence = start == 0 || !isMark(ix, start - 1);
                if (participle < 0 && opensSentence && conjoined > start
                        && (ix.word(conjoined).equals("and") || ix.word(conjoined).equals("but"))) {
                    // the subject is the first conjunct's: the words before the nearest verb before "and" ("When the
                    // mayor spoke, supporters booed and chanted “…”": supporters; "Roe said he welcomed the ruling and
                    // added": he, as attribution corpora mark it); without such a verb, the main clause's subject,
                    // found as for a participle
                    int first = firstConjunctVerb(ix, start, conjoined);
                    int e = first < 0 ? start : trimAuxiliaries(ix, start, first);
                    if (e > start) return new SourcePhrase(SourcePhrase.Position.BEFORE, start, e, v, cueText(ix, v, v + 1));
                    participle = conjoined + 1;
                }
                if (participle >= 0) {
                    // "…, she said, referencing “…”": a report verb before the participle names its speaker
                    for (int r = participle - 2; r > start; r--) {
                        if (isVerb(ix, r) && !isParticiple(ix, r) && ix.firstChar(r + 1) == ',') {
                            int s = trimAuxiliaries(ix, start, r);
                            if (s > start) return new SourcePhrase(SourcePhrase.Position.BEFORE, start, s, r, cueText(ix, v, v + 1));
                        }
                    }
                    // ", adding: “…”" / ", going on to say “…”" continues the main clause's speaker: its subject
                    // opens the sentence, after an introductory phrase ("During the speech, Roe attacked him, saying")
                    int s = mainClauseStart(ix, start, participle - 1);
                    int e = s;
                    while (e < participle - 1 && !isClauseBreak(ix, e) && !Words.isFinite(ix, e) && !isVerb(ix, e)) e++;
                    // a subject is a phrase before the main verb, or a name or pronoun set off by a comma
                    // ("Roe, a doctor, said"); not any words before a comma ("Feeds on old grudges, and calls")
                    boolean beforeVerb = e < participle - 1 && (Words.isFinite(ix, e) || isVerb(ix, e));
                    if (!beforeVerb && !namesSomeone(ix, s, e)) return null;
                    e = trimAuxiliaries(ix, s, e);
                    return e > s ? new SourcePhrase(SourcePhrase.Position.BEFORE, s, e, v, cueText(ix, v, v + 1)) : null;
                }
                // "Roe was asked: “…”": the one asked is not the speaker of the question put right after the verb
                // (a passive further back describes the writer's sentence: "… that was reported in a “hit piece”")
                // "The minister was accused of “presiding over a collapse”", "the plan was called “reckless”": the
                // subject of a passive verb of naming and judging is its target; whoever said the words is unnamed,
                // or the agent after "by"
                SourcePhrase passive = (onlyPunctuationBetween(ix, v, b) && asksOrTells(ix, v)) || namesOrJudges(ix, v, b)
                        ? PassiveReport.source(ix, lexicon, start, v, b + 1, cueText(ix, v, v + 1)) : null;
                if (passive != null) return passive.position() == SourcePhrase.Position.UNNAMED
                        ? passive : new SourcePhrase(SourcePhrase.Position.BEFORE, passive.firstToken(), passive.endToken(), v, passive.cue());
                int s = trimAuxiliaries(ix, start, v);
                // "Roe said as a protester shouted: “…”": a verb the quote follows after a colon or comma
                // introduces it, whoever its subject is; only a quote inside its clause may belong to an outer report
                SourcePhrase outer = introducesQuote(ix, v, b) ? null : outerReport(ix, start, s);
                return outer != null ? outer : new SourcePhrase(SourcePhrase.Position.BEFORE, start, s, v, cueText(ix, v, v + 1));
            }
        }
        return null;
    }

    /** Most words of the noun phrase naming the document a report was made in ("a statement", "a short letter"). */
    static final int DOCUMENT_PHRASE_WORDS = 4;

    /**
     * A past tense right after the noun of a phrase that says where a report was made: "Roe said in a statement read
     * to the court: “…”", "wrote in a letter sent to staff": the tagger may call "read" or "sent" a past tense, but
     * after "said in a statement" it describes the statement (a reduced relative) and reports nothing; the speech
     * verb before the preposition does. Only a preposition of a medium ({@link Words#MEDIUM_PREPOSITIONS}): "recalled
     * that her father told her: “…”" is the father's report.
     */
    private boolean afterReportsDocument(DocumentIndex ix, int start, int v) {
        if (!ix.token(v).pos().equals("VBD")) return false;
        int t = v - 1;
        while (t > start && v - t <= DOCUMENT_PHRASE_WORDS && DOCUMENT_PHRASE_POS.contains(ix.token(t).pos())) t--;
        if (t <= start || !Words.MEDIUM_PREPOSITIONS.contains(ix.word(t)) || t == v - 1) return false;
        int verb = t - 1;
        if (verb > start && ix.token(verb).pos().startsWith("RB")) verb--;
        return isVerb(ix, verb) && Words.isFinite(ix, verb);
    }

    private static final Set<String> DOCUMENT_PHRASE_POS = Set.of("DT", "JJ", "NN", "NNS", "PRP$", "CD");

    /** Most words between the first conjunct's verb and the "and" before the report verb ("turns to him and"). */
    static final int CONJUNCT_WORDS = 6;

    /**
     * The finite verb of the clause an "and" or "but" at {@code and} joins the report verb to ("booed" in "supporters
     * booed and chanted", "turns" in "she then turns to him and says"): the nearest finite verb before it, within
     * {@value #CONJUNCT_WORDS} words and no comma (but one right before the conjunction: "stood up, and said"), or -1.
     */
    static int firstConjunctVerb(DocumentIndex ix, int start, int and) {
        int t = and - 1;
        if (t > start && ix.firstChar(t) == ',') t--;
        for (; t > start && and - t <= CONJUNCT_WORDS; t--) {
            if (ix.isPunct(t) || isMark(ix, t)) return -1;
            if (Words.isFinite(ix, t)) return t;
        }
        return -1;
    }

    /**
     * A verb of asking or telling, whose passive subject is the one spoken to ("was asked: “…”"); other passives
     * before marks name what is quoted ("Written “in a time of crisis,” the charter …", "being called “a hero”").
     */
    private boolean asksOrTells(DocumentIndex ix, int v) {
        QuoteLexicon.SpeechVerb verb = lexicon.verbOfEitherScopeAt(ix, v);
        return verb != null && (verb.addressee() || verb.whClause());
    }

    /**
     * A verb that is a cue for marked quotes only ({@code weak} in {@code speech-verbs.txt}: "accused", "called",
     * "described", "criticised"), no verb of asking or telling, with the quote it names or judges right after it or
     * after its preposition ("accused of “…”", "described as “…”").
     */
    private boolean namesOrJudges(DocumentIndex ix, int v, int b) {
        QuoteLexicon.SpeechVerb verb = lexicon.verbOfEitherScopeAt(ix, v);
        if (verb == null || !verb.weak() || asksOrTells(ix, v) || b - v > NAMING_GAP) return false;
        // "spoke about being called “a real woman”": a gerund's passive sits inside another report, whose source may
        // be quoting the words
        if (v > 0 && ix.word(v - 1).equals("being")) return false;
        // only the preposition that takes the words between ("accused of", "described as", "called"), not a clause
        for (int t = v + 1; t <= b; t++) {
            String pos = ix.token(t).pos();
            if (!(pos.equals("IN") || pos.equals("TO") || pos.equals("DT") || isMark(ix, t))) return false;
        }
        return true;
    }

    /** Most words between a passive verb of naming and the quote it names ("accused of the", "described as"). */
    private static final int NAMING_GAP = 2;

    /** True when a colon or comma, and nothing else, stands between verb {@code v} and the quote ("shouted: “…”"). */
    private static boolean introducesQuote(DocumentIndex ix, int v, int b) {
        return b > v && onlyPunctuationBetween(ix, v, b) && (ix.firstChar(b) == ':' || ix.firstChar(b) == ',');
    }

    /** True when tokens (v, b] are all punctuation ("asked, “…”", "asked: “…”"). */
    private static boolean onlyPunctuationBetween(DocumentIndex ix, int v, int b) {
        for (int t = v + 1; t <= b; t++) if (!ix.isPunct(t)) return false;
        return true;
    }
}
