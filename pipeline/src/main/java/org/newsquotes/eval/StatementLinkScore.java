package org.newsquotes.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsquotes.output.CsvTableReader;
import org.newsquotes.output.QuoteRow;
import org.newsquotes.output.Tables;

/**
 * Scores statement links against a gold of groups: which quotes (by document and character span) report one
 * statement. The gold is a TSV with a header {@code group, doc_id, start, end} ({@code #} lines are comments); every
 * document it names is taken as
 * fully annotated, so any link our output makes between quotes of two of its documents that the gold does not group
 * is a false link.
 *
 * <p>Pairwise, over pairs of quotes in different documents (a link inside one document is not a link across
 * outlets): precision is the share of our linked pairs that the gold groups together; recall the share of the gold's
 * pairs we link. Each gold quote is matched to the output quote in its document whose span is most like it (overlap
 * over union); a gold quote
 * with no overlapping output quote leaves its pairs unlinked (listed as not found).
 */
public final class StatementLinkScore {
    private StatementLinkScore() {}

    /** One gold quote. */
    record GoldQuote(String group, String docId, int start, int end) {}

    /**
     * The scores and the errors.
     *
     * @param falseLinks our linked pairs the gold does not group, described
     * @param missed     gold pairs we do not link, described
     */
    public record Result(int goldPairs, int linkedPairs, int truePairs, List<String> falseLinks, List<String> missed,
                         List<String> notFound) {
        public double precision() { return linkedPairs == 0 ? 1.0 : (double) truePairs / linkedPairs; }

        public double recall() { return goldPairs == 0 ? 1.0 : (double) truePairs / goldPairs; }

        public String summary() {
            return String.format(Locale.ROOT, "statement links (pairs across documents): precision %.3f (%d/%d) recall %.3f (%d/%d)",
                    precision(), truePairs, linkedPairs, recall(), truePairs, goldPairs);
        }

        public List<String> report() {
            List<String> out = new ArrayList<>();
            out.add(summary());
            out.add("");
            out.add("== false links (" + falseLinks.size() + ")");
            out.addAll(falseLinks);
            out.add("");
            out.add("== missed links (" + missed.size() + ")");
            out.addAll(missed);
            out.add("");
            out.add("== gold quotes no output quote overlaps (" + notFound.size() + ")");
            out.addAll(notFound);
            return out;
        }
    }

    public static Result score(Path goldFile, Path output) throws IOException {
        List<GoldQuote> gold = read(goldFile);
        Set<String> goldDocs = new TreeSet<>();
        for (GoldQuote g : gold) goldDocs.add(g.docId());
        Map<String, List<QuoteRow>> ours = new HashMap<>();
        for (QuoteRow q : CsvTableReader.readAll(Tables.QUOTES, output)) {
            if (goldDocs.contains(q.docId())) ours.computeIfAbsent(q.docId(), k -> new ArrayList<>()).add(q);
        }
        // gold quote -> our quote
        Map<GoldQuote, QuoteRow> matched = new LinkedHashMap<>();
        List<String> notFound = new ArrayList<>();
        for (GoldQuote g : gold) {
            // the output quote whose span is most like the gold's (overlap over union), so a fragment inside a
            // longer quote matches the fragment, not the quote around it
            QuoteRow best = null;
            double bestScore = 0;
            for (QuoteRow q : ours.getOrDefault(g.docId(), List.of())) {
                int overlap = Math.min(q.end(), g.end()) - Math.max(q.start(), g.start());
                if (overlap <= 0) continue;
                double score = (double) overlap / (Math.max(q.end(), g.end()) - Math.min(q.start(), g.start()));
                if (score > bestScore) {
                    best = q;
                    bestScore = score;
                }
            }
            if (best == null) notFound.add(describe(g));
            else matched.put(g, best);
        }
        Map<String, String> groupOf = new HashMap<>(); // our quote -> gold group
        for (Map.Entry<GoldQuote, QuoteRow> e : matched.entrySet()) groupOf.put(key(e.getValue()), e.getKey().group());

        int goldPairs = 0;
        int truePairs = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = i + 1; j < gold.size(); j++) {
                GoldQuote a = gold.get(i);
                GoldQuote b = gold.get(j);
                if (!a.group().equals(b.group()) || a.docId().equals(b.docId())) continue;
                goldPairs++;
                QuoteRow qa = matched.get(a);
                QuoteRow qb = matched.get(b);
                if (qa != null && qb != null && qa.statementId() != null && qa.statementId().equals(qb.statementId())) truePairs++;
                else missed.add(a.group() + ": " + describe(a) + " ~ " + describe(b));
            }
        }
        int linkedPairs = 0;
        List<String> falseLinks = new ArrayList<>();
        List<QuoteRow> all = new ArrayList<>();
        ours.values().forEach(all::addAll);
        all.sort(java.util.Comparator.comparing(QuoteRow::docId).thenComparingInt(QuoteRow::start));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                QuoteRow a = all.get(i);
                QuoteRow b = all.get(j);
                if (a.docId().equals(b.docId()) || a.statementId() == null || !a.statementId().equals(b.statementId())) continue;
                linkedPairs++;
                String ga = groupOf.get(key(a));
                String gb = groupOf.get(key(b));
                if (ga == null || !ga.equals(gb)) {
                    falseLinks.add(a.statementId() + ": " + a.docId() + " " + a.quoteId() + " [" + a.start() + "," + a.end()
                            + ") ~ " + b.docId() + " " + b.quoteId() + " [" + b.start() + "," + b.end() + ")");
                }
            }
        }
        // a gold pair linked counts once in truePairs; false links are linked pairs outside the gold's groups
        return new Result(goldPairs, linkedPairs, linkedPairs - falseLinks.size(), falseLinks, missed, notFound);
    }

    static List<GoldQuote> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<GoldQuote> out = new ArrayList<>();
        boolean header = true;
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (header) {
                if (f.length < 4 || !f[0].equals("group") || !f[1].equals("doc_id") || !f[2].equals("start") || !f[3].equals("end")) {
                    throw new IllegalArgumentException(file + ": the header must be group, doc_id, start, end (tab-separated)");
                }
                header = false;
                continue;
            }
            if (f.length < 4) throw new IllegalArgumentException(file + " line " + n + ": expected 4 tab-separated fields");
            try {
                out.add(new GoldQuote(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + n + ": start and end must be integers", e);
            }
        }
        return out;
    }

    private static String key(QuoteRow q) { return q.docId() + '\u0000' + q.quoteId(); }

    private static String describe(GoldQuote g) { return g.docId() + " [" + g.start() + "," + g.end() + ")"; }
}
