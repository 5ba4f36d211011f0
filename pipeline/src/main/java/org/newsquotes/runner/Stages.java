package org.newsquotes.runner;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.entities.EntityKnowledge;
import org.newsquotes.entities.EntityResolver;
import org.newsquotes.entities.InDocumentClusterer;
import org.newsquotes.ingest.CorpusReader;
import org.newsquotes.ingest.IngestConfig;
import org.newsquotes.nlp.NlpConfig;
import org.newsquotes.nlp.CoreNlpQuoteAttributionStage;
import org.newsquotes.nlp.NlpStage;
import org.newsquotes.quotes.QuoteStage;
import org.newsquotes.stage.DocumentPipeline;
import org.newsquotes.stage.DocumentStage;

/**
 * Assembles the stages of a run from its {@link RunConfig}: the one place that knows which stages exist and in
 * which order. Both runners (local threads, Spark) build their work from here.
 */
public record Stages(ModelFiles models, Phase1 phase1, CorpusStep corpusStep) {

    public static Stages build(RunConfig config) {
        ModelFiles models = config.modelsDir() != null ? ModelFiles.at(config.modelsDir()) : ModelFiles.packaged();
        CorpusReader reader = new CorpusReader(IngestConfig.defaults(models).withMaxFileBytes(config.maxFileBytes()));
        EntityKnowledge knowledge = EntityKnowledge.load(models);
        List<DocumentStage> stages = new ArrayList<>();
        stages.add(NlpStage.shared(NlpConfig.defaults(), null));
        stages.add(new InDocumentClusterer(knowledge));
        stages.add(config.attribution() == RunConfig.Attribution.CORENLP
                ? CoreNlpQuoteAttributionStage.shared() : new QuoteStage(models));
        DocumentPipeline pipeline = new DocumentPipeline(stages);
        CorpusStep corpus = new EntityResolutionStep(new EntityResolver(knowledge));
        return new Stages(models, new Phase1(reader, pipeline), corpus);
    }
}
