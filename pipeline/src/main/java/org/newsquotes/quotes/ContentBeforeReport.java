package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * "The port will reopen in May, the minister said." and "…, said the minister.": the report closes the sentence and its content comes first.
 */
final class ContentBeforeReport extends IndirectReportPattern {
    ContentBeforeReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        return report(r.ix(), r.s(), r.v(), r.direct(), r.ctx());
    }

    /**
     * "Unless the city pays, they say, the bridge will close.": a comma right after the verb (and its time words)
     * followed by a clause with its own finite verb, not a subordinate clause or a participle: the report sits
     * inside its content ({@link ParentheticalReport}), it does not close it.
     */
    private static boolean continuesAfterComma(DocumentIndex ix, int v, int tail) {
        int k = ClauseShape.afterTimeAndAdverbs(ix, v + 1, tail);
        if (k + 1 >= tail || ix.firstChar(k) != ',') return false;
        String next = ix.word(k + 1);
        if (Words.opensOwnClause(next) || ix.token(k + 1).pos().equals("VBG")) return false;
        return ClauseShape.hasFiniteVerb(ix, k + 1, tail);
    }

    /**
     * "He first met the crew in 1990, and Ida Berg said it’s her favourite photo.": after the verb (and its time words)
     * a clause with its own finite verb, which the verb reports; the report does not close the sentence, and the
     * clause before the comma is no content of it.
     */
    private boolean clauseAfterVerb(DocumentIndex ix, int v, int tail) {
        int k = ClauseShape.afterTimeAndAdverbs(ix, v + 1, tail);
        return k < tail && ClauseShape.startsClause(ix, k) && ClauseShape.hasFiniteVerb(ix, k + 1, tail);
    }

    /**
     * "… and said the rebels were armed by a neighbour, a charge the neighbour has denied": after the comma a reporting
     * noun with its article ({@link CueCategory#NOUN_CUE}: "a charge", "a claim", "an allegation") opens an
     * apposition whose relative clause holds the verb; the apposition describes the clause before it, which is no
     * content that the verb's subject reports.
     */
    private boolean appositiveClaim(DocumentIndex ix, int comma, int v) {
        int t = comma + 1;
        // an indefinite article: "…, the report said" is the report speaking, "…, a charge Kigali denied" describes
        if (t + 1 >= v || !Words.INDEFINITE_DETERMINERS.contains(ix.word(t))) return false;
        while (t + 1 < v && ix.token(t + 1).pos().startsWith("JJ")) t++;
        // the relative clause's own subject stands between the noun and the verb
        return t + 2 < v && lexicon.isCue(CueCategory.NOUN_CUE, ix.word(t + 1));
    }

    /**
     * "Reefs can recover within a decade, much faster than previously believed": a verb after "than", with only adverbs
     * and auxiliaries between ("than had been thought", "than expected"), completes a comparison; it reports nothing,
     * least of all the clause before the comma. ("…, more than 20 economists said" has a noun between: a report.)
     */
    private static boolean comparison(DocumentIndex ix, int comma, int v) {
        int t = v - 1;
        while (t > comma && (ix.token(t).pos().startsWith("RB") || Words.AUXILIARIES.contains(ix.word(t)))) t--;
        return t > comma && ix.word(t).equals("than");
    }

    /**
     * The comma opening a role set before the name ("…, her top aide, Tom Aske, told reporters": the comma before
     * "her"), when the words between the two commas are at most four and name a speaker; else {@code comma}.
     */
    private int roleBefore(DocumentIndex ix, Sentence s, int comma) {
        for (int t = comma - 1; t > s.firstToken() && comma - t <= 5; t--) {
            if (ix.firstChar(t) == ',') return t + 1 < comma && subjects.looksLikeSpeaker(ix, t + 1, comma) ? t : comma;
            if (ix.isPunct(t) || Words.isFinite(ix, t)) return comma;
        }
        return comma;
    }

    /**
     * "…, said a spokeswoman for the department's regional office in Leeds.": after an inverted verb {@code v} the
     * words up to the next comma are its subject, which may be a long noun phrase with prepositional phrases of its
     * own: up to {@value #MAX_INVERTED_SOURCE_TOKENS} words, with no finite verb and no clause word among them, whose
     * head (the words before the first preposition) names a speaker. Not after a participle, whose object the words
     * are ("…, he echoed that remark, recalling an anecdote about the mayor").
     */
    private boolean longInvertedSource(DocumentIndex ix, int v, int tail) {
        int from = v + 1;
        if (ix.token(v).pos().equals("VBG")) return false;
        int modifier = modifierStart(ix, from, tail);
        if (modifier - from > MAX_INVERTED_SOURCE_TOKENS || tail - modifier > MAX_SOURCE_MODIFIER_TOKENS) return false;
        int head = ClauseShape.beforeFirstPreposition(ix, from, modifier);
        for (int k = from; k < modifier; k++) if (Words.isFinite(ix, k) || Words.isClauseWord(ix, k)) return false;
        return head > from && (describedPerson(ix, from, modifier, tail) || subjects.looksLikeSpeaker(ix, from, head));
    }

    /**
     * "…, said a person who was briefed on the talks", "…, said a woman familiar with the plan": a noun for a person
     * ({@link PersonNouns}) with a modifier right after it (starting at {@code modifier}, {@link #modifierStart}) is
     * someone who speaks, though no role names them.
     */
    private boolean describedPerson(DocumentIndex ix, int from, int modifier, int tail) {
        return modifier < tail && modifier - from <= MAX_DESCRIBED_PERSON_TOKENS && lexicon.personNouns().isPerson(ix.word(modifier - 1));
    }

    /** Most words of a described person's noun phrase ({@link #describedPerson}): "a young woman". */
    private static final int MAX_DESCRIBED_PERSON_TOKENS = 4;

    /**
     * "…, said an official who spoke on condition of anonymity", "…, said two people familiar with the talks", "…, said
     * a person briefed on the plan": where the modifier of an inverted subject's noun begins (a relative pronoun, or an
     * adjective or participle right after the noun), which may hold a verb of its own; {@code tail} when there is none.
     */
    private static int modifierStart(DocumentIndex ix, int from, int tail) {
        for (int k = from + 1; k < tail; k++) {
            String pos = ix.token(k).pos();
            if (Words.isRelativeOrThat(ix, k)) return k;
            if ((pos.equals("JJ") || pos.equals("VBN")) && ix.token(k - 1).pos().startsWith("NN") && k + 1 < tail
                    && ix.token(k + 1).pos().equals("IN")) return k;
        }
        return tail;
    }

    /** Most words of an inverted report's subject ({@link #longInvertedSource}), before any modifier. */
    private static final int MAX_INVERTED_SOURCE_TOKENS = 16;
    /** Most words of the modifier of an inverted report's subject ({@link #modifierStart}). */
    private static final int MAX_SOURCE_MODIFIER_TOKENS = 24;

    /** Most words after the verb of a closing report ("…, she said on Monday"), but see {@link #adverbialTail}. */
    private static final int MAX_TAIL_TOKENS = 8;
    /** Most words of a prepositional phrase after the verb of a closing report ({@link #adverbialTail}). */
    private static final int MAX_ADVERBIAL_TAIL_TOKENS = 24;

    /**
     * "…, Wilkin said during his campaign speech to be a national delegate.", "…, she told reporters at a news
     * conference in the capital on Tuesday.": the words after the verb, however many, are where and when it was said:
     * they open with a preposition or a time word and hold no finite verb, "that" or quote mark (a clause of their own
     * would be the verb's content) but in a relative clause on one of their nouns ("in a statement that was posted
     * online").
     */
    private static boolean adverbialTail(DocumentIndex ix, int from, int tail) {
        if (tail - from > MAX_ADVERBIAL_TAIL_TOKENS) return false;
        int k = ClauseShape.afterTimeAndAdverbs(ix, from, tail);
        boolean opens = k > from || (ix.token(k).pos().equals("IN") && !Words.NOT_ADVERBIAL_PREPOSITIONS.contains(ix.word(k)));
        // "told reporters at a news conference": the one told, then the phrase
        if (!opens && k == from && (ix.token(k).pos().equals("NNS") || Words.OBJECT_PRONOUNS.contains(ix.word(k)))) {
            opens = k + 1 < tail && ix.token(k + 1).pos().equals("IN") && !Words.NOT_ADVERBIAL_PREPOSITIONS.contains(ix.word(k + 1));
        }
        if (!opens) return false;
        for (int t = from; t < tail; t++) {
            // "said in a statement that was posted online": a relative clause on the phrase's noun ends the test
            if ((t > from && ThatWord.isRelative(ix, t, ix.tokenCount())) || (Words.RELATIVE_SUBJECTS.contains(ix.word(t)) && t > from
                    && ix.token(t - 1).pos().startsWith("NN"))) return true;
            // "in a statement posted on its website": a past form after a noun, with its own phrase, describes the noun
            // (taggers give VBD for many)
            if (t > from && ComplementAfterVerbReport.participleInPhrase(ix, from - 1, t)) return true;
            if (Words.isFinite(ix, t) || ix.word(t).equals("that") || SourcePhraseFinder.isMark(ix, t)) return false;
        }
        return true;
    }

    /**
     * "…, the former president said at an event in Wyoming — an apparent reversal of her past support for the law":
     * a dash after a finite verb that opens a noun phrase (a determiner, adjective or noun after it) sets off the writer's
     * comment on the report, which is not part of where or when it was said; the tail ends before the dash. Within
     * {@value #MAX_ADVERBIAL_TAIL_TOKENS} words of the verb; else {@code tail} unchanged.
     */
    static int beforeAsideAfterDash(DocumentIndex ix, int v, int tail) {
        // "…, saying Obama's strategy -- airstrikes and training -- is inadequate": after a participle the words
        // before the dash start its own content
        if (SourcePhraseFinder.isParticiple(ix, v)) return tail;
        for (int k = v + 1; k + 1 < tail && k - v <= MAX_ADVERBIAL_TAIL_TOKENS; k++) {
            if (!Words.isDash(ix.word(k)) || ix.token(k).pos().equals("HYPH")) continue;
            String next = ix.token(k + 1).pos();
            boolean nounPhrase = next.equals("DT") || next.startsWith("JJ") || next.startsWith("NN") || next.equals("PRP$");
            return nounPhrase && !ix.word(k + 1).equals("that") ? k : tail;
        }
        return tail;
    }

    /**
     * "Asked about the bridge, the mayor said no.": a pro-form right after the verb ({@link CueCategory#PRO_FORM}) is
     * what the verb reports, so the clause before the comma is not its content.
     */
    private boolean answersAfterVerb(DocumentIndex ix, int v, int tail) {
        return v + 1 < tail && ProFormReport.proFormEnd(lexicon, ix, v + 1, tail) == tail;
    }

    /**
     * "Asked whether he would run again, the mayor said …", "When pressed on the cost, she said …": words opening with
     * a past participle alone or after a subordinator ({@link PassiveReport#isReduced}) are the question put to the
     * source, not what the source said.
     */
    private static boolean opensWithQuestion(DocumentIndex ix, int from, int comma) {
        for (int t = from; t < comma && t - from <= 2; t++) {
            if (PassiveReport.isReduced(ix, from, t)) return true;
        }
        return false;
    }

    private QuoteCandidate report(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct, AttributionContext ctx) {
        int end = s.endToken();
        QuoteLexicon.SpeechVerb verb = lexicon.verbFormAt(ix, v);
        if (verb == null || verb.weak()) return null;
        int tail = end;
        while (tail > v + 1 && ix.isPunct(tail - 1)) tail--;
        // what follows the report after a comma is not part of it: an apposition to an inverted source ("said Ann
        // Roe, a lawyer for the city"), a subordinate clause ("…, officials said Friday, as protests grew") or the
        // reporter's own participle of speech ("…, the carmaker said on Monday, blaming weak demand")
        boolean invertedVerb = ix.firstChar(v - 1) == ',';
        for (int k = v + 1; k < tail && k - v <= 8; k++) {
            // "…, political analysts say; in 2012, …": a semicolon ends the report's clause
            if (ix.firstChar(k) == ';') {
                tail = k;
                break;
            }
            if (ix.firstChar(k) != ',') continue;
            if (invertedVerb || (k + 1 < tail && (Words.TRAILING_CLAUSE_OPENERS.contains(ix.word(k + 1))
                    || reportersParticiple(ix, k + 1)))) tail = k;
            break;
        }
        tail = beforeAsideAfterDash(ix, v, tail);
        if (tail - v > MAX_TAIL_TOKENS && !adverbialTail(ix, v + 1, tail) && !(invertedVerb && longInvertedSource(ix, v, tail))) return null;
        if (answersAfterVerb(ix, v, tail)) return null; // "Asked about the bridge, the mayor said no."
        if (!invertedVerb && continuesAfterComma(ix, v, tail)) return null; // "A, they say, B": a parenthetical report
        if (!invertedVerb && clauseAfterVerb(ix, v, tail)) return null;
        for (int t = v + 1; t < tail; t++) {
            if (SourcePhraseFinder.isMark(ix, t)) return null;
            // "said that …" has its content after the verb; "said in a statement that was posted online" is a
            // relative clause on the statement
            if (ix.word(t).equals("that") && !(t > v + 1 && ThatWord.isRelative(ix, t, ix.tokenCount()))) return null;
        }
        int comma = -1;
        // "…, said the minister": inverted only when the words after the verb name a speaker; after "…, her aide, Tom
        // Aske, told reporters." they are the addressee, and the source is before the verb
        boolean afterComma = ix.firstChar(v - 1) == ',' && tail > v + 1;
        int modifier = afterComma ? modifierStart(ix, v + 1, tail) : tail;
        boolean inverted = afterComma && (subjects.looksLikeSpeaker(ix, v + 1, tail) || describedPerson(ix, v + 1, modifier, tail));
        if (inverted) comma = v - 1;
        else if (ix.firstChar(v - 1) == ',') {
            // "CLAUSE, Hugh Hill, a doctor at the clinic who ..., said.": the comma before the name opens the source
            for (int t = v - 2; t > s.firstToken() && v - t <= SourcePhraseFinder.WINDOW; t--) {
                if (SourcePhraseFinder.isMark(ix, t)) return null;
                if (ix.firstChar(t) == ',' && ix.mentionAt(t + 1) != null && lexicon.isCue(CueCategory.SPEAKER_TYPE, ix.mentionAt(t + 1).ner())) {
                    comma = t;
                    break;
                }
            }
            if (comma > 0) comma = roleBefore(ix, s, comma); // "…, her top aide, Tom Aske, told reporters."
        } else {
            for (int t = v - 1; t > s.firstToken() && v - t <= 12; t--) {
                if (ix.firstChar(t) == ',') { comma = t; break; }
                if (SourcePhraseFinder.isMark(ix, t)) return null;
            }
        }
        if (comma < 0 || comma - s.firstToken() < ReportedClause.MIN_CONTENT_TOKENS) return null;
        if (!inverted && comparison(ix, comma, v)) return null;
        if (!inverted && appositiveClaim(ix, comma, v)) return null;
        if (!inverted && ClauseShape.relativePronounBefore(ix, s, v) > comma) return null; // ", which officials said ...": not a closing report
        // "Her husband died in 2017, and for two years she wrote nothing.": a conjunction after the comma joins a
        // clause of its own to the one before; a report that closes its content follows the comma at once
        if (!inverted && comma + 1 < v && ix.token(comma + 1).pos().equals("CC")) return null;
        // "The army said it shot down 40 drones, while regional officials reported damage": a subordinate clause after
        // the comma is set against the clause before it, which its subject does not report
        if (!inverted && comma + 1 < v && Words.opensContrastingClause(ix, comma + 1)) return null;
        if (SourcePhraseFinder.isMark(ix, comma - 1)) return null;
        // the content must be a clause, not a subject with an apposition ("X, a spokeswoman, confirmed the visit")
        if (!ClauseShape.hasFiniteVerb(ix, ix.clauseStart(s), comma)) return null;
        if (opensWithQuestion(ix, ix.clauseStart(s), comma)) return null;
        Span content = clause.contentSpan(ix, s.firstToken(), comma, direct);
        if (content == null) return null;
        SourcePhrase src = inverted
                // the speaker is the head, not the relative clause on it ("a handful of councillors | who back him")
                ? new SourcePhrase(SourcePhrase.Position.AFTER_INVERTED, v + 1, modifier, v, SourcePhraseFinder.cueText(ix, v, v + 1))
                : new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, comma + 1, SourcePhraseFinder.trimAuxiliaries(ix, comma + 1, v), v,
                        SourcePhraseFinder.cueText(ix, v, v + 1));
        if (src.isEmpty()) return null;
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }
}
