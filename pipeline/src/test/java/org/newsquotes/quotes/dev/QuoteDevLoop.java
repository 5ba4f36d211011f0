package org.newsquotes.quotes.dev;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.eval.EvalResult;
import org.newsquotes.eval.GoldSet;
import org.newsquotes.eval.OutputQuote;
import org.newsquotes.eval.QuoteScorer;
import org.newsquotes.quotes.QuoteStage;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;

/**
 * Developer tool, not a test: runs the quote stage over cached NLP output and scores it against a gold set in
 * seconds. Usage: {@code QuoteDevLoop CACHE_DIR GOLD_DIR REPORT_FILE [MODELS_DIR]}.
 */
public final class QuoteDevLoop {
    private QuoteDevLoop() {}

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(args[0]);
        GoldSet gold = GoldSet.load(Path.of(args[1]));
        ModelFiles models = args.length > 3 ? ModelFiles.at(Path.of(args[3])) : ModelFiles.packaged();
        QuoteStage stage = new QuoteStage(models, org.newsquotes.quotes.IndirectScope.parse(System.getProperty("scope", "speech")));
        // the production in-document clusterer, so the figures match an `annotate` run
        org.newsquotes.entities.InDocumentClusterer clusterer =
                new org.newsquotes.entities.InDocumentClusterer(org.newsquotes.entities.EntityKnowledge.load(models));
        List<OutputQuote> ours = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(cache)) {
            files = s.filter(p -> p.toString().endsWith(".ser") || p.toString().endsWith(".json")).sorted().toList();
        }
        long nanos = 0;
        long tokens = 0;
        for (Path f : files) {
            AnnotatedDocument d;
            if (f.toString().endsWith(".json")) {
                try (var in = Files.newInputStream(f)) {
                    d = org.newsquotes.output.DocumentJson.read(in);
                }
            } else {
                d = NlpCache.read(f);
            }
            if (!d.has(org.newsquotes.record.Layer.LOCAL_ENTITIES)) d = clusterer.process(d);
            long t0 = System.nanoTime();
            AnnotatedDocument q = stage.process(d);
            nanos += System.nanoTime() - t0;
            tokens += d.tokens().size();
            texts.put(d.docId(), d.text());
            for (Quote quote : q.quotes()) ours.add(OutputQuote.of(d.docId(), quote));
        }
        // score only the documents in the cache (the cache may still be filling)
        GoldSet scored = new GoldSet(gold.dir(), gold.format(), texts.keySet(),
                gold.quotes().stream().filter(g -> texts.containsKey(g.doc())).toList(), gold.entities(), gold.mixed());
        EvalResult r = QuoteScorer.score(scored, ours, texts);
        System.out.print(r.table());
        System.out.printf("quote stage: %d docs, %d tokens, %.2f s (%.0f tokens/s)%n", files.size(), tokens, nanos / 1e9, tokens / (nanos / 1e9));
        List<String> lines = new ArrayList<>(r.report());
        lines.add("");
        lines.add("== all quotes");
        for (OutputQuote o : ours) {
            lines.add(o.doc() + " " + o.id() + " " + o.kind().label() + " \"" + o.text().replace('\n', ' ') + "\" -> " + o.speaker()
                    + " [" + o.mention() + " | " + o.cue() + " | " + o.method() + "]");
        }
        Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
    }
}
