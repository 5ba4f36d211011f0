package org.newsquotes.quotes;

import java.util.function.IntPredicate;

/**
 * A walk over the words between a report's verb and what comes after them: adverbs and phrases of place, time or
 * manner ("spoke candidly at a town hall about …", "said in an interview, …", "asked at a briefing on Monday whether
 * …"). Each caller says which word it is looking for and which words the walk may pass over; the walk is the one
 * shape the report patterns share ({@link ClauseShape#topicParticle}, {@link ParentheticalReport#afterAdjuncts},
 * {@link PassiveReport#afterSetting}).
 */
final class PhraseRun {
    private PhraseRun() {}

    /**
     * The first token in [{@code from}, {@code limit}) where {@code target} holds, when every token before it
     * satisfies {@code along}; -1 when a token satisfies neither first, or none is found before {@code limit}.
     * {@code target} is tested first: a word may be both.
     */
    static int find(int from, int limit, IntPredicate target, IntPredicate along) {
        for (int k = from; k < limit; k++) {
            if (target.test(k)) return k;
            if (!along.test(k)) return -1;
        }
        return -1;
    }
}
