import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.Document;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.record.Span;
import org.newsquotes.review.ReviewJournal;
import org.newsquotes.review.ReviewServer;
import org.newsquotes.review.ReviewSession;

/**
 * Benchmark of the review server with N generated quotes (20 per document), as a page uses it: the first page of
 * the filtered, ordered list ({@code GET /api/quotes?...&limit=200}), then decisions one after another
 * ({@code POST /api/decide}), each answered with the changed quote alone; and, for comparison in the same run, what
 * the page did before: every quote at once, and each decision followed by a reload of every quote. Prints times and
 * bytes.
 *
 * <p>Usage: {@code java -Xmx4g -cp pipeline/target/newsquotes.jar bench/ReviewBench.java [N]} (default 100000).
 */
public class ReviewBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perDoc = 20;
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (int d = 0; d * perDoc < n; d++) docs.add(doc("doc" + d + ".txt", Math.min(perDoc, n - d * perDoc), d));
        Path out = Files.createTempDirectory("review-bench");
        long t0 = System.nanoTime();
        ReviewSession session = new ReviewSession(docs, ReviewJournal.inOutput(out), Clock.systemUTC());
        System.out.printf(Locale.ROOT, "%,d quotes in %,d documents; session ready in %.2f s%n", n, docs.size(), secs(t0));
        HttpClient http = HttpClient.newHttpClient();
        try (ReviewServer server = ReviewServer.start(session, "127.0.0.1", 0)) {
            String base = server.url();
            for (int i = 0; i < 2; i++) get(http, base + "api/quotes"); // warm-up
            double[] load = new double[3];
            long bytes = 0;
            for (int i = 0; i < load.length; i++) {
                long t = System.nanoTime();
                bytes = get(http, base + "api/quotes").length();
                load[i] = secs(t);
            }
            Arrays.sort(load);
            System.out.printf(Locale.ROOT, "every quote at once, GET /api/quotes (the page before paging): median %.3f s, "
                    + "%,d bytes%n", load[1], bytes);
            String first = base + "api/quotes?status=unreviewed&order=conflict&offset=0&limit=200&annotator=ana";
            double[] page = new double[5];
            long pageBytes = 0;
            for (int i = 0; i < page.length; i++) {
                long t = System.nanoTime();
                pageBytes = get(http, first).length();
                page[i] = secs(t);
            }
            Arrays.sort(page);
            System.out.printf(Locale.ROOT, "first page as the page asks for it (unreviewed, conflicts then lowest "
                    + "confidence, 200 rows): median %.3f s, %,d bytes%n", page[2], pageBytes);

            int decisions = 200;
            double[] rt = new double[decisions];
            long answerBytes = 0;
            for (int i = 0; i < decisions; i++) {
                String body = "{\"annotator\":\"ana\",\"doc\":\"doc" + (i * 7 % docs.size()) + ".txt\",\"quote\":\"q"
                        + (1 + i % perDoc) + "\",\"action\":\"" + (i % 2 == 0 ? "accept" : "reject") + "\"}";
                long t = System.nanoTime();
                answerBytes += post(http, base + "api/decide", body).length();
                rt[i] = secs(t);
            }
            Arrays.sort(rt);
            System.out.printf(Locale.ROOT, "one decision, POST /api/decide: median %.1f ms, p95 %.1f ms, %,d bytes "
                    + "answered on average (%d decisions, each fsync'd)%n", rt[decisions / 2] * 1000,
                    rt[decisions * 95 / 100] * 1000, answerBytes / decisions, decisions);

            // a span change applies the document's edits again and re-folds the journal (rare: annotators fix spans
            // far less often than they accept), so it is timed on its own
            int edits = 20;
            double[] et = new double[edits];
            for (int i = 0; i < edits; i++) {
                AnnotatedDocument d = docs.get(i * 11 % docs.size());
                var q = d.quotes().get(0);
                String body = "{\"annotator\":\"cy\",\"doc\":\"" + d.docId() + "\",\"quote\":\"" + q.id()
                        + "\",\"action\":\"change-span\",\"start\":" + q.start() + ",\"end\":" + (q.end() - 2) + "}";
                long t = System.nanoTime();
                String answer = post(http, base + "api/decide", body);
                et[i] = secs(t);
                if (!answer.contains("\"saved\":true")) throw new IllegalStateException("span change refused: " + answer);
            }
            Arrays.sort(et);
            System.out.printf(Locale.ROOT, "one span change, POST /api/decide change-span: median %.1f ms, max %.1f ms "
                    + "(%d changes)%n", et[edits / 2] * 1000, et[edits - 1] * 1000, edits);

            int old = 5;
            double[] before = new double[old];
            for (int i = 0; i < old; i++) {
                String body = "{\"annotator\":\"bo\",\"doc\":\"doc" + (i * 13 % docs.size()) + ".txt\",\"quote\":\"q3\","
                        + "\"action\":\"accept\"}";
                long t = System.nanoTime();
                post(http, base + "api/decide", body);
                get(http, base + "api/quotes");
                before[i] = secs(t);
            }
            Arrays.sort(before);
            System.out.printf(Locale.ROOT, "for comparison, a decision followed by a reload of every quote (the page "
                    + "before this change): median %.1f ms%n", before[old / 2] * 1000);
        }
    }

    static AnnotatedDocument doc(String id, int quotes, int seed) {
        StringBuilder text = new StringBuilder("Harbour board meeting " + seed + "\n");
        List<int[]> spans = new ArrayList<>();
        List<int[]> speakers = new ArrayList<>();
        for (int i = 0; i < quotes; i++) {
            int ms = text.length();
            text.append("Speaker").append(i % 5);
            speakers.add(new int[] {ms, text.length()});
            text.append(" said: \u201C");
            int s = text.length();
            text.append("The ferry plan number ").append(seed).append('-').append(i).append(" will go ahead this year.");
            spans.add(new int[] {s, text.length()});
            text.append("\u201D\n");
        }
        String t = text.toString();
        Document d = new Document(id, id, SourceFormat.TXT, "Harbour board meeting " + seed, "2026-11-30", null, t,
                List.of(), List.of(), List.of());
        List<Quote> qs = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] sp = spans.get(i);
            int[] m = speakers.get(i);
            qs.add(new Quote("q" + (i + 1), QuoteKind.DIRECT, sp[0], sp[1], t.substring(sp[0], sp[1]),
                    new Attribution("Speaker" + (i % 5), null, null, t.substring(m[0], m[1]), new Span(m[0], m[1]),
                            "said", "verb-after", 0.5 + (i % 50) / 100.0),
                    ReviewStatus.UNREVIEWED));
        }
        return new AnnotatedDocument(d, List.of(), List.of(), List.of(), List.of(), qs, EnumSet.noneOf(org.newsquotes.record.Layer.class));
    }

    static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static String post(HttpClient http, String url, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " " + r.body());
        return r.body();
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
