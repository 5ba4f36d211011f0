package org.newsquotes.quotes;

import java.util.List;
import java.util.Set;

/**
 * The owner of the reporting noun that introduces a report is its speaker:
 * <blockquote>The council dismissed Ann Roe's claim that the harbour had been sold.</blockquote>
 * Ann Roe claimed the harbour had been sold; the council only dismissed it. Applies when the sieves' pick is the
 * possessor of a reporting noun standing right before the quote ({@value SpeakerFeatures#POSSESSOR_OF_REPORT_NOUN})
 * and the ranker chose someone else.
 */
final class ReportNounOwner implements SpeakerConvention {
    private static final Set<AttributionMethod> SUBJECT_METHODS = java.util.EnumSet.of(AttributionMethod.INDIRECT_SUBJECT,
            AttributionMethod.VERB_BEFORE, AttributionMethod.VERB_AFTER, AttributionMethod.VERB_INVERTED);

    @Override public String name() { return "report-noun-owner"; }

    @Override public int override(List<List<String>> candidates, int winner) {
        int pick = SpeakerConvention.sievePick(candidates, SUBJECT_METHODS);
        if (pick < 0 || pick == winner) return -1;
        return candidates.get(pick).contains(SpeakerFeatures.POSSESSOR_OF_REPORT_NOUN) ? pick : -1;
    }
}
