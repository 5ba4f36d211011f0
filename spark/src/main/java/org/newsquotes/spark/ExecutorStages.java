package org.newsquotes.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsquotes.entities.EntityKnowledge;
import org.newsquotes.entities.EntityResolver;
import org.newsquotes.runner.GuardedExecutor;
import org.newsquotes.runner.RunConfig;
import org.newsquotes.runner.Stages;

/**
 * The stages of a run, built once per JVM (per executor, and once on the driver in local mode) and shared by every
 * task that JVM runs.
 *
 * <p>Why static: Spark ships a task's closure to the executor by serialization, and CoreNLP's models (gigabytes,
 * seconds to load) can be neither serialized nor rebuilt per record or per partition. A per-JVM holder keyed by the
 * configuration is the standard Spark pattern for such resources; like {@code NlpStage}'s pipeline cache, it is the
 * one deliberate piece of static state here. Entries are immutable and thread-safe ({@code DocumentStage}'s
 * contract), so concurrent tasks of one executor share them.
 */
final class ExecutorStages {
    private static final Map<SparkJobConfig, Stages> STAGES = new ConcurrentHashMap<>();
    private static final Map<SparkJobConfig, EntityResolver> RESOLVERS = new ConcurrentHashMap<>();
    private static final Map<SparkJobConfig, GuardedExecutor> GUARDS = new ConcurrentHashMap<>();

    private ExecutorStages() {}

    /**
     * The stages for {@code config}, assembled by {@link Stages#build} exactly as the local runner does, with the
     * models loaded ({@code DocumentPipeline.prepare}): as in the local runner, a model that cannot be loaded is a
     * setup failure that fails the task (and, after Spark's retries, the job), never an {@code errors.csv} row per
     * document.
     */
    static Stages get(SparkJobConfig config) {
        return STAGES.computeIfAbsent(config, c -> {
            if (c.jobLogging()) JobLogging.configure(); // before CoreNLP loads: its model-loading lines are INFO
            Stages s = Stages.build(c.stageConfig());
            try {
                s.phase1().pipeline().prepare();
                if (s.phase1().languages() != null) s.phase1().languages().prepare();
            } catch (Exception e) {
                throw new IllegalStateException("cannot load the annotation models on this executor (is the CoreNLP "
                        + "models jar on its class path?): " + e.getMessage(), e);
            }
            return s;
        });
    }

    /**
     * The corpus-wide resolver for {@code config}: the one {@link #get} holds when this JVM ran phase 1, else one
     * built by the same {@link Stages#resolver} without loading CoreNLP (phase-2 tasks need only name lists).
     */
    static EntityResolver resolver(SparkJobConfig config) {
        Stages loaded = STAGES.get(config);
        if (loaded != null) return loaded.resolver();
        // with the annotators' entity decisions of the output directory, as Stages.build reads them
        return RESOLVERS.computeIfAbsent(config, c -> Stages.resolver(EntityKnowledge.load(Stages.models(c.stageConfig()))
                .withCorrections(Stages.entityCorrections(c.stageConfig()))));
    }

    /**
     * The JVM's guard for the per-document time limit ({@link RunConfig#documentTimeLimit()}), as the local runner
     * uses it. Each task hands it one document at a time, so it never runs more documents than there are tasks; it
     * has a thread per processor, at least as many as the tasks an executor runs at once.
     */
    static GuardedExecutor guard(SparkJobConfig config) {
        return GUARDS.computeIfAbsent(config, c -> new GuardedExecutor(Runtime.getRuntime().availableProcessors(),
                c.stageConfig().documentTimeLimit()));
    }
}
