package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.Sentence;

/**
 * Who reports, for the indirect-speech patterns ({@link IndirectReportPattern}): the subject of a reporting verb
 * ("The ministry said …", '“…,” he added, noting that …', "Aske, citing “…,” said …"), and whether some words name
 * a speaker at all (a name, a pronoun, a role, an outlet or a generic source noun). Works on tokens alone.
 */
final class ReportSubject {
    private final QuoteLexicon lexicon;
    private final SourcePhraseFinder finder;

    ReportSubject(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        this.lexicon = lexicon;
        this.finder = finder;
    }

    /** A name, pronoun or role/outlet/generic source noun among [from, to). */
    boolean namesASpeaker(DocumentIndex ix, int from, int to) {
        if (Words.SUBJECT_PRONOUNS.contains(ix.word(to - 1)) && to - from == 1) return true;
        return looksLikeSpeaker(ix, from, to);
    }

    /**
     * After an inverted verb: a name, or words ending in a role, outlet or generic source noun ("said the minister").
     * Words with a finite verb of their own before any relative pronoun are a clause, not a speaker ("Ann Roe, who
     * toured the site, said the council must act": "the council must act" is what she said; "the man who runs the
     * port" and "the man that runs the port" may still speak). Words opening with a preposition are an adjunct ("said
     * on court", "said in court", even though "court" can name a body that speaks).
     */
    boolean looksLikeSpeaker(DocumentIndex ix, int from, int to) {
        // "said on court", "said in Paris": a preposition opens an adjunct, never a speaker
        if (from < to && (ix.token(from).pos().equals("IN") || ix.token(from).pos().equals("TO"))) return false;
        for (int t = from; t < to; t++) {
            if (Words.isRelativeOrThat(ix, t)) break;
            if (Words.isFinite(ix, t)) return false;
        }
        return nameOrSourceNoun(ix, from, to);
    }

    /** A speaker-typed name or a role, outlet, generic or body noun among [from, to). */
    private boolean nameOrSourceNoun(DocumentIndex ix, int from, int to) {
        for (int t = from; t < to; t++) {
            if (ix.mentionAt(t) != null && lexicon.isCue(CueCategory.SPEAKER_TYPE, ix.mentionAt(t).ner())) return true;
            if (lexicon.isSourceNoun(ix.word(t))) return true;
        }
        return false;
    }

    /** As {@link #subjectOf(DocumentIndex, Sentence, int, List)} with no marked quotes known. */
    SourcePhrase subjectOf(DocumentIndex ix, Sentence s, int v) {
        return subjectOf(ix, s, v, List.of());
    }

    /**
     * The reporting verb's subject: the words before it in its clause (a participle's subject is the sentence's, whose
     * words start after any marked quote that opens the sentence: '“…,” said Ann Roe, referring to …'); for a passive
     * verb, the agent after "by" or an {@link SourcePhrase.Position#UNNAMED} source ({@link PassiveReport}).
     */
    SourcePhrase subjectOf(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct) {
        String cue = SourcePhraseFinder.cueText(ix, v, v + 1);
        // "he was asked whether …": the subject of a passive is the one spoken to, never the speaker
        SourcePhrase passive = PassiveReport.source(ix, lexicon, afterOpeningQuote(ix, ix.clauseStart(s), v, direct), v, s.endToken(), cue);
        if (passive != null) return passive;
        // "recalled her mother saying the port would close": the object speaks through the participle
        SourcePhrase object = ObjectSpeaker.of(ix, lexicon, ix.clauseStart(s), v, SourcePhrase.Position.INDIRECT_SUBJECT);
        if (object != null) return object;
        boolean afterComma = v > s.firstToken() && (ix.firstChar(v - 1) == ','
                || (v - 1 > s.firstToken() && SourcePhraseFinder.isMark(ix, v - 1) && ix.firstChar(v - 2) == ','));
        boolean conjoined = conjoined(ix, s, v);
        if (conjoined) {
            // "When the crowd booed, Roe called the plan “absurd” and proposed …": the verb shares the subject of the
            // report it is joined to, not whatever opens the sentence
            int first = reportJoinedTo(ix, s, v);
            if (first >= 0) {
                SourcePhrase shared = subjectOf(ix, s, first, direct);
                // only a subject that names someone: a passive's unnamed agent is not who goes on ("Roe was asked
                // about it and said …" is Roe's report), and words that name no one are no better than the old reading
                if (shared != null && shared.position() != SourcePhrase.Position.UNNAMED
                        && holdsASpeaker(ix, shared.firstToken(), shared.endToken())) {
                    return new SourcePhrase(shared.position(), shared.firstToken(), shared.endToken(), v, cue);
                }
            }
        }
        if ((SourcePhraseFinder.isParticiple(ix, v) && afterComma) || conjoined) {
            // a dateline opens the paragraph, not the clause ("SAN JOSE, Calif. (Reuters) - Shares fell …, citing …")
            int e = afterOpeningQuote(ix, ix.clauseStart(s), v, direct);
            // leading adverbials ("Similarly, the daily ...", "On Thursday, however, Trump ...") are not the subject
            e = afterLeadingAdverbials(ix, e, v);
            int subjectStart = e;
            while (e < v - 1 && !SourcePhraseFinder.isClauseBreak(ix, e) && !Words.isFinite(ix, e) && !finder.isVerb(ix, e)
                    && !participleAfterNoun(ix, subjectStart, e)) e++;
            int firstVerb = e;
            e = SourcePhraseFinder.trimAuxiliaries(ix, subjectStart, e);
            if (e > subjectStart) e = throughNamingAppositions(ix, e, v);
            if (e > subjectStart && !conjoined) {
                int[] later = laterClauseSubject(ix, firstVerb, v);
                if (later != null) return new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, later[0], later[1], v, cue);
            }
            if (e > subjectStart) return new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, subjectStart, e, v, cue);
            return conjoined ? null : subjectOfReportBefore(ix, s, v, cue);
        }
        if (isReducedPassive(ix, s, v)) return null;
        int first = ix.clauseStart(s);
        if (SourcePhraseFinder.isParticiple(ix, v)) {
            SourcePhrase medium = subjectOfPhrasalReport(ix, first, v, cue);
            if (medium != null) return medium;
        }
        int start = wordsBefore(ix, first, v);
        int e = SourcePhraseFinder.trimAuxiliaries(ix, start, v);
        if (e <= start && afterComma) return subjectBeforeInterruption(ix, s, v, cue, direct);
        return e > start ? new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, start, e, v, cue) : null;
    }

    /**
     * The first of the words before verb {@code v} that may hold its subject: back to the clause's start {@code first},
     * a quote mark or a semicolon, at most {@link SourcePhraseFinder#WINDOW} words.
     */
    private static int wordsBefore(DocumentIndex ix, int first, int v) {
        int start = v - 1;
        while (start >= first && v - start <= SourcePhraseFinder.WINDOW && !SourcePhraseFinder.isMark(ix, start)
                && ix.firstChar(start) != ';') start--;
        return start + 1;
    }

    /**
     * The subject of the last main clause joined by "and" or "but" before participle {@code v}, when it names someone:
     * "Prosecutors charged the officer and the mayor, Ann Lee, fired her police chief, acknowledging that …" is the
     * mayor's acknowledgement, the clause the participle hangs on. Not after a verb that takes a bare clause ("Roe said
     * Lee would resign and the board would meet, citing …": the "and" is inside what Roe said), and not when no finite
     * verb follows the conjunction's subject before the participle. Null when there is no such clause.
     */
    private int[] laterClauseSubject(DocumentIndex ix, int firstVerb, int v) {
        for (int t = firstVerb; t < v && t < firstVerb + 4; t++) {
            QuoteLexicon.SpeechVerb verb = lexicon.verbAt(ix, t);
            if (verb != null && verb.bareClause()) return null;
            if (verb != null || !Words.AUXILIARIES.contains(ix.word(t))) break; // "has said": past the auxiliary
        }
        int[] found = null;
        for (int c = firstVerb + 1; c < v - 1; c++) {
            if (!ix.token(c).pos().equals("CC") || !Words.REPORT_CONJUNCTIONS.contains(ix.word(c))) continue;
            int k = c + 1;
            while (k < v - 1 && k - c <= 10 && !Words.isFinite(ix, k) && !finder.isVerb(ix, k)
                    && (!SourcePhraseFinder.isClauseBreak(ix, k) || ix.firstChar(k) == ',')) k++;
            int end = SourcePhraseFinder.trimAuxiliaries(ix, c + 1, k);
            while (end > c + 1 && ix.firstChar(end - 1) == ',') end--;
            if (k < v - 1 && Words.isFinite(ix, k) && end > c + 1 && holdsASpeaker(ix, c + 1, end)) {
                found = new int[] {c + 1, ix.firstChar(k - 1) == ',' ? k : end};
                c = k;
            }
        }
        return found;
    }

    /**
     * The end of a participle's subject that closes at comma {@code e}, taken through the appositions after it when
     * one of them names someone and the main verb follows the last ("His lawyer, Ann Roe, asked for a shorter
     * sentence, arguing that …": the lawyer is Roe, whom {@link EvidencePicker} finds in the apposition); {@code e}
     * itself otherwise. An apposition holds at most {@link AttributionContext#APPOSITION_WORDS} words and no verb.
     */
    private int throughNamingAppositions(DocumentIndex ix, int e, int v) {
        int end = e;
        boolean named = false;
        for (int n = 0; n < 3 && end < v - 1 && ix.firstChar(end) == ','; n++) {
            int c = end + 1;
            while (c < v - 1 && c - end <= AttributionContext.APPOSITION_WORDS && ix.firstChar(c) != ','
                    && !SourcePhraseFinder.isClauseBreak(ix, c) && !Words.isFinite(ix, c) && !finder.isVerb(ix, c)) c++;
            if (c == end + 1 || c >= v - 1 || ix.firstChar(c) != ',') return e;
            named |= finder.namesSomeone(ix, end + 1, c);
            end = c;
            if (Words.isFinite(ix, end + 1) || finder.isVerb(ix, end + 1)) return named ? end + 1 : e;
        }
        return e;
    }

    /**
     * A participle right after a noun ends the subject of a later participle's report: a reduced relative ("A
     * spokesman reached by phone declined to comment, saying …" has the subject "A spokesman") or a main verb the
     * tagger read as one ("The central bank held rates steady, saying …": "held" tagged VBN in a headline-like lead).
     */
    private static boolean participleAfterNoun(DocumentIndex ix, int from, int t) {
        String pos = ix.token(t).pos();
        return t > from && (pos.equals("VBN") || pos.equals("VBG")) && ix.token(t - 1).pos().startsWith("NN");
    }

    /** A speaker-typed name, a subject pronoun or a source noun anywhere in [from, to) ("In a long reply, Roe"). */
    private boolean holdsASpeaker(DocumentIndex ix, int from, int to) {
        return finder.namesSomeone(ix, from, to) || nameOrSourceNoun(ix, from, to);
    }

    /**
     * The report {@code v} is joined to: the first finite verb of report in its clause ("Roe called the plan absurd
     * and proposed …": "called"; "Roe responded by saying he should not have called it that, and then pointed out
     * …": "responded", not the "called" inside what she said); -1 when none.
     */
    private int reportJoinedTo(DocumentIndex ix, Sentence s, int v) {
        for (int t = ix.clauseStart(s); t < v - 1; t++) {
            if ((finder.isVerb(ix, t) || finder.isParcVerb(ix, t)) && Words.isFinite(ix, t)) return t;
        }
        return -1;
    }

    /**
     * "X urged … and said …", "X told the crowd, then referred to …", "… and then said …": a verb conjoined to the
     * main clause, which shares its subject.
     */
    private static boolean conjoined(DocumentIndex ix, Sentence s, int v) {
        // the adverbs a verb may carry ("then", "later", "also") are skipped with its auxiliaries
        int before = SourcePhraseFinder.trimAuxiliaries(ix, s.firstToken(), v) - 1;
        if (before <= s.firstToken()) return false;
        return Words.REPORT_CONJUNCTIONS.contains(ix.word(before)) || (ix.firstChar(before) == ',' && ix.word(before + 1).equals("then"));
    }

    /**
     * "a man accused of fraud told the jury …", "the remarks reported by the paper", "the plastic found was PET": a
     * speech or finding verb's past participle right after a noun is a passive that describes the noun
     * ({@link SourceReading#isPassiveAfterNoun}); the noun is who or what was spoken of, never who spoke.
     */
    boolean isReducedPassive(DocumentIndex ix, Sentence s, int v) {
        if (v <= s.firstToken() || !SourceReading.isPassiveAfterNoun(ix, v)) return false;
        return lexicon.verbOfEitherScopeAt(ix, v) != null || lexicon.isCue(CueCategory.FINDING_VERB, ix.word(v));
    }

    /**
     * The first token at or after {@code t} (before {@code v}) outside the marked quotes that open the sentence, and
     * past their closing marks: a quote's words are nobody's subject ("Let's say we win," Roe said, referring to …).
     */
    private static int afterOpeningQuote(DocumentIndex ix, int t, int v, List<QuoteCandidate> direct) {
        boolean moved = true;
        while (moved && t < v) {
            moved = false;
            int offset = ix.token(t).start();
            for (QuoteCandidate q : direct) {
                if (q.markStart() <= offset && offset < q.markEnd()) {
                    while (t < v && ix.token(t).start() < q.markEnd()) t++;
                    moved = true;
                    break;
                }
            }
        }
        return t;
    }

    /**
     * "Trump fired back a response saying …", "The paper shot back in an editorial stating …": a participle after a
     * phrasal speech verb ("fired back", "hit back") and the words of its medium, with no punctuation between, goes on
     * with that verb's report, so its source is the verb's subject; the medium ("back a response") is none. Null when
     * no phrasal speech verb stands within {@link #PHRASAL_REACH} words before {@code v}, or no words before it.
     */
    private SourcePhrase subjectOfPhrasalReport(DocumentIndex ix, int first, int v, String cue) {
        for (int k = v - 2; k >= first && v - k <= PHRASAL_REACH; k--) {
            if (ix.isPunct(k) || SourcePhraseFinder.isMark(ix, k)) return null;
            QuoteLexicon.SpeechVerb verb = lexicon.verbAt(ix, k);
            if (verb == null) continue;
            if (verb.particle() == null || !finder.isVerb(ix, k)) return null;
            int start = wordsBefore(ix, first, k);
            int e = SourcePhraseFinder.trimAuxiliaries(ix, start, k);
            return e > start ? new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, start, e, v, cue) : null;
        }
        return null;
    }

    /** Furthest a phrasal speech verb may stand before the participle that goes on with its report, in tokens. */
    private static final int PHRASAL_REACH = 8;

    /**
     * '“…,” he added, noting that …': a participle after the report of a marked quote (the sentence opens with the
     * quote, so it has no subject before it) shares that report's source, the words before the preceding speech verb
     * (or after it: '“…,” said Ann Roe, noting that …').
     */
    private SourcePhrase subjectOfReportBefore(DocumentIndex ix, Sentence s, int v, String cue) {
        for (int k = v - 2; k > s.firstToken() && v - k <= 6; k--) {
            if (!finder.isVerb(ix, k) || SourcePhraseFinder.isParticiple(ix, k)) continue;
            int start = k - 1;
            while (start >= s.firstToken() && k - start <= 4 && !ix.isPunct(start) && !SourcePhraseFinder.isMark(ix, start)) start--;
            start++;
            int e = SourcePhraseFinder.trimAuxiliaries(ix, start, k);
            if (e > start) return new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, start, e, v, cue);
            // '“…,” said Ann Roe, noting that …': the inverted source, between the verb and the participle's comma
            int comma = v - 1;
            return comma > k + 1 && looksLikeSpeaker(ix, k + 1, comma)
                    ? new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, k + 1, comma, v, cue) : null;
        }
        return null;
    }

    /**
     * "Mr. Aske, citing “the pull of the port,” said the city could win": a phrase set off by commas (holding a marked
     * quote) between the subject and its verb; the subject is the speaker-like phrase before the first comma, never
     * words of a marked quote.
     */
    private SourcePhrase subjectBeforeInterruption(DocumentIndex ix, Sentence s, int v, String cue, List<QuoteCandidate> direct) {
        int first = ix.clauseStart(s);
        // '“For a company that made £300 million, this is a rounding error,” said …': words inside a marked quote
        // are the quote's, never its reporter
        if (ReportedClause.insideDirect(ix.token(first).start(), ix.token(first).end(), direct)) return null;
        int comma = first;
        while (comma < v && ix.firstChar(comma) != ',') comma++;
        if (comma <= first || comma >= v - 1 || !namesASpeaker(ix, first, comma)) return null;
        return new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, first, comma, v, cue);
    }

    /**
     * The first token after the comma-closed adverbials that open a clause at {@code e} ("On Thursday, however, …"):
     * each is at most four words before its comma (eight when it opens with a preposition) and holds no speaker mention, untagged proper noun, pronoun or verb
     * (which would make it the subject: "Trump, however, …").
     */
    private int afterLeadingAdverbials(DocumentIndex ix, int e, int v) {
        boolean skipped = true;
        while (skipped) {
            skipped = false;
            // a prepositional phrase may run longer before its comma ("Over the past two weeks, …")
            // "Ahead of the Illinois primary, …" opens with a preposition too, as the tagger reads "ahead" an adverb
            boolean prepositional = ix.token(e).pos().equals("IN")
                    || (ix.token(e).pos().startsWith("RB") && ix.word(e + 1).equals("of"));
            for (int k = e; k < Math.min(v - 1, e + (prepositional ? 8 : 4)); k++) {
                if (ix.firstChar(k) != ',') continue;
                boolean subjectLike = false;
                for (int j = e; j < k; j++) {
                    // a date or a place after a preposition ("On Thursday", "In Ohio") is an adverbial, not a subject
                    boolean speakerMention = !prepositional && ix.mentionAt(j) != null
                            && lexicon.isCue(CueCategory.SPEAKER_TYPE, ix.mentionAt(j).ner());
                    // so is a proper noun the tagger left untagged ("Mutual Shield, the insurer, rejected …"); a
                    // date has its own mention ("Monday, the ministry said")
                    boolean untaggedName = !prepositional && ix.token(j).pos().startsWith("NNP") && ix.mentionAt(j) == null;
                    subjectLike |= speakerMention || untaggedName || Words.PRONOUNS.contains(ix.word(j))
                            || Words.isFinite(ix, j) || finder.isVerb(ix, j);
                }
                if (!subjectLike) {
                    e = k + 1;
                    skipped = true;
                }
                break;
            }
        }
        return e;
    }
}
