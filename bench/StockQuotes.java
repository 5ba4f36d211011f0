import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Stock CoreNLP's quote pipeline, the benchmark's reference point: tokenize,ssplit,pos,lemma,ner,depparse,coref,quote
 * with quote attribution (CoreNLP's defaults otherwise), over every .txt file of a directory on THREADS threads.
 * Prints one line of figures: documents, tokens, quotes, load seconds, annotation seconds, tokens/s.
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
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        for (String text : texts) {
            results.add(pool.submit(() -> {
                Annotation a = new Annotation(text);
                nlp.annotate(a);
                List<?> quotes = a.get(CoreAnnotations.QuotationsAnnotation.class);
                return new long[] {a.get(CoreAnnotations.TokensAnnotation.class).size(), quotes == null ? 0 : quotes.size()};
            }));
        }
        long tokens = 0;
        long quotes = 0;
        for (Future<long[]> f : results) {
            long[] r = f.get();
            tokens += r[0];
            quotes += r[1];
        }
        pool.shutdown();
        double secs = (System.nanoTime() - t1) / 1e9;
        double cpuSecs = cpu() - cpu1;
        System.out.printf(Locale.ROOT, "STOCK documents=%d tokens=%d quotes=%d threads=%d load_s=%.1f annotate_s=%.1f "
                + "annotate_cpu_s=%.1f tokens_per_s=%.1f docs_per_s=%.3f tokens_per_cpu_s=%.1f%n", texts.size(), tokens,
                quotes, threads, load, secs, cpuSecs, tokens / secs, texts.size() / secs, tokens / cpuSecs);
    }

    /** CPU seconds of this process (all threads). */
    static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }
}
