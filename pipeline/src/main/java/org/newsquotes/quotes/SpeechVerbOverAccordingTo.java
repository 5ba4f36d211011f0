package org.newsquotes.quotes;

import java.util.List;
import java.util.Set;

/**
 * The subject of the quote's own speech verb is its speaker, not the outlet or document it came through:
 * <blockquote>“The talks are over,” said deputy minister Ann Roe, according to the state news agency.</blockquote>
 * Ann Roe said the words; the agency carried them. Applies when the ranker chose an {@code according-to} candidate
 * and the sieves picked a name next to a speech verb ({@code verb-after}, {@code verb-before},
 * {@code verb-inverted}) in the quote's own sentence.
 */
final class SpeechVerbOverAccordingTo implements SpeakerConvention {
    private static final Set<AttributionMethod> VERB_METHODS = java.util.EnumSet.of(AttributionMethod.VERB_AFTER,
            AttributionMethod.VERB_BEFORE, AttributionMethod.VERB_INVERTED);

    @Override public String name() { return "speech-verb-over-according-to"; }

    @Override public int override(List<List<String>> candidates, int winner) {
        if (winner < 0 || !candidates.get(winner).contains(SpeakerFeatures.ACCORDING_TO)) return -1;
        int pick = SpeakerConvention.sievePick(candidates, VERB_METHODS);
        if (pick < 0 || pick == winner) return -1;
        List<String> f = candidates.get(pick);
        return f.contains(SpeakerFeatures.SAME_SENTENCE)
                && (f.contains(SpeakerFeatures.VERB_AFTER) || f.contains(SpeakerFeatures.VERB_BEFORE)) ? pick : -1;
    }
}
