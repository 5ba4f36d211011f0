package org.newsquotes.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsquotes.entities.EntityKnowledge;
import org.newsquotes.entities.EntityResolver;
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

    private ExecutorStages() {}

    /** The stages for {@code config}, assembled by {@link Stages#build} exactly as the local runner does. */
    static Stages get(SparkJobConfig config) {
        return STAGES.computeIfAbsent(config, c -> Stages.build(c.stageConfig()));
    }

    /**
     * The corpus-wide resolver for {@code config}: the one {@link #get} holds when this JVM ran phase 1, else one
     * built by the same {@link Stages#resolver} without loading CoreNLP (phase-2 tasks need only name lists).
     */
    static EntityResolver resolver(SparkJobConfig config) {
        Stages loaded = STAGES.get(config);
        if (loaded != null) return loaded.resolver();
        return RESOLVERS.computeIfAbsent(config, c -> Stages.resolver(EntityKnowledge.load(Stages.models(c.stageConfig()))));
    }
}
