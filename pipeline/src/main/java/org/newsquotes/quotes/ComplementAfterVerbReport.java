package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * "The minister said (that) the port would reopen", "she told reporters on Monday the port would reopen", "he promised to reopen the port", "she denied closing it", "they urged the council to act": the content after the speech verb (and its addressee or adverbials), reported by the verb's subject; also "…, which officials said left 28 people dead" (the report inside a relative clause).
 */
final class ComplementAfterVerbReport extends IndirectReportPattern {
    ComplementAfterVerbReport(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        super(lexicon, finder);
    }

    @Override QuoteCandidate find(Site r) {
        return report(r.ix(), r.s(), r.v(), r.direct(), r.ctx());
    }

    private QuoteCandidate report(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct, AttributionContext ctx) {
        QuoteLexicon.SpeechVerb verb = lexicon.verb(ix.word(v), ix.token(v).lemma());
        int end = s.endToken();
        int c = -1;
        // "that" within a few words ("told reporters on Monday that", "said in a statement that")
        for (int t = v + 1; t < end && t - v <= 14; t++) {
            if (ix.word(t).equals("that")) { c = t + 1; break; }
            // a quoted title inside the addressee ("told the “Today” show that") does not end the search
            boolean titleMark = verb.addressee() && SourcePhraseFinder.isMarkToken(SourcePhraseFinder.tokenText(ix, t));
            if (SourcePhraseFinder.isClauseBreak(ix, t) && ix.firstChar(t) != ',' && !titleMark) break;
            if (finder.isVerb(ix, t) || Words.isFinite(ix, t)) break;
        }
        if (c < 0) {
            int t = v + 1;
            while (t < end && isTemporal(ix, t)) t++;
            t = afterLeadingAdverbial(ix, t, end);
            boolean infinitive = t == v + 1 && t + 1 < end && verb.infinitive() && ix.word(t).equals("to") && isBareVerb(ix, t + 1);
            if (!infinitive && verb.addressee() && t < end && !startsClause(ix, t)) {
                // "told reporters he ...", "told Fox News it ..."
                Span obj = objectPhrase(ix, t, end);
                if (obj != null) t = obj.end();
                while (t < end && isTemporal(ix, t)) t++;
                t = afterLeadingAdverbial(ix, t, end);
            }
            if (attributesMarkedQuote(ix, s, v)) return null;
            int objectInfinitive = verb.objectInfinitive() ? objectThenInfinitive(ix, v + 1, end) : -1;
            if (infinitive) c = t;
            else if (objectInfinitive >= 0) c = objectInfinitive;
            else if (t < end && verb.whClause() && Words.WH_WORDS.contains(ix.word(t)) && !insideDirect(ix.token(t).start(), ix.token(t).end(), direct)) c = t;
            else if (t < end && verb.gerund() && ix.word(t).endsWith("ing") && !ix.isPunct(t)) c = t;
            else if (t + 2 < end && verb.gerund() && lexicon.isCue(CueCategory.NOUN_CUE, ix.word(t)) && ix.word(t + 1).equals("of")
                    && ix.word(t + 2).endsWith("ing")) c = t + 2; // "denied reports of seeking talks"
            else if (t < end && verb.bareClause() && !verb.weak()
                    && ((startsClause(ix, t) && hasFiniteVerb(ix, t + 1, Math.min(end, t + 12))) || opensBareClause(ix, t, end))) c = t;
        }
        int relative = relativePronounBefore(ix, s, v);
        boolean relativeContent = c < 0 && relative >= 0 && v + 1 < end
                && (Words.isFinite(ix, v + 1) || ix.token(v + 1).pos().equals("VBN"));
        if (relativeContent) {
            // "…, which officials said left 28 people dead": the report sits inside a relative clause whose verb
            // phrase is the content
            c = v + 1;
        }
        if (c < 0 || c >= end) return null;
        if (QuoteMarkScanner.isQuoteMark(ix.firstChar(c))) return null;
        Span content = contentSpan(ix, c, end, direct);
        if (content == null) return null;
        SourcePhrase src = relativeContent
                ? new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, relative + 1,
                        SourcePhraseFinder.trimAuxiliaries(ix, relative + 1, v), v, SourcePhraseFinder.cueText(ix, v, v + 1))
                : subjectOf(ix, s, v);
        if (src == null || src.isEmpty()) return null;
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }
}
