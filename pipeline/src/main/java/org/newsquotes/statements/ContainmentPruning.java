package org.newsquotes.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The links {@link StatementLinker} takes back after verifying its candidate pairs: a short phrase found inside many
 * statements is a formula ({@link #dropFormulas}), and a speaker's refrain found inside one of their quotes says
 * nothing about which occasion a report of it comes from ({@link #dropRefrainsInside}). Both work on the verified
 * pairs, keyed by {@link NodeLink#key()}, and say how many they removed for the run report.
 */
final class ContainmentPruning {
    /** The run report's name for formulas found (their containment links are dropped). */
    public static final String FORMULA = "formula-unlinked";
    /** The run report's name for links of a speaker's refrain found inside one longer quote, removed ({@link #dropRefrainsInside}). */
    public static final String REFRAIN = "refrain-unlinked";
    /** The run report's name for links between a report and the report it holds, removed ({@link #dropNestedReports}). */
    public static final String NESTED = "nested-report-unlinked";
    /** Statements a short quote must be found inside to be a formula rather than a report ({@link #dropFormulas}). */
    static final int FORMULA_STATEMENTS = 3;

    private ContainmentPruning() {}

    /**
     * Removes the links of formulas: a quote of fewer than {@link LinkRules#LONG_PASSAGE} words found whole inside
     * quotes of at least {@link #FORMULA_STATEMENTS} different statements, whoever they are attributed to, is a
     * slogan or catchphrase ("make our town great again" inside a dozen different speeches), not a report of any one
     * of them; left linked, it would join them all into one statement. Returns how many formulas were found.
     */
    static int dropFormulas(Map<Long, NodeLink> pairs, List<LinkedNode> nodes) {
        // a phrase's containers, whichever of its nodes (speakers, weeks) they contain
        Map<PhraseKey, List<Integer>> byPhrase = new HashMap<>();
        Map<Integer, PhraseKey> phraseOf = new HashMap<>();
        for (NodeLink l : pairs.values()) {
            if (l.contained() < 0 || nodes.get(l.contained()).words >= LinkRules.LONG_PASSAGE) continue;
            PhraseKey phrase = phraseOf.computeIfAbsent(l.contained(), k -> new PhraseKey(nodes.get(k).segments, null, false));
            byPhrase.computeIfAbsent(phrase, k -> new ArrayList<>()).add(l.contained() == l.lo() ? l.hi() : l.lo());
        }
        byPhrase.values().removeIf(c -> c.size() < FORMULA_STATEMENTS);
        if (byPhrase.isEmpty()) return 0;
        Map<Integer, List<Integer>> containers = new HashMap<>();
        for (Map.Entry<Integer, PhraseKey> e : phraseOf.entrySet()) {
            List<Integer> c = byPhrase.get(e.getValue());
            if (c != null) containers.put(e.getKey(), c);
        }
        // statements as they stand without the candidates' containment links
        UnionFind parent = new UnionFind(nodes.size());
        for (Map.Entry<Long, NodeLink> e : new TreeMap<>(pairs).entrySet()) {
            NodeLink l = e.getValue();
            if (l.rule() == null || (l.contained() >= 0 && containers.containsKey(l.contained()))) continue;
            parent.union(l.lo(), l.hi());
        }
        Set<Integer> formulas = new HashSet<>();
        Set<PhraseKey> formulaPhrases = new HashSet<>();
        for (Map.Entry<Integer, List<Integer>> e : containers.entrySet()) {
            Set<Integer> statements = new HashSet<>();
            for (int c : e.getValue()) statements.add(parent.find(c));
            if (statements.size() >= FORMULA_STATEMENTS) {
                formulas.add(e.getKey());
                formulaPhrases.add(phraseOf.get(e.getKey()));
            }
        }
        pairs.values().removeIf(l -> l.contained() >= 0 && formulas.contains(l.contained()));
        return formulaPhrases.size();
    }

    /**
     * Removes the links that put a speaker's refrain inside one longer quote of theirs: a short phrase the same
     * speaker is reported saying on occasions more than {@link StatementLinker#SHORT_WINDOW_DAYS} days apart (so two of its nodes) is
     * a phrase of theirs, not words of any one statement, and finding it inside one full statement ("… protect every
     * family from radical harbour extremism …") says nothing about which occasion a report of the phrase comes from.
     * Returns how many links were removed.
     */
    static int dropRefrainsInside(Map<Long, NodeLink> pairs, Set<Integer> refrains) {
        if (refrains.isEmpty()) return 0;
        int[] linked = {0};
        // not fragment-inside: there the speakers differ, and the quote stage's name for the fragment (whose refrain
        // it would be) is the one in doubt
        pairs.values().removeIf(l -> {
            boolean drop = l.contained() >= 0 && refrains.contains(l.contained()) && !"fragment-inside".equals(l.rule());
            if (drop && l.rule() != null) linked[0]++; // a containment that did not link is no link removed
            return drop;
        });
        return linked[0];
    }

    /**
     * Removes the links between an indirect report and an indirect report inside it in the same document: "Roe told
     * investigators she was advised to wait, the Times reported" holds Roe's report whole, and the two share every
     * word of it, but the Times reporting what Roe said is not Roe's statement; joined, the statement would have two
     * speakers. Other outlets' reports still link to either. Returns how many links were removed.
     */
    static int dropNestedReports(Map<Long, NodeLink> pairs, LinkedCorpus corpus) {
        int before = pairs.size();
        pairs.values().removeIf(l -> nested(corpus, corpus.nodes().get(l.lo()), corpus.nodes().get(l.hi())));
        return before - pairs.size();
    }

    /** Some indirect member of one node lies inside an indirect member of the other in the same document. */
    private static boolean nested(LinkedCorpus corpus, LinkedNode a, LinkedNode b) {
        if (!a.indirect || !b.indirect) return false;
        for (int i : a.members) {
            ReportedQuote x = corpus.quotes().get(i);
            for (int j : b.members) {
                ReportedQuote y = corpus.quotes().get(j);
                if (x.docId().equals(y.docId()) && (inside(x, y) || inside(y, x))) return true;
            }
        }
        return false;
    }

    /** Quote {@code inner}'s words lie within quote {@code outer}'s in the document. */
    private static boolean inside(ReportedQuote inner, ReportedQuote outer) {
        return outer.start() <= inner.start() && inner.start() + inner.text().length() <= outer.start() + outer.text().length();
    }
}
