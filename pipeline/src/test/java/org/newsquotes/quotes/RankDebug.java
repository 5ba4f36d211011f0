package org.newsquotes.quotes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;

/**
 * Developer tool: for each quote of a document's JSON whose text contains a string, the ranker's candidates with
 * their scores and features (parc scope). {@code RankDebug FILE.json TEXT}
 */
public final class RankDebug {
    private RankDebug() {}

    public static void main(String[] args) throws Exception {
        AnnotatedDocument d;
        try (var in = Files.newInputStream(Path.of(args[0]))) {
            d = org.newsquotes.output.DocumentJson.read(in);
        }
        ModelFiles models = ModelFiles.packaged();
        QuoteLexicon lex = QuoteLexicon.load(models);
        LinearModel model = LinearModel.load(models, SpeakerRanker.MODEL_FILE);
        for (QuoteStage.RankingInstance in : new QuoteStage(lex, IndirectScope.valueOf(System.getProperty("scope", "PARC"))).rankingInstances(d)) {
            String text = in.quote().content().of(d.text());
            if (!text.contains(args[1])) continue;
            System.out.println(in.quote().kind() + " " + text + "\n  sieve " + in.sieve());
            List<List<String>> f = in.candidates().stream().map(SpeakerCandidate::features).toList();
            if (f.isEmpty()) continue;
            double[] s = model.scores(f);
            for (int i = 0; i < s.length; i++) {
                var c = in.candidates().get(i);
                System.out.printf("  %.3f %s %s %s [%d,%d)%n", s[i], c.type(), c.attribution().mention(), c.attribution().speaker(), c.firstToken(), c.endToken());
                if (args.length > 2) System.out.println("       " + c.features());
            }
        }
    }
}
