package org.newsquotes.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Entry point of the evaluation: reads a gold directory and an output directory, and scores the quotes. */
public final class Evaluation {
    private Evaluation() {}

    public static EvalResult run(Path goldDir, Path outputDir) throws IOException {
        GoldSet gold = GoldSet.load(goldDir);
        List<OutputQuote> ours = OutputReader.quotes(outputDir);
        Map<String, String> texts = OutputReader.texts(outputDir);
        return QuoteScorer.score(gold, ours, texts);
    }
}
