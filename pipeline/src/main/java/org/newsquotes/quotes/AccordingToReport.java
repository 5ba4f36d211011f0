package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * "According to the harbour master, the port will reopen." and "The port will reopen, according to the harbour master."
 * Any "according to" cue of {@code quote-cues.txt} reads so ({@link QuoteLexicon#accordingToAt}): "The striker will
 * miss the final, per a club statement."
 * "But, according to the survey, …" opens its sentence too ({@link ClauseShape#opensClause}); "The port,
 * according to the harbour master, will reopen." sets the source off inside its content.
 */
final class AccordingToReport extends IndirectReportPattern {
    /** Words of a source after "according to" inside or after its content. */
    static final int MAX_SOURCE_TOKENS = 12;
    /** Words of a source after an "according to" that opens its sentence. */
    static final int MAX_OPENING_SOURCE_TOKENS = 24;

    AccordingToReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        return report(r.ix(), r.s(), r.v(), r.direct(), r.ctx());
    }

    private QuoteCandidate report(DocumentIndex ix, Sentence s, int a, List<QuoteCandidate> direct, AttributionContext ctx) {
        int end = s.endToken();
        int cue = lexicon.accordingToAt(ix, a);
        if (cue == 0) return null;
        int srcStart = a + cue;
        int srcEnd = srcStart;
        // opening its sentence, the source runs to its comma, however long, unless a clause of its own starts in it
        // ("According to early results of exit polls conducted for the wire service and the networks, …")
        int cap = ClauseShape.opensClause(ix, s, a) ? MAX_OPENING_SOURCE_TOKENS : MAX_SOURCE_TOKENS;
        while (srcEnd < end && srcEnd - srcStart < cap && !(srcEnd - srcStart >= MAX_SOURCE_TOKENS && Words.isFinite(ix, srcEnd))) {
            // "According to the India Meteorological Department (IMD), …": a bracketed short form belongs to the source
            int bracket = srcEnd > srcStart ? afterBracket(ix, srcEnd, end) : -1;
            if (bracket > 0) { srcEnd = bracket; continue; }
            if (SourcePhraseFinder.isClauseBreak(ix, srcEnd)) break;
            srcEnd++;
        }
        if (srcEnd == srcStart) return null;
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.ACCORDING_TO, srcStart, srcEnd, a,
                SourcePhraseFinder.cueText(ix, a, a + cue));
        Span content;
        if (ClauseShape.opensClause(ix, s, a)) { // "According to X, …", "But, according to X, …"
            if (srcEnd >= end || ix.firstChar(srcEnd) != ',') return null;
            content = clause.contentSpan(ix, srcEnd + 1, end, direct);
        } else {
            if (ix.firstChar(a - 1) != ',') return null;
            if (SourcePhraseFinder.isMark(ix, a - 2)) return null;
            Span inside = setOffInside(ix, s, a, srcEnd, direct);
            // the closing mark of the quote before, which the sentence splitter may leave opening this sentence, is
            // no part of the report ('“…?” Roe asked, according to a transcript' / '“…” Roe said the town would …')
            int first = s.firstToken();
            while (first < a - 1 && SourcePhraseFinder.isMark(ix, first)) first++;
            if (inside != null) content = inside;
            else if (a - 1 - first < ReportedClause.MIN_CONTENT_TOKENS) return null;
            else if (first > s.firstToken() && speechFrameOnly(ix, first, a - 1)) return null;
            else content = clause.contentSpan(ix, first, a - 1, direct);
        }
        return content == null ? null : new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }

    /**
     * Words right after a quote that only say who spoke it ("Roe asked", "said Roe on Monday"): a speech verb and no
     * other finite verb. An "according to" after them sources that quote, and reports no clause of its own.
     */
    private boolean speechFrameOnly(DocumentIndex ix, int from, int to) {
        boolean speech = false;
        for (int t = from; t < to; t++) {
            if (finder.isVerb(ix, t)) speech = true;
            else if (Words.isFinite(ix, t)) return false;
        }
        return speech;
    }

    /**
     * The token after the closing bracket of a short bracketed phrase opening at {@code t} ("(IMD)", "(R-Ohio)": at
     * most {@link #BRACKET_TOKENS} words, no clause punctuation inside), or -1 when none opens there.
     */
    private static int afterBracket(DocumentIndex ix, int t, int end) {
        if (!ix.token(t).pos().equals("-LRB-")) return -1;
        for (int k = t + 1; k < end && k - t <= BRACKET_TOKENS; k++) {
            if (ix.token(k).pos().equals("-RRB-")) return k > t + 1 ? k + 1 : -1;
            if (SourcePhraseFinder.isClauseBreak(ix, k) && ix.firstChar(k) != '-') return -1;
        }
        return -1;
    }

    /** Longest bracketed phrase inside an "according to" source, in tokens with its closing bracket. */
    private static final int BRACKET_TOKENS = 6;

    /**
     * "Fundraising, according to the campaign, has surged since May." and "The firm receives, according to one report,
     * $2 million a year.": the source set off by commas inside the clause it reports, whose words run on after it;
     * the content is the whole sentence around it (as for {@link ParentheticalReport}). Null when the words after the
     * second comma open a clause or phrase of their own ("…, according to the police, who …", "…, and …",
     * "…, adding …"), or a finite verb is found on both sides or neither. After a clause word ("…, because, according
     * to the coach, the team would lose") the content is the clause after the source.
     */
    private Span setOffInside(DocumentIndex ix, Sentence s, int a, int srcEnd, List<QuoteCandidate> direct) {
        int end = s.endToken();
        if (srcEnd + 2 >= end || ix.firstChar(srcEnd) != ',') return null;
        int next = srcEnd + 1;
        String w = ix.word(next);
        if ((ix.isPunct(next) && !ix.token(next).pos().equals("$")) || Words.opensOwnClause(w)
                || ix.token(next).pos().startsWith("W") || ix.token(next).pos().equals("VBG")
                || lexicon.accordingToAt(ix, next) > 0) return null;
        Span before = clause.contentSpan(ix, s.firstToken(), a - 1, direct, 1);
        Span after = clause.contentSpan(ix, next, end, direct, 1);
        if (before == null || after == null || before.start() != ix.token(ix.afterDateline(s.firstToken())).start()
                || ix.lastTokenBefore(before.end()) != a - 2) return null;
        // the words after must reach the sentence's end: a new report or quote cutting them leaves the clause open
        int last = ix.lastTokenBefore(after.end());
        for (int t = last + 1; t < end; t++) if (!ix.isPunct(t)) return null;
        boolean verbAfter = ClauseShape.hasFiniteVerb(ix, next, end);
        // "…, because, according to the coach, the team would lose": a clause word before the source opens the
        // clause it reports
        String opener = ix.word(a - 2);
        if (Words.opensOwnClause(opener)) return verbAfter ? after : null;
        // one clause around the source: its subject before and verb after, or its verb before and object after; a
        // clause on each side ("The paper reported, according to two aides, the mayor had resigned") is no one clause
        if (ClauseShape.hasFiniteVerb(ix, s.firstToken(), a - 1) == verbAfter) return null;
        return new Span(before.start(), after.end());
    }
}
