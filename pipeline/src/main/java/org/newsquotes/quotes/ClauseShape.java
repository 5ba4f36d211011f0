package org.newsquotes.quotes;

import java.util.Set;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;
import org.newsquotes.record.Token;

/**
 * The shape of the words around a reporting verb, read from tags alone: time expressions and adverbials between a verb
 * and its clause ("said [on Friday], …"), addressees ("told [reporters] …", "urged [Congress] to act"), where a clause
 * opens without "that" ("said [about 20 people] have applied") and where one ends. Every method is a pure function of
 * the {@link DocumentIndex}; the patterns ({@link IndirectReportPattern}) and {@link ReportedClause} share them.
 */
final class ClauseShape {
    private ClauseShape() {}

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

    /**
     * The end of a noun phrase's head part in [{@code from}, {@code to}): the first preposition ("a spokeswoman | for
     * the department"), or {@code to} when there is none.
     */
    static int beforeFirstPreposition(DocumentIndex ix, int from, int to) {
        int t = from;
        while (t < to && !ix.token(t).pos().equals("IN")) t++;
        return t;
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
    static int afterLeadingAdverbial(DocumentIndex ix, int t, int end) {
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

    static boolean startsClause(DocumentIndex ix, int t) {
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

    /**
     * "Were you told what to do if a fire broke out?", "Did anyone say the alarms were broken?": a sentence opening
     * with an auxiliary or modal and ending in a question mark asks whether something was said; it reports nothing.
     */
    static boolean isPolarQuestion(DocumentIndex ix, Sentence s) {
        int first = ix.clauseStart(s);
        int last = s.endToken() - 1;
        while (last > first && ix.isPunct(last) && !ix.word(last).equals("?")) last--;
        if (first >= last || !ix.word(last).equals("?")) return false;
        String w = ix.word(first).toLowerCase(java.util.Locale.ROOT);
        return ix.token(first).pos().equals("MD") || Words.BE_HAVE_FORMS.contains(w) || Words.DO_FORMS.contains(w);
    }

    /** A finite verb (or a past participle, which taggers give for many past tenses) before the next punctuation. */
    static boolean hasFiniteVerb(DocumentIndex ix, int from, int to) {
        for (int t = from; t < to; t++) {
            if (Words.isFinite(ix, t) || ix.token(t).pos().equals("VBN")) return true;
            if (endsClause(ix, t)) return false;
        }
        return false;
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

    /** Lower-case words inside an organisation's name ("Court of Phoenix", "Health and Human Services"). */
    private static final Set<String> NAME_CONNECTIVES = Set.of("of", "and", "for", "de");

    /** The addressee after "told": a name, a pronoun or a short noun phrase ("reporters", "the BBC"). */
    static Span objectPhrase(DocumentIndex ix, int t, int end) {
        // "told the Herald-Tribune he …": an article before a name is part of the addressee, however the name's words
        // are punctuated
        if (ix.word(t).equals("the") && t + 1 < end && ix.mentionAt(t + 1) != null && ix.mentionAt(t + 1).firstToken() == t + 1
                && "ORGANIZATION".equals(ix.mentionAt(t + 1).ner())) {
            Span name = objectPhrase(ix, t + 1, end);
            // "told the Radio Nord's Morning Show …", "urged the Carran Valley board to …": the name only owns or
            // modifies the addressee, read on below; so is a "name" the tagger ran on into the clause ("told The
            // Border Mail the council had …" as one organisation), which holds a word in lower case
            boolean capitalised = true;
            // (a name's own connectives, "Court of Phoenix", "Health and Human Services", are no such word)
            for (int k = t + 1; k < name.end(); k++) {
                capitalised &= !Character.isLowerCase(ix.firstChar(k)) || NAME_CONNECTIVES.contains(ix.word(k));
            }
            if (capitalised && (name.end() >= end
                    || !(Words.isPossessive(ix.word(name.end())) || ix.token(name.end()).pos().startsWith("NN")))) {
                return new Span(t, name.end());
            }
        }
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
}
