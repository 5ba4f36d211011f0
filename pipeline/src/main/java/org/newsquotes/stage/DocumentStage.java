package org.newsquotes.stage;

import java.util.Set;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Layer;

/**
 * One per-document step of phase 1: what it needs, what it adds.
 *
 * <p>Implementations must be thread-safe: one instance serves every worker thread (and, under Spark, every task of
 * an executor). They hold only immutable configuration and loaded resources, never per-document state.
 * A stage signals a failure on one document by throwing; the pipeline turns that into a {@link DocumentFailure}
 * and the run goes on.
 */
public interface DocumentStage {
    /** Short stable name, used in {@code errors.csv} and timing reports ({@code nlp}, {@code quotes}, ...). */
    String name();

    /** Layers the input document must already carry. */
    Set<Layer> requires();

    /** Layers this stage adds. */
    Set<Layer> provides();

    /** Annotates one document; returns a new record carrying the {@link #provides()} layers. */
    AnnotatedDocument process(AnnotatedDocument document) throws Exception;

    /**
     * A string that changes whenever this stage's output could change for the same input: configuration, model and
     * resource versions. Part of the per-document cache key.
     */
    default String fingerprint() { return name(); }

    /**
     * Loads heavy resources (CoreNLP models) ahead of the first {@link #process} call. Runners call it once, outside
     * any per-document error handling, before the first document that needs this stage, so a stage can be built
     * cheaply and loaded only when a document actually misses the cache; a failure here is a setup failure that stops
     * the run, not a row of {@code errors.csv}. Must be idempotent and thread-safe. Default: nothing to load.
     */
    default void prepare() throws Exception {}
}
