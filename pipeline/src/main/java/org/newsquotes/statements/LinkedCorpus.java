package org.newsquotes.statements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * What the {@link LinkSieve}s read, once {@link StatementLinker} has built its nodes: every quote of the corpus (in
 * corpus order), its words encoded ({@code encoded[i]}, null for quotes that are no statement), the node it belongs to
 * ({@code nodeOf[i]}, -1 for none), its number of content words and its day ({@link StatementLinker#epochDay}), the
 * encoded function words, and the nodes that are a speaker's refrain. Arrays are shared, not copied: sieves only read.
 */
record LinkedCorpus(List<ReportedQuote> quotes, int[][][] encoded, List<LinkedNode> nodes, int[] nodeOf,
                    int[] contentOf, int[] dayOf, FunctionWords function, Set<Integer> refrains) {

    /** The quotes {@code keep} accepts that belong to a node, grouped by document in corpus order. */
    Map<String, List<Integer>> byDocument(IntPredicate keep) {
        return grouped(keep, ReportedQuote::docId);
    }

    /** The quotes {@code keep} accepts that belong to a node, grouped by {@code key} in corpus order. */
    Map<String, List<Integer>> grouped(IntPredicate keep, Function<ReportedQuote, String> key) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            if (nodeOf[i] >= 0 && keep.test(i)) groups.computeIfAbsent(key.apply(quotes.get(i)), k -> new ArrayList<>()).add(i);
        }
        return groups;
    }
}
