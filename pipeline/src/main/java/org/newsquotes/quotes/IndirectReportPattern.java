package org.newsquotes.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquotes.record.Mention;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;
import org.newsquotes.record.Token;

/**
 * One pattern of reported speech without quotation marks ({@link IndirectSpeechExtractor} tries them in order), and
 * the clause reading every pattern shares: where a reported clause starts and ends ({@link #contentSpan}), what sits
 * between a verb and its clause (addressees, time expressions, adverbials); who the subject of a reporting verb is
 * is {@link ReportSubject}'s. Works on tokens alone (no parse).
 *
 * <p>The content of a report is the reported clause verbatim, up to the sentence end, cut before a direct quote of
 * its own ("... that Tehran wants peace, but “we have doubts”" keeps "Tehran wants peace"), before "according to" and
 * before a participle that starts a new report (", adding that"). Only reports with a source phrase are kept: an
 * unattributed "it was said that" is no one's quote.
 */
abstract class IndirectReportPattern {
    /** Tags of words that cannot end a clause: what follows them finishes it ({@link #continuesIntoQuote}). */
    private static final Set<String> CLAUSE_CONTINUING_POS = Set.of("DT", "IN", "TO", "MD", "PRP$", "POS");
    static final int MIN_CONTENT_TOKENS = 3;
    /** The shortest noun-phrase content after a verb that is not a name ({@link #objectAfterVerb}). */
    static final int MIN_NOUN_PHRASE_TOKENS = 2;
    final QuoteLexicon lexicon;
    final SourcePhraseFinder finder;
    /** Who reports: a verb's subject, a phrase that names a speaker. */
    final ReportSubject subjects;

    IndirectReportPattern(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        this.lexicon = lexicon;
        this.finder = finder;
        this.subjects = new ReportSubject(lexicon, finder);
    }

    /** Where a report may be anchored: a token {@code v} of sentence {@code s}. */
    record Site(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct, AttributionContext ctx) {}

    /** The report this pattern finds anchored at the site, or null. */
    abstract QuoteCandidate find(Site site);

    /** The phrase after verb {@code v} (a noun phrase or a clause) as the content, with the verb's subject as source. */
    QuoteCandidate objectAfterVerb(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct) {
        int end = s.endToken();
        int t = afterTemporal(ix, v + 1, end);
        // "Asked at a briefing about the ferry, …": where the question was put comes before what it was about
        if (PassiveReport.isPassive(ix, lexicon, ix.clauseStart(s), v)) t = PassiveReport.afterSetting(ix, t, end);
        QuoteLexicon.SpeechVerb e = lexicon.verbOfEitherScopeAt(ix, v);
        boolean afterParticle = e != null && e.nounPhraseAfterParticle();
        if (afterParticle) {
            // "spoke warmly of her", "spoke candidly at a town hall about addiction": the noun phrase only after the
            // particle, past adverbs and a phrase of where or when
            t = topicParticle(ix, t, end);
            if (t < 0) return null;
        }
        if (t < end && (Words.NP_PARTICLES.contains(ix.word(t)) || (ix.word(t).equals("to") && takesObjectAfterTo(ix, v)))) t++;
        if (t >= end || ix.isPunct(t) || QuoteMarkScanner.isQuoteMark(ix.firstChar(t))) return null;
        String pos = ix.token(t).pos();
        if (pos.equals("IN") || pos.equals("TO") || pos.equals("CC") || pos.startsWith("W") || pos.equals("RP")) return null;
        if (attributesMarkedQuote(ix, s, v)) return null;
        // a short noun phrase is a content too ("denied the claims", "endorsed Clinton"): two words ending in a
        // noun, or one name of someone who can be spoken of
        Span content = contentSpan(ix, t, PassiveReport.nounPhraseQuestionEnd(ix, s, v, t), direct, 1);
        if (content == null) return null;
        int last = ix.lastTokenBefore(content.end());
        int words = last - t + 1;
        boolean name = ix.mentionAt(t) != null && ix.mentionAt(t).endToken() == last + 1
                && lexicon.isCue(CueCategory.SPEAKER_TYPE, ix.mentionAt(t).ner());
        if (words < MIN_CONTENT_TOKENS && !name && !(words == MIN_NOUN_PHRASE_TOKENS && ix.token(last).pos().startsWith("NN"))) return null;
        // "asked Roe", "urged Dunn": after a verb that takes an addressee, a lone name is the one spoken to
        if (name && spokenTo(e)) return null;
        return reportOf(ix, s, v, content, direct);
    }

    /**
     * The word at {@code a} opens its clause: only punctuation, conjunctions and adverbs before it in the sentence
     * ("But, according to the poll, …", "And yet in the survey …"), or a colon or dash right before it ("It has not
     * gone unnoticed: according to recent polls, …").
     */
    static boolean opensClause(DocumentIndex ix, Sentence s, int a) {
        if (a > s.firstToken() && (ix.firstChar(a - 1) == ':' || Words.isDash(ix.word(a - 1)))) return true;
        for (int t = s.firstToken(); t < a; t++) {
            String pos = ix.token(t).pos();
            if (!(ix.isPunct(t) || pos.equals("CC") || pos.startsWith("RB"))) return false;
        }
        return true;
    }

    /** Most words between a verb flagged {@code prep} and its particle ({@link #topicParticle}). */
    static final int MAX_BEFORE_TOPIC_TOKENS = 8;

    /**
     * The particle that opens what a verb flagged {@code prep} was about ("spoke warmly of her", "spoke candidly at a
     * town hall about addiction"): at {@code t} past adverbs, or after a prepositional phrase of noun-phrase words; -1
     * when there is none within {@value #MAX_BEFORE_TOPIC_TOKENS} words ("spoke Hebrew", "spoke for 40 minutes").
     */
    static int topicParticle(DocumentIndex ix, int t, int end) {
        while (t < end && ix.token(t).pos().startsWith("RB")) t++;
        if (t >= end) return -1;
        if (Words.TOPIC_PARTICLES.contains(ix.word(t))) return t;
        if (!ix.token(t).pos().equals("IN")) return -1;
        // "of" after the phrase's noun continues the phrase ("on condition of anonymity")
        return PhraseRun.find(t + 1, Math.min(end, t + MAX_BEFORE_TOPIC_TOKENS + 1),
                k -> Words.TOPIC_PARTICLES.contains(ix.word(k)) && !ix.word(k).equals("of"),
                k -> ix.word(k).equals("of") || Words.isNounPhraseWord(ix, k) || ix.token(k).pos().startsWith("RB"));
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

    /**
     * The end of a noun phrase's head part in [{@code from}, {@code to}): the first preposition ("a spokeswoman | for
     * the department"), or {@code to} when there is none.
     */
    static int beforeFirstPreposition(DocumentIndex ix, int from, int to) {
        int t = from;
        while (t < to && !ix.token(t).pos().equals("IN")) t++;
        return t;
    }

    /** The content from token {@code c} to the end of its clause, reported by the subject of verb {@code v}; or null. */
    QuoteCandidate reportBy(DocumentIndex ix, Sentence s, int v, int c, List<QuoteCandidate> direct) {
        return reportBy(ix, s, v, c, direct, MIN_CONTENT_TOKENS);
    }

    /** As {@link #reportBy(DocumentIndex, Sentence, int, int, List)}, with a content of at least {@code minTokens} tokens. */
    QuoteCandidate reportBy(DocumentIndex ix, Sentence s, int v, int c, List<QuoteCandidate> direct, int minTokens) {
        Span content = contentSpan(ix, c, s.endToken(), direct, minTokens);
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

    /** The base form of a verb after "to" (tagged VB). */
    static boolean isBareVerb(DocumentIndex ix, int t) {
        return ix.token(t).pos().equals("VB");
    }

    /** The relative pronoun opening the report's clause ("which officials said", "a strike that managers said"), or -1. */
    static int relativePronounBefore(DocumentIndex ix, Sentence s, int v) {
        for (int k = v - 1; k >= s.firstToken() && v - k <= 5; k--) {
            if (Words.isRelativePronoun(ix, k)) return k;
            // "a strike that managers said could hurt earnings": "that" as a relative pronoun (tagged WDT or IN) too
            String pos = ix.token(k).pos();
            if (ix.word(k).equalsIgnoreCase("that") && (pos.startsWith("W") || pos.equals("IN"))) return k;
            if (ix.isPunct(k)) return -1;
            // "an aide who requested anonymity said": the relative clause describes the source, it is not the report
            boolean auxiliary = Words.AUXILIARIES.contains(ix.word(k));
            if (!auxiliary && Words.isVerbTag(pos)) return -1;
        }
        return -1;
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
        Span content = contentSpan(ix, that + 1, s.endToken(), direct);
        if (content == null) return null;
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, srcStart, srcEnd, noun,
                SourcePhraseFinder.cueText(ix, noun, noun + 1));
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }

    /** Content from token {@code c} to {@code end} (exclusive), cut at a direct quote, "according to" or a new report; trimmed. */
    Span contentSpan(DocumentIndex ix, int c, int end, List<QuoteCandidate> direct) {
        return contentSpan(ix, c, end, direct, MIN_CONTENT_TOKENS);
    }

    /** As {@link #contentSpan(DocumentIndex, int, int, List)}, with at least {@code minTokens} tokens. */
    Span contentSpan(DocumentIndex ix, int c, int end, List<QuoteCandidate> direct, int minTokens) {
        c = ix.afterDateline(c); // "MADRID - Spain recorded …, the agency said": the dateline is no one's words
        // "08:50 — More than 40,000 homes are without power, according to …": a live blog's time stamp is no one's
        // words either
        c = Words.afterTimeStamp(ix, c, end);
        int e = c;
        for (; e < end; e++) {
            if (ix.firstChar(e) == ';') break;
            if (e > c && ix.firstChar(e) == ',' && e + 1 < end) {
                String next = ix.word(e + 1);
                if (lexicon.accordingToAt(ix, e + 1) > 0) break;
                if (speechParticipleAt(ix, e + 1)) break;
                // 'called it “a good day,” adding: …': the comma inside the marks, the participle after them
                if (e + 2 < end && ix.isPunct(e + 1) && QuoteMarkScanner.isQuoteMark(ix.firstChar(e + 1))
                        && speechParticipleAt(ix, e + 2)) break;
                // "Ann Roe, who proposed the measure, said …": a finite speech verb right after the comma is the
                // sentence's own verb, and the relative clause's object ends at the comma
                if (finiteSpeechVerb(ix, e + 1)) break;
                if (!next.equals("that") && reportFollows(ix, e + 1, end)) break;
            }
            // "called the cuts shortsighted and said he would …": a second report joined to the first (the tagger
            // often reads its past tense as a participle after a quote: 'accused them of “bad faith” and called for …')
            if (e > c && e + 1 < end && Words.REPORT_CONJUNCTIONS.contains(ix.word(e))
                    && (finiteSpeechVerb(ix, e + 1) || ix.token(e + 1).pos().equals("VBN") && finder.isVerb(ix, e + 1)
                        || negatedReport(ix, e + 1, end))) break;
            int off = ix.token(e).start();
            // 'told the paper that “several big clubs” had made contact': a quoted phrase inside the subject goes on
            if (startsDirectQuote(off, direct) && !continuesIntoQuote(ix, c, e)
                    && !ComplementAfterVerbReport.quotedPhraseInSubject(ix, c, e, end)) break;
        }
        // 'said the charge was “under review,” while …': a quote opened inside the content closes right after the
        // comma the content ends at (the comma stands inside the marks), and its closing mark is the content's
        if (e > c && e + 1 < end && ix.firstChar(e) == ',' && closesOpenQuote(ix, c, e + 1)) e += 2;
        while (e > c && (ix.isPunct(e - 1) && !QuoteMarkScanner.isQuoteMark(ix.firstChar(e - 1)) && !closesBracket(ix, c, e - 1)
                || Words.TRAILING_JUNK.contains(ix.word(e - 1)))) e--;
        // a final period belongs to the sentence, not the clause (the tokenizer keeps "U.S." whole)
        if (e - c < minTokens) return null;
        int start = ix.token(c).start();
        int stop = ix.token(e - 1).end();
        if (insideDirect(start, stop, direct)) return null;
        return new Span(start, stop);
    }

    /** A speech verb's "-ing" form at {@code t} ("adding", "saying"): after a comma it opens a report of its own. */
    private boolean speechParticipleAt(DocumentIndex ix, int t) {
        return SourcePhraseFinder.isParticiple(ix, t) && lexicon.isSpeechVerbAt(ix, t);
    }

    /** True when token {@code k} is a quote mark that closes a quote opened at or after {@code c} and left open. */
    private static boolean closesOpenQuote(DocumentIndex ix, int c, int k) {
        if (!ix.isPunct(k) || !QuoteMarkScanner.isQuoteMark(ix.firstChar(k))) return false;
        int marks = 0;
        for (int t = c; t < k; t++) {
            if (ix.isPunct(t) && QuoteMarkScanner.isQuoteMark(ix.firstChar(t))) marks++;
        }
        return marks % 2 == 1;
    }

    /**
     * "… but did not say whether it would pay", "and would not comment further": at {@code t} a form of "do" or a
     * modal, a negation, then a speech verb; joined by a conjunction after reported content, a second (negated)
     * report by the same source, not part of the content.
     */
    boolean negatedReport(DocumentIndex ix, int t, int end) {
        if (t + 2 >= end || !(Words.DO_FORMS.contains(ix.word(t)) || ix.token(t).pos().equals("MD"))) return false;
        return Words.NEGATIONS.contains(ix.word(t + 1)) && finder.isVerb(ix, t + 2);
    }

    /**
     * A new "X said" within the next words and before {@code to} (the content's end): the clause after the comma is
     * another report. The verb that reports this content, after its end, is not ("Even as costs rise, the port will
     * suffer, said Roe").
     */
    boolean reportFollows(DocumentIndex ix, int from, int to) {
        to = Math.min(to, from + 14);
        for (int t = from + 1; t < to; t++) {
            // a hyphen inside a compound ("and three-quarters said") goes on
            if (ix.isPunct(t) && ix.firstChar(t) != ',' && !ix.token(t).pos().equals("HYPH")) return false;
            if (ix.word(t).equals("that")) return false;
            if (finder.isVerb(ix, t) && !SourcePhraseFinder.isParticiple(ix, t)) return true;
        }
        return false;
    }

    /** A speech verb in a finite form at {@code t} ("said", "says"; not "saying", nor a participle "announced Monday"). */
    boolean finiteSpeechVerb(DocumentIndex ix, int t) {
        return finder.isVerb(ix, t) && !SourcePhraseFinder.isParticiple(ix, t) && Words.isFinite(ix, t);
    }

    /**
     * Whether the clause being read runs on into the quote that opens at token {@code mark}: the word before the mark
     * cannot end a clause (a determiner, preposition, "to", modal, possessive, or a form of be or have: 'said the operators had
     * “refused to put a penny on the table”'; or a verb that is no speech verb, whose object the quote is: 'told the
     * agency the agreement reflected “the kingdom's desire for stability”'), so the quoted words finish the reported
     * clause rather than start a quote of their own. After a speech verb the quote is what it reports ('said the crowd
     * chanted “…”').
     */
    boolean continuesIntoQuote(DocumentIndex ix, int c, int mark) {
        int last = mark - 1;
        if (last < c || ix.token(last).end() != ix.token(mark).start() - 1) return false;
        String pos = ix.token(last).pos();
        return CLAUSE_CONTINUING_POS.contains(pos) || Words.BE_AND_HAVE.contains(ix.word(last).toLowerCase(Locale.ROOT))
                || (Words.isVerbTag(pos) && lexicon.verbOfEitherScopeAt(ix, last) == null)
                || subjectAwaitsQuotedVerb(ix, c, mark);
    }

    /**
     * 'said the senator's record “speaks for itself”', 'said she “would be eaten alive” by voters': the clause so far
     * is a subject without a verb, and the quote opens with a finite verb in lower case, so the quoted words are its
     * predicate.
     */
    private static boolean subjectAwaitsQuotedVerb(DocumentIndex ix, int c, int mark) {
        // a capital opens a sentence of its own ('said in a statement “Is this fair?”')
        if (!ComplementAfterVerbReport.opensWithVerb(ix, mark)) return false;
        String last = ix.token(mark - 1).pos();
        if (!(last.startsWith("NN") || last.equals("PRP"))) return false;
        for (int t = c; t < mark; t++) {
            if (Words.isFinite(ix, t) || ix.isPunct(t)) return false;
        }
        return true;
    }

    static boolean startsDirectQuote(int offset, List<QuoteCandidate> direct) {
        for (QuoteCandidate q : direct) {
            if (q.markStart() == offset && q.kind() == QuoteKind.DIRECT) return true;
        }
        return false;
    }

    static boolean insideDirect(int start, int end, List<QuoteCandidate> direct) {
        for (QuoteCandidate q : direct) {
            if (q.markStart() <= start && end <= q.markEnd()) return true;
        }
        return false;
    }

    /**
     * The first token at or after {@code from} (before {@code end}) that is not a time expression ({@link #isTemporal}),
     * or {@code from} itself when the time expression is the subject of a finite verb right after it.
     */
    static int afterTemporal(DocumentIndex ix, int from, int end) {
        int t = from;
        while (t < end && isTemporal(ix, t)) t++;
        // "said 2016 has seen the worst start", "said Monday is the deadline": a time expression right before a finite
        // verb is the clause's subject, not an adverbial; not after a participle ("a merger announced Monday would
        // double …" says when it was announced)
        if (t > from && t < end && Words.isFinite(ix, t) && !ix.token(from).pos().equals("IN")
                && !(from > 0 && ix.token(from - 1).pos().equals("VBN"))) return from;
        // "said third-quarter net income fell": a hyphenated time compound right before a noun or adjective modifies it
        if (t > from && t < end && hyphenated(ix, from, t) && (ix.token(t).pos().startsWith("NN") || ix.token(t).pos().startsWith("JJ"))) {
            return from;
        }
        return t;
    }

    private static boolean hyphenated(DocumentIndex ix, int from, int to) {
        for (int k = from; k < to; k++) if (ix.token(k).pos().equals("HYPH") || ix.word(k).contains("-")) return true;
        return false;
    }

    /**
     * The first token at or after {@code from} (before {@code end}) that is neither a time expression nor an adverb
     * that follows a speech verb ({@code Words.AFTER_VERB_ADVERBS}): "said [on Friday], …", "say [privately], …".
     */
    static int afterTimeAndAdverbs(DocumentIndex ix, int from, int end) {
        int t = from;
        while (t < end && (isTemporal(ix, t) || Words.AFTER_VERB_ADVERBS.contains(ix.word(t)))) t++;
        return t;
    }

    /**
     * The name of a type that can speak ({@code speaker-type} in {@code quote-cues.txt}) whose last token is
     * {@code end - 1}, or null: "a Reuters report that", "a shift Roe said", "told the Daily Post he would".
     */
    Mention speakerNameEndingAt(DocumentIndex ix, int end) {
        Mention m = ix.mentionAt(end - 1);
        return m != null && m.endToken() == end && lexicon.isCue(CueCategory.SPEAKER_TYPE, m.ner()) ? m : null;
    }

    static boolean isTemporal(DocumentIndex ix, int t) {
        // "said Monday's vote was void": a date with a possessive is the clause's subject, not a time adverbial
        if (t + 1 < ix.tokenCount() && Words.isPossessive(ix.word(t + 1))) return false;
        if (Words.isTimeTagged(ix, t)) return true;
        String w = ix.word(t);
        return (w.equals("on") || w.equals("last") || w.equals("this") || w.equals("earlier") || w.equals("late")
                || w.equals("in") || w.equals("at"))
                && t + 1 < ix.tokenCount() && Set.of("DATE", "TIME", "DURATION").contains(ix.token(t + 1).ner());
    }

    /**
     * Skips a prepositional phrase between the verb and its bare clause when a pronoun subject or a comma shows
     * where the clause starts: "said in an interview she would run", "said after the vote, the party would ...".
     * Without such a sign the phrase stays (its noun may be the clause's subject), and a wh-word ends it: "writing
     * about the island where he grew up" reports nothing of where he grew up.
     */
    int afterLeadingAdverbial(DocumentIndex ix, int t, int end) {
        if (t >= end || !ix.token(t).pos().equals("IN") || Words.NOT_ADVERBIAL_PREPOSITIONS.contains(ix.word(t))) return t;
        for (int k = t + 1; k < end && k - t <= 7; k++) {
            if (ix.firstChar(k) == ',') return k + 1 < end && startsClause(ix, k + 1) ? k + 1 : t;
            if (ix.isPunct(k) || ix.token(k).pos().startsWith("W")) return t;
            if (Words.SUBJECT_PRONOUNS.contains(ix.word(k)) && Words.isFinite(ix, k + 1)) return k;
        }
        return t;
    }

    /**
     * A bare clause that does not start with a usual subject word ("says too much is made of it", "said about 20
     * people have applied", "says neither the mayor nor his staff knew", "said at least 14 people were hurt"): a
     * finite verb follows within a few words, with no punctuation, preposition or conjunction before it (but the
     * "of" of a part of a whole: "said half of the staff were …").
     */
    static boolean opensBareClause(DocumentIndex ix, int t, int end) {
        if (t >= end || ix.isPunct(t) || QuoteMarkScanner.isQuoteMark(ix.firstChar(t))) return false;
        // "said at least 14 people were hurt", "said about half of the berths would …": the subject is a quantity
        int modified = Words.afterQuantityModifier(ix, t, end);
        // a quantity's noun phrase may hold prepositional phrases before its verb ("said about 40 percent of the
        // rise in spending reflected fuel costs"); a modifier without its number is a preposition ("said about the
        // rise …")
        boolean quantity = modified > t;
        t = modified;
        String pos = ix.token(t).pos();
        // a conjunction opens no clause, except the first word of a correlative pair ("neither the mayor nor …")
        if (pos.equals("IN") || pos.equals("TO") || (pos.equals("CC") && !Words.CORRELATIVES.contains(ix.word(t)))
                || pos.startsWith("W") || pos.startsWith("VB")) return false;
        for (int k = t + 1; k < end && k - t <= 9; k++) {
            if (Words.isFinite(ix, k)) return true;
            String p = ix.token(k).pos();
            String w = ix.word(k);
            if (w.equals("of") && Words.isNumber(ix, k - 1)) continue; // a part of a whole: "half of the berths"
            if (quantity && p.equals("IN") && !Words.CLAUSE_WORDS.contains(w)
                    && (w.equals("of") || !Words.NOT_ADVERBIAL_PREPOSITIONS.contains(w))) continue;
            if ((ix.isPunct(k) && !p.equals("HYPH")) || p.equals("IN") || p.equals("TO") || p.startsWith("W") || p.startsWith("VB")) return false;
        }
        return false;
    }

    /**
     * A bare clause whose subject is a gerund phrase ("says widening the canal will cost jobs", "said having the mayor
     * on side is a good sign"): a finite verb within ten words, before any punctuation, wh-word or clause word.
     */
    static boolean opensGerundClause(DocumentIndex ix, int t, int end) {
        if (t >= end || !ix.token(t).pos().equals("VBG")) return false;
        for (int k = t + 1; k < end && k - t <= 10; k++) {
            if (Words.isFinite(ix, k)) return k > t + 1;
            String p = ix.token(k).pos();
            if ((ix.isPunct(k) && !p.equals("HYPH")) || p.startsWith("W") || Words.isClauseWord(ix, k)) return false;
        }
        return false;
    }

    boolean startsClause(DocumentIndex ix, int t) {
        if (ix.isPunct(t)) return false;
        // a hyphenated compound ("down-river towns", "first-time offenders"): the tagger reads its split-off first part
        // alone ("down" IN, "first" RB); the compound is read as its last part
        int compound = Words.compoundEnd(ix, t);
        if (compound > t) return startsClause(ix, compound);
        String w = ix.word(t);
        if (Words.CLAUSE_STARTERS.contains(w)) return true;
        Token tok = ix.token(t);
        if (Words.OBJECT_PRONOUNS.contains(w)) return false; // "told them he would resign": the addressee
        if (tok.pos().equals("NNP") || tok.pos().equals("NNPS") || tok.pos().equals("CD") || tok.pos().equals("PRP")) return true;
        if (tok.pos().startsWith("NN") || tok.pos().equals("JJ") || tok.pos().equals("VBN")) {
            // "renewed talks could help": a bare noun phrase subject, if a finite verb follows before any comma
            for (int k = t + 1; k < Math.min(ix.tokenCount(), t + 9); k++) {
                // a pronoun before the verb is the clause's own subject: "told reporters he would resign"
                if (ix.token(k).pos().equals("HYPH")) continue; // inside a compound ("first-time offenders")
                if (ix.isPunct(k) || ix.token(k).pos().equals("TO") || ix.token(k).pos().equals("PRP")) return false;
                if (Words.isFinite(ix, k) || ix.token(k).pos().equals("VBN")) return true;
            }
        }
        return ix.mentionAt(t) != null;
    }

    /** A finite verb (or a past participle, which taggers give for many past tenses) before the next punctuation. */
    static boolean hasFiniteVerb(DocumentIndex ix, int from, int to) {
        for (int t = from; t < to; t++) {
            if (Words.isFinite(ix, t) || ix.token(t).pos().equals("VBN")) return true;
            if (endsClause(ix, t)) return false;
        }
        return false;
    }

    /** True when token {@code t} is a closing bracket whose opening bracket lies in [{@code from}, t): "(R-Utah)". */
    private static boolean closesBracket(DocumentIndex ix, int from, int t) {
        if (!ix.token(t).pos().equals("-RRB-")) return false;
        int depth = 0;
        for (int k = from; k < t; k++) {
            String pos = ix.token(k).pos();
            if (pos.equals("-LRB-")) depth++;
            else if (pos.equals("-RRB-")) depth--;
        }
        return depth > 0;
    }

    /**
     * Punctuation that ends the clause being read: not a comma, not a hyphen inside a name or compound ("the EB-5
     * program"), not a currency sign ("her $4 million fortune"), not a bracket around a name's affiliation or an aside
     * ("Sen. Ann Roe (D-Ohio) remains committed").
     */
    static boolean endsClause(DocumentIndex ix, int t) {
        if (!ix.isPunct(t) || ix.firstChar(t) == ',') return false;
        String pos = ix.token(t).pos();
        return !pos.equals("HYPH") && !pos.equals("$") && !pos.equals("-LRB-") && !pos.equals("-RRB-");
    }

    /**
     * "urged Congress to act", "called on the mayor to resign", "asked voters on Monday to wait": the index of "to"
     * after an addressee (a particle "on" and a time expression may come between), or -1.
     */
    static int objectThenInfinitive(DocumentIndex ix, int t, int end) {
        if (t < end && (ix.word(t).equals("on") || ix.word(t).equals("upon"))) t++;
        if (t >= end || startsClauseWord(ix, t) || Words.NEGATIONS.contains(ix.word(t))) return -1; // "asked not to be named"
        Span obj = objectPhrase(ix, t, end);
        if (obj == null) return -1;
        int k = afterTemporal(ix, obj.end(), end);
        // "urged people not to travel": the negation belongs to what was urged, not to the addressee
        int negation = -1;
        if (k < end && Words.NEGATIONS.contains(ix.word(k))) negation = k++;
        else if (k - 1 > t && Words.NEGATIONS.contains(ix.word(k - 1))) negation = k - 1;
        if (!(k + 1 < end && ix.word(k).equals("to") && isBareVerb(ix, k + 1))) return -1;
        return negation >= 0 ? negation : k;
    }

    static boolean startsClauseWord(DocumentIndex ix, int t) {
        return ix.isPunct(t) || (Words.CLAUSE_STARTERS.contains(ix.word(t)) && !Words.OBJECT_DETERMINERS.contains(ix.word(t)));
    }

    /** Longest addressee read without a name, in tokens ("the BBC's Today programme"). */
    static final int MAX_ADDRESSEE = 6;

    /**
     * A name opening right after a common noun starts a phrase of its own ("told fans Lee Park would start": the fans
     * were told), unlike one after a determiner ("told the Sunday Times"), a title ("asked Mr. Lee to stay", "told
     * host Ann Roe") or a proper noun.
     */
    private static boolean nameAfterNoun(DocumentIndex ix, int t, int e) {
        if (e <= t || ix.mentionAt(e) == null || ix.mentionAt(e).firstToken() != e || ix.mentionAt(e - 1) != null) return false;
        String pos = ix.token(e - 1).pos();
        return (pos.equals("NN") || pos.equals("NNS")) && !"TITLE".equals(ix.token(e - 1).ner());
    }

    /** The addressee after "told": a name, a pronoun or a short noun phrase ("reporters", "the BBC"). */
    static Span objectPhrase(DocumentIndex ix, int t, int end) {
        if (ix.mentionAt(t) != null) {
            // "told host Ann Roe the …", "told CNN anchor Ann Roe …": a title and the name after it are one addressee
            int e = ix.mentionAt(t).endToken();
            while (e < end && ix.mentionAt(e) != null && ix.mentionAt(e).firstToken() == e
                    && ("TITLE".equals(ix.mentionAt(e - 1).ner()) || "TITLE".equals(ix.mentionAt(e).ner()))) {
                e = ix.mentionAt(e).endToken();
            }
            return new Span(t, e);
        }
        // "told us engineers would …": an object pronoun is the whole addressee
        if (Words.OBJECT_PRONOUNS.contains(ix.word(t))) return new Span(t, t + 1);
        int e = t;
        // a finite verb belongs to the clause after the addressee ("told reporters engineers would …")
        while (e < end && e - t < MAX_ADDRESSEE && !ix.isPunct(e) && !ix.token(e).pos().equals("IN") && !ix.token(e).pos().equals("TO")
                && !Words.isFinite(ix, e) && !nameAfterNoun(ix, t, e)
                && (!Words.CLAUSE_STARTERS.contains(ix.word(e)) || (e == t && Words.OBJECT_DETERMINERS.contains(ix.word(e))))) e++;
        return e > t ? new Span(t, e) : null;
    }

    /**
     * True when token {@code t} is a participle of a speech verb ("blaming", "citing", "recalling"): after a report it
     * continues the reporter's act, where another participle ("including", "imposing") may continue the content.
     */
    boolean reportersParticiple(DocumentIndex ix, int t) {
        return ix.token(t).pos().equals("VBG") && lexicon.verbOfEitherScopeAt(ix, t) != null;
    }
}
