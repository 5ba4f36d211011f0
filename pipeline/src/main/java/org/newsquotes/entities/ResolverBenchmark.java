package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsquotes.config.ModelFiles;

/**
 * Benchmark (not a test): clusters N distinct synthetic names ({@link SyntheticNames}: 80% people, 20%
 * organisations) with the corpus-wide
 * {@link EntityResolver} and prints the time of each step. Run with
 * {@code java -cp pipeline/target/classes:$(cat cp.txt) org.newsquotes.entities.ResolverBenchmark [N]}
 * (default N = 100000).
 */
public final class ResolverBenchmark {
    private ResolverBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long t0 = System.nanoTime();
        EntityKnowledge knowledge = EntityKnowledge.load(ModelFiles.packaged());
        EntityResolver resolver = new EntityResolver(knowledge);
        List<NameOccurrence> occ = new ArrayList<>(n);
        int i = 0;
        int orgs = n / 5;
        for (String name : SyntheticNames.generate(n - orgs, 2026)) {
            occ.add(new NameOccurrence("doc" + (i % 5000), "e" + (i++), name, "PERSON", 1 + i % 7, List.of(name)));
        }
        for (String name : SyntheticNames.organisations(orgs, 2027)) {
            occ.add(new NameOccurrence("doc" + (i % 5000), "e" + (i++), name, "ORGANIZATION", 1 + i % 7, List.of(name)));
        }
        long t1 = System.nanoTime();
        List<NameNode> nodes = resolver.nodes(occ);
        long t2 = System.nanoTime();
        int[] skipped = new int[1];
        List<int[]> pairs = resolver.candidatePairs(nodes, skipped);
        long t3 = System.nanoTime();
        List<NameMatcher.Prepared> prepared = resolver.prepare(nodes);
        List<EntityResolver.Decided> decided = resolver.decide(prepared, pairs);
        long t4 = System.nanoTime();
        EntityResolver.Components comps = resolver.components(nodes, prepared, decided);
        long t5 = System.nanoTime();
        Resolution r = resolver.entities(nodes, prepared, comps, occ);
        long t6 = System.nanoTime();
        System.out.printf(Locale.ROOT, "names %d, distinct nodes %d, candidate pairs %d (all pairs would be %d), "
                        + "blocks skipped %d, positive decisions %d, entities %d%n", n, nodes.size(), pairs.size(),
                (long) nodes.size() * (nodes.size() - 1) / 2, skipped[0], decided.size(), r.entities().size());
        System.out.printf(Locale.ROOT, "setup %.2f s | nodes %.2f s | blocking %.2f s | matching %.2f s | components %.2f s"
                        + " | entities %.2f s | resolution total %.2f s%n", s(t0, t1), s(t1, t2), s(t2, t3), s(t3, t4),
                s(t4, t5), s(t5, t6), s(t1, t6));
        System.out.println("merges by rule: " + r.mergesByRule());
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            System.out.printf(Locale.ROOT, "process CPU time %.1f s on %d cores, system load average %.1f "
                            + "(wall-clock figures above grow with other load on the machine)%n",
                    os.getProcessCpuTime() / 1e9, Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());
        }
    }

    private static double s(long a, long b) { return (b - a) / 1e9; }
}
