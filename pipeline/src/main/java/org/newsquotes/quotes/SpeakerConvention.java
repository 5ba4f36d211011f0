package org.newsquotes.quotes;

import java.util.List;

/**
 * A rule of our gold format ({@code FORMAT.md}: the speaker is who said or wrote the words) that a ranker fitted on
 * another corpus's conventions does not learn. PolNeAR, the training data, names the outermost source of a nested
 * report ("“...,” said Roe, according to the agency": the agency; "Officials rejected Roe's claim that...": often the
 * officials); our format names who said the words. A convention looks only at the candidates' features, so training,
 * cross-validation and the run apply it the same way, and the trainer reports what it costs on PolNeAR.
 *
 * <p>Implementations are small, stateless and listed in order in {@link SpeakerConventions}.
 */
public interface SpeakerConvention {
    /** A short name for reports. */
    String name();

    /**
     * The candidate that must win instead of {@code winner}, or -1 to leave the ranker's choice.
     *
     * @param candidates each candidate's features, as {@link SpeakerFeatures} wrote them
     * @param winner     the ranker's choice
     */
    int override(List<List<String>> candidates, int winner);

    /** Index of the candidate the sieves picked through one of {@code methods} ({@code sieve=METHOD}), or -1. */
    static int sievePick(List<List<String>> candidates, java.util.Set<AttributionMethod> methods) {
        for (int i = 0; i < candidates.size(); i++) {
            for (String f : candidates.get(i)) {
                if (!f.startsWith(SpeakerFeatures.SIEVE)) continue;
                var m = AttributionMethod.find(f.substring(SpeakerFeatures.SIEVE.length()));
                if (m.isPresent() && methods.contains(m.get())) return i;
            }
        }
        return -1;
    }
}
