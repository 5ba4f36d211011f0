package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * "The port, the minister said, will reopen in May." (also "…, the minister told reporters on Friday, …", and
 * inverted, "…, said the minister, …"): a short report set off by commas inside its content; the content is the
 * whole sentence.
 * The words before the report are a subject, an opening phrase ("To win their trust, organizers said, the party
 * must …", "Many nights, former staff members said, she would …") or a clause that goes on after the report ("It
 * makes sense, analysts said, for the city to act now"); the source may name people by a common noun
 * ({@link #namesPeople}) and has at most {@value #MAX_SOURCE_TOKENS} words.
 */
final class ParentheticalReport extends IndirectReportPattern {
    /** Whether this instance reads verbs of belief instead of speech verbs ({@link IndirectScope#PARC} only). */
    private final boolean attitudes;

    ParentheticalReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        this(lexicon, finder, false);
    }

    /**
     * With {@code attitudes} (a fallback of the parc scope), the report is a verb of belief set off by commas instead
     * of a speech verb: "Most residents, Roe believes, want the port to stay open" ({@link CueCategory#ATTITUDE_VERB}).
     */
    ParentheticalReport(QuoteLexicon lexicon, SourcePhraseFinder finder, boolean attitudes) {
        super(lexicon, finder);
        this.attitudes = attitudes;
    }

    /** Words a source set off by commas may have: "people close to the former governor" has seven. */
    static final int MAX_SOURCE_TOKENS = 8;

    @Override QuoteCandidate find(Site r) {
        return report(r.ix(), r.s(), r.v(), r.direct());
    }

    private QuoteCandidate report(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct) {
        int end = s.endToken();
        QuoteLexicon.SpeechVerb verb = attitudes ? null : lexicon.verbFormAt(ix, v);
        if (attitudes ? !(Words.isFinite(ix, v) && lexicon.isCue(CueCategory.ATTITUDE_VERB, ix.word(v))) : verb == null || verb.weak()) return null;
        if (v > s.firstToken() && ix.firstChar(v - 1) == ',') return attitudes ? null : inverted(ix, s, v, direct);
        // ", the senator said then," / ", Ann Roe said on Monday,"
        int close = ClauseShape.afterTimeAndAdverbs(ix, v + 1, Math.min(end, v + 5));
        if (close == v + 1 && verb != null && verb.addressee() && close < end && ix.firstChar(close) != ',') {
            // "The plan, Roe told them, will fail" / "…, Roe told reporters on Friday, …": a short addressee (and
            // its time words) before the comma
            Span obj = ClauseShape.objectPhrase(ix, close, end);
            if (obj != null && obj.end() - close <= 3 && obj.end() < end) {
                int k = ClauseShape.afterTemporal(ix, obj.end(), Math.min(end, obj.end() + 4));
                if (k < end && ix.firstChar(k) != ',') k = afterAdjuncts(ix, k, end);
                if (k < end && ix.firstChar(k) == ',') close = k;
            }
        }
        if (close < end && ix.firstChar(close) != ',') close = afterAdjuncts(ix, close, end);
        if (close >= end || ix.firstChar(close) != ',') return null;
        int comma = -1;
        for (int t = v - 1; t > s.firstToken() && v - t <= MAX_SOURCE_TOKENS; t--) {
            if (ix.firstChar(t) == ',') { comma = t; break; }
            // "…, a former governor who argued with the chair at the hearing, …": a verb of a relative clause
            if (ix.isPunct(t) || Words.CLAUSE_WORDS.contains(ix.word(t)) || Words.isRelativePronoun(ix, t)) return null;
        }
        if (comma < 0) return null;
        int srcEnd = SourcePhraseFinder.trimAuxiliaries(ix, comma + 1, v);
        if (srcEnd <= comma + 1 || !(subjects.namesASpeaker(ix, comma + 1, srcEnd) || namesPeople(ix, comma + 1, srcEnd))) {
            return null;
        }
        return around(ix, s, comma, close, direct, new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, comma + 1, srcEnd, v,
                SourcePhraseFinder.cueText(ix, v, v + 1)));
    }

    /**
     * "The chairman, said Wilkes, never forgets a slight.": the verb first (no participle), its source after it up to
     * the next comma (at most {@value #MAX_SOURCE_TOKENS} words whose head, before any preposition, names a speaker),
     * and a relative clause on the source set off by commas passed over ("…, said Wilkes, who still works for the
     * club, …").
     */
    private QuoteCandidate inverted(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct) {
        int end = s.endToken();
        int close = v + 1;
        while (close < end && close - v <= MAX_SOURCE_TOKENS && !ix.isPunct(close)) close++;
        if (close >= end || close == v + 1 || ix.firstChar(close) != ',') return null;
        // a participle's words are its object ("Roe, recalling breakfasts with Ann Lee, described …"); the source's
        // head, before any preposition, names who speaks
        if (ix.token(v).pos().equals("VBG")) return null;
        int head = ClauseShape.beforeFirstPreposition(ix, v + 1, close);
        if (!(subjects.namesASpeaker(ix, v + 1, head) || namesPeople(ix, v + 1, head))) return null;
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.AFTER_INVERTED, v + 1, close, v, SourcePhraseFinder.cueText(ix, v, v + 1));
        if (close + 1 < end && Words.isRelativePronoun(ix, close + 1)) {
            int k = close + 2;
            while (k < end && k - close <= MAX_RELATIVE_TOKENS && ix.firstChar(k) != ',' && !SourcePhraseFinder.isMark(ix, k)) k++;
            if (k >= end || ix.firstChar(k) != ',') return null;
            close = k;
        }
        // the words before are a subject or an opening phrase, the words after the clause's predicate; a clause before
        // the verb is the content of a closing report ("The port will close, said Ann Roe, a lawyer for the city")
        if (ClauseShape.hasFiniteVerb(ix, s.firstToken(), v - 1) || close + 1 >= end || !ClauseShape.hasFiniteVerb(ix, close + 1, end)) return null;
        return around(ix, s, v - 1, close, direct, src);
    }

    /** Most words of the adverbs and phrases between a report's verb and the comma closing it ({@link #afterAdjuncts}). */
    static final int MAX_ADJUNCT_TOKENS = 10;

    /**
     * "The plan, Roe said in an interview, was dead", "The deal, officials said privately, was never close", "…, she
     * told reporters at the harbour on Monday, …": from {@code t}, adverbs and prepositional phrases (a preposition,
     * then only noun-phrase words, prepositions and adverbs) up to the comma that closes the report; that comma, or
     * {@code t} when the words are anything else (a verb, a clause) or run past {@value #MAX_ADJUNCT_TOKENS}.
     */
    static int afterAdjuncts(DocumentIndex ix, int t, int end) {
        int p = t;
        while (p < end && ix.token(p).pos().startsWith("RB")) p++;
        // what a verb is about is its content, not where it was said ("he complained bitterly about the deal, and …")
        if (p < end && (Words.NP_PARTICLES.contains(ix.word(p)) || Words.NOT_ADVERBIAL_PREPOSITIONS.contains(ix.word(p)))) return t;
        // adverbs alone, or a prepositional phrase: an object ("to add almost 7,000 soldiers to …") is neither
        if (p < end && ix.firstChar(p) == ',') return p;
        if (p >= end || !ix.token(p).pos().equals("IN")) return t;
        int comma = PhraseRun.find(t, Math.min(end, t + MAX_ADJUNCT_TOKENS + 1), k -> ix.firstChar(k) == ',', k -> {
            String pos = ix.token(k).pos();
            boolean phraseWord = pos.startsWith("RB") || pos.equals("IN") || pos.equals("TO") || Words.isNounPhraseWord(ix, k);
            return phraseWord && !Words.NOT_ADVERBIAL_PREPOSITIONS.contains(ix.word(k));
        });
        return comma < 0 ? t : comma;
    }

    /** Most words of a relative clause on an inverted report's source ({@link #inverted}). */
    static final int MAX_RELATIVE_TOKENS = 12;

    /**
     * The content around a report set off by commas: the words before the comma at {@code comma} and after the one
     * at {@code close}, as one span, when together they make a clause; null otherwise.
     */
    private QuoteCandidate around(DocumentIndex ix, Sentence s, int comma, int close, List<QuoteCandidate> direct, SourcePhrase src) {
        int end = s.endToken();
        // the words before the report may be a bare subject ("The museum, Hill said, opens in May")
        Span before = comma > s.firstToken() && !ix.isPunct(s.firstToken())
                ? new Span(ix.token(s.firstToken()).start(), ix.token(comma - 1).end()) : null;
        // the words after may be a short predicate ("This campaign, he says, is different"): the content is both parts
        Span after = clause.contentSpan(ix, close + 1, end, direct, 1);
        if (before != null && ReportedClause.insideDirect(before.start(), before.end(), direct)) return null;
        if (before == null || after == null) return null;
        int afterFirst = ix.firstTokenAtOrAfter(after.start());
        if (comma - s.firstToken() + ix.lastTokenBefore(after.end()) + 1 - afterFirst < ReportedClause.MIN_CONTENT_TOKENS) return null;
        // a participle of speech after the report is the reporter's ("…, the carmaker said on Monday, blaming weak
        // demand"): the report closes the sentence's content, it does not sit inside it ("Prices rose, she said,
        // including rents" goes on with the content)
        if (reportersParticiple(ix, afterFirst)) return null;
        // the words after are a clause ("…, the minister said, will reopen in May"), or the rest of the clause the
        // words before began ("It makes sense, analysts said, for the city to act now")
        if (!ClauseShape.hasFiniteVerb(ix, afterFirst, end)
                && !(ClauseShape.hasFiniteVerb(ix, s.firstToken(), comma) && !Words.opensOwnClause(ix.word(afterFirst)))) {
            return null;
        }
        // the words before hold no quotation mark and no report of their own: a speech verb there is another report,
        // unless it sits in a relative clause of the subject ("The person who plays Trump, aides told the paper, has
        // been chosen")
        boolean relative = false;
        for (int t = s.firstToken(); t < comma; t++) {
            if (Words.isRelativePronoun(ix, t) && t > s.firstToken()) relative = true;
            if (SourcePhraseFinder.isMark(ix, t) || (!relative && finder.isVerb(ix, t))) return null;
        }
        Span content = new Span(before.start(), after.end());
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }

    /**
     * Set off by commas right before a speech verb, words naming people by a common noun are a source even where the
     * lexicon lists no such role: "…, organizers said, …", "…, former staff members said, …", "…, the captain
     * said, …" (a person noun of CoreNLP's animate list, or a word its tagger typed as a title). Not words with a
     * finite verb of their own.
     */
    private boolean namesPeople(DocumentIndex ix, int from, int to) {
        for (int t = from; t < to; t++) if (Words.isFinite(ix, t)) return false;
        for (int t = from; t < to; t++) {
            String pos = ix.token(t).pos();
            if (!pos.equals("NN") && !pos.equals("NNS")) continue;
            if ("TITLE".equals(ix.token(t).ner()) || lexicon.personNouns().isPerson(ix.word(t))) return true;
        }
        return false;
    }
}
