package org.newsquotes.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Isotonic regression by pool-adjacent-violators: from (score, right?) pairs, a non-decreasing step function giving
 * the share of right answers at each score. Used to turn the ranker's winning score into a confidence that means what
 * it says. Blocks hold at least {@code minBlock} examples so a step never rests on a handful of quotes.
 *
 * @param upper the highest score of each block, increasing
 * @param value the share right in each block, non-decreasing
 */
public record IsotonicCalibration(double[] upper, double[] value) {

    public static IsotonicCalibration fit(double[] scores, boolean[] right, int minBlock) {
        if (scores.length != right.length) throw new IllegalArgumentException("scores and labels differ in length");
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        // blocks: [sum right, count, max score]
        List<double[]> blocks = new ArrayList<>();
        for (int i : order) {
            blocks.add(new double[] {right[i] ? 1 : 0, 1, scores[i]});
            merge(blocks, minBlock);
        }
        // the last blocks may be smaller than minBlock: fold them back
        while (blocks.size() > 1 && blocks.get(blocks.size() - 1)[1] < minBlock) {
            double[] last = blocks.remove(blocks.size() - 1);
            double[] prev = blocks.get(blocks.size() - 1);
            prev[0] += last[0];
            prev[1] += last[1];
            prev[2] = last[2];
            merge(blocks, 0);
        }
        double[] up = new double[blocks.size()];
        double[] val = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            up[i] = blocks.get(i)[2];
            val[i] = blocks.get(i)[0] / blocks.get(i)[1];
        }
        if (up.length > 0) up[up.length - 1] = 1.0; // anything above the highest seen score gets the top block
        return new IsotonicCalibration(up, val);
    }

    /** Pools the last block into the one before while they violate monotonicity or the one before is too small. */
    private static void merge(List<double[]> blocks, int minBlock) {
        while (blocks.size() > 1) {
            double[] last = blocks.get(blocks.size() - 1);
            double[] prev = blocks.get(blocks.size() - 2);
            boolean violates = prev[0] / prev[1] >= last[0] / last[1];
            if (!violates && prev[1] >= minBlock) break;
            prev[0] += last[0];
            prev[1] += last[1];
            prev[2] = last[2];
            blocks.remove(blocks.size() - 1);
        }
    }

    /** The calibrated value of a score. */
    public double apply(double score) {
        return org.newsquotes.quotes.LinearModel.step(upper, value, score);
    }
}
