package org.newsquotes.statements;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.newsquotes.record.QuoteKind;

/**
 * Links the quotes of a whole corpus into statements, never comparing all pairs.
 * <ol>
 *   <li>Every direct and fragment quote is reduced to its normalised words ({@link QuoteWords}), encoded as
 *       integers.</li>
 *   <li>Reports with the same words become one node (a wire quote printed by a hundred outlets is aligned once).
 *       A quote under {@link LinkRules#SHORT_WORDS} words joins a node only with the same speaker and within
 *       {@link #SHORT_WINDOW_DAYS} days (a short phrase repeated months later is the speaker's refrain, not one
 *       statement); one with no speaker, or fewer than {@link LinkRules#SHORT_CONTENT} content words, stays alone:
 *       it can link nothing ({@link LinkRules}).</li>
 *   <li>Candidates: each node's fingerprints ({@link Winnowing}; every shingle of a segment under
 *       {@link #ALL_SHINGLES_BELOW} words) go into one sorted index; each node looks up every shingle of its own. A fingerprint shared by more than {@link #MAX_POSTINGS} nodes is a stock phrase ("we are
 *       going to") and proposes nothing on its own; the passage's other fingerprints still do.</li>
 *   <li>Each candidate pair is verified by alignment ({@link LinkRules}).</li>
 *   <li>Reports of one short phrase whose reporting sentences agree are linked ({@link FramedPhraseSieve},
 *       {@link SharedFrame}); an indirect report that is mostly the words it quotes joins them
 *       ({@link QuotedInReportSieve}); a short quote an article prints again inside its own longer quote of the same
 *       speaker joins that quote ({@link EchoInDocumentSieve}); an indirect report joins another outlet's report or
 *       quote of the same speaker, within days, that says the same in other words ({@link ParaphraseSieve}).</li>
 *   <li>Linked nodes are joined (union-find), and each group becomes one statement ({@link StatementBuilder}).</li>
 * </ol>
 * Indirect reports link only by the stricter {@link LinkRules#decideIndirect}: their wording is the writer's, so
 * they need the same speaker and nearly the same words, or, as paraphrases, the same speaker, the same few days and
 * most of the same content words. Quotes of kind {@code other} are not statements.
 *
 * <p>Deterministic: fingerprints hash the words themselves, nodes are numbered in input order, and the result does not
 * depend on the number of threads. Stages run on the common fork-join pool.
 */
public final class StatementLinker {
    /** A fingerprint held by more nodes than this is a stock phrase and proposes no candidates. */
    public static final int MAX_POSTINGS = 200;
    /** The run report's name for reports joined because their words are the same (no alignment needed). */
    public static final String SAME_WORDS = "same-words";

    /**
     * Segments shorter than this index every shingle, not only the winnowed ones, so a short quote with a word
     * changed ("at last" for "at least") is still found from the longer report it differs from.
     */
    static final int ALL_SHINGLES_BELOW = 2 * (Winnowing.W + Winnowing.K - 1);

    private final QuoteWords words;
    private final FunctionWords functionWords;
    /** The links besides aligned words, in the order they are tried ({@link LinkSieve}). */
    private final List<LinkSieve> sieves;

    public StatementLinker(QuoteWords words, FunctionWords functionWords) {
        this.words = words;
        this.functionWords = functionWords;
        this.sieves = List.of(new FramedPhraseSieve(functionWords), new QuotedInReportSieve(), new EchoInDocumentSieve(),
                new ParaphraseSieve());
    }

    /** Links {@code quotes} (every quote of the corpus, in corpus order). */
    public Statements link(List<ReportedQuote> quotes) {
        int n = quotes.size();
        // 1. words, encoded
        Map<String, Integer> vocabulary = new ConcurrentHashMap<>();
        AtomicInteger nextCode = new AtomicInteger();
        int[][][] encoded = new int[n][][];
        IntStream.range(0, n).parallel().forEach(i -> {
            ReportedQuote q = quotes.get(i);
            if (q.kind() == QuoteKind.OTHER) return;
            List<List<String>> segs = words.segments(q.text());
            int[][] out = new int[segs.size()][];
            for (int s = 0; s < out.length; s++) {
                List<String> seg = segs.get(s);
                out[s] = new int[seg.size()];
                for (int w = 0; w < seg.size(); w++) {
                    out[s][w] = vocabulary.computeIfAbsent(seg.get(w), k -> nextCode.getAndIncrement());
                }
            }
            encoded[i] = out;
        });
        String[] wordOf = new String[nextCode.get()];
        long[] wordHash = new long[wordOf.length];
        for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
            wordOf[e.getValue()] = e.getKey();
            wordHash[e.getValue()] = Hashing.murmur3_128().hashString(e.getKey(), StandardCharsets.UTF_8).asLong();
        }
        FunctionWords function = functionWords.encoded(w -> vocabulary.getOrDefault(w, -1));
        LinkRules rules = new LinkRules(function);

        // 2. nodes: identical reports once
        List<LinkedNode> nodes = new ArrayList<>();
        int[] nodeOf = new int[n];
        Arrays.fill(nodeOf, -1);
        // each report's content words and day, for the nodes here and for the framed phrases of step 5b
        int[] contentOf = new int[n];
        int[] dayOf = new int[n];
        Map<PhraseKey, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ReportedQuote q = quotes.get(i);
            if (encoded[i] == null || !q.linkable()) continue;
            int total = LinkedNode.words(encoded[i]);
            int content = LinkedNode.contentWords(encoded[i], function);
            contentOf[i] = content;
            boolean indirect = q.kind() == QuoteKind.INDIRECT;
            // under SHORT_WORDS words, or too few content words to tell a statement from a set phrase
            boolean isShort = !indirect && (total < LinkRules.SHORT_WORDS || content < LinkRules.MIN_CONTENT);
            String speaker = indirect ? q.speakerKey() : q.speakerEntityId();
            // an indirect report needs a speaker unless it is long enough to be recognisably copied text
            boolean needsSpeaker = (indirect && total < LinkRules.LONG_PASSAGE) || isShort;
            int day = epochDay(q.date());
            dayOf[i] = day;
            // too short to tell one occasion from another, or short (or indirect) with no speaker to agree on
            // a title, slogan or name in Title Case: its own statement, linked to none (ReportedQuote#titled)
            boolean titled = q.titled();
            if (titled || total < LinkRules.MIN_WORDS || (needsSpeaker && speaker == null) || (isShort && content < LinkRules.SHORT_CONTENT)) {
                nodeOf[i] = nodes.size();
                // a fragment of 4+ words and 2+ content words can still be found inside its full quote
                boolean fragmentPhrase = !indirect && !titled && q.kind() == QuoteKind.FRAGMENT
                        && total >= LinkRules.FRAGMENT_WORDS && content >= LinkRules.SHORT_CONTENT;
                nodes.add(new LinkedNode(encoded[i], fragmentPhrase, indirect, isShort));
            } else {
                PhraseKey key = new PhraseKey(encoded[i], needsSpeaker ? speaker : null, indirect);
                List<Integer> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                Integer id = null;
                for (int candidate : same) {
                    // a short phrase is one statement only within a few weeks: later it is the speaker's refrain
                    if (!isShort || nodes.get(candidate).within(day, day, SHORT_WINDOW_DAYS)) {
                        id = candidate;
                        break;
                    }
                }
                if (id == null) {
                    id = nodes.size();
                    same.add(id);
                    nodes.add(new LinkedNode(encoded[i], true, indirect, isShort));
                }
                nodeOf[i] = id;
            }
            LinkedNode node = nodes.get(nodeOf[i]);
            if (speaker != null) node.speakers.add(speaker);
            node.members.add(i);
            node.date(day);
            if (q.kind() == QuoteKind.FRAGMENT) node.fragment = true;
            if (q.kind() == QuoteKind.DIRECT) node.direct = true;
        }

        // a short phrase one speaker is reported saying on occasions weeks apart (two of its nodes): a refrain
        Set<Integer> refrains = new HashSet<>();
        for (List<Integer> same : byKey.values()) {
            if (same.size() > 1 && nodes.get(same.get(0)).isShort) refrains.addAll(same);
        }

        // 3. the fingerprint index
        int nodeBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, nodes.size())));
        long nodeMask = (1L << nodeBits) - 1;
        long[] index = IntStream.range(0, nodes.size()).parallel().mapToObj(id -> {
            LinkedNode node = nodes.get(id);
            if (!node.linkable) return new long[0];
            List<Long> fps = new ArrayList<>();
            for (int[] seg : node.segments) {
                long[] all = Winnowing.shingles(seg, wordHash);
                // short segments keep every shingle: a changed word leaves them no verbatim run of W + K - 1 words
                for (long fp : seg.length < ALL_SHINGLES_BELOW ? all : Winnowing.winnow(all)) fps.add((fp & ~nodeMask) | id);
            }
            return fps.stream().mapToLong(Long::longValue).distinct().toArray();
        }).flatMapToLong(Arrays::stream).toArray();
        Arrays.parallelSort(index);

        // 4. candidates: either side of a pair may find it (the index holds winnowed fingerprints, the lookups all
        // shingles), so the pairs are gathered from both sides and each is verified once
        long[] candidatePairs = IntStream.range(0, nodes.size()).parallel().mapToObj(id -> {
            LinkedNode node = nodes.get(id);
            if (!node.linkable) return new long[0];
            Set<Integer> candidates = new HashSet<>();
            for (int[] seg : node.segments) {
                for (long fp : Winnowing.shingles(seg, wordHash)) {
                    long lo = fp & ~nodeMask;
                    int from = lowerBound(index, lo);
                    int to = lo == (Long.MAX_VALUE & ~nodeMask) ? index.length : lowerBound(index, lo + nodeMask + 1);
                    if (to - from > MAX_POSTINGS) continue;
                    for (int p = from; p < to; p++) {
                        int other = (int) (index[p] & nodeMask);
                        if (other != id) candidates.add(other);
                    }
                }
            }
            return candidates.stream().mapToLong(o -> ((long) Math.min(id, o) << 32) | Math.max(id, o)).toArray();
        }).flatMapToLong(Arrays::stream).toArray();
        Arrays.parallelSort(candidatePairs);

        // 5. each candidate pair verified once
        Map<Long, NodeLink> pairs = new HashMap<>();
        for (NodeLink l : Arrays.stream(candidatePairs).distinct().parallel()
                .mapToObj(p -> verify(nodes.get((int) (p >>> 32)), nodes.get((int) p), (int) (p >>> 32), (int) p, rules))
                .filter(java.util.Objects::nonNull).toList()) {
            pairs.put(l.key(), l);
        }
        int formulas = ContainmentPruning.dropFormulas(pairs, nodes);
        int refrainLinks = ContainmentPruning.dropRefrainsInside(pairs, refrains);
        pairs.values().removeIf(l -> l.rule() == null); // containments that did not link: only formulas needed them
        // 5b-e. links besides aligned words: a pair already linked keeps its first rule
        LinkedCorpus corpus = new LinkedCorpus(quotes, encoded, nodes, nodeOf, contentOf, dayOf, function, refrains);
        for (LinkSieve sieve : sieves) {
            for (NodeLink l : sieve.links(corpus)) pairs.putIfAbsent(l.key(), l);
        }
        int nestedLinks = ContainmentPruning.dropNestedReports(pairs, corpus);

        // 6. groups
        UnionFind parent = new UnionFind(nodes.size());
        for (long p : new java.util.TreeSet<>(pairs.keySet())) parent.union((int) (p >>> 32), (int) p);

        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (nodeOf[i] >= 0) groups.computeIfAbsent(parent.find(nodeOf[i]), k -> new ArrayList<>()).add(i);
        }
        StatementBuilder builder = new StatementBuilder(quotes, encoded, wordOf);
        List<StatementBuilder.Built> built = new ArrayList<>(groups.values()).parallelStream().map(builder::build).toList();
        Map<String, Integer> byRule = new TreeMap<>();
        for (NodeLink l : pairs.values()) byRule.merge(l.rule(), 1, Integer::sum);
        if (formulas > 0) byRule.put(ContainmentPruning.FORMULA, formulas);
        if (refrainLinks > 0) byRule.put(ContainmentPruning.REFRAIN, refrainLinks);
        if (nestedLinks > 0) byRule.put(ContainmentPruning.NESTED, nestedLinks);
        int sameWords = 0;
        for (LinkedNode node : nodes) sameWords += node.members.size() - 1;
        if (sameWords > 0) byRule.put(SAME_WORDS, sameWords);
        return StatementBuilder.collect(built, byRule);
    }

    /**
     * Days reports may lie apart and still be one statement ({@link LinkedNode#within}) unless they share at least
     * {@link LinkRules#LONG_PASSAGE} words; a short phrase never links across more.
     */
    static final int SHORT_WINDOW_DAYS = 30;
    /** Days a fragment and the direct quote it is found in may lie apart to link under different speakers. */
    static final int FRAGMENT_WINDOW_DAYS = 7;

    /** Days since 1970 of an ISO date or timestamp; {@link Integer#MIN_VALUE} when undated or unreadable. */
    static int epochDay(String date) {
        if (date == null || date.length() < 10) return Integer.MIN_VALUE;
        try {
            return (int) java.time.LocalDate.parse(date.substring(0, 10)).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return Integer.MIN_VALUE;
        }
    }

    /** The verdict on candidate nodes {@code lo} < {@code hi}: a link, a containment that did not link, or null. */
    private static NodeLink verify(LinkedNode node, LinkedNode o, int id, int other, LinkRules rules) {
        LinkRules.Speakers speakers = !java.util.Collections.disjoint(node.speakers, o.speakers) ? LinkRules.Speakers.SAME
                : node.speakers.isEmpty() || o.speakers.isEmpty() ? LinkRules.Speakers.UNKNOWN
                : LinkRules.Speakers.DIFFERENT;
        // a fragment inside a direct quote of the same week links whoever the quote stage named for it
        boolean fragmentInside = (node.fragment && node.isShort && o.direct && !o.isShort && node.within(o, FRAGMENT_WINDOW_DAYS))
                || (o.fragment && o.isShort && node.direct && !node.isShort && o.within(node, FRAGMENT_WINDOW_DAYS));
        LinkRules.Decision d = node.indirect || o.indirect
                ? rules.decideIndirect(node.segments, o.segments, speakers, node.indirect, o.indirect)
                : rules.decide(node.segments, o.segments, speakers, fragmentInside);
        // reports weeks apart are one statement only when the shared passage is long enough to be unmistakable:
        // a short line, or one sentence, repeated later is the speaker's refrain, said again
        if (d.linked() && !node.within(o, SHORT_WINDOW_DAYS)
                && (node.isShort || o.isShort || d.matches() < LinkRules.LONG_PASSAGE)) {
            d = new LinkRules.Decision(false, "apart", d.containment(), d.matches());
        }
        int contained = !d.containment() || node.words == o.words ? -1 : node.words < o.words ? id : other;
        if (!d.linked() && contained < 0) return null;
        return new NodeLink(Math.min(id, other), Math.max(id, other), d.linked() ? d.rule() : null, contained);
    }

    private static int lowerBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
