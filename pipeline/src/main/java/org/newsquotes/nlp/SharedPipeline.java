package org.newsquotes.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A handle on the JVM's one {@link StanfordCoreNLP} for a set of properties, loaded on first use.
 *
 * <p>Loading takes seconds and gigabytes and the annotators are thread-safe, so every stage instance, worker thread
 * and (under Spark) every task of an executor with the same properties shares one pipeline. The per-JVM map below is
 * the one deliberate piece of static state in the project. Loading lazily lets a run served entirely from the cache
 * never load the models.
 */
final class SharedPipeline {
    private static final Map<Properties, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

    private final Properties properties;
    private volatile StanfordCoreNLP pipeline;
    private volatile double loadSeconds;

    SharedPipeline(Properties properties) {
        this.properties = properties;
    }

    /** The pipeline, loading (or finding) it on first call. Thread-safe. */
    StanfordCoreNLP get() {
        StanfordCoreNLP p = pipeline;
        if (p != null) return p;
        synchronized (this) {
            if (pipeline == null) {
                long t0 = System.nanoTime();
                pipeline = PIPELINES.computeIfAbsent(properties, StanfordCoreNLP::new);
                loadSeconds = (System.nanoTime() - t0) / 1e9;
            }
            return pipeline;
        }
    }

    /** Seconds this handle spent loading (0 before loading, or when another handle had loaded the same pipeline). */
    double loadSeconds() { return loadSeconds; }

    boolean isLoaded() { return pipeline != null; }
}
