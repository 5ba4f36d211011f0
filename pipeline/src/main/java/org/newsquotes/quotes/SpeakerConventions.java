package org.newsquotes.quotes;

import java.util.List;

/**
 * The {@link SpeakerConvention}s in the order they are tried; the first that overrides the ranker's choice decides.
 * Stateless; thread-safe.
 */
public final class SpeakerConventions {
    private static final List<SpeakerConvention> RULES = List.of(new SpeechVerbOverAccordingTo(), new ReportNounOwner());

    private SpeakerConventions() {}

    /** The rules, in order. */
    public static List<SpeakerConvention> rules() { return RULES; }

    /** A convention that overrode the ranker, and the candidate it chose. */
    public record Correction(SpeakerConvention rule, int candidate) {}

    /** The first convention that names another candidate than {@code winner}, or null when none does. */
    public static Correction firstOverride(List<List<String>> candidates, int winner) {
        for (SpeakerConvention c : RULES) {
            int o = c.override(candidates, winner);
            if (o >= 0) return new Correction(c, o);
        }
        return null;
    }

    /** The winner after the conventions: {@code winner} unless one of them names another candidate. */
    public static int apply(List<List<String>> candidates, int winner) {
        Correction o = firstOverride(candidates, winner);
        return o == null ? winner : o.candidate();
    }
}
