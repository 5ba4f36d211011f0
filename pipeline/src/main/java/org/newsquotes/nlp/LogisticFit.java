package org.newsquotes.nlp;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a binary logistic regression over string features with CoreNLP's own classifier
 * ({@code edu.stanford.nlp.classify.LinearClassifierFactory}: quasi-Newton, Gaussian prior), and returns the weights as
 * plain numbers so nothing of CoreNLP leaves this package. Deterministic: the same data in the same order gives the
 * same weights.
 */
public final class LogisticFit {
    private static final String YES = "yes";
    private static final String NO = "no";

    private LogisticFit() {}

    /**
     * @param features one feature list per example (include a constant feature for an intercept)
     * @param labels   one label per example
     * @param sigma    the Gaussian prior's standard deviation (smaller: stronger regularisation)
     * @return the weight of each feature: P(yes) = 1 / (1 + exp(-sum of the weights of the example's features))
     */
    public static Map<String, Double> fit(List<List<String>> features, List<Boolean> labels, double sigma) {
        if (features.size() != labels.size()) throw new IllegalArgumentException("features and labels differ in length");
        if (!labels.contains(true) || !labels.contains(false)) throw new IllegalArgumentException("need both labels to fit");
        Dataset<String, String> data = new Dataset<>(features.size());
        for (int i = 0; i < features.size(); i++) data.add(new BasicDatum<>(features.get(i), labels.get(i) ? YES : NO));
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>(1e-4, false, sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> classifier = factory.trainClassifier(data);
        Map<String, Counter<String>> w = classifier.weightsAsMapOfCounters();
        Map<String, Double> out = new HashMap<>();
        Counter<String> yes = w.get(YES);
        Counter<String> no = w.get(NO);
        for (String f : data.featureIndex()) {
            double v = (yes == null ? 0 : yes.getCount(f)) - (no == null ? 0 : no.getCount(f));
            if (v != 0) out.put(f, v);
        }
        return out;
    }
}
