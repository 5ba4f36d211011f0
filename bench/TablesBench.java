import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.newsquotes.output.DocumentRow;
import org.newsquotes.output.OutputWriter;
import org.newsquotes.output.TableExport;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.Block;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.Document;
import org.newsquotes.record.Entity;
import org.newsquotes.record.Layer;
import org.newsquotes.record.Mention;
import org.newsquotes.record.MentionKind;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.record.Span;

/**
 * Table writing at scale: N synthetic annotated documents (30 mentions and 8 quotes each, like a news article),
 * generated one at a time and streamed through the CSV writers, then exported to Parquet and DuckDB. Prints wall
 * seconds per step and the JVM's peak heap in use; run it with the heap you want to prove enough.
 *
 * <pre>java -Xmx1g -cp JAR:LIB/* bench/TablesBench.java N OUT_DIR</pre>
 */
public class TablesBench {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        String[] people = new String[2000];
        for (int i = 0; i < people.length; i++) people[i] = "Person Number" + i;
        List<DocumentRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) rows.add(DocumentRow.ok(doc(i, people)));
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            entities.add(new Entity(String.format(Locale.ROOT, "e%05d", i), people[i], "PERSON", List.of(people[i]),
                    n * 30 / people.length, List.of(), List.of()));
        }
        Iterable<AnnotatedDocument> docs = () -> new Iterator<>() {
            int i;
            @Override public boolean hasNext() { return i < n; }
            @Override public AnnotatedDocument next() { return doc(i++, people); }
        };
        long peak0 = peak();
        long t0 = System.nanoTime();
        OutputWriter w = new OutputWriter(out);
        w.writeTables(rows, docs, entities, List.of());
        w.writeDataPackage();
        double csv = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        TableExport.export(out, EnumSet.allOf(TableExport.Format.class));
        double export = (System.nanoTime() - t1) / 1e9;
        System.gc();
        System.out.printf(Locale.ROOT, "TABLES documents=%d mentions=%d quotes=%d csv_s=%.1f parquet_duckdb_s=%.1f "
                        + "max_heap_mb=%d peak_heap_used_mb=%d quotes_csv_mb=%.1f duckdb_mb=%.1f%n", n, n * 30L, n * 8L, csv,
                export, Runtime.getRuntime().maxMemory() >> 20, Math.max(peak0, peak()) >> 20,
                Files.size(out.resolve("quotes.csv")) / 1e6, Files.size(out.resolve(TableExport.DATABASE)) / 1e6);
    }

    /** The peak heap in use so far, over every memory pool of the heap. */
    static long peak() {
        long sum = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    static AnnotatedDocument doc(int i, String[] people) {
        StringBuilder text = new StringBuilder("Headline of story " + i + "\n");
        List<Mention> mentions = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            String name = people[(i * 7 + k) % people.length];
            int start = text.length();
            text.append(name);
            mentions.add(new Mention("m" + (k + 1), k / 4, start, text.length(), name, "PERSON", 0, 0,
                    String.format(Locale.ROOT, "e%05d", (i * 7 + k) % people.length), MentionKind.NAME));
            text.append(" said: \u201c");
            int qs = text.length();
            text.append("We will talk again about item ").append(k).append(" next week");
            int qe = text.length();
            text.append(",\u201d reporters heard.\n");
            if (k % 4 == 0) {
                quotes.add(new Quote("q" + (quotes.size() + 1), QuoteKind.DIRECT, qs, qe, text.substring(qs, qe),
                        new Attribution(name, null, String.format(Locale.ROOT, "e%05d", (i * 7 + k) % people.length), name,
                                new Span(start, start + name.length()), "said", "verb-after", 0.9), ReviewStatus.UNREVIEWED));
            }
        }
        Document d = new Document(String.format(Locale.ROOT, "outlet%d/%06d.txt", i % 20, i),
                String.format(Locale.ROOT, "outlet%d/%06d.txt", i % 20, i), SourceFormat.TXT, "Headline of story " + i,
                "2026-0" + (1 + i % 9) + "-1" + (i % 10), null, text.toString(),
                List.of(new Block(new Span(0, text.length()), BlockKind.PARAGRAPH)), List.of(), List.of());
        return AnnotatedDocument.of(d).withMentions(mentions).withQuotes(quotes);
    }
}
