package org.newsquotes.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;

/**
 * Where a reported clause starts and ends: the content of a report is the reported clause verbatim, up to the
 * sentence end, cut before a direct quote of its own ("... that Tehran wants peace, but “we have doubts”" keeps
 * "Tehran wants peace"), before "according to", before a participle that starts a new report (", adding that") and
 * before a second report joined by a conjunction ("and said he would …"). Shared by every {@link IndirectReportPattern}.
 */
final class ReportedClause {
    /** Tags of words that cannot end a clause: what follows them finishes it ({@link #continuesIntoQuote}). */
    private static final Set<String> CLAUSE_CONTINUING_POS = Set.of("DT", "IN", "TO", "MD", "PRP$", "POS");
    /** The fewest tokens of a reported clause, unless a pattern asks for fewer. */
    static final int MIN_CONTENT_TOKENS = 3;
    final QuoteLexicon lexicon;
    final SourcePhraseFinder finder;

    ReportedClause(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        this.lexicon = lexicon;
        this.finder = finder;
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
                        || negatedReport(ix, e + 1, end) || refusalToSpeak(ix, e + 1, end))) break;
            // "one in three said the party does not care and one in four said it was hostile": a subject of its own
            // and its speech verb after the conjunction start a second report; the first ends before the conjunction
            // once it is a whole clause ("said Roe and Lee told police …" keeps both names: no verb before "and")
            if (e > c && Words.SECOND_REPORT_CONJUNCTIONS.contains(ix.word(e)) && secondReportAfter(ix, e + 1, end)
                    && ClauseShape.hasFiniteVerb(ix, c, e)) break;
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

    /** Most words of a second report's subject after its conjunction ({@link #secondReportAfter}). */
    static final int MAX_SECOND_SUBJECT_TOKENS = 5;

    /**
     * A report with a subject of its own starts at {@code from}, right after a conjunction: a few words that are no
     * verb, punctuation or clause word, then a finite speech verb ("and one in four said", "while doctors warned",
     * "but Senate aides later said"), or a form of "have" and a speech verb's participle ("and others have said",
     * "and has said": the same source reporting again).
     */
    boolean secondReportAfter(DocumentIndex ix, int from, int end) {
        for (int t = from; t < end && t - from <= MAX_SECOND_SUBJECT_TOKENS; t++) {
            if (Words.HAVE_FORMS.contains(ix.word(t)) && t + 1 < end && ix.token(t + 1).pos().equals("VBN") && finder.isVerb(ix, t + 1)) return true;
            if (finiteSpeechVerb(ix, t)) return t > from;
            if (ix.isPunct(t) || Words.isClauseWord(ix, t) || ix.token(t).pos().startsWith("W") || Words.isVerbTag(ix.token(t).pos())
                    && !ix.token(t).pos().equals("VBG") && !ix.token(t).pos().equals("VBN")) return false;
        }
        return false;
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
     * "… but declined to comment further", "and refused to say when": at {@code t} a finite verb of refusal
     * ({@link CueCategory#REFUSAL_VERB}), "to" and a speech verb; joined by a conjunction after reported content, the
     * source's own refusal to speak, a report of its own, not part of the content ("Roe misspoke and intended to say
     * …" keeps its verb of intention: there the content's subject goes on).
     */
    boolean refusalToSpeak(DocumentIndex ix, int t, int end) {
        return t + 2 < end && lexicon.isCue(CueCategory.REFUSAL_VERB, ix.word(t)) && Words.isFinite(ix, t)
                && ix.word(t + 1).equals("to") && lexicon.verbOfEitherScopeAt(ix, t + 2) != null;
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
}
