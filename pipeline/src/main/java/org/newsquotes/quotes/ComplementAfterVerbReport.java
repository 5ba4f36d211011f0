package org.newsquotes.quotes;

import java.util.List;
import java.util.Set;
import org.newsquotes.record.Mention;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * "The minister said (that) the port would reopen", "she told reporters on Monday the port would reopen", "he promised to reopen the port", "she denied closing it", "they urged the council to act", "she says widening the canal will cost jobs": the content after the speech verb (and its addressee or adverbials), reported by the verb's subject; also "…, which officials said left 28 people dead" (the report inside a relative clause; without its pronoun: {@link ZeroRelativeReport}). Never a bare clause after an inverted report (", said Ann Roe, the head of …").
 */
final class ComplementAfterVerbReport extends IndirectReportPattern {
    ComplementAfterVerbReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    /**
     * "told the Daily Post he would appeal", "asked the students if they agreed": a determiner or a name opens a short
     * phrase followed by a subject pronoun and its finite verb (or, after a verb taking one, a wh-word); the phrase is
     * the addressee, the pronoun or wh-word starts the clause. When the phrase ends in a name that can speak (or in a
     * proper noun the tagger typed otherwise, "the Herald" as MISC, not inside a longer name), any
     * clause may follow: "told the Gazette the building needed repairs" (the one told, then what was said).
     */
    private boolean addresseeBeforeClause(DocumentIndex ix, int t, int end, boolean whClause) {
        if (nounPhraseThenSubject(ix, t, end)) return true;
        if (!Words.OBJECT_DETERMINERS.contains(ix.word(t)) && ix.mentionAt(t) == null) return false;
        Span obj = ClauseShape.objectPhrase(ix, t, end);
        if (obj == null || obj.end() + 1 >= end) return false;
        String next = ix.word(obj.end());
        // a name, or a proper noun the tagger gave no speaker type ("told the Guardian the plan …": MISC)
        boolean named = speakerNameEndingAt(ix, obj.end()) != null
                || ix.token(obj.end() - 1).pos().startsWith("NNP") && !ix.token(obj.end()).pos().startsWith("NNP");
        if (named && !ix.isPunct(obj.end()) && !Words.WH_WORDS.contains(next) && ClauseShape.startsClause(ix, obj.end())
                && hasMainVerb(ix, obj.end() + 1, Math.min(end, obj.end() + SUBJECT_WINDOW))) return true;
        // "asked the students if they were serious": a wh-clause after the addressee
        // ("who", "which", "when", "where" after a noun more often open a relative clause on it)
        if (whClause && Words.WH_WORDS.contains(next) && !Words.RELATIVE_PRONOUNS.contains(next)
                && !next.equals("when") && !next.equals("where")) return true;
        return Words.SUBJECT_PRONOUNS.contains(next) && Words.isFinite(ix, obj.end() + 1);
    }

    /**
     * "told reporters the port would reopen", "told the committee no decision was made", "told analysts its sales had
     * slowed", "told POLITICO she would run", "told reporters there was no deal": a short noun phrase ending in a noun, and right after it a second one
     * opening (a determiner, a possessive, a subject pronoun or a name) whose clause has a main verb. Two noun phrases
     * in a row cannot both be the clause's subject: the first is the one told, the second the subject of what was
     * said ("told the board would appeal" has one phrase, and it is the subject).
     */
    private boolean nounPhraseThenSubject(DocumentIndex ix, int t, int end) {
        if (!Words.OBJECT_DETERMINERS.contains(ix.word(t)) && !ix.token(t).pos().startsWith("NN")) return false;
        Span obj = ClauseShape.objectPhrase(ix, t, end);
        if (obj == null || obj.end() + 1 >= end || !ix.token(obj.end() - 1).pos().startsWith("NN")) return false;
        int k = obj.end();
        String pos = ix.token(k).pos();
        // "told reporters there was no change": an existential "there" opens the clause as a pronoun would
        if (Words.SUBJECT_PRONOUNS.contains(ix.word(k)) || pos.equals("EX")) return Words.isFinite(ix, k + 1);
        Mention name = ix.mentionAt(k);
        boolean opens = ((pos.equals("DT") || pos.equals("PDT")) && Words.CLAUSE_STARTERS.contains(ix.word(k))) || pos.equals("PRP$")
                || (name != null && name.firstToken() == k && lexicon.isCue(CueCategory.SPEAKER_TYPE, name.ner()));
        return opens && hasMainVerb(ix, k + 1, Math.min(end, k + SUBJECT_WINDOW));
    }

    /**
     * The first comma in [{@code c}, {@code end}) after which a clause with a main verb runs on ("When asked whether
     * it would close, Ann Roe declined to comment, saying …"), or {@code end} when there is none.
     */
    private int beforeMainClause(DocumentIndex ix, int c, int end) {
        for (int k = c + 1; k < end - 1; k++) {
            if (ix.firstChar(k) == ',' && ClauseShape.startsClause(ix, k + 1) && hasMainVerb(ix, k + 2, Math.min(end, k + 2 + SUBJECT_WINDOW))) return k;
        }
        return end;
    }

    /**
     * "but" right before {@code t} (adverbs between allowed), after the clause's first word: a contrast the reporter
     * draws with the report ("confirmed the split but did not elaborate", "announced the deal but gave no figures").
     * Not "and": "needs to tell the truth and lay out policies" is read by PolNeAR's annotators, and many readers, as
     * one content (measured: treating "and" so lost two found reports on dev and one on the training split).
     */
    private static boolean afterConjunction(DocumentIndex ix, int from, int t) {
        int k = t - 1;
        while (k > from && ix.token(k).pos().startsWith("RB")) k--;
        return k > from && ix.word(k).equals("but");
    }

    /**
     * {@link ClauseShape#hasFiniteVerb}, but a finite verb after a relative pronoun belongs to a relative clause on the subject:
     * then a second one must follow ("said the man who ran the port was arrested"; "told the students who asked about
     * it." has no clause of its own); one after a subordinator is never the clause's ({@link Words#opensSubordinateClause}).
     */
    private static boolean hasMainVerb(DocumentIndex ix, int from, int to) {
        boolean relative = false;
        for (int t = from; t < to; t++) {
            if (Words.isFinite(ix, t) || ix.token(t).pos().equals("VBN")) {
                // "confirmed the cancellation to the magazine but did not elaborate": a verb right after "but" is a
                // second predicate of the report's own subject, not the verb of a bare clause
                // ("said his record and proven ability make him …": a participle there modifies a noun)
                if (Words.isFinite(ix, t) && afterConjunction(ix, from, t)) return false;
                if (!relative) return true;
                for (int k = t + 1; k < to; k++) {
                    if (Words.isFinite(ix, k)) return true;
                    // "said an official who spoke on condition of anonymity because he was not allowed to …": a
                    // finite verb after a subordinator is that clause's, not the main one's
                    if (ClauseShape.endsClause(ix, k) || Words.opensSubordinateClause(ix, k)) return false;
                }
                return false;
            }
            if (Words.isRelativePronoun(ix, t)) relative = true;
            if (ix.isPunct(t) && QuoteMarkScanner.isQuoteMark(ix.firstChar(t))) {
                // 'said the senator's record “speaks for itself”': the quote opens with the verb
                if (opensWithVerb(ix, t)) return !relative;
                // 'insisted the “silent majority” of users would cope': a quoted phrase inside the subject
                if (quotedPhraseInSubject(ix, from, t, to)) return true;
            }
            if (ClauseShape.endsClause(ix, t)) return false;
            // "told The Associated Press on condition of anonymity because he was not …": the verb is the
            // subordinate clause's, and the words before it are no clause
            if (Words.opensSubordinateClause(ix, t)) return false;
            // "announced his retirement, ending a career that included …": a participle after a comma opens a clause
            // of its own, unless a second comma closes it as an aside before the verb ("said the plan, relying on
            // old data, was flawed")
            if (participleAfterComma(ix, t, to) && !ThatWord.commaBetween(ix, t, to)) return false;
        }
        return false;
    }

    /** A comma at {@code t} and a participle right after it, before {@code to} (", ending a career …"). */
    private static boolean participleAfterComma(DocumentIndex ix, int t, int to) {
        return ix.firstChar(t) == ',' && t + 1 < to && ix.token(t + 1).pos().equals("VBG");
    }

    /**
     * Longest stretch, in tokens, from a bare clause's first word to its finite verb: the subject may be long ("says
     * the governor's new rules to more tightly control boat sales aren't worth the paper").
     */
    static final int SUBJECT_WINDOW = 16;

    /** Longest stretch, in tokens, from a bare clause's first word to its finite verb when no punctuation comes between. */
    static final int LONG_SUBJECT_WINDOW = 26;

    /**
     * A long subject with no punctuation, relative pronoun or conjunction in it, then its finite verb: "said the broad
     * ban on spending to move the prisoners to a mainland site in the latest budget bill prevented the ministry from
     * …" (past {@link #SUBJECT_WINDOW}).
     */
    private static boolean longSubjectBeforeVerb(DocumentIndex ix, int t, int end) {
        for (int k = t + 1; k < end && k - t <= LONG_SUBJECT_WINDOW; k++) {
            if (Words.isFinite(ix, k)) return true;
            if ((ix.isPunct(k) && !ix.token(k).pos().equals("HYPH")) || Words.isRelativePronoun(ix, k)
                    || ix.token(k).pos().equals("CC") || Words.opensSubordinateClause(ix, k)) return false;
        }
        return false;
    }

    /**
     * A clause right after the verb, its finite verb before any punctuation ("Mr. Aske, citing “the pull of the
     * port,” said the city could win") or opening the quote that follows its subject ('said the record “speaks for
     * itself”'): the verb reports that clause even after a marked quote, which it then does not attribute ('“…,” said
     * the minister' has no such clause).
     */
    private boolean clauseRightAfter(DocumentIndex ix, int v, int end) {
        if (v + 1 >= end || !ClauseShape.startsClause(ix, v + 1)) return false;
        for (int k = v + 2; k < end && k - v <= SUBJECT_WINDOW; k++) {
            // 'said the senator's record “speaks for itself”': the quote opens with the clause's verb, or is a phrase
            // inside its subject ('said the “silent majority” would cope')
            if (ix.isPunct(k)) return QuoteMarkScanner.isQuoteMark(ix.firstChar(k))
                    && (opensWithVerb(ix, k) || quotedPhraseInSubject(ix, v + 2, k, end));
            if (Words.isFinite(ix, k)) return true;
        }
        return false;
    }

    /**
     * 'insisted the “silent majority” of ferry users would cope': a quoted phrase in lower case inside the clause's
     * subject (only noun-phrase words from {@code from} to its opening mark {@code k}), the clause's finite verb
     * within {@link #QUOTED_PHRASE_TOKENS} words after it with no punctuation, conjunction or subordinator between. A
     * capitalised quote is a title or a sentence ("told ABC's “Good Morning America” on Monday …" names whom he
     * told), and a verb after a conjunction is another clause's ("declaring it “a great day” and said …").
     */
    static boolean quotedPhraseInSubject(DocumentIndex ix, int from, int k, int to) {
        if (k + 1 >= to || !Character.isLowerCase(ix.firstChar(k + 1))) return false;
        for (int t = from; t < k; t++) {
            if (!NOUN_PHRASE_TAGS.contains(ix.token(t).pos())) return false;
        }
        int close = closesVerblessPhrase(ix, k, to);
        if (close < 0) return false;
        for (int t = close + 1; t < to && t - close <= QUOTED_PHRASE_TOKENS; t++) {
            if (Words.isFinite(ix, t)) return true;
            if (ix.isPunct(t) || ix.token(t).pos().equals("CC") || ix.word(t).equals("that") || Words.opensSubordinateClause(ix, t)) return false;
        }
        return false;
    }

    /** Tags of the words of a noun phrase before a quoted phrase inside it ("the", "his", "any", "Ann Roe's"). */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS",
            "NN", "NNS", "NNP", "NNPS", "POS", "CD");

    /**
     * 'the “silent majority” of ferry users would cope': the closing mark of a quoted phrase of up to
     * {@link #QUOTED_PHRASE_TOKENS} words opening at mark {@code k}, before {@code to}, with no finite verb or
     * sentence punctuation in it; -1 when the quote is no such phrase (a quoted sentence is no part of a subject).
     */
    private static int closesVerblessPhrase(DocumentIndex ix, int k, int to) {
        for (int t = k + 1; t < to && t - k <= QUOTED_PHRASE_TOKENS; t++) {
            if (ix.isPunct(t) && QuoteMarkScanner.isQuoteMark(ix.firstChar(t))) return t > k + 1 ? t : -1;
            if (Words.isFinite(ix, t) || ClauseShape.endsClause(ix, t)) return -1;
        }
        return -1;
    }

    /** Longest quoted phrase, in tokens with its closing mark, passed over inside a reported clause's subject. */
    private static final int QUOTED_PHRASE_TOKENS = 8;

    /** True when the quote opening at mark {@code k} starts with a finite verb in lower case ('“speaks for itself”'). */
    static boolean opensWithVerb(DocumentIndex ix, int k) {
        return Words.isFinite(ix, k + 1) && Character.isLowerCase(ix.firstChar(k + 1));
    }

    /**
     * ", said Ann Roe, the head of the watchdog, which …": a verb right after a comma reports what came before it (an
     * inverted report), so the words after it are its source, not a bare clause. A participle (", saying the port
     * …") still takes a clause.
     */
    private boolean afterInvertedReport(DocumentIndex ix, Sentence s, int v) {
        if (v <= s.firstToken() || ix.firstChar(v - 1) != ',' || SourcePhraseFinder.isParticiple(ix, v)) return false;
        // the words after the verb, up to a comma or the sentence end, name a speaker ("Ann Roe, the head …"); not
        // so after a subject's apposition ("Ann Roe, a farmer, said Monday's vote was void")
        int k = v + 1;
        while (k < s.endToken() && k - v <= 6 && !ix.isPunct(k)) k++;
        boolean closes = k >= s.endToken() || ix.firstChar(k) == ',' || k + 1 >= s.endToken();
        return closes && k > v + 1 && k - v <= 6 && subjects.looksLikeSpeaker(ix, v + 1, k);
    }

    /**
     * "officials told the Daily Post, had stalled": the clause read from {@code t} has its first finite verb right
     * after a comma, with no comma before it that would open an apposition ("the man, a farmer, was arrested"). After
     * a verb that takes an addressee, a subject so cut off from its verb by one comma was the addressee ending a
     * parenthetical report ({@link ParentheticalReport}); after the verb of a relative clause, it was the relative
     * clause's object, and the comma closes the clause ("Ann Roe, who first reported the leak, was not convinced": she
     * reported no "the leak was not convinced"). Other verbs keep the clause: "added a note of caution,
     * should the talks fail" (a conditional), a stray comma in "say the senator, has not been tested".
     */
    private static boolean loneCommaBeforeVerb(DocumentIndex ix, int t, int end) {
        int commas = 0;
        for (int k = t; k < end && k - t <= SUBJECT_WINDOW; k++) {
            if (Words.isFinite(ix, k)) return commas == 1 && ix.firstChar(k - 1) == ',';
            if (ix.firstChar(k) == ',') commas++;
            else if (ClauseShape.endsClause(ix, k)) return false;
        }
        return false;
    }

    /**
     * "Lawmakers who wrote the bill said they would appeal": the verb is the subject's relative clause (its relative
     * pronoun right before it) and the clause read after it has a speech verb as its finite verb; that verb is the
     * sentence's own report, whose subject the relative clause describes, so the words after the relative verb are
     * its object, not a clause it reports. ("Officials who said the plan would fail were ignored" keeps its clause.)
     */
    private boolean mainReportAfterRelativeClause(DocumentIndex ix, Sentence s, int v, int t, int end) {
        int k = v - 1;
        while (k >= s.firstToken() && v - k <= 3 && (Words.AUXILIARIES.contains(ix.word(k)) || ix.token(k).pos().startsWith("RB"))) k--;
        if (k < s.firstToken() || !Words.isRelativeOrThat(ix, k)) return false;
        for (int f = t; f < end && f - t <= SUBJECT_WINDOW; f++) {
            if (Words.isFinite(ix, f)) return lexicon.isSpeechVerbAt(ix, f);
            if (ClauseShape.endsClause(ix, f) || ix.firstChar(f) == ',') return false;
        }
        return false;
    }

    /**
     * A report inside a relative clause ends with the clause, before the main clause's finite verb:
     * <ul>
     *   <li>set off by commas, "Ann Roe, who said the dam would hold, was not convinced": the content is the words
     *       before the first comma that a finite verb follows, unless an earlier comma opened an apposition ("who said
     *       the man, a farmer, was arrested");</li>
     *   <li>restrictive, "Residents who said the bridge was unsafe were ignored": a second finite verb with no
     *       conjunction, subordinator, punctuation or verb that takes a clause ("believed Ann was right") since the
     *       content clause's own is the main clause's ("were").</li>
     * </ul>
     * Null when too little is left.
     */
    private Span closedWithTheRelativeClause(DocumentIndex ix, Span content) {
        int first = ix.firstTokenAtOrAfter(content.start());
        int commas = 0;
        int finites = 0;
        for (int k = first; k < ix.tokenCount() && ix.token(k).end() <= content.end(); k++) {
            int cut = -1;
            if (ix.firstChar(k) == ',') {
                if (commas++ == 0 && k > first && k + 1 < ix.tokenCount() && Words.isFinite(ix, k + 1)) cut = k;
            } else if (Words.isFinite(ix, k) && !(k > first && Words.AUXILIARIES.contains(ix.word(k - 1))) && ++finites == 2) {
                // (a verb right after an auxiliary is its participle, however tagged: "had failed")
                cut = k;
            }
            if (cut >= 0) {
                if (cut - first < ReportedClause.MIN_CONTENT_TOKENS) return null;
                return new Span(content.start(), ix.token(cut - 1).end());
            }
            // a clause opens after punctuation or a conjunction, and after a verb that takes one ("said Mr. Ailes
            // carried", "felt it had")
            if (clauseMayOpenAfter(ix, k) || lexicon.verbAt(ix, k) != null) finites = 0;
        }
        return content;
    }

    /**
     * A token at or after which a new clause may have a finite verb of its own: punctuation, a conjunction or
     * subordinator, a personal pronoun (the subject of a clause with no "that": "felt it had its mojo back"). Not
     * {@link ClauseShape#opensClause}, which asks whether a cue opens its sentence.
     */
    private static boolean clauseMayOpenAfter(DocumentIndex ix, int k) {
        String pos = ix.token(k).pos();
        return ix.isPunct(k) || pos.equals("CC") || pos.equals("IN") || pos.startsWith("W") || pos.equals("TO") || pos.equals("PRP");
    }

    /** Longest aside, in tokens, between a speech verb and its "that". */
    static final int MAX_ASIDE_TOKENS = 12;

    /**
     * "said — on local radio, as it happens — that the tunnel …", "said on Tuesday, when she visited the site, that
     * the works …": an aside set off by a pair of dashes or commas, with a clause of its own, between the verb and its
     * "that". Returns the first word after "that" when the aside opening at {@code t} closes right before it, else -1.
     */
    private static int asideBeforeThat(DocumentIndex ix, int t, int end) {
        boolean comma = ix.firstChar(t) == ',';
        if (!comma && !Words.isDash(ix.word(t))) return -1;
        for (int k = t + 1; k < end && k - t <= MAX_ASIDE_TOKENS; k++) {
            boolean closes = comma ? ix.firstChar(k) == ',' : Words.isDash(ix.word(k));
            if (closes) return k + 2 < end && ix.word(k + 1).equals("that") ? k + 2 : -1;
            if ((ClauseShape.endsClause(ix, k) && !Words.isDash(ix.word(k))) || SourcePhraseFinder.isMark(ix, k)) return -1;
        }
        return -1;
    }

    /**
     * "When asked why, the mayor shrugged", "Asked how, she said …": a question put in a reduced passive may be a wh-word
     * alone, the rest of it clear from what came before; complete in one word when a comma follows it.
     */
    static boolean loneWhWord(DocumentIndex ix, int c, int end) {
        return Words.WH_WORDS.contains(ix.word(c)) && (c + 1 >= end || ix.firstChar(c + 1) == ',');
    }

    /**
     * "Ann Roe said she would.", "they said they had not": a subject pronoun and an auxiliary (a modal, or a form of
     * "do", "be" or "have"), perhaps negated, then the clause's end: a clause whose verb phrase the writer left out
     * (it was said just before), complete in two words.
     */
    static boolean elliptical(DocumentIndex ix, int c, int end) {
        if (c + 1 >= end || !Words.SUBJECT_PRONOUNS.contains(ix.word(c))) return false;
        String aux = ix.word(c + 1);
        if (!(ix.token(c + 1).pos().equals("MD") || Words.DO_FORMS.contains(aux) || Words.BE_AND_HAVE.contains(aux))) return false;
        int k = c + 2;
        if (k < end && Words.NEGATIONS.contains(ix.word(k).replace('’', '\''))) k++;
        return k >= end || ix.isPunct(k);
    }

    /**
     * "Rubio says, win or lose in Tuesday's primary, he's staying in the race", "she said, after a long pause, the
     * ferry would stay": an aside set off by commas right after the verb, with no verb of its own, then a clause (a
     * subject and its finite verb): the clause is the content. Not when a comma stands before the verb in its clause:
     * "The port, she said, will …" is a report inside its content ({@link ParentheticalReport}). Returns the clause's
     * first token, or -1.
     */
    private int clauseAfterAside(DocumentIndex ix, Sentence s, int v, int end) {
        if (v + 2 >= end || ix.firstChar(v + 1) != ',') return -1;
        for (int t = ix.clauseStart(s); t < v; t++) if (ix.isPunct(t)) return -1;
        for (int k = v + 2; k < end && k - v <= MAX_ASIDE_TOKENS; k++) {
            if (ix.firstChar(k) == ',') {
                return k > v + 2 && k + 1 < end && ClauseShape.startsClause(ix, k + 1)
                        && hasMainVerb(ix, k + 2, Math.min(end, k + 2 + SUBJECT_WINDOW)) ? k + 1 : -1;
            }
            if (ix.isPunct(k) || Words.isFinite(ix, k) || finder.isVerb(ix, k)) return -1;
        }
        return -1;
    }

    @Override QuoteCandidate find(Site r) {
        return report(r.ix(), r.s(), r.v(), r.direct(), r.ctx());
    }

    /**
     * "said in a statement read outside court that …", "said in a post published on Monday that …": a past form right
     * after the noun of a prepositional phrase that opens right after speech verb {@code v}, with its own phrase after
     * it, describes that noun (taggers often
     * give VBD for "read", "released", "issued"); the search for "that" goes on past it.
     */
    static boolean participleInPhrase(DocumentIndex ix, int v, int t) {
        String pos = ix.token(t).pos();
        if (!(pos.equals("VBD") || pos.equals("VBN")) || !ix.token(t - 1).pos().startsWith("NN")) return false;
        if (Words.BE_AND_HAVE.contains(ix.word(t)) || ix.word(t).equals("did")) return false; // "… at the convention was …" (words are lower case)
        // the participle's own phrase follows ("read outside court", "published on Monday"), not an object or a
        // clause ("… of fraud said Sunday that", "… in Ohio meant that")
        if (t + 1 >= ix.tokenCount() || ix.word(t + 1).equals("that")) return false;
        String next = ix.token(t + 1).pos();
        if (!(next.equals("IN") || next.equals("RB"))) return false;
        // the phrase opens right after the verb ("said in a statement read …"); a noun inside the verb's object is
        // followed by the sentence's own verb ("accused the mayor of fraud said on Monday that …")
        return v + 1 < t - 1 && ix.token(v + 1).pos().equals("IN");
    }

    private QuoteCandidate report(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct, AttributionContext ctx) {
        QuoteLexicon.SpeechVerb verb = lexicon.verbAt(ix, v);
        int end = s.endToken();
        // the relative pronoun whose clause the verb stands in ("Ann Roe, who said …"), or -1
        int relative = ClauseShape.relativePronounBefore(ix, s, v);
        int c = -1;
        // "that" within a few words ("told reporters on Monday that", "said in a statement that")
        for (int t = v + 1; t < end && t - v <= 14; t++) {
            if (ix.word(t).equals("that")) {
                // a complementizer, a demonstrative or a relative pronoun ({@link ThatWord})
                c = ThatWord.contentStart(ix, v, t, end, verb.bareClause() && !verb.weak(), ClauseShape.startsClause(ix, v + 1));
                break;
            }
            int aside = asideBeforeThat(ix, t, end);
            if (aside >= 0) { c = aside; break; }
            // "announced his retirement, ending a career that included …": a participle after a comma opens a clause
            // of its own, whose object a "that" may describe
            if (participleAfterComma(ix, t, end)) break;
            // a quoted title inside the addressee ("told the “Today” show that") does not end the search
            boolean titleMark = verb.addressee() && SourcePhraseFinder.isMark(ix, t);
            if (SourcePhraseFinder.isClauseBreak(ix, t) && ix.firstChar(t) != ',' && !titleMark) break;
            if ((finder.isVerb(ix, t) || Words.isFinite(ix, t)) && !participleInPhrase(ix, v, t)) break;
            // "promised on Tuesday to rebuild every home hit by the floods that …": for a verb whose content may be
            // an infinitive, the infinitive opens the content and a "that" after it is a relative pronoun inside it
            // (after other verbs it may be the infinitive's own complementizer: "responded … to prove that …")
            if ((verb.infinitive() || verb.objectInfinitive()) && ix.word(t).equals("to") && t + 1 < end && ClauseShape.isBareVerb(ix, t + 1)) break;
        }
        if (c < 0 && verb.bareClause() && !verb.weak()) c = clauseAfterAside(ix, s, v, end);
        if (c < 0) {
            // "was asked by host Lee Park whether …": the agent stands between the verb and its content
            int agent = PassiveReport.agentEnd(ix, v, end);
            int afterTime = ClauseShape.afterTemporal(ix, agent > 0 ? agent : v + 1, end);
            boolean passive = PassiveReport.isPassive(ix, lexicon, ix.clauseStart(s), v);
            // "was asked at a briefing on Monday whether …": where and when the question was put come first
            if (passive) afterTime = PassiveReport.afterSetting(ix, afterTime, end);
            int t = ClauseShape.afterLeadingAdverbial(ix, afterTime, end);
            // "promised to rebuild", also over time words ("promised on Tuesday to rebuild"); in the passive, the
            // one urged or asked is the subject and the infinitive follows the verb ("was asked to leave")
            boolean infinitive = t == afterTime && t + 1 < end && (verb.infinitive() || (passive && verb.objectInfinitive()))
                    && ix.word(t).equals("to") && ClauseShape.isBareVerb(ix, t + 1);
            // in the passive the one told or asked is the subject: no addressee follows ("was asked which …")
            if (!infinitive && !passive && verb.addressee() && t < end && (!ClauseShape.startsClause(ix, t) || addresseeBeforeClause(ix, t, end, verb.whClause()))) {
                // "told reporters he ...", "told Fox News it ..."
                Span obj = ClauseShape.objectPhrase(ix, t, end);
                if (obj != null) t = obj.end();
                t = ClauseShape.afterLeadingAdverbial(ix, ClauseShape.afterTemporal(ix, t, end), end);
            }
            if (attributesMarkedQuote(ix, s, v) && !clauseRightAfter(ix, v, end)) return null;
            int objectInfinitive = verb.objectInfinitive() ? ClauseShape.objectThenInfinitive(ix, v + 1, end) : -1;
            if (infinitive) c = t;
            else if (objectInfinitive >= 0) c = objectInfinitive;
            else if (t < end && verb.whClause() && Words.WH_WORDS.contains(ix.word(t)) && !ReportedClause.insideDirect(ix.token(t).start(), ix.token(t).end(), direct)) c = t;
            else if (t < end && verb.gerund() && ix.word(t).endsWith("ing") && !ix.isPunct(t)) c = t;
            else if (t + 2 < end && verb.gerund() && lexicon.isCue(CueCategory.NOUN_CUE, ix.word(t)) && ix.word(t + 1).equals("of")
                    && ix.word(t + 2).endsWith("ing")) c = t + 2; // "denied reports of seeking talks"
            else if (t < end && verb.bareClause() && !verb.weak() && !afterInvertedReport(ix, s, v)
                    && !mainReportAfterRelativeClause(ix, s, v, t, end)
                    && ((ClauseShape.startsClause(ix, t) && (hasMainVerb(ix, t + 1, Math.min(end, t + SUBJECT_WINDOW)) || longSubjectBeforeVerb(ix, t, end))
                            && !((verb.addressee() || relative >= 0) && loneCommaBeforeVerb(ix, t, end)))
                        || SubjectWithAside.before(ix, t, end)
                        || ClauseShape.opensBareClause(ix, t, end)
                        || ClauseShape.opensGerundClause(ix, t, end))) c = t;
        }
        boolean relativeContent = c < 0 && relative >= 0 && v + 1 < end
                && (Words.isFinite(ix, v + 1) || ix.token(v + 1).pos().equals("VBN"));
        if (relativeContent) {
            // "…, which officials said left 28 people dead": the report sits inside a relative clause whose verb
            // phrase is the content
            c = v + 1;
        }
        if (c < 0 || c >= end) return null;
        // a content that opens with a quote is the direct quote's, unless the quote is a phrase of its subject ('told
        // the paper that “several big clubs” had made contact')
        if (QuoteMarkScanner.isQuoteMark(ix.firstChar(c)) && !quotedPhraseInSubject(ix, c, c, end)) return null;
        // "When asked whether the plant would close, Ann Roe declined to comment": the question ends where the main
        // clause begins
        boolean reduced = PassiveReport.isReduced(ix, ix.clauseStart(s), v);
        int contentEnd = reduced || PassiveReport.inSubordinateClause(ix, lexicon, ix.clauseStart(s), v)
                ? PassiveReport.questionEnd(ix, ix.clauseStart(s), v, c, beforeMainClause(ix, c, end)) : end;
        Span content = clause.contentSpan(ix, c, contentEnd, direct, elliptical(ix, c, contentEnd) ? 2 : reduced && loneWhWord(ix, c, contentEnd) ? 1 : ReportedClause.MIN_CONTENT_TOKENS);
        if (content != null && relative >= 0) content = closedWithTheRelativeClause(ix, content);
        if (content == null) return null;
        SourcePhrase src = relativeContent
                ? new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, relative + 1,
                        SourcePhraseFinder.trimAuxiliaries(ix, relative + 1, v), v, SourcePhraseFinder.cueText(ix, v, v + 1))
                : subjects.subjectOf(ix, s, v, direct);
        if (src == null || (src.isEmpty() && src.position() != SourcePhrase.Position.UNNAMED)) return null;
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }
}
