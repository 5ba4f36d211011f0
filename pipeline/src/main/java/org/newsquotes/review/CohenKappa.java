package org.newsquotes.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cohen's kappa for two raters over the same items: {@code (po - pe) / (1 - pe)}, with {@code po} the observed
 * agreement and {@code pe} the agreement expected by chance from each rater's own label frequencies
 * ({@code sum over labels of pA(label) * pB(label)}).
 *
 * @param items    number of items both rated
 * @param observed po
 * @param expected pe
 * @param kappa    the statistic; NaN when undefined (no items, or pe = 1: both raters used one single label)
 */
public record CohenKappa(int items, double observed, double expected, double kappa) {
    public static CohenKappa of(List<String> a, List<String> b) {
        if (a.size() != b.size()) throw new IllegalArgumentException("rater label lists differ in length: " + a.size() + " / " + b.size());
        int n = a.size();
        if (n == 0) return new CohenKappa(0, Double.NaN, Double.NaN, Double.NaN);
        Map<String, Integer> ca = new HashMap<>();
        Map<String, Integer> cb = new HashMap<>();
        int agree = 0;
        for (int i = 0; i < n; i++) {
            if (a.get(i).equals(b.get(i))) agree++;
            ca.merge(a.get(i), 1, Integer::sum);
            cb.merge(b.get(i), 1, Integer::sum);
        }
        Set<String> labels = new HashSet<>(ca.keySet());
        labels.addAll(cb.keySet());
        double pe = 0;
        for (String l : labels) pe += (ca.getOrDefault(l, 0) / (double) n) * (cb.getOrDefault(l, 0) / (double) n);
        double po = agree / (double) n;
        double k = pe >= 1.0 ? Double.NaN : (po - pe) / (1 - pe);
        return new CohenKappa(n, po, pe, k);
    }

    /** e.g. {@code kappa 0.583 (observed 0.800, chance 0.520, 10 items)}. */
    public String describe() {
        if (items == 0) return "n/a (no quotes judged by both)";
        String k = Double.isNaN(kappa) ? "n/a (both used a single label)" : String.format(java.util.Locale.ROOT, "%.3f", kappa);
        return String.format(java.util.Locale.ROOT, "kappa %s (observed %.3f, chance %.3f, %d items)", k, observed, expected, items);
    }
}
