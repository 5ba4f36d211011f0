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
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

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
 *   <li>Reports of one short phrase whose reporting sentences agree are linked ({@link #framedPhrases},
 *       {@link SharedFrame}); an indirect report that is mostly the words it quotes joins them
 *       ({@link #quotedInReports}); a short quote an article prints again inside its own longer quote of the same
 *       speaker joins that quote ({@link #echoesInDocument}); an indirect report joins another outlet's report or
 *       quote of the same speaker, within days, that says the same in other words ({@link #paraphrases}).</li>
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
    /**
     * Segments shorter than this index every shingle, not only the winnowed ones, so a short quote with a word
     * changed ("at last" for "at least") is still found from the longer report it differs from.
     */
    /** Statements a short quote must be found inside to be a formula rather than a report ({@link #dropFormulas}). */
    static final int FORMULA_STATEMENTS = 3;
    /** The run report's name for formulas found (their containment links are dropped). */
    public static final String FORMULA = "formula-unlinked";
    /** The run report's name for links of a speaker's refrain found inside one longer quote, removed ({@link #dropRefrainsInside}). */
    public static final String REFRAIN = "refrain-unlinked";

    /** The run report's name for reports joined because their words are the same (no alignment needed). */
    public static final String SAME_WORDS = "same-words";

    static final int ALL_SHINGLES_BELOW = 2 * (Winnowing.W + Winnowing.K - 1);

    private final QuoteWords words;
    private final FunctionWords functionWords;

    public StatementLinker(QuoteWords words, FunctionWords functionWords) {
        this.words = words;
        this.functionWords = functionWords;
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
            if (q.kind() == org.newsquotes.record.QuoteKind.OTHER) return;
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
        List<Node> nodes = new ArrayList<>();
        int[] nodeOf = new int[n];
        Arrays.fill(nodeOf, -1);
        // each report's content words and day, for the nodes here and for the framed phrases of step 5b
        int[] contentOf = new int[n];
        int[] dayOf = new int[n];
        Map<Key, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ReportedQuote q = quotes.get(i);
            if (encoded[i] == null || !q.linkable()) continue;
            int total = words(encoded[i]);
            int content = contentWords(encoded[i], function);
            contentOf[i] = content;
            boolean indirect = q.kind() == org.newsquotes.record.QuoteKind.INDIRECT;
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
                boolean fragmentPhrase = !indirect && !titled && q.kind() == org.newsquotes.record.QuoteKind.FRAGMENT
                        && total >= LinkRules.FRAGMENT_WORDS && content >= LinkRules.SHORT_CONTENT;
                nodes.add(new Node(encoded[i], fragmentPhrase, indirect, isShort));
            } else {
                Key key = new Key(encoded[i], needsSpeaker ? speaker : null, indirect);
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
                    nodes.add(new Node(encoded[i], true, indirect, isShort));
                }
                nodeOf[i] = id;
            }
            Node node = nodes.get(nodeOf[i]);
            if (speaker != null) node.speakers.add(speaker);
            node.members.add(i);
            node.date(day);
            if (q.kind() == org.newsquotes.record.QuoteKind.FRAGMENT) node.fragment = true;
            if (q.kind() == org.newsquotes.record.QuoteKind.DIRECT) node.direct = true;
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
            Node node = nodes.get(id);
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
            Node node = nodes.get(id);
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
        Map<Long, Link> pairs = new HashMap<>();
        for (Link l : Arrays.stream(candidatePairs).distinct().parallel()
                .mapToObj(p -> verify(nodes.get((int) (p >>> 32)), nodes.get((int) p), (int) (p >>> 32), (int) p, rules))
                .filter(java.util.Objects::nonNull).toList()) {
            pairs.put(((long) l.lo << 32) | l.hi, l);
        }
        int formulas = dropFormulas(pairs, nodes);
        int refrainLinks = dropRefrainsInside(pairs, refrains);
        pairs.values().removeIf(l -> l.rule == null); // containments that did not link: only formulas needed them
        // 5b. short phrases in the same reporting sentence
        for (Link l : framedPhrases(quotes, nodes, nodeOf, contentOf, dayOf)) pairs.putIfAbsent(((long) l.lo << 32) | l.hi, l);
        // 5c. an indirect report that is mostly the words it quotes reports their statement
        for (Link l : quotedInReports(quotes, nodeOf, contentOf)) pairs.putIfAbsent(((long) l.lo << 32) | l.hi, l);
        // 5d. an article quoting again words of a quote it printed
        for (Link l : echoesInDocument(quotes, encoded, nodes, nodeOf, contentOf, refrains)) pairs.putIfAbsent(((long) l.lo << 32) | l.hi, l);
        // 5e. one speaker's words reported in other words by two outlets within days
        for (Link l : paraphrases(quotes, encoded, nodeOf, dayOf, function)) pairs.putIfAbsent(((long) l.lo << 32) | l.hi, l);

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
        for (Link l : pairs.values()) byRule.merge(l.rule, 1, Integer::sum);
        if (formulas > 0) byRule.put(FORMULA, formulas);
        if (refrainLinks > 0) byRule.put(REFRAIN, refrainLinks);
        int sameWords = 0;
        for (Node node : nodes) sameWords += node.members.size() - 1;
        if (sameWords > 0) byRule.put(SAME_WORDS, sameWords);
        return StatementBuilder.collect(built, byRule);
    }

    /**
     * Days reports may lie apart and still be one statement ({@link Node#within}) unless they share at least
     * {@link LinkRules#LONG_PASSAGE} words; a short phrase never links across more.
     */
    static final int SHORT_WINDOW_DAYS = 30;
    /** Days a fragment and the direct quote it is found in may lie apart to link under different speakers. */
    static final int FRAGMENT_WINDOW_DAYS = 7;

    /** The run report's name for short phrases linked by their reporting sentences ({@link #framedPhrases}). */
    public static final String SHARED_FRAME = "shared-frame";

    /**
     * Links reports of one short phrase (a direct quote or fragment of at least 2 words, 1 of them a content word,
     * too short for {@link LinkRules} to link) whose reporting sentences agree ({@link SharedFrame}): the same words
     * in two documents within {@link #FRAGMENT_WINDOW_DAYS} days, not attributed to two different speakers.
     * "The reformist daily praised the mayor's 'steady hand'" in two outlets is one remark even though "steady hand"
     * alone could be anyone's. A phrase reported more than {@link #MAX_POSTINGS} times is a formula and links
     * nothing this way.
     */
    private List<Link> framedPhrases(List<ReportedQuote> quotes, List<Node> nodes, int[] nodeOf, int[] contentOf,
                                     int[] dayOf) {
        Map<Key, List<Integer>> byPhrase = new HashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).frame() == null || nodeOf[i] < 0) continue;
            // short nodes are direct quotes and fragments only: what the rules above leave alone
            Node node = nodes.get(nodeOf[i]);
            if (!node.isShort || node.words < 2 || contentOf[i] < 1) continue;
            byPhrase.computeIfAbsent(new Key(node.segments, null, false), k -> new ArrayList<>()).add(i);
        }
        SharedFrame frames = new SharedFrame(functionWords);
        List<Link> out = new ArrayList<>();
        for (List<Integer> reports : byPhrase.values()) {
            if (reports.size() < 2 || reports.size() > MAX_POSTINGS) continue;
            List<Set<String>> words = new ArrayList<>(reports.size());
            for (int i : reports) words.add(frames.words(quotes.get(i).frame()));
            for (int x = 0; x < reports.size(); x++) {
                ReportedQuote a = quotes.get(reports.get(x));
                for (int y = x + 1; y < reports.size(); y++) {
                    ReportedQuote b = quotes.get(reports.get(y));
                    int na = nodeOf[reports.get(x)];
                    int nb = nodeOf[reports.get(y)];
                    if (a.docId().equals(b.docId()) || na == nb) continue;
                    if (a.speakerEntityId() != null && b.speakerEntityId() != null && !a.speakerEntityId().equals(b.speakerEntityId())) continue;
                    int da = dayOf[reports.get(x)];
                    int db = dayOf[reports.get(y)];
                    if (da != Integer.MIN_VALUE && db != Integer.MIN_VALUE && Math.abs((long) da - db) > FRAGMENT_WINDOW_DAYS) continue;
                    if (!frames.agree(words.get(x), words.get(y))) continue;
                    out.add(new Link(Math.min(na, nb), Math.max(na, nb), SHARED_FRAME, -1));
                }
            }
        }
        return out;
    }

    /** The run report's name for indirect reports joined to the statement of the words they quote ({@link #quotedInReports}). */
    public static final String QUOTED_IN_REPORT = "quoted-in-report";

    /**
     * Links an indirect report to the one quote inside it that holds at least two thirds of its content words: "the
     * senator said the governor would 'abolish the fishing quota'" reports the statement its quoted words belong to,
     * which other outlets print in full. A report that says more than the words it quotes links nothing this way:
     * "she had not sent any letter that was 'marked urgent at the time'" (a claim made again and again, whose quoted
     * words are half of it), "the 'harbour town values' line came from her rival" (words about the phrase, not the
     * phrase reported). Within one document only; the quote's own links carry the report to other outlets.
     */
    private static List<Link> quotedInReports(List<ReportedQuote> quotes, int[] nodeOf, int[] contentOf) {
        Map<String, List<Integer>> byDoc = byDocument(quotes, nodeOf, i -> true);
        List<Link> out = new ArrayList<>();
        for (List<Integer> inDoc : byDoc.values()) {
            for (int i : inDoc) {
                ReportedQuote report = quotes.get(i);
                if (report.kind() != org.newsquotes.record.QuoteKind.INDIRECT || contentOf[i] == 0) continue;
                int end = report.start() + report.text().length();
                int quoted = -1;
                int found = 0;
                for (int j : inDoc) {
                    ReportedQuote q = quotes.get(j);
                    if (j == i || q.kind() == org.newsquotes.record.QuoteKind.INDIRECT) continue;
                    if (q.start() < report.start() || q.start() + q.text().length() > end) continue;
                    if (3 * contentOf[j] < 2 * contentOf[i]) continue;
                    quoted = j;
                    found++;
                }
                if (found != 1 || nodeOf[quoted] == nodeOf[i]) continue;
                out.add(new Link(Math.min(nodeOf[i], nodeOf[quoted]), Math.max(nodeOf[i], nodeOf[quoted]), QUOTED_IN_REPORT, -1));
            }
        }
        return out;
    }

    /** The run report's name for a document's own repetition of words it quoted ({@link #echoesInDocument}). */
    public static final String ECHO_IN_DOCUMENT = "echo-in-document";

    /**
     * Links a short direct quote or fragment (under six words, or under three content words) to the longer direct quote
     * of the same document, under the same speaker,
     * that holds its words verbatim: the article quoting again what it printed ("“… And I’m just not quite there
     * yet.” When the senator used the words “I’m not quite there yet,” he was echoing …"). Three words and one content
     * word suffice here, as the words and the speaker are the article's own; across documents a short phrase needs
     * more ({@link LinkRules}), since two outlets may print the same few words of one speaker from two occasions.
     */
    private static List<Link> echoesInDocument(List<ReportedQuote> quotes, int[][][] encoded, List<Node> nodes, int[] nodeOf,
                                               int[] contentOf, Set<Integer> refrains) {
        Map<String, List<Integer>> byDoc = byDocument(quotes, nodeOf, i -> {
            ReportedQuote q = quotes.get(i);
            boolean marked = q.kind() == org.newsquotes.record.QuoteKind.DIRECT || q.kind() == org.newsquotes.record.QuoteKind.FRAGMENT;
            return marked && q.speakerEntityId() != null && !q.titled();
        });
        List<Link> out = new ArrayList<>();
        for (List<Integer> inDoc : byDoc.values()) {
            for (int i : inDoc) {
                int[] phrase = onlySegment(encoded[i]);
                // short by the linker's measure (under six words, or under three content words): what the rules leave alone
                if (phrase == null || !nodes.get(nodeOf[i]).isShort || phrase.length < LinkRules.MIN_WORDS || contentOf[i] < 1) continue;
                // the speaker's refrain ({@link #dropRefrainsInside}) is theirs on any day, not words of this quote
                if (refrains.contains(nodeOf[i])) continue;
                for (int j : inDoc) {
                    ReportedQuote q = quotes.get(j);
                    if (j == i || nodeOf[j] == nodeOf[i] || q.kind() != org.newsquotes.record.QuoteKind.DIRECT) continue;
                    if (!q.speakerEntityId().equals(quotes.get(i).speakerEntityId()) || words(encoded[j]) <= phrase.length) continue;
                    if (!containsRun(encoded[j], phrase)) continue;
                    out.add(new Link(Math.min(nodeOf[i], nodeOf[j]), Math.max(nodeOf[i], nodeOf[j]), ECHO_IN_DOCUMENT, -1));
                    break;
                }
            }
        }
        return out;
    }

    /** The run report's name for one speaker's statement reported in two outlets' own words ({@link #paraphrases}). */
    public static final String PARAPHRASE = "paraphrase";
    /** Days two paraphrases of one speaker may lie apart: the news of one occasion, not the speaker's talking point. */
    static final int PARAPHRASE_WINDOW_DAYS = 3;
    /** Content words two paraphrases must share (and at least half of the smaller one's). */
    static final int PARAPHRASE_CONTENT = 5;

    /**
     * Links an indirect report to a report or quote of the same speaker (one corpus-wide entity) in another document
     * dated within {@value #PARAPHRASE_WINDOW_DAYS} days when they share at least {@value #PARAPHRASE_CONTENT} distinct
     * content words, and at least half of the distinct content words of the one with fewer: "the minister said the
     * ferry service would resume on Monday with two extra crossings a day" and, the next day, "the minister said
     * ferries would resume Monday, adding two daily crossings" report one announcement in two writers' words, which
     * no passage alignment finds. Both reports must be dated, and never two direct quotes: words in marks that differ
     * are two statements. Measured on the 924 PolNeAR articles: 3 days and 5 words linked 6 pairs, all true (7 over
     * the refit quote stage, one judged false: two outlets' summaries of a claim made across a week of interviews); a
     * week added a speaker's talking point repeated on another occasion, and 4 words two different claims.
     */
    private static List<Link> paraphrases(List<ReportedQuote> quotes, int[][][] encoded, int[] nodeOf, int[] dayOf,
                                          FunctionWords function) {
        Map<String, List<Integer>> bySpeaker = grouped(quotes, nodeOf, i -> quotes.get(i).speakerEntityId() != null
                && dayOf[i] != Integer.MIN_VALUE && !quotes.get(i).titled(), ReportedQuote::speakerEntityId);
        List<Link> out = new ArrayList<>();
        for (List<Integer> said : bySpeaker.values()) {
            if (said.stream().noneMatch(i -> quotes.get(i).kind() == org.newsquotes.record.QuoteKind.INDIRECT)) continue;
            List<Integer> byDay = new ArrayList<>(said);
            byDay.sort(java.util.Comparator.comparingInt((Integer i) -> dayOf[i]).thenComparingInt(i -> i));
            int[][] content = new int[byDay.size()][];
            for (int x = 0; x < byDay.size(); x++) content[x] = distinctContent(encoded[byDay.get(x)], function);
            for (int x = 0; x < byDay.size(); x++) {
                int i = byDay.get(x);
                if (content[x].length < PARAPHRASE_CONTENT) continue;
                for (int y = x + 1; y < byDay.size() && dayOf[byDay.get(y)] - dayOf[i] <= PARAPHRASE_WINDOW_DAYS; y++) {
                    int j = byDay.get(y);
                    ReportedQuote a = quotes.get(i);
                    ReportedQuote b = quotes.get(j);
                    if (a.kind() != org.newsquotes.record.QuoteKind.INDIRECT && b.kind() != org.newsquotes.record.QuoteKind.INDIRECT) continue;
                    if (a.docId().equals(b.docId()) || nodeOf[i] == nodeOf[j] || content[y].length < PARAPHRASE_CONTENT) continue;
                    int shared = sharedCount(content[x], content[y]);
                    if (shared < PARAPHRASE_CONTENT || 2 * shared < Math.min(content[x].length, content[y].length)) continue;
                    out.add(new Link(Math.min(nodeOf[i], nodeOf[j]), Math.max(nodeOf[i], nodeOf[j]), PARAPHRASE, -1));
                }
            }
        }
        return out;
    }

    /** The distinct content words of a quote's segments, sorted. */
    private static int[] distinctContent(int[][] segments, FunctionWords function) {
        return Arrays.stream(segments).flatMapToInt(Arrays::stream).filter(w -> !function.isFunction(w)).distinct().sorted().toArray();
    }

    /** How many values two sorted arrays of distinct values share. */
    static int sharedCount(int[] a, int[] b) {
        int n = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) {
                n++;
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return n;
    }

    /** The words of a quote with one segment (no ellipsis), or null. */
    private static int[] onlySegment(int[][] segments) {
        return segments != null && segments.length == 1 ? segments[0] : null;
    }

    /** True when one of {@code segments} holds {@code run} word for word ({@link StatementBuilder#contains}). */
    private static boolean containsRun(int[][] segments, int[] run) {
        for (int[] seg : segments) if (StatementBuilder.contains(seg, run)) return true;
        return false;
    }

    /** The quotes {@code keep} accepts that belong to a node, grouped by document in corpus order. */
    private static Map<String, List<Integer>> byDocument(List<ReportedQuote> quotes, int[] nodeOf, IntPredicate keep) {
        return grouped(quotes, nodeOf, keep, ReportedQuote::docId);
    }

    /** The quotes {@code keep} accepts that belong to a node, grouped by {@code key} in corpus order. */
    private static Map<String, List<Integer>> grouped(List<ReportedQuote> quotes, int[] nodeOf, IntPredicate keep,
                                                      java.util.function.Function<ReportedQuote, String> key) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            if (nodeOf[i] >= 0 && keep.test(i)) groups.computeIfAbsent(key.apply(quotes.get(i)), k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    private static int words(int[][] segments) {
        int n = 0;
        for (int[] seg : segments) n += seg.length;
        return n;
    }

    private static int contentWords(int[][] segments, FunctionWords function) {
        int n = 0;
        for (int[] seg : segments) for (int w : seg) if (!function.isFunction(w)) n++;
        return n;
    }

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
    private static Link verify(Node node, Node o, int id, int other, LinkRules rules) {
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
        return new Link(Math.min(id, other), Math.max(id, other), d.linked() ? d.rule() : null, contained);
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

    /** Reports with the same words (and, when short, the same speaker). */
    private static final class Node {
        final int[][] segments;
        final boolean linkable;
        final boolean indirect;
        /** Some member is a fragment / a direct quote. */
        boolean fragment;
        boolean direct;
        /** Under {@link LinkRules#SHORT_WORDS} words (direct or fragment): links only within {@link #SHORT_WINDOW_DAYS}. */
        final boolean isShort;
        final int words;
        /** Earliest and latest date of its dated members (epoch days); MIN_VALUE / MAX_VALUE while none is dated. */
        int firstDay = Integer.MAX_VALUE;
        int lastDay = Integer.MIN_VALUE;
        /** Speakers of its members: entity ids; for indirect nodes {@link ReportedQuote#speakerKey()}s. */
        final Set<String> speakers = new HashSet<>();
        final List<Integer> members = new ArrayList<>();

        Node(int[][] segments, boolean linkable, boolean indirect, boolean isShort) {
            this.segments = segments;
            this.linkable = linkable;
            this.indirect = indirect;
            this.isShort = isShort;
            this.words = StatementLinker.words(segments);
        }


        void date(int day) {
            if (day == Integer.MIN_VALUE) return;
            firstDay = Math.min(firstDay, day);
            lastDay = Math.max(lastDay, day);
        }

        /**
         * True when the dates [{@code from}, {@code to}] lie within {@code days} of this node's dates, or either side is
         * undated (then nothing says they are apart).
         */
        boolean within(int from, int to, int days) {
            if (lastDay == Integer.MIN_VALUE || from == Integer.MIN_VALUE || to == Integer.MIN_VALUE
                    || from == Integer.MAX_VALUE) {
                return true;
            }
            long gap = Math.max((long) from - lastDay, (long) firstDay - to);
            return gap <= days;
        }

        /** Within {@code days} of node {@code o}'s dates ({@link #within(int, int, int)}). */
        boolean within(Node o, int days) {
            return within(o.firstDay, o.lastDay, days);
        }
    }

    /**
     * A verified pair: linked by {@code rule}, or (rule null) not linked but one found whole inside the other;
     * {@code contained} is the node found whole inside the other, or -1.
     */
    private record Link(int lo, int hi, String rule, int contained) {}

    /**
     * Removes the links of formulas: a quote of fewer than {@link LinkRules#LONG_PASSAGE} words found whole inside
     * quotes of at least {@link #FORMULA_STATEMENTS} different statements, whoever they are attributed to, is a
     * slogan or catchphrase ("make our town great again" inside a dozen different speeches), not a report of any one
     * of them; left linked, it would join them all into one statement. Returns how many formulas were found.
     */
    private static int dropFormulas(Map<Long, Link> pairs, List<Node> nodes) {
        // a phrase's containers, whichever of its nodes (speakers, weeks) they contain
        Map<Key, List<Integer>> byPhrase = new HashMap<>();
        Map<Integer, Key> phraseOf = new HashMap<>();
        for (Link l : pairs.values()) {
            if (l.contained < 0 || nodes.get(l.contained).words >= LinkRules.LONG_PASSAGE) continue;
            Key phrase = phraseOf.computeIfAbsent(l.contained, k -> new Key(nodes.get(k).segments, null, false));
            byPhrase.computeIfAbsent(phrase, k -> new ArrayList<>()).add(l.contained == l.lo ? l.hi : l.lo);
        }
        byPhrase.values().removeIf(c -> c.size() < FORMULA_STATEMENTS);
        if (byPhrase.isEmpty()) return 0;
        Map<Integer, List<Integer>> containers = new HashMap<>();
        for (Map.Entry<Integer, Key> e : phraseOf.entrySet()) {
            List<Integer> c = byPhrase.get(e.getValue());
            if (c != null) containers.put(e.getKey(), c);
        }
        // statements as they stand without the candidates' containment links
        UnionFind parent = new UnionFind(nodes.size());
        for (Map.Entry<Long, Link> e : new java.util.TreeMap<>(pairs).entrySet()) {
            Link l = e.getValue();
            if (l.rule == null || (l.contained >= 0 && containers.containsKey(l.contained))) continue;
            parent.union(l.lo, l.hi);
        }
        Set<Integer> formulas = new HashSet<>();
        Set<Key> formulaPhrases = new HashSet<>();
        for (Map.Entry<Integer, List<Integer>> e : containers.entrySet()) {
            Set<Integer> statements = new HashSet<>();
            for (int c : e.getValue()) statements.add(parent.find(c));
            if (statements.size() >= FORMULA_STATEMENTS) {
                formulas.add(e.getKey());
                formulaPhrases.add(phraseOf.get(e.getKey()));
            }
        }
        pairs.values().removeIf(l -> l.contained >= 0 && formulas.contains(l.contained));
        return formulaPhrases.size();
    }

    /**
     * Removes the links that put a speaker's refrain inside one longer quote of theirs: a short phrase the same
     * speaker is reported saying on occasions more than {@link #SHORT_WINDOW_DAYS} days apart (so two of its nodes) is
     * a phrase of theirs, not words of any one statement, and finding it inside one full statement ("… protect every
     * family from radical harbour extremism …") says nothing about which occasion a report of the phrase comes from.
     * Returns how many links were removed.
     */
    private static int dropRefrainsInside(Map<Long, Link> pairs, Set<Integer> refrains) {
        if (refrains.isEmpty()) return 0;
        int[] linked = {0};
        // not fragment-inside: there the speakers differ, and the quote stage's name for the fragment (whose refrain
        // it would be) is the one in doubt
        pairs.values().removeIf(l -> {
            boolean drop = l.contained >= 0 && refrains.contains(l.contained) && !"fragment-inside".equals(l.rule);
            if (drop && l.rule != null) linked[0]++; // a containment that did not link is no link removed
            return drop;
        });
        return linked[0];
    }

    private record Key(int[][] segments, String speaker, boolean indirect) {
        @Override public boolean equals(Object o) {
            return o instanceof Key k && Arrays.deepEquals(segments, k.segments) && java.util.Objects.equals(speaker, k.speaker)
                    && indirect == k.indirect;
        }

        @Override public int hashCode() {
            return (Arrays.deepHashCode(segments) * 31 + java.util.Objects.hashCode(speaker)) * 2 + (indirect ? 1 : 0);
        }
    }
}
