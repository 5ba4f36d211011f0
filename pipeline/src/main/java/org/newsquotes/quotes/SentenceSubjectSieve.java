package org.newsquotes.quotes;

import org.newsquotes.record.Attribution;
import org.newsquotes.record.Mention;
import org.newsquotes.record.QuoteKind;

/**
 * A quoted phrase inside the writer's sentence with no speech verb next to it ("Smith called the plan “a mess” and
 * left", "the senator's “grave concern”"): the speaker is taken to be the sentence's subject, an earlier quote's
 * speaker in the same sentence, or a subject pronoun resolved like {@link PronounSieve}. Weak evidence: low confidence.
 */
public final class SentenceSubjectSieve implements AttributionSieve {
    private final PronounSieve pronouns = new PronounSieve();

    @Override public String method() { return AttributionMethod.SENTENCE_SUBJECT.label(); }

    /** True when an attribution kept evidence words that look like a noun phrase ("one reader", not "despite"). */
    private static boolean nounPhraseEvidence(DocumentIndex ix, Attribution a) {
        if (a.mention() == null || a.mentionSpan() == null) return false;
        int first = ix.firstTokenAtOrAfter(a.mentionSpan().start());
        int last = ix.lastTokenBefore(a.mentionSpan().end());
        if (first > last) return false;
        Evidence ev = new Evidence(Evidence.Type.DESCRIPTION, first, last + 1, null, a.mention(), a.mentionSpan());
        return QuoteAttributor.nounPhrase(ix, ev);
    }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() != null || q.kind() == QuoteKind.OTHER || q.kind() == QuoteKind.INDIRECT) return null;
        DocumentIndex ix = ctx.index();
        int b = ix.lastTokenBefore(q.markStart());
        if (b < 0) return null;
        int para = ix.paragraphOf(q.markStart());
        if (ix.token(b).start() < ix.paragraphStart(para)) return null;
        int start = ix.sentenceOf(b).firstToken();
        if (ix.token(start).start() < ix.paragraphStart(para)) start = ix.firstTokenAtOrAfter(ix.paragraphStart(para));
        // an earlier quote of the same sentence that found its speaker
        if (!ctx.attributed().isEmpty()) {
            AttributionContext.Attributed prev = ctx.attributed().get(ctx.attributed().size() - 1);
            // (also one whose source was found but not resolved: "one reader called it “x” and “y”" shares "one reader")
            boolean sourced = prev.attribution().hasSpeaker() || nounPhraseEvidence(ix, prev.attribution());
            if (sourced && prev.quote().markStart() >= ix.token(start).start()) {
                Attribution a = prev.attribution();
                return new Attribution(a.speaker(), a.speakerLocalId(), a.speakerEntityId(), a.mention(), a.mentionSpan(),
                        a.cue(), AttributionMethod.SAME_SENTENCE.label(), Math.min(0.6, a.confidence()));
            }
        }
        // the subject of the nearest finite verb before the quote: "... he blasted the media as “dishonest”"
        for (int v = b; v > start; v--) {
            if (ctx.insideQuote(ix.token(v).start()) || !Words.isFinite(ix, v)) continue;
            int subj = SourcePhraseFinder.trimAuxiliaries(ix, start, v) - 1;
            if (subj < start) break;
            Mention m = ix.mentionAt(subj);
            if (m != null && ctx.lexicon().isCue(CueCategory.SPEAKER_TYPE, m.ner()) && !EvidencePicker.isPossessive(ix, m)) {
                Evidence e = new Evidence(Evidence.Type.NAME, m.firstToken(), m.endToken(), m, m.text(), m.span());
                return ctx.named(m, e, null, method(), 0.45);
            }
            String w = ix.word(subj);
            if (w.equals("he") || w.equals("she")) {
                Evidence e = EvidencePicker.evidence(ix, Evidence.Type.PRONOUN, subj, subj + 1);
                SourcePhrase sp = new SourcePhrase(SourcePhrase.Position.BEFORE, subj, subj + 1, -1, null);
                Attribution a = pronouns.attribute(q.withSource(sp), e, ctx);
                if (a != null) return new Attribution(a.speaker(), a.speakerLocalId(), a.speakerEntityId(), a.mention(),
                        a.mentionSpan(), null, method(), Math.min(0.4, a.confidence()));
            }
            break;
        }
        for (int t = start; t <= b; t++) {
            if (ctx.insideQuote(ix.token(t).start())) continue;
            Mention m = ix.mentionAt(t);
            if (m != null && ctx.lexicon().isCue(CueCategory.SPEAKER_TYPE, m.ner()) && !EvidencePicker.isPossessive(ix, m)) {
                Evidence e = new Evidence(Evidence.Type.NAME, m.firstToken(), m.endToken(), m, m.text(), m.span());
                return ctx.named(m, e, null, method(), 0.4);
            }
            String w = ix.word(t);
            if (t == start && (w.equals("he") || w.equals("she"))) {
                Evidence e = EvidencePicker.evidence(ix, Evidence.Type.PRONOUN, t, t + 1);
                SourcePhrase sp = new SourcePhrase(SourcePhrase.Position.BEFORE, t, t + 1, -1, null);
                Attribution a = pronouns.attribute(q.withSource(sp), e, ctx);
                return a == null ? null : new Attribution(a.speaker(), a.speakerLocalId(), a.speakerEntityId(), a.mention(),
                        a.mentionSpan(), null, method(), Math.min(0.4, a.confidence()));
            }
        }
        return null;
    }
}
