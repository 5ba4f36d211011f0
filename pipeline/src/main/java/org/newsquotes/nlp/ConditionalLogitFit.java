package org.newsquotes.nlp;

import edu.stanford.nlp.optimization.DiffFunction;
import edu.stanford.nlp.optimization.QNMinimizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a conditional logit (a softmax over each group's candidates) over string features: the probability that
 * candidate {@code i} of a group is the one is {@code exp(z_i) / sum_j exp(z_j)}, {@code z} the sum of its features'
 * weights. Trained on groups with one or more right candidates, maximising the log of the probability mass on the
 * right ones, with a Gaussian prior; minimised by CoreNLP's quasi-Newton optimiser ({@code QNMinimizer}), the same one
 * behind {@link LogisticFit}. Unlike the logistic fit it learns how candidates of one quote compare with each other,
 * not whether each is a speaker in isolation: a feature common to every candidate of a group weighs nothing.
 *
 * <p>Groups with no right candidate or a single candidate carry no information and are skipped. Deterministic: the
 * same groups in the same order give the same weights. Only plain numbers leave this package.
 */
public final class ConditionalLogitFit {
    private static final double TOLERANCE = 1e-5;
    private static final int MEMORY = 15;

    private ConditionalLogitFit() {}

    /**
     * @param groups one entry per group: each candidate's features
     * @param right  per group, per candidate: is it a right answer
     * @param sigma  the Gaussian prior's standard deviation (smaller: stronger regularisation)
     * @return the non-zero weight of each feature
     */
    public static Map<String, Double> fit(List<List<List<String>>> groups, List<boolean[]> right, double sigma) {
        if (groups.size() != right.size()) throw new IllegalArgumentException("groups and labels differ in length");
        if (sigma <= 0) throw new IllegalArgumentException("sigma must be positive: " + sigma);
        Map<String, Integer> index = new LinkedHashMap<>();
        List<int[][]> xs = new ArrayList<>();
        List<boolean[]> ys = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<List<String>> cands = groups.get(g);
            boolean[] r = right.get(g);
            if (cands.size() != r.length) throw new IllegalArgumentException("group " + g + ": candidates and labels differ in length");
            boolean any = false;
            for (boolean b : r) any |= b;
            if (!any || cands.size() < 2) continue;
            int[][] x = new int[cands.size()][];
            for (int i = 0; i < x.length; i++) {
                x[i] = cands.get(i).stream().distinct().mapToInt(f -> index.computeIfAbsent(f, k -> index.size())).toArray();
            }
            xs.add(x);
            ys.add(r.clone());
        }
        if (xs.isEmpty()) throw new IllegalArgumentException("no group with a right candidate among several to fit on");
        Objective objective = new Objective(xs, ys, index.size(), sigma * sigma);
        QNMinimizer minimizer = new QNMinimizer(MEMORY);
        minimizer.shutUp();
        double[] w = minimizer.minimize(objective, TOLERANCE, new double[index.size()]);
        Map<String, Double> out = new HashMap<>();
        index.forEach((f, k) -> {
            if (w[k] != 0) out.put(f, w[k]);
        });
        return out;
    }

    /** Negative log-likelihood of the right candidates plus the prior, with its gradient (cached per point). */
    private static final class Objective implements DiffFunction {
        private final List<int[][]> xs;
        private final List<boolean[]> ys;
        private final int dim;
        private final double variance;
        private double[] lastPoint;
        private double lastValue;
        private double[] lastGradient;

        Objective(List<int[][]> xs, List<boolean[]> ys, int dim, double variance) {
            this.xs = xs;
            this.ys = ys;
            this.dim = dim;
            this.variance = variance;
        }

        private void compute(double[] w) {
            if (lastPoint != null && Arrays.equals(w, lastPoint)) return;
            double value = 0;
            double[] grad = new double[dim];
            for (int g = 0; g < xs.size(); g++) {
                int[][] x = xs.get(g);
                boolean[] r = ys.get(g);
                double[] z = new double[x.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < x.length; i++) {
                    for (int k : x[i]) z[i] += w[k];
                    max = Math.max(max, z[i]);
                }
                double all = 0;
                double good = 0;
                for (int i = 0; i < x.length; i++) {
                    z[i] = Math.exp(z[i] - max);
                    all += z[i];
                    if (r[i]) good += z[i];
                }
                value -= Math.log(good / all);
                for (int i = 0; i < x.length; i++) {
                    double d = z[i] / all - (r[i] ? z[i] / good : 0);
                    if (d == 0) continue;
                    for (int k : x[i]) grad[k] += d;
                }
            }
            for (int k = 0; k < dim; k++) {
                value += w[k] * w[k] / (2 * variance);
                grad[k] += w[k] / variance;
            }
            lastPoint = w.clone();
            lastValue = value;
            lastGradient = grad;
        }

        @Override public double valueAt(double[] w) {
            compute(w);
            return lastValue;
        }

        @Override public double[] derivativeAt(double[] w) {
            compute(w);
            return lastGradient.clone();
        }

        @Override public int domainDimension() { return dim; }
    }
}
