package org.newsquotes.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.newsquotes.eval.GoldQuote;
import org.newsquotes.eval.GoldSet;
import org.newsquotes.eval.QuoteScorer;
import org.newsquotes.eval.TextLocator;
import org.newsquotes.nlp.ConditionalLogitFit;
import org.newsquotes.output.DocumentJson;
import org.newsquotes.output.JsonPaths;
import org.newsquotes.quotes.QuoteStage;
import org.newsquotes.quotes.SpeakerCandidate;
import org.newsquotes.quotes.SpeakerConventions;
import org.newsquotes.quotes.LinearModel;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;

/**
 * Learns the {@link LinearModel} from a gold attribution set: every quote our stage finds that matches a gold quote
 * with a speaker becomes one ranking example (its candidates, each labelled right or wrong by the {@code eval}
 * command's own speaker-matching rule), a logistic regression is fitted on the candidates, and its winning scores are
 * calibrated on held-out folds.
 *
 * <p>Folds are whole documents (never quotes of one article on both sides), assigned by sorted document name, so the
 * result is deterministic. The same examples also give leave-one-publisher-out figures, and the sieves' own accuracy
 * on the same quotes for comparison.
 */
public final class SpeakerTrainer {
    /** Minimum examples per calibration step. */
    public static final int MIN_CALIBRATION_BLOCK = 150;

    /**
     * One quote to learn from.
     *
     * @param doc        gold document name
     * @param publisher  its publisher (from the gold set's metadata, else the name's prefix)
     * @param group      {@code direct+fragment} or {@code indirect}
     * @param candidates the candidates' features
     * @param right      per candidate: would choosing it be scored right
     * @param sieveRight whether the sieves' own answer is scored right
     * @param sieveMethod the method of the sieves' answer
     * @param description the quote, gold source and each candidate's words, for error reports
     */
    public record Example(String doc, String publisher, String group, List<List<String>> candidates, boolean[] right,
                          boolean sieveRight, String sieveMethod, List<String> description) {
        public Example(String doc, String publisher, String group, List<List<String>> candidates, boolean[] right,
                       boolean sieveRight) {
            this(doc, publisher, group, candidates, right, sieveRight, "none", List.of());
        }

        public boolean answerable() {
            for (boolean r : right) if (r) return true;
            return false;
        }
    }

    /** Accuracy figures of one evaluation. */
    public record Scores(int quotes, int rankerRight, int sieveRight, int answerable, Map<String, int[]> byGroup,
                         double[] winningScores, boolean[] winnerRight) {
        public double ranker() { return quotes == 0 ? 0 : (double) rankerRight / quotes; }

        public double sieves() { return quotes == 0 ? 0 : (double) sieveRight / quotes; }

        /** Share of quotes where some candidate is right: the ceiling of any ranker over these candidates. */
        public double ceiling() { return quotes == 0 ? 0 : (double) answerable / quotes; }

        public double groupAccuracy(String group, boolean ranker) {
            int[] c = byGroup.getOrDefault(group, new int[3]);
            return c[0] == 0 ? 0 : (double) c[ranker ? 1 : 2] / c[0];
        }
    }

    private final QuoteStage stage;

    /** @param stage the quote stage whose candidates are learned from (built without a model) */
    public SpeakerTrainer(QuoteStage stage) { this.stage = stage; }

    /** The examples of every gold document whose annotated JSON is under {@code annotated/json}. */
    public List<Example> examples(GoldSet gold, Path annotated) throws IOException {
        List<Example> out = new ArrayList<>();
        forEachDocument(gold, annotated, (name, publisher, doc, golds) -> out.addAll(examples(name, publisher, doc, golds)));
        return out;
    }

    /** Sees one annotated gold document. */
    @FunctionalInterface
    interface DocumentVisitor {
        void visit(String docName, String publisher, AnnotatedDocument doc, List<GoldQuote> golds);
    }

    /** Reads each gold document's annotated JSON (those that have one), in document-name order. */
    static void forEachDocument(GoldSet gold, Path annotated, DocumentVisitor visitor) throws IOException {
        Map<String, String> publishers = publishers(gold.dir());
        Map<String, List<GoldQuote>> goldByDoc = new TreeMap<>();
        for (String d : gold.docs()) goldByDoc.put(d, new ArrayList<>());
        for (GoldQuote g : gold.quotes()) goldByDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g);
        for (var e : goldByDoc.entrySet()) {
            Path json = JsonPaths.resolve(annotated.resolve("json"), e.getKey());
            if (!Files.isRegularFile(json)) continue;
            AnnotatedDocument doc;
            try (InputStream in = Files.newInputStream(json)) {
                doc = DocumentJson.read(in);
            }
            String publisher = publishers.getOrDefault(e.getKey().replaceFirst("\\.txt$", ""), e.getKey().split("_")[0]);
            visitor.visit(e.getKey(), publisher, doc, e.getValue());
        }
    }

    /** The examples of one document: our quotes matched to gold quotes that have a speaker. */
    List<Example> examples(String docName, String publisher, AnnotatedDocument doc, List<GoldQuote> golds) {
        List<QuoteScorer.Placed> placed = QuoteScorer.place(golds, new TextLocator(doc.text()), m -> {});
        List<QuoteStage.RankingInstance> instances = stage.rankingInstances(doc);
        List<Example> out = new ArrayList<>();
        // as the scorer does: each gold quote with a speaker is judged on our most-overlapping quote of its group
        for (QuoteScorer.Placed p : placed) {
            if (!p.gold().hasSpeaker()) continue;
            boolean indirect = p.gold().kind() == QuoteKind.INDIRECT;
            QuoteStage.RankingInstance best = null;
            int bestOverlap = 0;
            for (QuoteStage.RankingInstance in : instances) {
                QuoteKind k = in.quote().kind();
                if (k == QuoteKind.OTHER || (k == QuoteKind.INDIRECT) != indirect) continue;
                Span s = in.quote().content();
                int ov = Math.min(s.end(), p.span().end()) - Math.max(s.start(), p.span().start());
                if (ov > bestOverlap) {
                    bestOverlap = ov;
                    best = in;
                }
            }
            if (best == null) continue;
            List<List<String>> features = new ArrayList<>();
            List<String> description = new ArrayList<>();
            description.add(p.gold().text().replace('\n', ' ') + " || gold: " + p.gold().speaker() + " || sieve: "
                    + best.sieve().mention() + " (" + best.sieve().method() + ")");
            boolean[] right = new boolean[best.candidates().size()];
            for (int i = 0; i < right.length; i++) {
                SpeakerCandidate c = best.candidates().get(i);
                features.add(c.features());
                right[i] = matches(p, doc.text(), c.attribution());
                description.add(c.attribution().mention() + " -> " + c.attribution().speaker());
            }
            out.add(new Example(docName, publisher, indirect ? "indirect" : "direct+fragment", features, right,
                    matches(p, doc.text(), best.sieve()), best.sieve().method(), description));
        }
        return out;
    }

    private static boolean matches(QuoteScorer.Placed p, String text, Attribution a) {
        return QuoteScorer.speakerMatches(p, text, a.speaker(), a.mention(), a.mentionSpan(), a.speakerEntityId());
    }

    /**
     * Fits the weights on {@code train}: a conditional logit, each quote one softmax over its candidates (a quote
     * with no right candidate, or a single one, teaches nothing and is left out by the fit).
     */
    public static Map<String, Double> fit(List<Example> train, double sigma) {
        List<List<List<String>>> groups = new ArrayList<>(train.size());
        List<boolean[]> right = new ArrayList<>(train.size());
        for (Example e : train) {
            groups.add(e.candidates());
            right.add(e.right());
        }
        return ConditionalLogitFit.fit(groups, right, sigma);
    }

    /** The model {@code weights} make, uncalibrated: a softmax over each quote's candidates. */
    public static LinearModel model(Map<String, Double> weights) {
        return new LinearModel(LinearModel.Scoring.SOFTMAX, weights, new double[0], new double[0], 0, java.util.Set.of());
    }

    /** Scores a model (weights, no calibration) on {@code test}. */
    public static Scores score(Map<String, Double> weights, List<Example> test) {
        LinearModel model = model(weights);
        int ranker = 0;
        int sieves = 0;
        int answerable = 0;
        Map<String, int[]> byGroup = new TreeMap<>();
        double[] winning = new double[test.size()];
        boolean[] winnerRight = new boolean[test.size()];
        for (int n = 0; n < test.size(); n++) {
            Example e = test.get(n);
            int best = winner(model, e);
            double bestScore = best < 0 ? 0 : model.scores(e.candidates())[best];
            // no candidate at all: the ranker keeps the sieves' answer, as SpeakerRanker does
            boolean right = best < 0 ? e.sieveRight() : e.right()[best];
            winning[n] = Math.max(0, bestScore);
            winnerRight[n] = right;
            int[] g = byGroup.computeIfAbsent(e.group(), k -> new int[3]);
            g[0]++;
            if (right) {
                ranker++;
                g[1]++;
            }
            if (e.sieveRight()) {
                sieves++;
                g[2]++;
            }
            if (e.answerable()) answerable++;
        }
        return new Scores(test.size(), ranker, sieves, answerable, byGroup, winning, winnerRight);
    }

    /**
     * Per method of the sieves' answer: quotes, how many the sieves got right, how many the ranker ({@code weights})
     * got right. Where the sieves win clearly on data the ranker was not fitted on, that method is kept as a shortcut.
     */
    public static Map<String, int[]> byMethod(Map<String, Double> weights, List<Example> examples) {
        LinearModel model = model(weights);
        Map<String, int[]> out = new TreeMap<>();
        for (Example e : examples) {
            int best = winner(model, e);
            int[] c = out.computeIfAbsent(e.sieveMethod(), k -> new int[3]);
            c[0]++;
            if (e.sieveRight()) c[1]++;
            if (best < 0 ? e.sieveRight() : e.right()[best]) c[2]++;
        }
        return out;
    }

    /** {@link #byMethod} over the held-out folds of k-fold cross-validation (folds as {@link #crossValidate}). */
    public static Map<String, int[]> crossValidatedByMethod(List<Example> examples, int folds, double sigma) {
        return crossValidatedCounts(examples, folds, sigma, SpeakerTrainer::byMethod);
    }

    /**
     * Counts of {@code count} (per key, three numbers each) summed over the held-out folds of k-fold cross-validation,
     * each fold scored by a model fitted on the others.
     */
    private static Map<String, int[]> crossValidatedCounts(List<Example> examples, int folds, double sigma,
                                                           java.util.function.BiFunction<Map<String, Double>, List<Example>, Map<String, int[]>> count) {
        Map<String, Integer> fold = folds(examples, folds);
        Map<String, int[]> out = new TreeMap<>();
        for (int f = 0; f < folds; f++) {
            int held = f;
            List<Example> train = examples.stream().filter(e -> fold.get(e.doc()) != held).toList();
            List<Example> test = examples.stream().filter(e -> fold.get(e.doc()) == held).toList();
            count.apply(fit(train, sigma), test).forEach((m, c) -> {
                int[] t = out.computeIfAbsent(m, k -> new int[3]);
                for (int i = 0; i < 3; i++) t[i] += c[i];
            });
        }
        return out;
    }

    /**
     * Per {@link SpeakerConventions} rule: how many quotes it overrode, how many of those the ranker alone had right,
     * and how many the override has right (scored by the gold at hand, whose conventions may differ from ours).
     */
    public static Map<String, int[]> conventionEffect(Map<String, Double> weights, List<Example> examples) {
        LinearModel model = model(weights);
        Map<String, int[]> out = new TreeMap<>();
        for (Example e : examples) {
            int ranked = model.best(e.candidates());
            if (ranked < 0) continue;
            SpeakerConventions.Correction o = SpeakerConventions.firstOverride(e.candidates(), ranked);
            if (o == null) continue;
            int[] c = out.computeIfAbsent(o.rule().name(), k -> new int[3]);
            c[0]++;
            if (e.right()[ranked]) c[1]++;
            if (e.right()[o.candidate()]) c[2]++;
        }
        return out;
    }

    /** {@link #conventionEffect} over the held-out folds of k-fold cross-validation. */
    public static Map<String, int[]> crossValidatedConventionEffect(List<Example> examples, int folds, double sigma) {
        return crossValidatedCounts(examples, folds, sigma, SpeakerTrainer::conventionEffect);
    }

    /** Fold of each document: documents in sorted name order, dealt round-robin. */
    private static Map<String, Integer> folds(List<Example> examples, int folds) {
        return folds(examples.stream().map(Example::doc).toList(), folds);
    }

    /** Fold of each document name: names in sorted order, dealt round-robin (shared by every trainer). */
    static Map<String, Integer> folds(java.util.Collection<String> docNames, int folds) {
        List<String> docs = new ArrayList<>(new TreeSet<>(docNames));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) fold.put(docs.get(i), i % folds);
        return fold;
    }

    /** Index of the best-scored candidate after our format's {@link SpeakerConventions}, or -1 when there is none. */
    static int winner(LinearModel model, Example e) {
        int best = model.best(e.candidates());
        return best < 0 ? best : SpeakerConventions.apply(e.candidates(), best);
    }

    /** The out-of-fold scores of k-fold cross-validation over documents (folds by sorted document name). */
    public static Scores crossValidate(List<Example> examples, int folds, double sigma) {
        Map<String, Integer> fold = folds(examples, folds);
        List<Scores> parts = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            int held = f;
            parts.add(heldOut(examples, e -> fold.get(e.doc()) == held, sigma));
        }
        return merge(parts);
    }

    /** Leave-one-publisher-out: per publisher, a model trained on the others, scored on it. */
    public static Map<String, Scores> leavePublisherOut(List<Example> examples, double sigma) {
        Map<String, Scores> out = new TreeMap<>();
        for (String p : new TreeSet<>(examples.stream().map(Example::publisher).toList())) {
            out.put(p, heldOut(examples, e -> e.publisher().equals(p), sigma));
        }
        return out;
    }

    private static Scores heldOut(List<Example> examples, Predicate<Example> test, double sigma) {
        List<Example> train = examples.stream().filter(test.negate()).toList();
        List<Example> held = examples.stream().filter(test).toList();
        return score(fit(train, sigma), held);
    }

    static Scores merge(List<Scores> parts) {
        int q = 0, r = 0, s = 0, a = 0, n = 0;
        Map<String, int[]> g = new TreeMap<>();
        for (Scores p : parts) {
            q += p.quotes();
            r += p.rankerRight();
            s += p.sieveRight();
            a += p.answerable();
            p.byGroup().forEach((k, v) -> {
                int[] t = g.computeIfAbsent(k, x -> new int[3]);
                for (int i = 0; i < 3; i++) t[i] += v[i];
            });
        }
        double[] w = new double[q];
        boolean[] right = new boolean[q];
        for (Scores p : parts) {
            System.arraycopy(p.winningScores(), 0, w, n, p.quotes());
            System.arraycopy(p.winnerRight(), 0, right, n, p.quotes());
            n += p.quotes();
        }
        return new Scores(q, r, s, a, g, w, right);
    }

    /** The quotes {@code weights} rank wrong: the quote, then each candidate (winner and right ones marked) with its score. */
    public static List<String> errorReport(Map<String, Double> weights, List<Example> examples) {
        LinearModel model = model(weights);
        List<String> out = new ArrayList<>();
        for (Example e : examples) {
            int best = winner(model, e);
            if (best < 0 || e.right()[best]) continue;
            out.add("== " + e.doc() + " [" + e.group() + "] " + (e.description().isEmpty() ? "" : e.description().get(0))
                    + (e.answerable() ? "" : " || NO RIGHT CANDIDATE"));
            double[] scores = model.scores(e.candidates());
            for (int i = 0; i < e.candidates().size(); i++) {
                String mark = i == best ? "WIN  " : e.right()[i] ? "RIGHT" : "     ";
                List<String> f = e.candidates().get(i).stream().filter(x -> !x.contains("|")).toList();
                out.add(String.format(Locale.ROOT, "  %s %.3f %s  %s", mark, scores[i],
                        e.description().size() > i + 1 ? e.description().get(i + 1) : "", f));
            }
        }
        return out;
    }

    /**
     * Expected calibration error of an isotonic calibration measured on predictions it was not fitted on: the
     * predictions are dealt into {@code folds} parts (every k-th one), each calibrated by a table fitted on the others.
     */
    public static double crossValidatedCalibrationError(double[] scores, boolean[] right, int folds) {
        double[] conf = new double[scores.length];
        for (int f = 0; f < folds; f++) {
            int n = 0;
            for (int i = 0; i < scores.length; i++) if (i % folds != f) n++;
            double[] s = new double[n];
            boolean[] r = new boolean[n];
            n = 0;
            for (int i = 0; i < scores.length; i++) {
                if (i % folds == f) continue;
                s[n] = scores[i];
                r[n++] = right[i];
            }
            IsotonicCalibration cal = IsotonicCalibration.fit(s, r, MIN_CALIBRATION_BLOCK);
            for (int i = f; i < scores.length; i += folds) conf[i] = cal.apply(scores[i]);
        }
        return expectedCalibrationError(conf, right);
    }

    /** Expected calibration error of calibrated confidences over ten equal-width bins. */
    public static double expectedCalibrationError(double[] confidence, boolean[] right) {
        double[] sumConf = new double[10];
        double[] sumRight = new double[10];
        int[] count = new int[10];
        for (int i = 0; i < confidence.length; i++) {
            int b = Math.min(9, (int) (confidence[i] * 10));
            sumConf[b] += confidence[i];
            sumRight[b] += right[i] ? 1 : 0;
            count[b]++;
        }
        double ece = 0;
        for (int b = 0; b < 10; b++) {
            if (count[b] > 0) ece += Math.abs(sumRight[b] - sumConf[b]) / confidence.length;
        }
        return ece;
    }

    /** Reliability table rows: bin, quotes, mean confidence, share right. */
    public static List<String> reliabilityTable(double[] confidence, boolean[] right) {
        List<String> rows = new ArrayList<>();
        rows.add("| confidence | quotes | mean confidence | share right |");
        rows.add("|---|---:|---:|---:|");
        for (int b = 0; b < 10; b++) {
            int n = 0;
            double c = 0;
            int r = 0;
            for (int i = 0; i < confidence.length; i++) {
                if (Math.min(9, (int) (confidence[i] * 10)) != b) continue;
                n++;
                c += confidence[i];
                if (right[i]) r++;
            }
            if (n == 0) continue;
            rows.add(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %.3f | %.3f |", b / 10.0, (b + 1) / 10.0, n, c / n, (double) r / n));
        }
        return rows;
    }

    /** Publisher per document name (without extension) from the gold set's {@code metadata.tsv}, if any. */
    static Map<String, String> publishers(Path goldDir) throws IOException {
        Path meta = goldDir.resolve("metadata.tsv");
        Map<String, String> out = new HashMap<>();
        if (!Files.isRegularFile(meta)) return out;
        List<String> lines = Files.readAllLines(meta);
        if (lines.isEmpty()) return out;
        List<String> header = List.of(lines.get(0).split("\t"));
        int file = header.indexOf("filename");
        int pub = header.indexOf("publisher");
        if (file < 0 || pub < 0) return out;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            if (c.length > Math.max(file, pub)) out.put(c[file], c[pub]);
        }
        return out;
    }
}
