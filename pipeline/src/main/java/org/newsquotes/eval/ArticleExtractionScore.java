package org.newsquotes.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric (Scrapinghub's article-extraction-benchmark, as described in
 * {@code shared/eval/article-extraction-dev/README.md}): both texts split into {@code \w+} tokens (Unicode, case
 * kept); every run of 4 consecutive tokens is a shingle, counted with multiplicity; per page TP = shingles in both
 * (by count), FP = only in ours, FN = only in the truth; precision TP/(TP+FP) and recall TP/(TP+FN) per page
 * (dividing by TP+FP+FN first, as the benchmark does, leaves the ratios unchanged); precision and recall are the
 * means over pages, and F1 is computed from those means. A page where ours is empty and the truth is not scores
 * precision 0.
 *
 * <p>The report lists, per page from the worst, our blocks that are mostly not in the truth (junk) and the truth's
 * paragraphs mostly missing from ours (misses).
 */
public final class ArticleExtractionScore {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** One page: our blocks (article text, title excluded) against the true article text. */
    public record Page(String id, List<String> ours, String truth) {}

    /** Scores of one page. */
    public record PageScore(String id, double precision, double recall, List<String> junk, List<String> misses) {
        public double f1() { return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall); }
    }

    /** The means over pages, and every page's score. */
    public record Result(double precision, double recall, List<PageScore> pages) {
        public double f1() { return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall); }

        public String summary() {
            return String.format(Locale.ROOT, "article extraction: %d pages  P %.3f  R %.3f  F1 %.3f", pages.size(),
                    precision, recall, f1());
        }

        /** Every page from the worst F1, with its junk and misses. */
        public String report() {
            StringBuilder out = new StringBuilder(summary()).append("\n\n");
            List<PageScore> worst = new ArrayList<>(pages);
            worst.sort(Comparator.comparingDouble(PageScore::f1).thenComparing(PageScore::id));
            for (PageScore p : worst) {
                out.append(String.format(Locale.ROOT, "== %s  P %.3f  R %.3f  F1 %.3f%n", p.id(), p.precision(),
                        p.recall(), p.f1()));
                for (String j : p.junk()) out.append("  junk: ").append(clip(j)).append('\n');
                for (String m : p.misses()) out.append("  miss: ").append(clip(m)).append('\n');
            }
            return out.toString();
        }
    }

    private ArticleExtractionScore() {}

    /** Scores every page. */
    public static Result score(List<Page> pages) {
        List<PageScore> scores = new ArrayList<>();
        double p = 0;
        double r = 0;
        for (Page page : pages) {
            PageScore s = scorePage(page);
            scores.add(s);
            p += s.precision();
            r += s.recall();
        }
        int n = Math.max(1, pages.size());
        return new Result(p / n, r / n, scores);
    }

    static PageScore scorePage(Page page) {
        Map<List<String>, Integer> ours = shingles(String.join("\n", page.ours()));
        Map<List<String>, Integer> truth = shingles(page.truth());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : ours.entrySet()) {
            int t = truth.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, e.getValue());
            fp += Math.max(0, e.getValue() - t);
        }
        for (Map.Entry<List<String>, Integer> e : truth.entrySet()) fn += Math.max(0, e.getValue() - ours.getOrDefault(e.getKey(), 0));
        double precision = tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        List<String> junk = new ArrayList<>();
        for (String block : page.ours()) if (coverage(block, truth) < 0.5) junk.add(block);
        List<String> misses = new ArrayList<>();
        for (String para : page.truth().split("\n")) if (!para.isBlank() && coverage(para, ours) < 0.5) misses.add(para);
        return new PageScore(page.id(), precision, recall, junk, misses);
    }

    /** Share of {@code text}'s shingles found in {@code in}; 1 for text too short to have one. */
    private static double coverage(String text, Map<List<String>, Integer> in) {
        Map<List<String>, Integer> s = shingles(text);
        int all = 0;
        int found = 0;
        for (Map.Entry<List<String>, Integer> e : s.entrySet()) {
            all += e.getValue();
            if (in.containsKey(e.getKey())) found += e.getValue();
        }
        return all == 0 ? 1 : (double) found / all;
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i + N <= tokens.size(); i++) out.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
        return out;
    }

    /**
     * The benchmark's pages from {@code dir} ({@code ground-truth.json}, {@code html/ID.html.gz}) with our text from
     * {@code ours}, which maps a page id to our blocks (or null when we produced no document).
     */
    public static List<Page> pages(Path dir, Function<String, List<String>> ours) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, String> byId = new TreeMap<>();
        truth.fields().forEachRemaining(e -> byId.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, String> e : byId.entrySet()) {
            List<String> o = ours.apply(e.getKey());
            pages.add(new Page(e.getKey(), o == null ? List.of() : o, e.getValue()));
        }
        return pages;
    }

    /** True when {@code dir} looks like the benchmark (its ground truth and pages). */
    public static boolean isBenchmark(Path dir) {
        return Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html"));
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 160 ? one : one.substring(0, 157) + "...";
    }
}
