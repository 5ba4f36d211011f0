import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Stock CoreNLP's quote pipeline, the benchmark's reference point: tokenize,ssplit,pos,lemma,ner,depparse,coref,quote
 * with quote attribution (CoreNLP's defaults otherwise), over every .txt file of a directory on THREADS threads.
 * Prints one line of figures: documents, failed documents, tokens, quotes, load seconds, annotation seconds,
 * tokens/s; then one {@code STOCK-FAILURE} line per kind of exception stock CoreNLP threw, with its count. A document
 * that throws is counted and skipped; the run always finishes.
 *
 * <pre>java -Xmx8g -cp JAR:LIB/* bench/StockQuotes.java TEXT_DIR THREADS</pre>
 */
public class StockQuotes {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("quote.attributeQuotes", "true");
        long t0 = System.nanoTime();
        StanfordCoreNLP nlp = new StanfordCoreNLP(p);
        double load = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        double cpu1 = cpu();
        // daemon threads, and shutdownNow in finally: a document that throws (or never returns) cannot keep the JVM
        // alive after the figures are printed
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "stock-quotes");
            t.setDaemon(true);
            return t;
        });
        long tokens = 0;
        long quotes = 0;
        int failed = 0;
        Map<String, Integer> failures = new TreeMap<>();
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (String text : texts) {
                results.add(pool.submit(() -> {
                    Annotation a = new Annotation(text);
                    nlp.annotate(a);
                    List<?> qs = a.get(CoreAnnotations.QuotationsAnnotation.class);
                    return new long[] {a.get(CoreAnnotations.TokensAnnotation.class).size(), qs == null ? 0 : qs.size()};
                }));
            }
            for (Future<long[]> f : results) {
                try {
                    long[] r = f.get();
                    tokens += r[0];
                    quotes += r[1];
                } catch (ExecutionException e) {
                    // stock attribution throws on some documents (a NullPointerException in
                    // DeterministicSpeakerSieve.doMentionToSpeaker, at random under several threads): count it, go on
                    failed++;
                    failures.merge(where(e.getCause()), 1, Integer::sum);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double secs = (System.nanoTime() - t1) / 1e9;
        double cpuSecs = cpu() - cpu1;
        // throughput counts the tokens of the documents that were annotated; the failed ones' time is still in secs
        System.out.printf(Locale.ROOT, "STOCK documents=%d failed=%d tokens=%d quotes=%d threads=%d load_s=%.1f "
                + "annotate_s=%.1f annotate_cpu_s=%.1f tokens_per_s=%.1f docs_per_s=%.3f tokens_per_cpu_s=%.1f%n",
                texts.size(), failed, tokens, quotes, threads, load, secs, cpuSecs, tokens / secs,
                (texts.size() - failed) / secs, tokens / cpuSecs);
        for (Map.Entry<String, Integer> e : failures.entrySet()) {
            System.out.printf(Locale.ROOT, "STOCK-FAILURE count=%d at %s%n", e.getValue(), e.getKey());
        }
    }

    /** The exception type and the first stack frame, to group failures. */
    static String where(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        return t.getClass().getSimpleName() + (st.length == 0 ? "" : " " + st[0].getClassName() + "." + st[0].getMethodName());
    }

    /** CPU seconds of this process (all threads). */
    static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }
}
