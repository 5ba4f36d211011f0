package org.newsquotes.stage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Document;
import org.newsquotes.record.Layer;

/**
 * The chain of phase-1 stages. Checked when built: every stage's {@link DocumentStage#requires()} must be provided
 * by ingest ({@link Layer#TEXT}) or an earlier stage, and the error names the missing piece.
 *
 * <p>Thread-safe; records the time spent in each stage across all threads.
 */
public final class DocumentPipeline {
    private final List<DocumentStage> stages;
    private final Map<String, StepTime> timeByStage = new ConcurrentHashMap<>();

    public DocumentPipeline(List<DocumentStage> stages) {
        this.stages = List.copyOf(stages);
        Set<Layer> available = EnumSet.of(Layer.TEXT);
        for (DocumentStage stage : this.stages) {
            EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("stage '" + stage.name() + "' needs " + missing
                        + " but the stages before it (" + names(this.stages.subList(0, this.stages.indexOf(stage)))
                        + ") only provide " + available);
            }
            available.addAll(stage.provides());
        }
        for (DocumentStage stage : this.stages) timeByStage.put(stage.name(), new StepTime());
    }

    public List<DocumentStage> stages() { return stages; }

    /** The combined fingerprint of every stage, for cache keys. */
    public String fingerprint() {
        return stages.stream().map(DocumentStage::fingerprint).collect(Collectors.joining("|"));
    }

    /**
     * Loads every stage's heavy resources ({@link DocumentStage#prepare()}); call before the first {@link #process}.
     * Exceptions propagate: they are setup failures, not document failures.
     */
    public void prepare() throws Exception {
        for (DocumentStage stage : stages) stage.prepare();
    }

    /** Runs every stage on one document; a failing stage becomes a {@link Result#failure()}, never an exception. */
    public Result process(Document document) {
        AnnotatedDocument current = AnnotatedDocument.of(document);
        for (DocumentStage stage : stages) {
            StepTime time = timeByStage.get(stage.name());
            StepTime.Mark started = time.start();
            try {
                current = stage.process(current);
            } catch (Exception | StackOverflowError e) {
                return Result.failed(new DocumentFailure(document.docId(), stage.name(), DocumentFailure.describe(e)));
            } finally {
                time.stop(started);
            }
        }
        return Result.ok(current);
    }

    /** Seconds spent in each stage so far, summed over threads, in stage order. */
    public Map<String, Double> stageSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (DocumentStage s : stages) out.put(s.name(), timeByStage.get(s.name()).seconds());
        return out;
    }

    /** CPU seconds spent in each stage so far, summed over threads, in stage order (see {@link StepTime}). */
    public Map<String, Double> stageCpuSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (DocumentStage s : stages) out.put(s.name(), timeByStage.get(s.name()).cpuSeconds());
        return out;
    }

    private static String names(List<DocumentStage> list) {
        List<String> n = new ArrayList<>();
        for (DocumentStage s : list) n.add(s.name());
        return n.isEmpty() ? "ingest" : "ingest, " + String.join(", ", n);
    }

    /** Either an annotated document or the failure that stopped it. */
    public record Result(AnnotatedDocument document, DocumentFailure failure) {
        public static Result ok(AnnotatedDocument d) { return new Result(d, null); }

        public static Result failed(DocumentFailure f) { return new Result(null, f); }

        public boolean isOk() { return failure == null; }
    }
}
