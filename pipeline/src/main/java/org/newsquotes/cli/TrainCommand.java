package org.newsquotes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.eval.GoldSet;
import org.newsquotes.output.AtomicFiles;
import org.newsquotes.quotes.IndirectScope;
import org.newsquotes.quotes.QuoteStage;
import org.newsquotes.runner.LocalRunner;
import org.newsquotes.runner.RunConfig;
import org.newsquotes.quotes.LinearModel;
import org.newsquotes.quotes.QuoteKindFilter;
import org.newsquotes.quotes.SpeakerRanker;
import org.newsquotes.train.IsotonicCalibration;
import org.newsquotes.train.KindTrainer;
import org.newsquotes.train.SpeakerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsquotes train}: rebuilds every learned artefact in {@code models/} from a gold attribution set's
 * training split. Annotates the gold documents with the rule sieves alone (cached under {@code --work}, so a second
 * run only refits), learns the speaker ranker ({@link SpeakerTrainer}), chooses the prior by cross-validation,
 * calibrates the confidence on held-out folds, and writes {@value LinearModel#FILE} with its provenance
 * ({@value LinearModel#PROVENANCE}). With {@code --dev} it also reports (never fits on) a second gold set.
 */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Learns the speaker ranker from a gold attribution set (brat standoff, e.g. PolNeAR's train split)",
                "and writes models/" + SpeakerRanker.MODEL_FILE + " with its provenance."})
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "training gold: docs/ + attributions/*.ann")
    Path gold;

    @Option(names = "--dev", paramLabel = "DIR", description = "a second gold set to report on (never fitted on)")
    Path dev;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models",
            description = "where the model and its provenance are written (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "train-work",
            description = "annotations of the gold documents, reused by later runs (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--models", paramLabel = "DIR", description = "editable resources for annotating (default: models/ of the checkout)")
    Path models;

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--sigmas", defaultValue = "0.5,1,2", split = ",",
            description = "Gaussian prior widths to choose from by cross-validation (default: ${DEFAULT-VALUE})")
    List<Double> sigmas;

    @Option(names = "--threshold", defaultValue = "0.25",
            description = "below this calibrated confidence the evidence is kept and no speaker named (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--reuse-annotations", description = "skip annotating when --work already holds the gold documents' "
            + "annotations (a refit after a feature change; the annotations must come from the same tokeniser, NER and parser)")
    boolean reuse;

    @Option(names = "--shortcut-margin", defaultValue = "2", description = "a sieve method whose answers beat the ranker's "
            + "on --dev by at least this many quotes is kept as a hard rule (default: ${DEFAULT-VALUE}; needs --dev)")
    int shortcutMargin;

    @Option(names = "--threads", paramLabel = "N", description = "annotation threads (default: all cores)")
    Integer threads;

    @Option(names = "--errors", paramLabel = "FILE", description = "write the quotes the final model ranks wrong on --dev "
            + "(or, without --dev, on the training data) with every candidate's words and features, for inspection")
    Path errors;

    @Override public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Path modelsDir = models != null ? models : AnnotateCommand.defaultModels();
        ModelFiles files = modelsDir != null ? ModelFiles.at(modelsDir) : ModelFiles.packaged();
        QuoteStage stage = new QuoteStage(files, IndirectScope.PARC);
        SpeakerTrainer trainer = new SpeakerTrainer(stage);

        GoldSet trainGold = GoldSet.load(gold);
        Path trainAnnotated = annotate(gold, work.resolve("train"), modelsDir);
        List<SpeakerTrainer.Example> examples = trainer.examples(trainGold, trainAnnotated);
        System.err.printf(Locale.ROOT, "train: %d quotes with a gold speaker in %d documents%n", examples.size(),
                examples.stream().map(SpeakerTrainer.Example::doc).distinct().count());

        List<String> report = new ArrayList<>();
        double bestSigma = sigmas.get(0);
        SpeakerTrainer.Scores best = null;
        for (double sigma : sigmas) {
            SpeakerTrainer.Scores cv = SpeakerTrainer.crossValidate(examples, folds, sigma);
            String line = String.format(Locale.ROOT, "%d-fold CV, sigma %.2f: ranker %.4f, sieves %.4f, ceiling %.4f (%d quotes)",
                    folds, sigma, cv.ranker(), cv.sieves(), cv.ceiling(), cv.quotes());
            System.err.println("train: " + line);
            report.add(line);
            if (best == null || cv.rankerRight() > best.rankerRight()) {
                best = cv;
                bestSigma = sigma;
            }
        }
        IsotonicCalibration cal = IsotonicCalibration.fit(best.winningScores(), best.winnerRight(), SpeakerTrainer.MIN_CALIBRATION_BLOCK);
        double[] cvConf = new double[best.quotes()];
        for (int i = 0; i < cvConf.length; i++) cvConf[i] = cal.apply(best.winningScores()[i]);
        double cvEce = SpeakerTrainer.crossValidatedCalibrationError(best.winningScores(), best.winnerRight(), folds);

        Map<String, SpeakerTrainer.Scores> lopo = SpeakerTrainer.leavePublisherOut(examples, bestSigma);
        Map<String, Double> weights = SpeakerTrainer.fit(examples, bestSigma);
        java.util.Set<String> shortcuts = new java.util.TreeSet<>();
        List<SpeakerTrainer.Example> devExamples = null;
        List<String> methodRows = new ArrayList<>();
        Map<String, int[]> cvMethods = null;
        if (dev != null) {
            devExamples = trainer.examples(GoldSet.load(dev), annotate(dev, work.resolve("dev"), modelsDir));
            cvMethods = SpeakerTrainer.crossValidatedByMethod(examples, folds, bestSigma);
            methodRows.add("| sieve method | dev quotes | dev: sieves right | dev: ranker right | CV quotes | CV: sieves right | CV: ranker right | kept as a shortcut |");
            methodRows.add("|---|---:|---:|---:|---:|---:|---:|---|");
            for (var e : SpeakerTrainer.byMethod(weights, devExamples).entrySet()) {
                int[] c = e.getValue();
                int[] cv = cvMethods.getOrDefault(e.getKey(), new int[3]);
                // a sieve stands alone only where it beats the ranker on dev and is no worse on held-out training folds:
                // a dev win alone may be the sieves' own tuning on dev
                boolean keep = c[1] - c[2] >= shortcutMargin && cv[1] >= cv[2] && !e.getKey().equals(org.newsquotes.quotes.AttributionMethod.NONE.label());
                if (keep) shortcuts.add(e.getKey());
                methodRows.add(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %s |", e.getKey(), c[0], c[1], c[2],
                        cv[0], cv[1], cv[2], keep ? "yes" : ""));
            }
        }
        LinearModel model = new LinearModel(LinearModel.Scoring.SOFTMAX, weights, cal.upper(), cal.value(), threshold, shortcuts);

        List<String> provenance = new ArrayList<>();
        provenance.add("# Speaker ranker: provenance");
        provenance.add("");
        provenance.add("- file: `" + SpeakerRanker.MODEL_FILE + "` (" + weights.size() + " non-zero weights, "
                + cal.upper().length + " calibration steps, threshold " + threshold + ")");
        provenance.add("- data: `" + gold.toAbsolutePath().normalize().getFileName() + "`, " + trainGold.docs().size()
                + " documents, " + examples.size() + " quotes with a gold speaker matched by our quotes");
        provenance.add("- command: `newsquotes train --gold " + gold + (dev != null ? " --dev " + dev : "") + " --out " + out
                + " --folds " + folds + " --sigmas " + joined(sigmas) + " --threshold " + threshold + "`");
        provenance.add("- date: " + LocalDate.now());
        provenance.add("- model: conditional logit, a softmax over each quote's candidates (fitted by CoreNLP's QNMinimizer, Gaussian "
                + "prior sigma " + bestSigma + ", chosen by " + folds + "-fold cross-validation over documents); the winner is the "
                + "highest-scoring candidate; confidence = isotonic calibration of the winner's softmax share on the out-of-fold predictions");
        provenance.add("- features: see `SpeakerFeatures` (candidate type and entity type, direction and sentence/token/paragraph "
                + "distance, quotes in between, speech verb after/before, according-to, colon, possessive, preposition, "
                + "sentence start, nearest name or pronoun on each side, dependency relation and its link to the quote's head word "
                + "(parsed sentences), salience, previous speaker, the sieve that picked it or another candidate when the "
                + "sieves named no one), each also joined with the quote kind");
        provenance.add("");
        provenance.add("## Cross-validation on the training split (speaker accuracy over matched quotes)");
        provenance.add("");
        for (String r : report) provenance.add("- " + r);
        provenance.add(String.format(Locale.ROOT, "- chosen sigma %.2f: quoted %.4f (sieves %.4f), indirect %.4f (sieves %.4f)",
                bestSigma, best.groupAccuracy("direct+fragment", true), best.groupAccuracy("direct+fragment", false),
                best.groupAccuracy("indirect", true), best.groupAccuracy("indirect", false)));
        provenance.add(String.format(Locale.ROOT, "- expected calibration error, the calibration itself cross-validated (table fitted on four fifths of the "
                + "out-of-fold predictions, measured on the rest): %.4f", cvEce));
        provenance.add("");
        provenance.add("## Leave one publisher out (train on the others, test on it)");
        provenance.add("");
        provenance.add("| publisher | quotes | ranker | sieves |");
        provenance.add("|---|---:|---:|---:|");
        lopo.forEach((p, s) -> provenance.add(String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f |", p, s.quotes(), s.ranker(), s.sieves())));
        provenance.add("");
        provenance.add("## Reliability on the out-of-fold predictions");
        provenance.add("");
        provenance.addAll(SpeakerTrainer.reliabilityTable(cvConf, best.winnerRight()));

        if (dev != null) {
            SpeakerTrainer.Scores d = SpeakerTrainer.score(weights, devExamples);
            double[] conf = new double[d.quotes()];
            for (int i = 0; i < conf.length; i++) conf[i] = cal.apply(d.winningScores()[i]);
            provenance.add("");
            provenance.add("## Reported on `" + dev.toAbsolutePath().normalize().getFileName() + "` (not fitted on)");
            provenance.add("");
            provenance.add(String.format(Locale.ROOT, "- speaker accuracy over matched quotes: ranker %.4f, sieves %.4f (%d quotes); "
                    + "quoted %.4f (sieves %.4f), indirect %.4f (sieves %.4f)", d.ranker(), d.sieves(), d.quotes(),
                    d.groupAccuracy("direct+fragment", true), d.groupAccuracy("direct+fragment", false),
                    d.groupAccuracy("indirect", true), d.groupAccuracy("indirect", false)));
            provenance.add(String.format(Locale.ROOT, "- expected calibration error: %.4f", SpeakerTrainer.expectedCalibrationError(conf, d.winnerRight())));
            provenance.add("- per sieve method (ranker without shortcuts; a method is kept as a hard rule where the sieves beat "
                    + "the ranker on dev by at least " + shortcutMargin + " quotes and are no worse on the held-out training folds):");
            provenance.add("");
            provenance.addAll(methodRows);
            int withShortcuts = best.rankerRight();
            for (String m : shortcuts) withShortcuts += cvMethods.get(m)[1] - cvMethods.get(m)[2];
            provenance.add("");
            provenance.add(String.format(Locale.ROOT, "- %d-fold CV on the training split with these shortcuts: %.4f (%d of %d)",
                    folds, (double) withShortcuts / best.quotes(), withShortcuts, best.quotes()));
            provenance.add("");
            provenance.add("Our format's conventions (`SpeakerConventions`: the speaker is who said the words, where PolNeAR names "
                    + "an outer source), scored against PolNeAR's gold; every figure above already includes them:");
            provenance.add("");
            provenance.add("| convention | CV overrides | CV: ranker alone right | CV: override right | dev overrides | dev: ranker alone right | dev: override right |");
            provenance.add("|---|---:|---:|---:|---:|---:|---:|");
            Map<String, int[]> cvConv = SpeakerTrainer.crossValidatedConventionEffect(examples, folds, bestSigma);
            Map<String, int[]> devConv = SpeakerTrainer.conventionEffect(weights, devExamples);
            for (var rule : org.newsquotes.quotes.SpeakerConventions.rules()) {
                int[] c = cvConv.getOrDefault(rule.name(), new int[3]);
                int[] dv = devConv.getOrDefault(rule.name(), new int[3]);
                provenance.add(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d |", rule.name(), c[0], c[1], c[2], dv[0], dv[1], dv[2]));
            }
            provenance.add("");
            provenance.add("Reliability of the calibrated confidence on dev (ranker without shortcuts):");
            provenance.add("");
            provenance.addAll(SpeakerTrainer.reliabilityTable(conf, d.winnerRight()));
            if (errors != null) Files.write(errors, SpeakerTrainer.errorReport(weights, devExamples));
        } else if (errors != null) {
            Files.write(errors, SpeakerTrainer.errorReport(weights, examples));
        }
        provenance.add("");
        provenance.add(String.format(Locale.ROOT, "Training took %.0f s%s.", (System.nanoTime() - t0) / 1e9,
                reuse ? " (annotations reused from an earlier run; annotating the 840 + 84 documents adds about 4 minutes)" : ""));

        List<String> kindProvenance = trainKinds(stage, trainGold, trainAnnotated, devExamples == null ? null : work.resolve("dev"));

        Files.createDirectories(out);
        List<String> header = List.of("Learned speaker ranker; rebuild with: newsquotes train --gold " + gold + " --out " + out,
                "Provenance, features and cross-validated figures: " + SpeakerRanker.PROVENANCE_FILE);
        AtomicFiles.writeString(out.resolve(SpeakerRanker.MODEL_FILE), model.format(header));
        AtomicFiles.writeString(out.resolve(SpeakerRanker.PROVENANCE_FILE), String.join("\n", provenance) + "\n");
        provenance.forEach(System.out::println);
        System.out.println();
        kindProvenance.forEach(System.out::println);
        return Main.OK;
    }

    /** Learns the quote-kind filter ({@link QuoteKindFilter}); writes it and returns its provenance lines. */
    private List<String> trainKinds(QuoteStage stage, GoldSet trainGold, Path trainAnnotated, Path devAnnotated) throws Exception {
        KindTrainer kinds = new KindTrainer(stage);
        List<KindTrainer.Example> examples = kinds.examples(trainGold, trainAnnotated);
        double sigma = 1.0;
        double[] oof = KindTrainer.outOfFold(examples, folds, sigma);
        KindTrainer.Scores all = KindTrainer.score(examples, KindTrainer.rulesAlone(examples), 0.5);
        KindTrainer.Scores best = KindTrainer.bestThreshold(examples, oof);
        Map<String, Double> weights = KindTrainer.fit(examples, sigma);
        LinearModel model = new LinearModel(weights, new double[0], new double[0], best.threshold());
        List<String> p = new ArrayList<>();
        p.add("# Quote-kind filter: provenance");
        p.add("");
        p.add("- file: `" + QuoteKindFilter.MODEL_FILE + "` (" + weights.size() + " non-zero weights, threshold "
                + String.format(Locale.ROOT, "%.2f", best.threshold()) + ": a direct or fragment quote whose probability of "
                + "being an attributed quotation is lower becomes `other`; one the rules call `other` at or over it becomes a "
                + "fragment or direct quote)");
        p.add("- data: `" + gold.toAbsolutePath().normalize().getFileName() + "`, " + examples.size()
                + " marked quotes (continued paragraphs aside; "
                + examples.stream().filter(KindTrainer.Example::calledOther).count() + " of them called other by the rules), "
                + "labelled a quotation when they overlap a gold quotation");
        p.add("- command: as for `" + SpeakerRanker.MODEL_FILE + "` (`newsquotes train`), date " + LocalDate.now());
        p.add("- model: binary logistic regression (CoreNLP LinearClassifierFactory, sigma " + sigma + "); threshold chosen on "
                + folds + "-fold out-of-fold probabilities (folds by document) for the best F1 of the quotes kept");
        p.add("- features: see `QuoteKindFilter` (the rules' kind, length, capital start, closing punctuation, Title Case, "
                + "finite verb, first/second person, paragraph position, headline line, word classes around the marks, the sieve "
                + "that found a source), each also joined with the kind");
        p.add("");
        p.add("| data | threshold | quotes kept | precision | recall | F1 |");
        p.add("|---|---:|---:|---:|---:|---:|");
        p.add(row("train, rules alone", all));
        p.add(row("train, 5-fold CV, with the filter", best));
        if (devAnnotated != null) {
            List<KindTrainer.Example> dev = kinds.examples(GoldSet.load(this.dev), devAnnotated);
            double[] pd = KindTrainer.probabilities(model, dev);
            p.add(row("dev, rules alone", KindTrainer.score(dev, KindTrainer.rulesAlone(dev), 0.5)));
            p.add(row("dev, with the filter", KindTrainer.score(dev, pd, best.threshold())));
        }
        p.add("");
        p.add("Precision and recall here are over the marked quotes the filter looks at (a removed gold quotation counts "
                + "as a miss), not `eval`'s gold-quote recall.");
        Files.createDirectories(out);
        AtomicFiles.writeString(out.resolve(QuoteKindFilter.MODEL_FILE), model.format(List.of(
                "Learned quote-kind filter; rebuild with: newsquotes train --gold " + gold + " --out " + out,
                "Provenance: " + QuoteKindFilter.PROVENANCE_FILE)));
        AtomicFiles.writeString(out.resolve(QuoteKindFilter.PROVENANCE_FILE), String.join("\n", p) + "\n");
        return p;
    }

    private static String row(String label, KindTrainer.Scores s) {
        return String.format(Locale.ROOT, "| %s | %.2f | %d | %.4f | %.4f | %.4f |", label, s.threshold(), s.kept(),
                s.precision(), s.recall(), s.f1());
    }

    /** Annotates a gold set's documents with the sieves alone (the ranker's features) into {@code into}. */
    private Path annotate(Path goldDir, Path into, Path modelsDir) throws Exception {
        if (reuse && Files.isDirectory(into.resolve("json"))) {
            System.err.println("train: reusing the annotations in " + into);
            return into;
        }
        RunConfig config = new RunConfig(goldDir.resolve("docs"), into,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(), modelsDir,
                RunConfig.Attribution.SIEVES, 10L * 1024 * 1024, false, RunConfig.CacheMode.USE,
                RunConfig.DEFAULT_DOCUMENT_TIME_LIMIT, RunConfig.DEFAULT_MAX_DOCUMENT_CHARS, IndirectScope.PARC);
        System.err.println("train: annotating " + goldDir.resolve("docs") + " into " + into + " (cached)");
        System.err.println(new LocalRunner(config, System.err).run().oneLine());
        return into;
    }

    private static String joined(List<Double> xs) {
        return String.join(",", xs.stream().map(x -> String.format(Locale.ROOT, "%s", x)).toList());
    }
}
