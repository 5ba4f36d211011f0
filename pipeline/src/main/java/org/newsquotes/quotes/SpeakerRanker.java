package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.QuoteKind;

/**
 * Chooses a quote's speaker among its {@link SpeakerCandidates} with the learned {@link LinearModel} (a conditional
 * logit: a softmax over the quote's candidates): the candidate with the highest score wins, and its calibrated score
 * becomes the attribution's {@code confidence} (of the speakers given 0.8, about four in five are right, measured on
 * held-out folds of the training data).
 *
 * <p>The sieves still run first: their pick is one candidate among the others, its method one feature among many,
 * so the model keeps their answer where it is reliable and overrides it where, in the training data, another
 * candidate was the speaker more often. A winner picked through a sieve keeps that sieve's method; any other is
 * recorded as {@value SpeakerCandidates#METHOD}. Our format's {@link SpeakerConventions} then correct the choice
 * where the training corpus names another source than who said the words. A sieve the model lists as a shortcut (it beat the ranker on
 * held-out data) keeps its answer, and so does a passive report, whose source grammar fixes (its agent, "asked by one
 * analyst whether …", or no one, "he was asked whether …"). Below the model's threshold the evidence words are kept and no name
 * is guessed ({@value #UNRESOLVED}). The choice is not fed back into the sieves' context: later quotes see the sieves'
 * answers, exactly as in training, so the features at run time are the features the model was fitted on.
 * Stateless; thread-safe.
 */
public final class SpeakerRanker {
    /** The model file in {@code models/}. */
    public static final String MODEL_FILE = "speaker-ranker.tsv";
    /** Its provenance: data, command, date, features, cross-validated figures. */
    public static final String PROVENANCE_FILE = "speaker-ranker.provenance.md";
    static final String UNRESOLVED = AttributionMethod.SOURCE_UNRESOLVED.label();

    private final SpeakerCandidates candidates;
    private final LinearModel model;

    public SpeakerRanker(QuoteLexicon lexicon, LinearModel model) {
        this.candidates = new SpeakerCandidates(lexicon);
        this.model = model;
    }

    /** The final attribution of {@code q}, given the sieves' answer {@code sieve}. */
    public Attribution decide(QuoteCandidate q, Attribution sieve, AttributionContext ctx) {
        if (q.kind() == QuoteKind.OTHER) return sieve;
        // "he was asked whether …": a passive report names no speaker, and no candidate is it
        if (q.source() != null && q.source().position() == SourcePhrase.Position.UNNAMED) return sieve;
        // "Asked by one analyst whether …": the passive's agent asked, whoever is named around it
        if (q.source() != null && PassiveReport.namesAgent(ctx.index(), q.source())) return sieve;
        List<SpeakerCandidate> cs = candidates.generate(q, sieve, ctx);
        if (cs.isEmpty()) return sieve;
        List<List<String>> features = cs.stream().map(SpeakerCandidate::features).toList();
        double[] scores = model.scores(features);
        int best = SpeakerConventions.apply(features, LinearModel.argmax(scores));
        if (model.shortcuts().contains(sieve.method())) {
            // a sieve kept as a hard rule: its own candidate wins, with the confidence the model gives it
            for (int i = 0; i < cs.size(); i++) {
                if (sieve.equals(cs.get(i).attribution())) {
                    best = i;
                    break;
                }
            }
        }
        double bestScore = scores[best];
        double confidence = model.calibrate(bestScore);
        Attribution a = cs.get(best).attribution();
        // an indirect report's cue is its reporting verb whoever the ranker names ("Ann Roe, a farmer, said …")
        String cue = a.cue() == null && q.kind() == QuoteKind.INDIRECT ? reportingVerb(q, sieve) : a.cue();
        if (confidence < model.threshold() || a.speaker() == null) {
            return new Attribution(null, null, null, a.mention(), a.mentionSpan(), cue, UNRESOLVED, confidence);
        }
        return new Attribution(a.speaker(), a.speakerLocalId(), a.speakerEntityId(), a.mention(), a.mentionSpan(), cue,
                a.method(), confidence);
    }

    /** The verb that reports an indirect quote: the sieves' cue, else its own source phrase's (the sieves may name none). */
    private static String reportingVerb(QuoteCandidate q, Attribution sieve) {
        if (sieve.cue() != null) return sieve.cue();
        return q.source() == null ? null : q.source().cue();
    }

    /** The candidates of a quote (for training: {@code org.newsquotes.train.SpeakerTrainer}). */
    public List<SpeakerCandidate> candidates(QuoteCandidate q, Attribution sieve, AttributionContext ctx) {
        return candidates.generate(q, sieve, ctx);
    }
}
