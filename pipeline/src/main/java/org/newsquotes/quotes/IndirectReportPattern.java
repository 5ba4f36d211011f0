package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.Mention;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * One pattern of reported speech without quotation marks ({@link IndirectSpeechExtractor} tries them in order), and
 * what every pattern does once it has found a reporting word: read the verb's subject as the source
 * ({@link ReportSubject}), its object or clause as the content ({@link ReportedClause}), and refuse a verb that
 * attributes a marked quote instead. The shape of the clause around the verb (time expressions, addressees, where a
 * bare clause opens) is {@link ClauseShape}'s. Works on tokens alone (no parse).
 *
 * <p>Only reports with a source phrase are kept: an unattributed "it was said that" is no one's quote.
 */
abstract class IndirectReportPattern {
    /** The shortest noun-phrase content after a verb that is not a name ({@link #objectAfterVerb}). */
    static final int MIN_NOUN_PHRASE_TOKENS = 2;
    final QuoteLexicon lexicon;
    final SourcePhraseFinder finder;
    /** Who reports: a verb's subject, a phrase that names a speaker. */
    final ReportSubject subjects;
    /** Where a reported clause starts and ends. */
    final ReportedClause clause;

    IndirectReportPattern(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        this.lexicon = lexicon;
        this.finder = finder;
        this.subjects = new ReportSubject(lexicon, finder);
        this.clause = new ReportedClause(lexicon, finder);
    }

    /** Where a report may be anchored: a token {@code v} of sentence {@code s}. */
    record Site(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct, AttributionContext ctx) {}

    /** The report this pattern finds anchored at the site, or null. */
    abstract QuoteCandidate find(Site site);

    /** The phrase after verb {@code v} (a noun phrase or a clause) as the content, with the verb's subject as source. */
    QuoteCandidate objectAfterVerb(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct) {
        int end = s.endToken();
        int t = ClauseShape.afterTemporal(ix, v + 1, end);
        // "Asked at a briefing about the ferry, …": where the question was put comes before what it was about
        if (PassiveReport.isPassive(ix, lexicon, ix.clauseStart(s), v)) t = PassiveReport.afterSetting(ix, t, end);
        QuoteLexicon.SpeechVerb e = lexicon.verbOfEitherScopeAt(ix, v);
        boolean afterParticle = e != null && e.nounPhraseAfterParticle();
        if (afterParticle) {
            // "spoke warmly of her", "spoke candidly at a town hall about addiction": the noun phrase only after the
            // particle, past adverbs and a phrase of where or when
            t = ClauseShape.topicParticle(ix, t, end);
            if (t < 0) return null;
        }
        if (t < end && (Words.NP_PARTICLES.contains(ix.word(t)) || (ix.word(t).equals("to") && takesObjectAfterTo(ix, v)))) t++;
        if (t >= end || ix.isPunct(t) || QuoteMarkScanner.isQuoteMark(ix.firstChar(t))) return null;
        String pos = ix.token(t).pos();
        if (pos.equals("IN") || pos.equals("TO") || pos.equals("CC") || pos.startsWith("W") || pos.equals("RP")) return null;
        if (attributesMarkedQuote(ix, s, v)) return null;
        // a short noun phrase is a content too ("denied the claims", "endorsed Clinton"): two words ending in a
        // noun, or one name of someone who can be spoken of
        Span content = clause.contentSpan(ix, t, PassiveReport.nounPhraseQuestionEnd(ix, s, v, t), direct, 1);
        if (content == null) return null;
        int last = ix.lastTokenBefore(content.end());
        int words = last - t + 1;
        boolean name = ix.mentionAt(t) != null && ix.mentionAt(t).endToken() == last + 1
                && lexicon.isCue(CueCategory.SPEAKER_TYPE, ix.mentionAt(t).ner());
        if (words < ReportedClause.MIN_CONTENT_TOKENS && !name && !(words == MIN_NOUN_PHRASE_TOKENS && ix.token(last).pos().startsWith("NN"))) return null;
        // "asked Roe", "urged Dunn": after a verb that takes an addressee, a lone name is the one spoken to
        if (name && spokenTo(e)) return null;
        return reportOf(ix, s, v, content, direct);
    }

    /** A verb that takes an addressee before its content ({@code obj} or {@code objinf}: "asked Roe whether …"). */
    private static boolean spokenTo(QuoteLexicon.SpeechVerb e) {
        return e != null && (e.addressee() || e.objectInfinitive());
    }

    /** A verb whose noun-phrase content follows "to" ("referring to the committee", "pointed to rising costs"). */
    boolean takesObjectAfterTo(DocumentIndex ix, int v) {
        QuoteLexicon.SpeechVerb e = lexicon.verbOfEitherScopeAt(ix, v);
        return e != null && e.nounPhraseAfterTo();
    }

    /** The content from token {@code c} to the end of its clause, reported by the subject of verb {@code v}; or null. */
    QuoteCandidate reportBy(DocumentIndex ix, Sentence s, int v, int c, List<QuoteCandidate> direct) {
        return reportBy(ix, s, v, c, direct, ReportedClause.MIN_CONTENT_TOKENS);
    }

    /** As {@link #reportBy(DocumentIndex, Sentence, int, int, List)}, with a content of at least {@code minTokens} tokens. */
    QuoteCandidate reportBy(DocumentIndex ix, Sentence s, int v, int c, List<QuoteCandidate> direct, int minTokens) {
        Span content = clause.contentSpan(ix, c, s.endToken(), direct, minTokens);
        return content == null ? null : reportOf(ix, s, v, content, direct);
    }

    /** The report of {@code content} by the subject of verb {@code v}; null when the verb has none. */
    private QuoteCandidate reportOf(DocumentIndex ix, Sentence s, int v, Span content, List<QuoteCandidate> direct) {
        SourcePhrase src = subjects.subjectOf(ix, s, v, direct);
        return src == null ? null : new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }

    boolean isAttitudeVerb(DocumentIndex ix, int t) {
        String pos = ix.token(t).pos();
        if (pos.startsWith("NN") || pos.equals("JJ") || pos.equals("IN")) return false;
        return lexicon.isCue(CueCategory.ATTITUDE_VERB, ix.word(t)) || lexicon.isCue(CueCategory.ATTITUDE_VERB, ix.token(t).lemma());
    }

    /**
     * A marked quote closes just before the verb and its subject ('“…,” she said', '“…?” the minister said', also when
     * the tagger started a new sentence after '?”'): the verb attributes that quote, so what follows it is no report.
     * '“…” and said he …' / '“…,” though she noted …': a clause word means the verb opens a clause of its own; so does a
     * relative pronoun ('“rigged” policies, which he said hurt workers'), and so does a finite verb between the mark and
     * this one ('“…,” Roe said, referring to …'). A possessive apostrophe is no mark. A participle after a comma
     * inside the marks attributes nothing ('said it was “a good day,” adding that …').
     */
    static boolean attributesMarkedQuote(DocumentIndex ix, Sentence s, int v) {
        // 'said there is “more work to do,” noting that …': a participle after the comma inside the marks goes on with
        // the sentence's report; it attributes no quote
        if (v - 2 >= s.firstToken() && ix.token(v).pos().equals("VBG") && SourcePhraseFinder.isMark(ix, v - 1)
                && ix.firstChar(v - 2) == ',') return false;
        for (int k = v - 1; k >= Math.max(s.firstToken(), v - 8); k--) {
            if (Words.CLAUSE_WORDS.contains(ix.word(k))) return false;
            // '“…,” Roe said, referring to …': another verb attributes the quote; this one reports on its own
            if (Words.isFinite(ix, k) && !Words.AUXILIARIES.contains(ix.word(k)) && !ix.token(k).pos().equals("MD")) return false;
            // '“rigged” policies, which he said hurt …': the verb sits in a relative clause on the words after the quote
            if (Words.isRelativePronoun(ix, k)) return false;
            if (ix.mentionAt(k) != null) continue; // an apostrophe inside a name ("the Court of Appeals’ Board")
            if (ix.token(k).pos().equals("POS")) continue; // a plural possessive ("the farmers' union said")
            if (SourcePhraseFinder.isMark(ix, k)) return true;
        }
        // '“…?” the minister said': the tagger may end the sentence after a question or exclamation in marks; a
        // lower-case word after the mark shows the writer's sentence goes on
        int before = s.firstToken() - 1;
        return v - s.firstToken() <= 6 && before >= 1 && Character.isLowerCase(ix.firstChar(s.firstToken()))
                && SourcePhraseFinder.isMark(ix, before)
                && Words.QUESTION_OR_EXCLAMATION.contains(SourcePhraseFinder.tokenText(ix, before - 1));
    }

    /**
     * A verb of finding ("the survey found", "records show"), but not an infinitive whose subject is the object of
     * the verb before it ("a law requiring voters to show two forms of ID": the voters show, nobody finds; "the poll
     * is expected to show a tight race" stays a finding).
     */
    boolean isFindingVerb(DocumentIndex ix, int t) {
        String pos = ix.token(t).pos();
        if (pos.startsWith("NN") || pos.equals("JJ") || !lexicon.isCue(CueCategory.FINDING_VERB, ix.word(t))) return false;
        return !(t >= 2 && ix.word(t - 1).equals("to") && (ix.token(t - 2).pos().startsWith("NN") || ix.token(t - 2).pos().equals("PRP")));
    }

    /**
     * "X's claim that CLAUSE": the possessive before the reporting noun is the source; "a Reuters report that …", "the
     * White House claim that …": so is a name right before the noun.
     */
    QuoteCandidate nounCue(DocumentIndex ix, Sentence s, int noun, int that, List<QuoteCandidate> direct, AttributionContext ctx) {
        int srcStart;
        int srcEnd;
        Mention before = noun - 1 >= s.firstToken() ? speakerNameEndingAt(ix, noun) : null;
        if (before != null) {
            srcStart = before.firstToken();
            srcEnd = noun;
        } else {
            int poss = noun - 1;
            while (poss > s.firstToken() && noun - poss <= 3 && !Words.isPossessive(ix.word(poss))) poss--;
            if (!Words.isPossessive(ix.word(poss))) return null;
            srcEnd = poss;
            srcStart = srcEnd - 1;
            while (srcStart > s.firstToken() && ix.mentionAt(srcStart - 1) != null && ix.mentionAt(srcStart - 1) == ix.mentionAt(srcEnd - 1)) srcStart--;
            // a name, or a role, outlet or generic source noun ("the police's claim that")
            if (ix.mentionAt(srcEnd - 1) == null && !lexicon.isSourceNoun(ix.word(srcEnd - 1))) return null;
        }
        Span content = clause.contentSpan(ix, that + 1, s.endToken(), direct);
        if (content == null) return null;
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, srcStart, srcEnd, noun,
                SourcePhraseFinder.cueText(ix, noun, noun + 1));
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }

    /**
     * The name of a type that can speak ({@code speaker-type} in {@code quote-cues.txt}) whose last token is
     * {@code end - 1}, or null: "a Reuters report that", "a shift Roe said", "told the Daily Post he would".
     */
    Mention speakerNameEndingAt(DocumentIndex ix, int end) {
        Mention m = ix.mentionAt(end - 1);
        return m != null && m.endToken() == end && lexicon.isCue(CueCategory.SPEAKER_TYPE, m.ner()) ? m : null;
    }

    /**
     * True when token {@code t} is a participle of a speech verb ("blaming", "citing", "recalling"): after a report it
     * continues the reporter's act, where another participle ("including", "imposing") may continue the content.
     */
    boolean reportersParticiple(DocumentIndex ix, int t) {
        return ix.token(t).pos().equals("VBG") && lexicon.verbOfEitherScopeAt(ix, t) != null;
    }
}
