package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Entity;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.MergeEvidence;

/**
 * Phase 2: resolves every document's local entities into canonical corpus-wide {@link Entity} records.
 *
 * <p>Built from pieces a Spark job reuses one by one (issue 7), none of which compares all pairs:
 * <ol>
 *   <li>{@link #nodes}: local entities collapse into distinct (name key, type) {@link NameNode}s
 *       ({@code reduceByKey}).</li>
 *   <li>{@link BlockingKeys}: each node's blocking keys ({@code flatMap}); nodes sharing a key form a block.</li>
 *   <li>{@link #candidatePairs}: pairs within blocks only, de-duplicated; blocks that would yield more than
 *       {@code maxBlock²} pairs are skipped and counted (a key shared by thousands of names carries no evidence).</li>
 *   <li>{@link NameMatcher#decide}: one decision per candidate pair ({@code map}).</li>
 *   <li>{@link #components}: union-find over the positive decisions, on the driver (distinct names only, never
 *       mentions). Strong links first, most confident first; each union is refused when any name of one side
 *       refuses a name of the other ({@code never-merge}, given-name / suffix / alias / type conflicts), so no
 *       chain of links can join Donald and Melania Trump. Weak links (bare surnames, acronyms by initials,
 *       organisation short forms) then attach each short name to its single best candidate: the component with
 *       the most mentions, or nothing when two candidates tie. Processing follows sorted names and decisions,
 *       never document order, so the same input gives the same entities whatever the order.</li>
 *   <li>{@link #entities}: type vote, canonical name and entity id per component.</li>
 * </ol>
 *
 * <p><b>Type vote</b>: the type with the most mentions across documents; ties go to the type of the canonical
 * name's node, then alphabetically. <b>Canonical name</b>: the alias table's canonical when a member is listed;
 * otherwise, among member names that are not acronyms (for people: that have a given name, when any has), those
 * with at least a fifth of the top mention count, the one with the most words, then most mentions, then longest,
 * then alphabetically: the fullest form in common use ("Esmaeil Baghaei" over "Baghaei", "Tasnim News Agency"
 * over "Tasnim" unless that long form is rare). <b>Entity id</b>: the ASCII slug of the canonical name
 * ({@code donald_trump}); when two entities share a slug, each gets its type appended ({@code georgia_country},
 * {@code georgia_state_or_province}); if still shared, {@code _2}, {@code _3} ... in order of mentions
 * (descending), then of their smallest name key.
 *
 * <p>A Spark job runs the same pieces: {@code reduceByKey(NameNode::plus)} over {@link NameNode#of} for the distinct
 * names; {@code flatMap} of {@link BlockingKeys#of} and {@code groupByKey} for the blocks; {@link #pairsInBlock} and
 * {@code distinct} for the candidate pairs; {@link NameMatcher#prepare} and {@link NameMatcher#decide} in a
 * {@code map}; then only the distinct names and the positive decisions go to the driver for {@link #components}
 * and {@link #entities}, and the (docId, localId) -> entity id mapping goes back out as a broadcast or a join.
 *
 * <p>Thread-safe and stateless between calls.
 */
public final class EntityResolver {
    /** Default largest block compared pairwise. */
    public static final int DEFAULT_MAX_BLOCK = 2000;
    private static final Set<String> REFUSALS = Set.of("never-merge", "given-name-conflict", "suffix-conflict",
            "alias-conflict", "type-mismatch");
    private static final int MAX_CONSTRAINT_CHECKS = 400;
    private static final double COMMON_FORM_SHARE = 0.2;

    private final EntityKnowledge knowledge;
    private final NameMatcher matcher;
    private final BlockingKeys blocking;
    private final int maxBlock;

    public EntityResolver(EntityKnowledge knowledge) { this(knowledge, DEFAULT_MAX_BLOCK); }

    public EntityResolver(EntityKnowledge knowledge, int maxBlock) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.matcher = new NameMatcher(knowledge);
        this.blocking = new BlockingKeys(knowledge);
        this.maxBlock = maxBlock;
    }

    public NameMatcher matcher() { return matcher; }

    public int maxBlock() { return maxBlock; }

    /** Resolves the local entities of these documents (failed documents simply absent). */
    public Resolution resolveDocuments(Collection<AnnotatedDocument> docs) {
        List<NameOccurrence> occ = new ArrayList<>();
        for (AnnotatedDocument d : docs) {
            for (LocalEntity e : d.entities()) occ.add(NameOccurrence.of(d.docId(), e));
        }
        Resolution r = resolve(occ);
        Map<String, Integer> merges = new TreeMap<>(r.mergesByRule());
        for (AnnotatedDocument d : docs) {
            for (LocalEntity e : d.entities()) {
                for (MergeEvidence ev : e.evidence()) merges.merge("in-document " + ev.rule(), 1, Integer::sum);
            }
        }
        return new Resolution(r.entities(), r.entityIdByRef(), merges);
    }

    /** The whole resolution over occurrences. */
    public Resolution resolve(Collection<NameOccurrence> occurrences) {
        List<NameNode> nodes = nodes(occurrences);
        List<NameMatcher.Prepared> prepared = prepare(nodes);
        List<Decided> decisions = decide(prepared, candidatePairs(nodes, new int[1]));
        Components comps = components(nodes, prepared, decisions);
        return entities(nodes, prepared, comps, occurrences);
    }

    // ---- 1. distinct names ----

    /** Distinct (name key, type) nodes, sorted by id. */
    public List<NameNode> nodes(Collection<NameOccurrence> occurrences) {
        Map<String, NameNode> byId = new TreeMap<>();
        for (NameOccurrence o : occurrences) {
            NameNode n = NameNode.of(knowledge.text(), retyped(o));
            byId.merge(n.id(), n, NameNode::plus);
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * The occurrence with the type annotators gave its name's entity ({@link EntityCorrections}), so mentions CoreNLP
     * typed differently meet in one node; unchanged when they gave none.
     */
    public NameOccurrence retyped(NameOccurrence o) {
        String t = knowledge.retypeOf(o.name());
        return t == null || t.equals(o.type()) ? o
                : new NameOccurrence(o.docId(), o.localId(), o.name(), t, o.mentions(), o.variants());
    }

    // ---- 2./3. blocking and candidate pairs ----

    /**
     * Candidate pairs (indices into {@code nodes}, {@code i < j}) of nodes sharing a blocking key, de-duplicated
     * and sorted. {@code skippedBlocks[0]} receives the number of blocks over {@link #maxBlock}.
     */
    public List<int[]> candidatePairs(List<NameNode> nodes, int[] skippedBlocks) {
        List<Set<String>> keysByNode = IntStream.range(0, nodes.size()).parallel()
                .mapToObj(i -> blocking.of(nodes.get(i).name(), nodes.get(i).type())).toList();
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (String k : keysByNode.get(i)) {
                // a star member is stored as -(i + 1): paired with plain members only
                boolean star = k.startsWith(BlockingKeys.STAR);
                String block = star ? k.substring(BlockingKeys.STAR.length()) : k;
                blocks.computeIfAbsent(block, x -> new ArrayList<>()).add(star ? -(i + 1) : i);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (List<Integer> block : blocks.values()) {
            List<Integer> plain = new ArrayList<>();
            List<Integer> star = new ArrayList<>();
            for (int m : block) {
                if (m >= 0) plain.add(m);
                else star.add(-m - 1);
            }
            if (!pairsInBlock(plain, star, maxBlock, (a, b) -> addPair(a, b, seen, pairs))) skippedBlocks[0]++;
        }
        pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return pairs;
    }

    /**
     * The candidate pairs of one block: every two plain members, and every plain member with every star member
     * (star members are never paired with each other). Pairs may repeat across blocks and may hold one member twice
     * (a node under a plain and a star key of one block); callers drop those. Returns false, pairing nothing, when
     * the block is over {@code maxBlock} (see {@link #candidatePairs}).
     */
    public static <T> boolean pairsInBlock(List<T> plain, List<T> star, int maxBlock,
                                           java.util.function.BiConsumer<T, T> pair) {
        if (plain.isEmpty() || plain.size() + star.size() < 2) return true;
        if ((long) plain.size() * (plain.size() + star.size()) > (long) maxBlock * maxBlock) return false;
        for (int x = 0; x < plain.size(); x++) {
            for (int y = x + 1; y < plain.size(); y++) pair.accept(plain.get(x), plain.get(y));
            for (T s : star) pair.accept(plain.get(x), s);
        }
        return true;
    }

    private static void addPair(int a, int b, Set<Long> seen, List<int[]> pairs) {
        if (a == b) return;
        int i = Math.min(a, b);
        int j = Math.max(a, b);
        if (seen.add(((long) i << 32) | j)) pairs.add(new int[] {i, j});
    }

    // ---- 4. decisions ----

    /** A positive decision on a candidate pair. */
    public record Decided(int a, int b, MatchDecision decision) {}

    /** Every node prepared for the matcher, in node order. */
    public List<NameMatcher.Prepared> prepare(List<NameNode> nodes) {
        return nodes.parallelStream().map(n -> matcher.prepare(n.name(), n.type())).toList();
    }

    /** The matcher's positive decisions on the candidate pairs ({@code prepared} in node order). */
    public List<Decided> decide(List<NameMatcher.Prepared> prepared, List<int[]> pairs) {
        // parallel but order-preserving: the result does not depend on the number of cores
        return pairs.parallelStream().map(p -> {
            MatchDecision d = matcher.decide(prepared.get(p[0]), prepared.get(p[1]));
            return d.match() ? new Decided(p[0], p[1], d) : null;
        }).filter(Objects::nonNull).toList();
    }

    // ---- 5. components ----

    /** Union-find over node indices, with the evidence of every union. */
    public static final class Components {
        private final int[] parent;
        private final long[] mentions;
        private final List<List<Integer>> members;
        private final List<List<MergeEvidence>> evidence;
        private final Map<String, Integer> mergesByRule = new TreeMap<>();

        Components(List<NameNode> nodes) {
            int n = nodes.size();
            parent = new int[n];
            mentions = new long[n];
            members = new ArrayList<>(n);
            evidence = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                mentions[i] = nodes.get(i).mentions();
                List<Integer> m = new ArrayList<>();
                m.add(i);
                members.add(m);
                evidence.add(new ArrayList<>());
            }
        }

        public int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b, MergeEvidence ev) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) return;
            int root = Math.min(ra, rb);
            int other = Math.max(ra, rb);
            parent[other] = root;
            mentions[root] += mentions[other];
            members.get(root).addAll(members.get(other));
            members.set(other, List.of());
            evidence.get(root).addAll(evidence.get(other));
            evidence.set(other, List.of());
            evidence.get(root).add(ev);
            mergesByRule.merge(ev.rule(), 1, Integer::sum);
        }

        public List<Integer> membersOf(int root) { return members.get(root); }

        public List<MergeEvidence> evidenceOf(int root) { return evidence.get(root); }

        public long mentionsOf(int root) { return mentions[root]; }

        public Map<String, Integer> mergesByRule() { return mergesByRule; }

        public int size() { return parent.length; }
    }

    /** Connected components under the decisions: strong links, then each weak short name to its best candidate. */
    public Components components(List<NameNode> nodes, List<NameMatcher.Prepared> prepared, List<Decided> decisions) {
        Components c = new Components(nodes);
        List<Decided> strong = new ArrayList<>();
        Map<Integer, List<Integer>> weakCandidates = new TreeMap<>();
        Map<Long, Decided> weakByPair = new HashMap<>();
        for (Decided d : decisions) {
            if (!d.decision().weak()) {
                strong.add(d);
                continue;
            }
            int shortNode = shorter(nodes, d.a(), d.b());
            int longNode = shortNode == d.a() ? d.b() : d.a();
            weakCandidates.computeIfAbsent(shortNode, x -> new ArrayList<>()).add(longNode);
            weakByPair.put(((long) shortNode << 32) | longNode, d);
        }
        strong.sort(Comparator.<Decided>comparingDouble(d -> -d.decision().confidence())
                .thenComparingInt(Decided::a).thenComparingInt(Decided::b));
        for (Decided d : strong) {
            if (compatible(prepared, c, d.a(), d.b())) c.union(d.a(), d.b(), evidence(nodes, d));
        }
        for (var e : weakCandidates.entrySet()) {
            int s = e.getKey();
            int rootS = c.find(s);
            Map<Integer, Integer> bestLongByRoot = new TreeMap<>();
            for (int l : e.getValue()) {
                int r = c.find(l);
                if (r != rootS) bestLongByRoot.putIfAbsent(r, l);
            }
            boolean alreadyWithCandidate = e.getValue().stream().anyMatch(l -> c.find(l) == rootS);
            if (alreadyWithCandidate || bestLongByRoot.isEmpty()) continue;
            int bestRoot = -1;
            long best = -1;
            boolean tie = false;
            for (int r : bestLongByRoot.keySet()) {
                long m = c.mentionsOf(r);
                if (m > best) {
                    best = m;
                    bestRoot = r;
                    tie = false;
                } else if (m == best) {
                    tie = true;
                }
            }
            if (tie) continue;
            int l = bestLongByRoot.get(bestRoot);
            if (compatible(prepared, c, s, l)) {
                c.union(s, l, evidence(nodes, weakByPair.get(((long) s << 32) | l)));
            }
        }
        return c;
    }

    private static int shorter(List<NameNode> nodes, int a, int b) {
        String na = nodes.get(a).name();
        String nb = nodes.get(b).name();
        boolean acrA = Acronyms.looksLikeAcronym(na);
        boolean acrB = Acronyms.looksLikeAcronym(nb);
        if (acrA != acrB) return acrA ? a : b;
        int wa = NameText.words(na).size();
        int wb = NameText.words(nb).size();
        if (wa != wb) return wa < wb ? a : b;
        return na.length() <= nb.length() ? a : b;
    }

    /** No name of one component refuses a name of the other (bounded number of checks). */
    private boolean compatible(List<NameMatcher.Prepared> prepared, Components c, int a, int b) {
        int ra = c.find(a);
        int rb = c.find(b);
        if (ra == rb) return false;
        int checks = 0;
        for (int x : c.membersOf(ra)) {
            for (int y : c.membersOf(rb)) {
                if (x == a && y == b || x == b && y == a) continue;
                if (++checks > MAX_CONSTRAINT_CHECKS) return true;
                MatchDecision d = matcher.decide(prepared.get(x), prepared.get(y));
                if (!d.match() && REFUSALS.contains(d.rule())) return false;
            }
        }
        return true;
    }

    private static MergeEvidence evidence(List<NameNode> nodes, Decided d) {
        return new MergeEvidence(d.decision().rule(), nodes.get(d.a()).name(), nodes.get(d.b()).name(),
                d.decision().confidence(), d.decision().reason());
    }

    // ---- 6. entities ----

    /**
     * A component's entity before its id is known: the canonical name, voted type, id slug, mentions, and its
     * smallest member node id (the tie-breaker when slugs collide).
     *
     * @param root the component's root node index (in the node list the components were built on)
     */
    public record Draft(int root, String name, String type, String slug, long mentions, String firstKey,
                        boolean outlet) implements java.io.Serializable {}

    /** Names, types and ids for every component, and the local-entity mapping. */
    public Resolution entities(List<NameNode> nodes, List<NameMatcher.Prepared> prepared, Components c,
                               Collection<NameOccurrence> occurrences) {
        List<Draft> drafts = drafts(nodes, prepared, c);
        Map<Draft, String> ids = entityIds(drafts);
        Map<Integer, String> idByRoot = new HashMap<>();
        for (Draft d : drafts) idByRoot.put(d.root(), ids.get(d));
        Map<NameOccurrence.LocalRef, String> byRef = new HashMap<>();
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) nodeIndex.put(nodes.get(i).id(), i);
        for (NameOccurrence occurrence : occurrences) {
            NameOccurrence o = retyped(occurrence);
            Integer i = nodeIndex.get(NameNode.idOf(knowledge.text(), o.name(), o.type()));
            if (i != null) byRef.put(o.ref(), idByRoot.get(c.find(i)));
        }
        List<Entity> entities = new ArrayList<>();
        for (Draft d : drafts) entities.add(entity(d, ids.get(d), nodes, c));
        entities.sort(Comparator.comparing(Entity::entityId));
        return new Resolution(entities, byRef, new LinkedHashMap<>(c.mergesByRule()));
    }

    /** Step 6a: type vote, canonical name and slug of every component, in root order. */
    public List<Draft> drafts(List<NameNode> nodes, List<NameMatcher.Prepared> prepared, Components c) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (c.find(i) != i) continue;
            List<Integer> memberIdx = new ArrayList<>(c.membersOf(i));
            memberIdx.sort(Comparator.comparing(m -> nodes.get(m).id()));
            int canonical = canonicalNode(nodes, prepared, memberIdx);
            String name = canonicalName(nodes, prepared, memberIdx, canonical);
            // a news outlet is an organisation however its mentions were typed (models/outlets.csv)
            boolean outlet = knowledge.outlets().isOutlet(name);
            String type = outlet ? OutletList.NER_TYPE : votedType(nodes, memberIdx, nodes.get(canonical));
            // an annotator's type decision overrules the vote and the outlet list
            String decided = knowledge.retypeOf(name);
            if (decided != null) type = decided;
            drafts.add(new Draft(i, name, type, slug(name), c.mentionsOf(i), nodes.get(memberIdx.get(0)).id(), outlet));
        }
        return drafts;
    }

    /**
     * Step 6b: the entity id of every draft (see the class doc). Drafts only compete with drafts of the same slug,
     * so the drafts of one slug may be given alone (a distributed runner groups them by slug).
     */
    public Map<Draft, String> entityIds(Collection<Draft> drafts) {
        Map<String, List<Draft>> bySlug = new TreeMap<>();
        for (Draft d : drafts) bySlug.computeIfAbsent(d.slug(), k -> new ArrayList<>()).add(d);
        Map<Draft, String> ids = new HashMap<>();
        for (var e : bySlug.entrySet()) {
            List<Draft> group = e.getValue();
            if (group.size() == 1) {
                ids.put(group.get(0), e.getKey());
                continue;
            }
            Map<String, List<Draft>> byTyped = new TreeMap<>();
            for (Draft d : group) {
                byTyped.computeIfAbsent(e.getKey() + "_" + slug(d.type()), k -> new ArrayList<>()).add(d);
            }
            for (var t : byTyped.entrySet()) {
                List<Draft> same = t.getValue();
                same.sort(Comparator.comparingLong((Draft d) -> -d.mentions()).thenComparing(Draft::firstKey));
                for (int k = 0; k < same.size(); k++) {
                    ids.put(same.get(k), k == 0 ? t.getKey() : t.getKey() + "_" + (k + 1));
                }
            }
        }
        return ids;
    }

    /** Step 6c: the {@code entities.csv} record of a draft's component. */
    public static Entity entity(Draft d, String entityId, List<NameNode> nodes, Components c) {
        TreeSet<String> variants = new TreeSet<>();
        TreeSet<String> docs = new TreeSet<>();
        for (int m : c.membersOf(d.root())) {
            variants.addAll(nodes.get(m).variants());
            docs.addAll(nodes.get(m).documents());
        }
        return new Entity(entityId, d.name(), d.type(), new ArrayList<>(variants),
                (int) Math.min(Integer.MAX_VALUE, d.mentions()), new ArrayList<>(docs), c.evidenceOf(d.root()),
                d.outlet());
    }

    private static int canonicalNode(List<NameNode> nodes, List<NameMatcher.Prepared> prepared, List<Integer> members) {
        if (members.size() == 1) return members.get(0);
        boolean anyGiven = members.stream().anyMatch(m -> hasGiven(prepared.get(m)));
        List<Integer> pool = new ArrayList<>();
        for (int m : members) {
            if (Acronyms.looksLikeAcronym(prepared.get(m).name())) continue;
            if (anyGiven && !hasGiven(prepared.get(m))) continue;
            pool.add(m);
        }
        if (pool.isEmpty()) pool.addAll(members);
        int top = pool.stream().mapToInt(m -> nodes.get(m).mentions()).max().orElse(0);
        int best = -1;
        for (int m : pool) {
            if (nodes.get(m).mentions() < COMMON_FORM_SHARE * top) continue;
            if (best < 0 || fuller(nodes.get(m), nodes.get(best))) best = m;
        }
        return best;
    }

    private static boolean hasGiven(NameMatcher.Prepared p) {
        return p.person() != null && p.person().hasGiven();
    }

    private static boolean fuller(NameNode a, NameNode b) {
        int wa = NameText.words(a.name()).size();
        int wb = NameText.words(b.name()).size();
        if (wa != wb) return wa > wb;
        if (a.mentions() != b.mentions()) return a.mentions() > b.mentions();
        if (a.name().length() != b.name().length()) return a.name().length() > b.name().length();
        return a.name().compareTo(b.name()) < 0;
    }

    private static String canonicalName(List<NameNode> nodes, List<NameMatcher.Prepared> prepared, List<Integer> members,
                                        int canonical) {
        Map<AliasTable.Canonical, Integer> aliasVotes = new TreeMap<>(Comparator.comparing(AliasTable.Canonical::name)
                .thenComparing(AliasTable.Canonical::type));
        for (int m : members) {
            AliasTable.Canonical a = prepared.get(m).alias();
            if (a != null) aliasVotes.merge(a, nodes.get(m).mentions(), Integer::sum);
        }
        if (!aliasVotes.isEmpty()) {
            return aliasVotes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey().name();
        }
        return prepared.get(canonical).name();
    }

    private static String votedType(List<NameNode> nodes, List<Integer> members, NameNode canonicalNode) {
        if (members.size() == 1) return nodes.get(members.get(0)).type();
        Map<String, Integer> votes = new TreeMap<>();
        for (int m : members) votes.merge(nodes.get(m).type(), nodes.get(m).mentions(), Integer::sum);
        int max = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (votes.getOrDefault(canonicalNode.type(), -1) == max) return canonicalNode.type();
        for (var e : votes.entrySet()) if (e.getValue() == max) return e.getKey();
        return canonicalNode.type();
    }

    /** Lower-case ASCII slug: letters and digits, runs of anything else one underscore. */
    public String slug(String s) {
        String a = knowledge.text().ascii(s);
        a = a.toLowerCase(Locale.ROOT).replace("'", "").replace(".", "").replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        return a.isEmpty() ? "entity" : a;
    }
}
