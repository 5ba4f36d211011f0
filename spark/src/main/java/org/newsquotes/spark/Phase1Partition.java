package org.newsquotes.spark;

import java.io.IOException;
import java.io.InputStream;
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
import org.newsquotes.runner.DocumentOutcome;
import org.newsquotes.runner.GuardedExecutor;
import org.newsquotes.runner.Phase1;
import org.newsquotes.stage.DocumentPipeline;
import scala.Tuple2;

/**
 * Phase 1 over one partition of corpus files, on an executor: read each file's bytes from its Hadoop file system,
 * then {@link CorpusReader#read(String, CorpusReader.FileSize, CorpusReader.FileBytes)} and
 * {@link Phase1#annotate} from the JVM's {@link ExecutorStages}, each document under the local runner's time limit
 * ({@link ExecutorStages#guard}): the local runner's code path with only the byte source swapped.
 *
 * <p>Lazy: one file is processed at a time as Spark pulls records, so a partition never holds more than one file's
 * outcomes. Deterministic: the same file gives the same outcomes and keys, so a task Spark re-runs after losing an
 * executor (or runs twice speculatively) produces identical records and nothing downstream is duplicated. It writes
 * nothing itself.
 */
final class Phase1Partition implements PairFlatMapFunction<Iterator<Tuple2<DocKey, CorpusFile>>, DocKey, DocumentOutcome> {
    private final SparkJobConfig config;
    private final HadoopConf hadoop;

    Phase1Partition(SparkJobConfig config, HadoopConf hadoop) {
        this.config = config;
        this.hadoop = hadoop;
    }

    @Override public Iterator<Tuple2<DocKey, DocumentOutcome>> call(Iterator<Tuple2<DocKey, CorpusFile>> files) {
        Phase1 phase1 = ExecutorStages.get(config).phase1();
        GuardedExecutor guard = ExecutorStages.guard(config);
        Duration limit = config.stageConfig().documentTimeLimit();
        // one document at a time per task, each under the local runner's time limit
        Phase1.DocumentRunner guarded = d -> CompletableFuture.completedFuture(guard.submit(
                () -> phase1.pipeline().process(d),
                () -> DocumentPipeline.Result.failed(Phase1.timedOut(d, limit))).join());
        Iterator<Tuple2<DocKey, DocumentOutcome>> out =
                StreamSupport.stream(Spliterators.spliteratorUnknownSize(files, Spliterator.ORDERED), false)
                        .flatMap(f -> process(phase1, guarded, f._2()).stream())
                        .iterator();
        return FaultInjection.firstAttemptShouldFail() ? FaultInjection.dieAfterFirst(out) : out;
    }

    private List<Tuple2<DocKey, DocumentOutcome>> process(Phase1 phase1, Phase1.DocumentRunner runner, CorpusFile file) {
        IngestResult ingested = phase1.reader().read(file.relativePath(), file::size, () -> readAll(file));
        List<DocumentOutcome> outcomes = phase1.annotate(ingested, file.relativePath(), runner);
        List<Tuple2<DocKey, DocumentOutcome>> keyed = new ArrayList<>(outcomes.size());
        for (DocumentOutcome o : outcomes) keyed.add(new Tuple2<>(new DocKey(file.index(), keyed.size()), o));
        return keyed;
    }

    private byte[] readAll(CorpusFile file) throws IOException {
        Path p = new Path(file.uri());
        FileSystem fs = p.getFileSystem(hadoop.get());
        try (InputStream in = fs.open(p)) {
            return in.readAllBytes();
        }
    }
}
