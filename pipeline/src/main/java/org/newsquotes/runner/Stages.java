package org.newsquotes.runner;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.entities.AnimateNouns;
import org.newsquotes.entities.EntityCorrections;
import org.newsquotes.entities.EntityKnowledge;
import org.newsquotes.review.EntityJournal;
import org.newsquotes.entities.EntityResolver;
import org.newsquotes.entities.GivenNameTitles;
import org.newsquotes.entities.InDocumentClusterer;
import org.newsquotes.entities.OutletList;
import org.newsquotes.entities.PersonGender;
import org.newsquotes.entities.InstitutionNames;
import org.newsquotes.entities.MastheadNames;
import org.newsquotes.entities.RepeatedNames;
import org.newsquotes.entities.TitledNames;
import org.newsquotes.ingest.CorpusMetadata;
import org.newsquotes.ingest.CorpusReader;
import org.newsquotes.ingest.IngestConfig;
import org.newsquotes.nlp.NlpConfig;
import org.newsquotes.nlp.CoreNlpQuoteAttributionStage;
import org.newsquotes.nlp.NlpStage;
import org.newsquotes.nlp.CoreNlpDependencyParser;
import org.newsquotes.quotes.QuoteKindFilter;
import org.newsquotes.quotes.QuoteLexicon;
import org.newsquotes.quotes.QuoteStage;
import org.newsquotes.quotes.SentenceParser;
import org.newsquotes.quotes.SpeakerRanker;
import org.newsquotes.quotes.LinearModel;
import org.newsquotes.stage.DocumentPipeline;
import org.newsquotes.stage.DocumentStage;
import org.newsquotes.statements.Contractions;
import org.newsquotes.statements.FunctionWords;
import org.newsquotes.statements.QuoteWords;
import org.newsquotes.statements.StatementLinker;

/**
 * Assembles the stages of a run from its {@link RunConfig}: the one place that knows which stages exist and in
 * which order. Both runners (local threads, Spark) build their work from here: the Spark job runs phase 1 from
 * {@link #phase1()} and phase 2 as the {@link #resolver()}'s steps, distributed.
 *
 * <p>Building is cheap: heavy resources (CoreNLP models) are loaded by {@link DocumentPipeline#prepare()} when the
 * first document actually needs annotating, so a run whose documents all come from the cache never loads them.
 */
public record Stages(ModelFiles models, Phase1 phase1, EntityResolver resolver, CorpusStep corpusStep,
                     CorpusMetadata metadata, EntityCorrections entityCorrections) {

    /** Stages with no annotators' entity decisions. */
    public Stages(ModelFiles models, Phase1 phase1, EntityResolver resolver, CorpusStep corpusStep, CorpusMetadata metadata) {
        this(models, phase1, resolver, corpusStep, metadata, EntityCorrections.NONE);
    }

    /** Makes the stage that turns text into tokens, sentences, NER and mentions: CoreNLP, or a test stand-in. */
    @FunctionalInterface
    public interface NlpFactory {
        DocumentStage create(RunConfig config, ModelFiles models);
    }

    /** The real CoreNLP stage with the tuned configuration (gazetteers from the run's models directory). */
    public static final NlpFactory CORENLP =
            (config, models) -> NlpStage.shared(NlpConfig.defaults().withModelFiles(models), outletGazetteer(models));

    /**
     * The regexner mapping of {@code models/outlets.csv} ({@link OutletList#regexnerMapping()}) as a file CoreNLP can
     * read, or null when the list is empty. The file is named by a hash of its content in the temporary directory,
     * so an edited list is a new file (and a new NLP fingerprint: cached documents are annotated again) and an
     * unchanged one is written once per machine.
     */
    static String outletGazetteer(ModelFiles models) {
        String mapping = OutletList.load(models).regexnerMapping();
        if (mapping.isEmpty()) return null;
        byte[] bytes = mapping.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                "newsquotes-outlets-" + ModelFiles.sha256(bytes).substring(0, 16) + ".tab");
        try {
            if (!java.nio.file.Files.isRegularFile(file)) {
                java.nio.file.Path tmp = java.nio.file.Files.createTempFile(file.getParent(), "newsquotes-outlets-", ".part");
                java.nio.file.Files.write(tmp, bytes);
                java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (java.io.IOException e) {
            throw new org.newsquotes.cli.SetupException("cannot write the outlet gazetteer " + file + ": " + e.getMessage(), e);
        }
        return file.toAbsolutePath().toString();
    }

    public static Stages build(RunConfig config) {
        return build(config, CORENLP, CoreNlpDependencyParser.shared());
    }

    /**
     * The run's stages with {@code nlp} making the NLP stage and no dependency parser (tests pass a cheap fake; the
     * speaker ranker then reads its token-window features only; everything else is real).
     */
    public static Stages build(RunConfig config, NlpFactory nlp) {
        return build(config, nlp, null);
    }

    /** The run's stages with {@code nlp} making the NLP stage and {@code parser} (or none) parsing quote sentences. */
    public static Stages build(RunConfig config, NlpFactory nlp, SentenceParser parser) {
        ModelFiles models = models(config);
        CorpusReader reader = new CorpusReader(IngestConfig.defaults(models).withMaxFileBytes(config.maxFileBytes()));
        EntityKnowledge knowledge = EntityKnowledge.load(models);
        List<DocumentStage> stages = new ArrayList<>();
        stages.add(nlp.create(config, models));
        stages.add(InstitutionNames.load(models));
        PersonGender genders = PersonGender.load(models);
        stages.add(MastheadNames.load(models, genders));
        stages.add(new TitledNames(knowledge));
        stages.add(new RepeatedNames());
        stages.add(new InDocumentClusterer(knowledge, genders, GivenNameTitles.load(models, knowledge), AnimateNouns.load()));
        stages.add(switch (config.attribution()) {
            case CORENLP -> CoreNlpQuoteAttributionStage.shared();
            case SIEVES -> new QuoteStage(QuoteLexicon.load(models), config.indirectScope(), null, parser);
            case OURS -> new QuoteStage(QuoteLexicon.load(models), config.indirectScope(),
                    LinearModel.load(models, SpeakerRanker.MODEL_FILE), LinearModel.load(models, QuoteKindFilter.MODEL_FILE), parser);
        });
        DocumentPipeline pipeline = new DocumentPipeline(stages);
        // annotators' entity decisions (review/entity-decisions.jsonl) apply in phase 2 only: phase 1's results
        // stay what the cache holds
        EntityCorrections corrections = entityCorrections(config);
        EntityResolver resolver = resolver(knowledge.withCorrections(corrections));
        CorpusMetadata corpusMetadata = metadata(config);
        MetadataStep metadata = new MetadataStep(corpusMetadata);
        EntityResolutionStep entities = new EntityResolutionStep(resolver);
        StatementStep statements = new StatementStep(linker(models));
        return new Stages(models, new Phase1(reader, pipeline, config.maxDocumentChars(),
                new org.newsquotes.ingest.LanguageGate(config.languages())), resolver,
                outcomes -> statements.apply(entities.apply(metadata.apply(outcomes))), corpusMetadata, corrections);
    }

    /**
     * The entity decisions annotators made in the review app on this output directory's entities, in force
     * ({@link EntityJournal}); none without an output directory or journal. Unreadable lines are skipped, with a
     * warning in the log.
     */
    public static EntityCorrections entityCorrections(RunConfig config) {
        if (config.out() == null) return EntityCorrections.NONE;
        EntityJournal journal = EntityJournal.inOutput(config.out());
        if (!java.nio.file.Files.exists(journal.file())) return EntityCorrections.NONE;
        return journal.read().corrections();
    }

    /**
     * The corpus's metadata file ({@link CorpusMetadata}); none when the corpus is not a directory. A file that
     * cannot be used stops the run before any work, naming the file.
     */
    public static CorpusMetadata metadata(RunConfig config) {
        if (config.corpus() == null || !java.nio.file.Files.isDirectory(config.corpus())) return CorpusMetadata.NONE;
        try {
            return CorpusMetadata.load(config.corpus());
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new org.newsquotes.cli.SetupException("cannot use the corpus metadata file in " + config.corpus()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The corpus-wide statement linker of a run (contractions and function words from the run's models). */
    public static StatementLinker linker(ModelFiles models) {
        return new StatementLinker(new QuoteWords(Contractions.load(models)), FunctionWords.load(models));
    }

    /** The editable resources a run reads: its models directory over the packaged copy. */
    public static ModelFiles models(RunConfig config) {
        return config.modelsDir() != null ? ModelFiles.at(config.modelsDir()) : ModelFiles.packaged();
    }

    /**
     * The corpus-wide resolver of a run; on its own for runners that resolve entities where no phase-1 pipeline
     * (and so no CoreNLP) is loaded.
     */
    public static EntityResolver resolver(EntityKnowledge knowledge) {
        return new EntityResolver(knowledge);
    }
}
