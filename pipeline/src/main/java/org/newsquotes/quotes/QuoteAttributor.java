package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.QuoteKind;

/**
 * Runs the attribution sieves over a document's quotes in reading order; the first sieve that answers decides.
 * Order (most reliable first): colon label, inverted verb, speech verb, "according to", an untagged name, organisation, an
 * issued document ("the statement said"), nominal description, pronoun, continuation, sentence subject (quoted phrases without a cue), and last the unresolved-source fallback that keeps the evidence without
 * guessing a speaker. A passive report that names no speaker ({@link SourcePhrase.Position#UNNAMED}) goes to no sieve:
 * it has none. Stateless; thread-safe.
 */
public final class QuoteAttributor {
    private final EvidencePicker picker;
    private final List<AttributionSieve> sieves;

    /**
     * How sure an unnamed passive source is right: of the passive reports on PolNeAR's training split, about four in
     * five name no speaker in the gold either (the rest name an interviewer outside the sentence).
     */
    static final double UNNAMED_CONFIDENCE = 0.8;

    public QuoteAttributor(QuoteLexicon lexicon) {
        this.picker = new EvidencePicker(lexicon);
        this.sieves = List.of(new ColonLabelSieve(), new InvertedVerbSieve(), new SpeechVerbSieve(), new AccordingToSieve(),
                new UntaggedNameSieve(), new OrganisationSpeakerSieve(), new IssuedDocumentSieve(), new NominalDescriptionSieve(), new PronounSieve(), new ContinuationSieve(),
                new SentenceSubjectSieve(), new UnresolvedSourceSieve());
    }

    public List<AttributionSieve> sieves() { return sieves; }

    /**
     * A description must look like a noun phrase ("the spokesman", "officials", "an editorial in the daily", "the
     * 23-year-old") to stand
     * as evidence; words such as "Meanwhile" or "going on to" left before a verb are no source, and the quote falls
     * through to the rules for quotes without a source.
     */
    static boolean nounPhrase(DocumentIndex ix, Evidence ev) {
        String firstPos = ix.token(ev.firstToken()).pos();
        String lastPos = ix.token(ev.endToken() - 1).pos();
        if (firstPos.equals("IN") || firstPos.equals("TO") || firstPos.startsWith("RB") || firstPos.startsWith("VB")
                || firstPos.equals("CC") || firstPos.equals("WDT") || firstPos.equals("WP")) return false;
        // "Another adds: “…”": a determiner standing alone for a person
        if (ev.endToken() - ev.firstToken() == 1 && Words.PRONOMINAL_DETERMINERS.contains(ix.word(ev.firstToken()))) return true;
        return lastPos.startsWith("NN") || lastPos.equals("PRP") || lastPos.equals("CD") || ageNoun(ix, ev.endToken() - 1);
    }

    /**
     * "the 23-year-old told Sky Sports": an age written as a hyphenated compound ending in an adjective, number first,
     * is news's noun for a person (the tagger gives "old" JJ).
     */
    static boolean ageNoun(DocumentIndex ix, int last) {
        if (last < 4 || !ix.token(last).pos().equals("JJ") || !ix.token(last - 1).pos().equals("HYPH")) return false;
        return ix.token(last - 3).pos().equals("HYPH") && ix.token(last - 4).pos().equals("CD");
    }

    /** Attributes one quote, given the quotes before it were attributed through the same {@code ctx}. */
    public Attribution attribute(QuoteCandidate q, AttributionContext ctx) {
        AttributionContext.Attributed a = peek(q, ctx);
        ctx.record(a.quote(), a.attribution());
        return a.attribution();
    }

    /**
     * The sieves' answer for {@code q} and the quote as they read it (its source dropped when the evidence is no noun
     * phrase), without recording it in {@code ctx}: for a quote that may yet be left out ({@link QuoteKindFilter}'s
     * second look at words the rules called {@code other}); {@link AttributionContext#record} it when kept.
     */
    AttributionContext.Attributed peek(QuoteCandidate q, AttributionContext ctx) {
        if (q.kind() == QuoteKind.OTHER) return new AttributionContext.Attributed(q, Attribution.none());
        if (q.source() != null && q.source().position() == SourcePhrase.Position.UNNAMED) {
            // "he was asked whether …": the report names no speaker, and the one asked is not it
            return new AttributionContext.Attributed(q, new Attribution(null, null, null, null, null, q.source().cue(),
                    AttributionMethod.SOURCE_UNRESOLVED.label(), UNNAMED_CONFIDENCE));
        }
        Evidence ev = picker.pick(ctx.index(), q.source());
        if (ev != null && q.kind() != QuoteKind.INDIRECT && ev.type() == Evidence.Type.DESCRIPTION && !nounPhrase(ctx.index(), ev)) ev = null;
        QuoteCandidate effective = ev == null ? q.withSource(null) : q;
        Attribution result = Attribution.none();
        for (AttributionSieve sieve : sieves) {
            Attribution a = sieve.attribute(effective, ev, ctx);
            if (a != null) {
                result = a;
                break;
            }
        }
        return new AttributionContext.Attributed(effective, result);
    }
}
