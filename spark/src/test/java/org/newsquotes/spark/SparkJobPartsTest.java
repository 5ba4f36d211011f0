package org.newsquotes.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.quotes.IndirectScope;

/** Arguments, partitioning and keys of the Spark job (no Spark context). */
class SparkJobPartsTest {
    @Test
    void parsesCorpusOutAndOptions() {
        SparkJobConfig c = SparkAnnotateJob.parse(new String[] {"hdfs://nn/corpus", "s3a://b/out", "--partitions", "40",
                "--models", "/opt/models", "--max-file-mb", "2", "--indirect-scope", "parc"});
        assertThat(c).isEqualTo(new SparkJobConfig("hdfs://nn/corpus", "s3a://b/out", 40, "/opt/models", 2L * 1024 * 1024,
                IndirectScope.PARC));
        assertThat(c.stageConfig().indirectScope()).as("the stages get the scope").isEqualTo(IndirectScope.PARC);
        assertThat(SparkAnnotateJob.parse(new String[] {"in", "out"}).partitions()).isZero();
        assertThat(SparkAnnotateJob.parse(new String[] {"in", "out"}).indirectScope()).isEqualTo(IndirectScope.SPEECH);
        assertThat(SparkAnnotateJob.parse(new String[] {"in", "out"}).json()).isEqualTo(SparkJobConfig.JsonLayout.FILES);
        assertThat(SparkAnnotateJob.parse(new String[] {"in", "out", "--json", "jsonl"}).json())
                .isEqualTo(SparkJobConfig.JsonLayout.JSONL);
        assertThat(SparkAnnotateJob.parse(new String[] {"in", "out", "--json", "NONE"}).json())
                .isEqualTo(SparkJobConfig.JsonLayout.NONE);
        assertThatThrownBy(() -> SparkAnnotateJob.parse(new String[] {"in", "out", "--json", "xml"}))
                .hasMessageContaining("files, jsonl or none").hasMessageContaining("'xml'");
        assertThat(SparkAnnotateJob.parse(new String[] {"in", "out"}).tables()).isEqualTo(TableFormat.PARQUET);
        assertThat(SparkAnnotateJob.parse(new String[] {"in", "out", "--tables", "CSV"}).tables()).isEqualTo(TableFormat.CSV);
        assertThatThrownBy(() -> SparkAnnotateJob.parse(new String[] {"in", "out", "--tables", "orc"}))
                .hasMessageContaining("parquet or csv").hasMessageContaining("'orc'");
        // the job's logging is the job's, never a library caller's
        assertThat(SparkAnnotateJob.parse(new String[] {"in", "out"}).jobLogging()).isFalse();
    }

    @Test
    void refusesMissingOrUnknownArguments() {
        assertThatThrownBy(() -> SparkAnnotateJob.parse(new String[] {"in"})).hasMessageContaining("usage");
        assertThatThrownBy(() -> SparkAnnotateJob.parse(new String[] {"in", "out", "--threads", "2"}))
                .hasMessageContaining("unknown option --threads");
        assertThatThrownBy(() -> SparkAnnotateJob.parse(new String[] {"in", "out", "--partitions"}))
                .hasMessageContaining("--partitions needs a value");
    }

    @Test
    void defaultPartitionsFollowCoresAndCorpusSize() {
        SparkAnnotateJob job = new SparkAnnotateJob(SparkJobConfig.defaults("in", "out"));
        assertThat(job.partitions(4, 2)).isEqualTo(4);          // never more partitions than files
        assertThat(job.partitions(1000, 2)).isEqualTo(8);       // 4 per core
        assertThat(job.partitions(1_000_000, 64)).isEqualTo(2000); // at most ~500 files per task
        assertThat(new SparkAnnotateJob(SparkJobConfig.defaults("in", "out").withPartitions(7)).partitions(3, 2)).isEqualTo(7);
    }

    @Test
    void fileRangesAreContiguousInCorpusOrderAndKeepAFileTogether() {
        FileRangePartitioner p = new FileRangePartitioner(3, 10);
        List<Integer> byFile = new ArrayList<>();
        for (int f = 0; f < 10; f++) byFile.add(p.getPartition(new DocKey(f, 0)));
        assertThat(byFile).containsExactly(0, 0, 0, 0, 1, 1, 1, 2, 2, 2).isSorted();
        assertThat(p.getPartition(new DocKey(5, 123))).isEqualTo(p.getPartition(new DocKey(5, 0)));
        assertThat(new FileRangePartitioner(8, 3).getPartition(new DocKey(2, 0))).isLessThan(8);
    }

    @Test
    void docKeysSortByFileThenPosition() {
        List<DocKey> keys = new ArrayList<>(List.of(new DocKey(2, 0), new DocKey(1, 10), new DocKey(1, 2), new DocKey(0, 5)));
        keys.sort(null);
        assertThat(keys).containsExactly(new DocKey(0, 5), new DocKey(1, 2), new DocKey(1, 10), new DocKey(2, 0));
    }
}
