package org.newsquotes.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsquotes.eval.GoldSet;
import org.newsquotes.eval.QuoteScorer;
import org.newsquotes.eval.TextLocator;
import org.newsquotes.quotes.LinearModel;
import org.newsquotes.quotes.QuoteStage;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;

/**
 * Learns the {@link org.newsquotes.quotes.QuoteKindFilter}: every marked quote (continued paragraphs aside) is an
 * example, labelled a quote when it overlaps a gold quotation ({@code eval}'s own matching), the rules' kind among its
 * features, and a logistic regression learns which are quotes. The threshold is chosen on out-of-fold probabilities
 * (folds by document) to maximise the F1 of the quotes kept, counting a gold quote left out as a miss.
 */
public final class KindTrainer {
    /** One marked quote: its features and whether gold has a quotation there. */
    public record Example(String doc, List<String> features, boolean quote) {
        /** True when the rules called the quote {@code other} (the filter may read it as a quote). */
        public boolean calledOther() { return features.contains("kind=" + QuoteKind.OTHER.label()); }
    }

    /** Precision, recall and F1 over the examples when quotes under {@code threshold} are removed. */
    public record Scores(double threshold, int kept, int keptRight, int removedRight, int positives) {
        public double precision() { return kept == 0 ? 0 : (double) keptRight / kept; }

        public double recall() { return positives == 0 ? 0 : (double) keptRight / positives; }

        public double f1() { return 2.0 * keptRight / (kept + positives); }
    }

    private final QuoteStage stage;

    public KindTrainer(QuoteStage stage) { this.stage = stage; }

    public List<Example> examples(GoldSet gold, Path annotated) throws IOException {
        List<Example> out = new ArrayList<>();
        SpeakerTrainer.forEachDocument(gold, annotated, (name, publisher, doc, golds) -> {
            List<QuoteScorer.Placed> placed = QuoteScorer.place(golds, new TextLocator(doc.text()), m -> {});
            for (QuoteStage.RankingInstance in : stage.rankingInstances(doc)) {
                if (in.kindFeatures() == null) continue;
                Span s = in.quote().content();
                boolean quote = placed.stream().anyMatch(p -> p.gold().kind() != QuoteKind.INDIRECT && p.span().overlaps(s));
                out.add(new Example(name, in.kindFeatures(), quote));
            }
        });
        return out;
    }

    public static Map<String, Double> fit(List<Example> train, double sigma) {
        return org.newsquotes.nlp.LogisticFit.fit(train.stream().map(Example::features).toList(),
                train.stream().map(Example::quote).toList(), sigma);
    }

    /** Out-of-fold probability of each example (folds: documents in sorted order, dealt round-robin). */
    public static double[] outOfFold(List<Example> examples, int folds, double sigma) {
        Map<String, Integer> fold = SpeakerTrainer.folds(examples.stream().map(Example::doc).toList(), folds);
        double[] p = new double[examples.size()];
        for (int f = 0; f < folds; f++) {
            int held = f;
            List<Example> train = examples.stream().filter(e -> fold.get(e.doc()) != held).toList();
            LinearModel m = new LinearModel(fit(train, sigma), new double[0], new double[0], 0);
            for (int i = 0; i < p.length; i++) if (fold.get(examples.get(i).doc()) == held) p[i] = m.score(examples.get(i).features());
        }
        return p;
    }

    /** The rules' own decision as a probability: 1 for what they call direct or fragment, 0 for what they call other. */
    public static double[] rulesAlone(List<Example> examples) {
        double[] p = new double[examples.size()];
        for (int i = 0; i < p.length; i++) p[i] = examples.get(i).calledOther() ? 0 : 1;
        return p;
    }

    /** Scores of removing the examples whose probability is under {@code threshold}. */
    public static Scores score(List<Example> examples, double[] probability, double threshold) {
        int kept = 0, keptRight = 0, removedRight = 0, positives = 0;
        for (int i = 0; i < examples.size(); i++) {
            boolean q = examples.get(i).quote();
            if (q) positives++;
            if (probability[i] >= threshold) {
                kept++;
                if (q) keptRight++;
            } else if (q) {
                removedRight++;
            }
        }
        return new Scores(threshold, kept, keptRight, removedRight, positives);
    }

    /** The threshold in [0, 0.95] (steps of 0.01) with the best F1 on these probabilities. */
    public static Scores bestThreshold(List<Example> examples, double[] probability) {
        Scores best = score(examples, probability, 0);
        for (int t = 1; t <= 95; t++) {
            Scores s = score(examples, probability, t / 100.0);
            if (s.f1() > best.f1()) best = s;
        }
        return best;
    }

    /** Probabilities of {@code examples} under a model. */
    public static double[] probabilities(LinearModel m, List<Example> examples) {
        double[] p = new double[examples.size()];
        for (int i = 0; i < p.length; i++) p[i] = m.score(examples.get(i).features());
        return p;
    }
}
