package org.newsquotes.spark;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.newsquotes.ingest.CorpusMetadata;
import org.newsquotes.record.StatementLink;
import org.newsquotes.runner.DocumentOutcome;
import org.newsquotes.runner.StatementStep;
import org.newsquotes.statements.DuplicateDocuments;
import org.newsquotes.statements.ReportedQuote;
import org.newsquotes.statements.StatementLinker;
import org.newsquotes.statements.Statements;

/**
 * The corpus-wide steps around entity resolution on Spark, with the local runner's code and results:
 * <ul>
 *   <li><b>Metadata file</b> ({@link #metadata}): read once by the driver from the corpus root (any Hadoop file
 *       system), applied to every outcome on the executors ({@code MetadataStep.apply}).</li>
 *   <li><b>Copies of one article</b>: each executor signs its documents (MinHash, 400 bytes each); the driver
 *       gathers the signatures, finds the candidate pairs, and asks the executors for the shingles of the candidates
 *       alone to verify them ({@link DuplicateDocuments#find(List, DuplicateDocuments.ShinglesOf)}).</li>
 *   <li><b>Statements</b>: the executors reduce each quote to its {@link ReportedQuote} (ids, words, speaker, date,
 *       outlet), the driver links them with the same {@link StatementLinker} in corpus order, and the links go back to
 *       the documents as a broadcast, applied where the documents are.</li>
 * </ul>
 * Trade-off: the driver holds every quote's words while linking (about 200 bytes a quote: a million quotes in well
 * under a gigabyte, linked in under a minute, see {@code bench/StatementsBench.java}). Distributing the linking
 * itself (the fingerprint index as a shuffle, as entity resolution does with its blocking keys) is the next step
 * when corpora outgrow that.
 */
final class SparkStatements {
    private SparkStatements() {}

    /** What the steps produced: the documents with their links, the statements, and which document copies which. */
    record Result(JavaPairRDD<DocKey, DocumentOutcome> outcomes, Statements statements, Map<String, String> duplicates,
                  List<Broadcast<?>> broadcasts) {
        void release() {
            for (Broadcast<?> b : broadcasts) b.destroy();
        }
    }

    /** The corpus's metadata file, read from the corpus root on its own file system; none when it has none. */
    static CorpusMetadata metadata(String corpus, HadoopConf hadoop) throws IOException {
        Path root = new Path(corpus);
        FileSystem fs = root.getFileSystem(hadoop.get());
        for (String name : CorpusMetadata.FILE_NAMES) {
            Path p = new Path(root, name);
            if (!fs.exists(p) || !fs.getFileStatus(p).isFile()) continue;
            try (Reader r = new InputStreamReader(fs.open(p), StandardCharsets.UTF_8)) {
                return CorpusMetadata.read(name, r);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot use the corpus metadata file " + p + ": " + e.getMessage(), e);
            }
        }
        return CorpusMetadata.NONE;
    }

    static Result link(JavaSparkContext sc, JavaPairRDD<DocKey, DocumentOutcome> resolved, StatementLinker linker) {
        JavaPairRDD<DocKey, DocumentOutcome> ok = resolved.filter(t -> t._2().isOk());
        List<DuplicateDocuments.Signed> signed = ok.values()
                .map(o -> DuplicateDocuments.sign(o.docId(), o.annotated().document().date(), o.annotated().text()))
                .filter(java.util.Objects::nonNull).collect();
        Map<String, String> duplicates = DuplicateDocuments.find(signed, ids -> {
            Broadcast<Set<String>> wanted = sc.broadcast(new HashSet<>(ids));
            Map<String, long[]> out = new HashMap<>(ok.values()
                    .filter(o -> wanted.value().contains(o.docId()))
                    .mapToPair(o -> new scala.Tuple2<>(o.docId(), DuplicateDocuments.shingles(o.annotated().text())))
                    .collectAsMap());
            wanted.destroy();
            return out;
        });
        Broadcast<Map<String, String>> copies = sc.broadcast(new HashMap<>(duplicates));
        // collect() keeps partition order and the partitions are in corpus order: the local runner's order
        List<ReportedQuote> quotes = ok.values()
                .flatMap(o -> StatementStep.reported(o.annotated(), copies.value().get(o.docId())).iterator()).collect();
        Statements statements = linker.link(quotes);
        Broadcast<Map<String, StatementLink>> links = sc.broadcast(new HashMap<>(statements.links()));
        JavaPairRDD<DocKey, DocumentOutcome> linked = resolved.mapValues(o -> o.isOk()
                ? DocumentOutcome.ok(StatementStep.linked(o.annotated(), links.value())) : o);
        return new Result(linked, statements, duplicates, List.of(copies, links));
    }
}
