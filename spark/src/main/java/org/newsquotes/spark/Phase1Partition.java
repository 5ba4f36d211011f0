package org.newsquotes.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.newsquotes.ingest.CorpusReader;
import org.newsquotes.ingest.IngestResult;
import org.newsquotes.ingest.InputRecord;
import org.newsquotes.runner.DocumentOutcome;
import org.newsquotes.runner.GuardedExecutor;
import org.newsquotes.runner.Phase1;
import org.newsquotes.stage.DocumentPipeline;
import scala.Tuple2;

/**
 * Phase 1 over one partition of inputs, on an executor: each input is read into documents by its {@link Source}
 * (a corpus file's bytes from its Hadoop file system through {@link CorpusReader#read(String,
 * CorpusReader.FileSize, CorpusReader.FileBytes)}, or a DataFrame row through {@link CorpusReader#readRecord}), then
 * {@link Phase1#annotate} from the JVM's {@link ExecutorStages}, each document under the local runner's time limit
 * ({@link ExecutorStages#guard}): the local runner's code path with only the source swapped.
 *
 * <p>Lazy: one input is processed at a time as Spark pulls records, so a partition never holds more than one file's
 * outcomes. Deterministic: the same input gives the same outcomes and keys ({@code DocKey(input's index, n)} for its
 * n-th outcome), so a task Spark re-runs after losing an executor (or runs twice speculatively) produces identical
 * records and nothing downstream is duplicated. It writes nothing itself.
 *
 * @param <T> the input: a {@link CorpusFile} or an {@link InputRecord}
 */
final class Phase1Partition<T> implements PairFlatMapFunction<Iterator<Tuple2<DocKey, T>>, DocKey, DocumentOutcome> {
    /** How one input becomes documents, and the path its failure rows name. */
    interface Source<T> extends Serializable {
        IngestResult read(CorpusReader reader, T input) throws IOException;

        String path(T input);
    }

    private final SparkJobConfig config;
    private final Source<T> source;

    Phase1Partition(SparkJobConfig config, Source<T> source) {
        this.config = config;
        this.source = source;
    }

    /** Phase 1 over corpus files, read from their Hadoop file system. */
    static Phase1Partition<CorpusFile> files(SparkJobConfig config, HadoopConf hadoop) {
        return new Phase1Partition<>(config, new FileSource(hadoop));
    }

    /** Phase 1 over records handed over by a program (DataFrame rows). */
    static Phase1Partition<InputRecord> records(SparkJobConfig config) {
        return new Phase1Partition<>(config, new RecordSource());
    }

    @Override public Iterator<Tuple2<DocKey, DocumentOutcome>> call(Iterator<Tuple2<DocKey, T>> inputs) {
        Phase1 phase1 = ExecutorStages.get(config).phase1();
        GuardedExecutor guard = ExecutorStages.guard(config);
        Duration limit = config.stageConfig().documentTimeLimit();
        // one document at a time per task, each under the local runner's time limit
        Phase1.DocumentRunner guarded = d -> CompletableFuture.completedFuture(guard.submit(
                () -> phase1.pipeline().process(d),
                () -> DocumentPipeline.Result.failed(Phase1.timedOut(d, limit))).join());
        Iterator<Tuple2<DocKey, DocumentOutcome>> out =
                StreamSupport.stream(Spliterators.spliteratorUnknownSize(inputs, Spliterator.ORDERED), false)
                        .flatMap(in -> process(phase1, guarded, in._1().file(), in._2()).stream())
                        .iterator();
        return FaultInjection.firstAttemptShouldFail() ? FaultInjection.dieAfterFirst(out) : out;
    }

    private List<Tuple2<DocKey, DocumentOutcome>> process(Phase1 phase1, Phase1.DocumentRunner runner, int index, T input) {
        IngestResult ingested;
        try {
            ingested = source.read(phase1.reader(), input);
        } catch (IOException e) {
            // a file that vanished or cannot be read between listing and reading: its row, as the local runner's
            String path = source.path(input);
            ingested = new IngestResult(List.of(), List.of(new org.newsquotes.stage.DocumentFailure(path,
                    CorpusReader.STAGE, "cannot read " + path + ": " + org.newsquotes.stage.DocumentFailure.describe(e))));
        }
        List<DocumentOutcome> outcomes = phase1.annotate(ingested, source.path(input), runner);
        List<Tuple2<DocKey, DocumentOutcome>> keyed = new ArrayList<>(outcomes.size());
        for (DocumentOutcome o : outcomes) keyed.add(new Tuple2<>(new DocKey(index, keyed.size()), o));
        return keyed;
    }

    /** A corpus file's bytes from its Hadoop file system, read only once its size passed the limit. */
    private record FileSource(HadoopConf hadoop) implements Source<CorpusFile> {
        @Override public IngestResult read(CorpusReader reader, CorpusFile file) {
            return reader.read(file.relativePath(), file::size, () -> readAll(file));
        }

        @Override public String path(CorpusFile file) { return file.relativePath(); }

        private byte[] readAll(CorpusFile file) throws IOException {
            Path p = new Path(file.uri());
            FileSystem fs = p.getFileSystem(hadoop.get());
            try (InputStream in = fs.open(p)) {
                return in.readAllBytes();
            }
        }
    }

    /** A DataFrame row, already in fields. */
    private record RecordSource() implements Source<InputRecord> {
        @Override public IngestResult read(CorpusReader reader, InputRecord record) {
            return reader.readRecord(record);
        }

        @Override public String path(InputRecord record) { return record.docId(); }
    }
}
