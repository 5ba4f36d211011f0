package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsquotes.config.ModelFiles;

/**
 * A learned linear model read from {@code models/}: a weight per binary feature, how the summed weights become a
 * probability ({@link Scoring}), a calibration table that turns that probability into the chance of being right, a
 * decision threshold, and the names of rules kept as hard shortcuts. The speaker ranker ({@link SpeakerRanker#MODEL_FILE},
 * a softmax over each quote's candidates) and the quote-kind filter ({@link QuoteKindFilter#MODEL_FILE}, a logistic
 * regression) each have one, written by {@code newsquotes train} with its provenance beside it.
 *
 * <p>File format (UTF-8, tab-separated, {@code #} comments): {@code scoring\tlogistic|softmax} (logistic when absent),
 * {@code threshold\tP}, {@code shortcut\tMETHOD} rows (sieve methods kept as hard rules), then
 * {@code calibration\tRAW\tP} rows in increasing RAW (a step function: a score up to RAW is right with probability P),
 * then {@code weight\tFEATURE\tW} rows. Immutable and thread-safe.
 */
public final class LinearModel {
    /** How a candidate's summed weights {@code z} become its score. */
    public enum Scoring {
        /** Each example on its own: {@code 1 / (1 + exp(-z))} (a binary logistic regression). */
        LOGISTIC,
        /** Against the other candidates of its group: {@code exp(z) / sum exp(z_j)} (a conditional logit). */
        SOFTMAX;

        String label() { return name().toLowerCase(Locale.ROOT); }

        static Scoring of(String label) {
            for (Scoring s : values()) if (s.label().equals(label)) return s;
            throw new IllegalArgumentException("unknown scoring '" + label + "' (logistic or softmax)");
        }
    }

    private final Map<String, Double> weights;
    private final Scoring scoring;
    private final double[] calibrationUpper;
    private final double[] calibrationValue;
    private final double threshold;
    private final java.util.Set<String> shortcuts;

    public LinearModel(Map<String, Double> weights, double[] calibrationUpper, double[] calibrationValue, double threshold) {
        this(weights, calibrationUpper, calibrationValue, threshold, java.util.Set.of());
    }

    /**
     * @param shortcuts sieve methods whose answer stands without the ranker (kept only where the sieve measurably beat
     *                  the ranker on data neither was fitted on)
     */
    public LinearModel(Map<String, Double> weights, double[] calibrationUpper, double[] calibrationValue, double threshold,
                        java.util.Set<String> shortcuts) {
        this(Scoring.LOGISTIC, weights, calibrationUpper, calibrationValue, threshold, shortcuts);
    }

    /** A model whose weights are read as {@code scoring} says. */
    public LinearModel(Scoring scoring, Map<String, Double> weights, double[] calibrationUpper, double[] calibrationValue,
                        double threshold, java.util.Set<String> shortcuts) {
        this.scoring = java.util.Objects.requireNonNull(scoring, "scoring");
        if (calibrationUpper.length != calibrationValue.length) throw new IllegalArgumentException("calibration rows differ in length");
        for (int i = 1; i < calibrationUpper.length; i++) {
            if (calibrationUpper[i] < calibrationUpper[i - 1]) throw new IllegalArgumentException("calibration not in increasing order");
        }
        for (double v : calibrationValue) if (v < 0 || v > 1 || Double.isNaN(v)) throw new IllegalArgumentException("calibrated value outside [0,1]: " + v);
        if (threshold < 0 || threshold > 1) throw new IllegalArgumentException("threshold outside [0,1]: " + threshold);
        this.weights = Map.copyOf(weights);
        this.calibrationUpper = calibrationUpper.clone();
        this.calibrationValue = calibrationValue.clone();
        this.threshold = threshold;
        this.shortcuts = java.util.Set.copyOf(shortcuts);
    }

    /** The model {@code file} in the run's models directory or the packaged copy; null when neither has one. */
    public static LinearModel load(ModelFiles models, String file) {
        if (!models.exists(file)) return null;
        try {
            return parse(models.lines(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses the file's lines (comments and blank lines removed); a malformed line is a setup error naming it. */
    public static LinearModel parse(List<String> lines) {
        Map<String, Double> w = new TreeMap<>();
        List<double[]> cal = new ArrayList<>();
        double threshold = 0;
        java.util.Set<String> shortcuts = new java.util.TreeSet<>();
        Scoring scoring = Scoring.LOGISTIC;
        for (String line : lines) {
            String[] c = line.split("\t");
            try {
                switch (c[0]) {
                    case "scoring" -> scoring = Scoring.of(c[1]);
                    case "threshold" -> threshold = Double.parseDouble(c[1]);
                    case "calibration" -> cal.add(new double[] {Double.parseDouble(c[1]), Double.parseDouble(c[2])});
                    case "weight" -> w.put(c[1], Double.parseDouble(c[2]));
                    case "shortcut" -> shortcuts.add(AttributionMethod.parse(c[1]).label());
                    default -> throw new IllegalArgumentException("unknown row kind '" + c[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("bad line '" + line + "': " + e.getMessage(), e);
            }
        }
        if (w.isEmpty()) throw new IllegalArgumentException("no weights");
        return new LinearModel(scoring, w, cal.stream().mapToDouble(r -> r[0]).toArray(), cal.stream().mapToDouble(r -> r[1]).toArray(),
                threshold, shortcuts);
    }

    /** The file's text, rows in a stable order (weights by feature name) so a retrained model diffs cleanly. */
    public String format(List<String> header) {
        StringBuilder sb = new StringBuilder();
        for (String h : header) sb.append("# ").append(h).append('\n');
        sb.append("scoring\t").append(scoring.label()).append('\n');
        sb.append("threshold\t").append(num(threshold)).append('\n');
        for (String m : new java.util.TreeSet<>(shortcuts)) sb.append("shortcut\t").append(m).append('\n');
        for (int i = 0; i < calibrationUpper.length; i++) {
            sb.append("calibration\t").append(num(calibrationUpper[i])).append('\t').append(num(calibrationValue[i])).append('\n');
        }
        new TreeMap<>(weights).forEach((f, v) -> {
            if (v != 0) sb.append("weight\t").append(f).append('\t').append(num(v)).append('\n');
        });
        return sb.toString();
    }

    private static String num(double v) { return String.format(Locale.ROOT, "%.6f", v); }

    /**
     * The example's score under a {@link Scoring#LOGISTIC} model: its probability of being a yes, before calibration.
     * A softmax model scores a candidate only against the others of its group ({@link #scores}).
     */
    public double score(List<String> features) {
        if (scoring != Scoring.LOGISTIC) throw new IllegalStateException("a " + scoring.label() + " model scores groups, not single examples");
        return 1 / (1 + Math.exp(-sum(features)));
    }

    /**
     * The score of each of a group's candidates (one quote's possible speakers), before calibration: under
     * {@link Scoring#SOFTMAX} the candidates' shares of the group's probability (they add up to one), under
     * {@link Scoring#LOGISTIC} each one's own probability.
     */
    public double[] scores(List<List<String>> group) {
        double[] z = new double[group.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < z.length; i++) {
            z[i] = sum(group.get(i));
            max = Math.max(max, z[i]);
        }
        if (scoring == Scoring.LOGISTIC) {
            for (int i = 0; i < z.length; i++) z[i] = 1 / (1 + Math.exp(-z[i]));
            return z;
        }
        double all = 0;
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.exp(z[i] - max);
            all += z[i];
        }
        for (int i = 0; i < z.length; i++) z[i] /= all;
        return z;
    }

    private double sum(List<String> features) {
        double z = 0;
        for (String f : features) z += weights.getOrDefault(f, 0.0);
        return z;
    }

    /** The probability that a winning candidate with this score is right (identity when no table was fitted). */
    public double calibrate(double score) {
        return step(calibrationUpper, calibrationValue, score);
    }

    /**
     * A step function: the value of the first step whose upper bound is at or above {@code x} (the last step above
     * every bound); {@code x} itself when there are no steps.
     */
    public static double step(double[] upper, double[] value, double x) {
        if (upper.length == 0) return x;
        int i = Arrays.binarySearch(upper, x);
        if (i < 0) i = -i - 1;
        return value[Math.min(i, value.length - 1)];
    }

    /** Index of the highest-scored of {@code featureLists} (the first on a tie), or -1 when there is none. */
    public int best(List<List<String>> featureLists) {
        double[] sums = new double[featureLists.size()];
        for (int i = 0; i < sums.length; i++) sums[i] = sum(featureLists.get(i));
        return argmax(sums);
    }

    /** Index of the highest of {@code scores} (the first on a tie), or -1 when there is none. */
    public static int argmax(double[] scores) {
        int best = scores.length == 0 ? -1 : 0;
        for (int i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
        return best;
    }

    /** The decision threshold (the speaker ranker: below this confidence no name is given). */
    public double threshold() { return threshold; }

    public Map<String, Double> weights() { return weights; }

    public Scoring scoring() { return scoring; }

    /** Sieve methods whose answer the ranker does not overrule. */
    public java.util.Set<String> shortcuts() { return shortcuts; }
}
