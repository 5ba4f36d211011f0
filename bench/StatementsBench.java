import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.statements.Contractions;
import org.newsquotes.statements.FunctionWords;
import org.newsquotes.statements.QuoteWords;
import org.newsquotes.statements.ReportedQuote;
import org.newsquotes.statements.StatementLinker;
import org.newsquotes.statements.Statements;

/**
 * Statement linking at scale: N synthetic quotes, made as news makes them. Statements of 4 to 40 words drawn from a
 * Zipf-like vocabulary of 50,000 words (so stock phrases recur, as "we are going to" does), each reported 1 to 8
 * times within a week, in different documents, with the edits outlets make: the same words, a cut (fragment), a word changed, two
 * parts joined by an ellipsis, a contraction written out. Prints the linking time, the JVM's peak heap in use, and
 * pairwise precision and recall of the links against the planted statements (a sanity check of the index at scale,
 * not a quality figure: real quality is measured on the hand-checked gold, see docs/statements.md).
 *
 * <pre>java -Xmx6g -cp JAR:LIB/* bench/StatementsBench.java N</pre>
 */
public class StatementsBench {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        Random r = new Random(2026);
        String[] vocab = new String[50_000];
        for (int i = 0; i < vocab.length; i++) vocab[i] = word(i);
        List<ReportedQuote> quotes = new ArrayList<>(n);
        List<Integer> truth = new ArrayList<>(n);
        int statement = 0;
        int doc = 0;
        while (quotes.size() < n) {
            int len = 4 + r.nextInt(37);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < len; i++) words.add(vocab[(int) Math.min(vocab.length - 1, Math.floor(Math.pow(r.nextDouble(), 3) * vocab.length))]);
            String speaker = "person_" + r.nextInt(20_000);
            int reports = 1 + (int) Math.floor(Math.pow(r.nextDouble(), 2) * 8);
            // a statement is reported within days of being made, as news is
            java.time.LocalDate made = java.time.LocalDate.of(2025, 1, 1).plusDays(r.nextInt(365));
            for (int k = 0; k < reports && quotes.size() < n; k++) {
                List<String> w = new ArrayList<>(words);
                switch (r.nextInt(6)) {
                    case 0, 1 -> { }
                    case 2 -> { if (w.size() > 10) w = new ArrayList<>(w.subList(r.nextInt(w.size() / 3), w.size())); }
                    case 3 -> w.set(r.nextInt(w.size()), vocab[r.nextInt(vocab.length)]);
                    case 4 -> { if (w.size() > 12) w.add(w.size() / 2, "\u2026"); }
                    default -> { w.add(0, "they're"); }
                }
                String date = made.plusDays(r.nextInt(7)).toString();
                quotes.add(new ReportedQuote("doc" + (doc++), "q1", 0, QuoteKind.DIRECT, String.join(" ", w), speaker,
                        speaker, null, date, "outlet" + r.nextInt(300), null));
                truth.add(statement);
            }
            statement++;
        }
        StatementLinker linker = new StatementLinker(new QuoteWords(Contractions.load(ModelFiles.packaged())),
                FunctionWords.load(ModelFiles.packaged()));
        System.gc();
        long t0 = System.nanoTime();
        Statements s = linker.link(quotes);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long heap = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) heap += pool.getPeakUsage().getUsed();
        }
        // pairwise precision and recall against the planted statements
        Map<String, Map<Integer, Integer>> byFound = new HashMap<>();
        Map<Integer, Integer> truthSizes = new HashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            String id = s.linkOf(quotes.get(i).docId(), "q1").statementId();
            byFound.computeIfAbsent(id, k -> new HashMap<>()).merge(truth.get(i), 1, Integer::sum);
            truthSizes.merge(truth.get(i), 1, Integer::sum);
        }
        long truePairs = 0;
        long foundPairs = 0;
        long plantedPairs = 0;
        for (Map<Integer, Integer> m : byFound.values()) {
            long size = m.values().stream().mapToLong(Integer::longValue).sum();
            foundPairs += size * (size - 1) / 2;
            for (int c : m.values()) truePairs += (long) c * (c - 1) / 2;
        }
        for (int c : truthSizes.values()) plantedPairs += (long) c * (c - 1) / 2;
        System.out.printf(Locale.ROOT, "%,d quotes (%,d planted statements) linked into %,d statements in %.1f s "
                        + "(%,.0f quotes/s); peak heap in use %,d MB; links by rule %s; pairwise precision %.4f recall %.4f "
                        + "against the planted statements%n", quotes.size(), statement, s.statements().size(), seconds,
                quotes.size() / seconds, heap >> 20, s.linksByRule(), foundPairs == 0 ? 1.0 : (double) truePairs / foundPairs,
                plantedPairs == 0 ? 1.0 : (double) truePairs / plantedPairs);
    }

    /** A pronounceable made-up word for vocabulary rank {@code i}. */
    private static String word(int i) {
        String c = "bdfgklmnprstvz";
        String v = "aeiou";
        StringBuilder b = new StringBuilder();
        int x = i + 1;
        while (x > 0) {
            b.append(c.charAt(x % c.length()));
            x /= c.length();
            b.append(v.charAt(x % v.length()));
            x /= v.length();
        }
        return b.toString();
    }
}
