import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.ingest.CorpusReader;
import org.newsquotes.ingest.IngestConfig;
import org.newsquotes.ingest.WebArchive;

/**
 * Does a web archive stream through ingest with flat memory? Writes a gzipped WARC of about MB megabytes on disk
 * (synthetic news pages of 4-12 paragraphs with a nav bar and a footer, each preceded by its request record, one in
 * ten an image, one in twenty a 404), then streams it through {@link WebArchive} and {@link CorpusReader#readPage}
 * (what the local runner does before annotating) and prints pages, pages/s, and the peak heap in use. Run it with a
 * small heap to check that memory does not grow with the archive:
 *
 * <pre>java -Xmx256m -cp JAR:LIB/* bench/WarcBench.java 1024 [/tmp/bench.warc.gz]</pre>
 *
 * The archive is kept and reused when it exists (writing 1 GB takes minutes).
 */
public class WarcBench {
    public static void main(String[] args) throws Exception {
        long targetBytes = Long.parseLong(args[0]) << 20;
        Path file = Path.of(args.length > 1 ? args[1] : "/tmp/newsquotes-bench.warc.gz");
        if (!Files.exists(file) || Files.size(file) < targetBytes * 9 / 10) write(file, targetBytes);
        System.out.printf(Locale.ROOT, "archive %s: %.1f MB%n", file, Files.size(file) / 1048576.0);

        CorpusReader reader = new CorpusReader(IngestConfig.defaults(ModelFiles.packaged()));
        long t0 = System.nanoTime();
        int pages = 0, docs = 0, failures = 0, skipped = 0;
        long peak = 0;
        try (WebArchive a = WebArchive.open(file, "bench.warc.gz", IngestConfig.DEFAULT_MAX_FILE_BYTES)) {
            for (var item = a.next(); item.isPresent(); item = a.next()) {
                if (item.get() instanceof WebArchive.PageItem p) {
                    var r = reader.readPage("bench.warc.gz", p.page());
                    pages++;
                    docs += r.documents().size();
                    failures += r.failures().size();
                } else {
                    skipped++;
                }
                if (pages % 5000 == 0) peak = Math.max(peak, used());
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        peak = Math.max(peak, peakUsed());
        System.out.printf(Locale.ROOT, "pages=%d documents=%d failures=%d skipped_records=%d seconds=%.1f pages_per_s=%.0f "
                        + "peak_heap_used_mb=%d max_heap_mb=%d%n", pages, docs, failures, skipped, s, pages / s,
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The largest heap in use the JVM saw, over all heap pools. */
    private static long peakUsed() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static final String[] WORDS = ("the council said minister talks would resume next week after officials "
            + "in the capital met with delegates from both sides to discuss the budget and the new bridge while "
            + "critics warned that costs could rise and residents asked for more time before a final vote").split(" ");

    private static void write(Path file, long targetBytes) throws IOException {
        Random r = new Random(7);
        Instant date = Instant.parse("2025-01-01T00:00:00Z");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; w.position() < targetBytes; i++) {
                String url = "https://news.example.org/story/" + i;
                w.write(new WarcRequest.Builder(url).date(date).build());
                if (i % 10 == 3) {
                    w.write(response(url + ".jpg", 200, "image/jpeg", new byte[2000]));
                    continue;
                }
                if (i % 20 == 7) {
                    w.write(response(url, 404, "text/html", "<html>not found</html>".getBytes(StandardCharsets.UTF_8)));
                    continue;
                }
                StringBuilder html = new StringBuilder("<!doctype html><html><head><title>Story ").append(i)
                        .append("</title></head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>Story ")
                        .append(i).append("</h1>");
                int paragraphs = 4 + r.nextInt(9);
                for (int p = 0; p < paragraphs; p++) {
                    html.append("<p>");
                    int words = 30 + r.nextInt(40);
                    for (int k = 0; k < words; k++) html.append(WORDS[r.nextInt(WORDS.length)]).append(k == words - 1 ? "." : " ");
                    html.append("</p>");
                }
                html.append("</article><footer>Copyright Example News</footer></body></html>");
                w.write(response(url, 200, "text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, "X").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(url).date(Instant.parse("2025-01-01T00:00:00Z")).body(http).build();
    }
}
