package org.newsquotes.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Measures phase-1 throughput of the Spark job in local mode (not a test; run by hand, see docs/spark.md):
 * {@code SparkThroughput CORPUS WARMUP_CORPUS OUT_DIR CORES...}. For each core count it runs the job once on the
 * small warm-up corpus (so CoreNLP's models are loaded, as they are on a long-lived executor) and then on CORPUS,
 * and prints documents per second of phase 1 and of the whole run.
 */
public final class SparkThroughput {
    private SparkThroughput() {}

    public static void main(String[] args) throws Exception {
        String corpus = args[0];
        String warmup = args[1];
        Path out = Path.of(args[2]);
        for (int i = 3; i < args.length; i++) {
            int cores = Integer.parseInt(args[i]);
            SparkConf conf = new SparkConf().setMaster("local[" + cores + "]").setAppName("newsquotes-throughput")
                    .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                    .set("spark.driver.bindAddress", "127.0.0.1");
            try (JavaSparkContext sc = new JavaSparkContext(conf)) {
                sc.setLogLevel("WARN");
                new SparkAnnotateJob(SparkJobConfig.defaults(warmup, Files.createTempDirectory(out, "warm").toString())).run(sc);
                double load = loadAverage();
                long cpu0 = cpuNanos();
                SparkAnnotateJob.SparkRunSummary s = new SparkAnnotateJob(SparkJobConfig.defaults(corpus,
                        out.resolve("local-" + cores).toString())).run(sc);
                double cpu = (cpuNanos() - cpu0) / 1e9;
                System.out.println(s.oneLine());
                System.out.printf(Locale.ROOT, "local[%d]: %d documents, phase 1 %.1f s = %.2f docs/s; whole run %.1f s = "
                                + "%.2f docs/s; process CPU %.1f s = %.2f CPU-s per document; load average before %.1f, "
                                + "after %.1f%n", cores, s.documents(), s.phase1Seconds(), s.documents() / s.phase1Seconds(),
                        s.seconds(), s.documents() / s.seconds(), cpu, cpu / s.documents(), load, loadAverage());
            }
        }
    }

    /** CPU time of this whole JVM (all threads, GC included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double loadAverage() throws Exception {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }
}
