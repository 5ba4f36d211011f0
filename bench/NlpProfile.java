import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.ingest.CorpusReader;
import org.newsquotes.ingest.IngestConfig;
import org.newsquotes.nlp.NlpConfig;
import org.newsquotes.record.Document;

/**
 * Profiles one CoreNLP configuration on ingested documents: model load seconds, CPU seconds per annotator (thread
 * CPU time, so a busy shared machine distorts it far less than wall time), tokens, and every entity mention written
 * to a TSV for comparing configurations (bench/compare-mentions.py).
 *
 * <pre>java -cp JAR:LIB/* bench/NlpProfile.java CONFIG MENTIONS_TSV MAX_DOCS DIR... [-- key=value ...]</pre>
 * CONFIG is {@code tuned} (NlpConfig.defaults()) or {@code stock} (NlpConfig.stock(): CoreNLP's own NER defaults);
 * key=value pairs override single properties.
 */
public class NlpProfile {
    public static void main(String[] args) throws Exception {
        String config = args[0];
        Path tsv = Path.of(args[1]);
        int maxDocs = Integer.parseInt(args[2]);
        List<Path> dirs = new ArrayList<>();
        Properties props = config.equals("stock") ? NlpConfig.stock().toProperties() : NlpConfig.defaults().toProperties();
        int i = 3;
        for (; i < args.length && !args[i].equals("--"); i++) dirs.add(Path.of(args[i]));
        for (i++; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            props.setProperty(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        ModelFiles models = Files.isDirectory(Path.of("models")) ? ModelFiles.at(Path.of("models")) : ModelFiles.packaged();
        CorpusReader reader = new CorpusReader(IngestConfig.defaults(models));
        List<Document> docs = new ArrayList<>();
        for (Path dir : dirs) {
            List<Path> files = reader.listFiles(dir);
            for (Path f : files) docs.addAll(reader.read(dir, f).documents());
        }
        if (docs.size() > maxDocs) docs = docs.subList(0, maxDocs);

        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long w0 = System.nanoTime();
        long c0 = mx.getCurrentThreadCpuTime();
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        double loadWall = (System.nanoTime() - w0) / 1e9;
        double loadCpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        List<String> names = List.of(props.getProperty("annotators").split("\\s*,\\s*"));
        Map<String, Annotator> annotators = new LinkedHashMap<>();
        for (String n : names) annotators.put(n, StanfordCoreNLP.getExistingAnnotator(n));
        Map<String, Long> cpu = new LinkedHashMap<>();
        names.forEach(n -> cpu.put(n, 0L));
        long tokens = 0;
        long wa = System.nanoTime();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(tsv, StandardCharsets.UTF_8))) {
            for (Document d : docs) {
                Annotation a = new Annotation(d.text());
                if (d.date() != null && d.date().length() >= 10) a.set(CoreAnnotations.DocDateAnnotation.class, d.date().substring(0, 10));
                for (Map.Entry<String, Annotator> e : annotators.entrySet()) {
                    long t = mx.getCurrentThreadCpuTime();
                    e.getValue().annotate(a);
                    cpu.merge(e.getKey(), mx.getCurrentThreadCpuTime() - t, Long::sum);
                }
                tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
                for (CoreMap m : a.get(CoreAnnotations.MentionsAnnotation.class)) {
                    List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                    String ner = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                    out.println(d.docId() + "\t" + mt.get(0).beginPosition() + "\t" + mt.get(mt.size() - 1).endPosition()
                            + "\t" + ner + "\t" + m.get(CoreAnnotations.TextAnnotation.class).replaceAll("\\s+", " "));
                }
            }
        }
        double annWall = (System.nanoTime() - wa) / 1e9;
        double total = cpu.values().stream().mapToLong(Long::longValue).sum() / 1e9;
        System.out.printf(Locale.ROOT, "config=%s docs=%d tokens=%d load_wall=%.1fs load_cpu=%.1fs annotate_wall=%.1fs annotate_cpu=%.1fs cpu_tokens_per_s=%.0f%n",
                config, docs.size(), tokens, loadWall, loadCpu, annWall, total, tokens / total);
        for (Map.Entry<String, Long> e : cpu.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-10s %7.2f s cpu  %5.1f%%%n", e.getKey(), e.getValue() / 1e9, 100 * e.getValue() / 1e9 / total);
        }
    }
}
