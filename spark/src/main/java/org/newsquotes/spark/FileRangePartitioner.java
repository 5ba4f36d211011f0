package org.newsquotes.spark;

import org.apache.spark.Partitioner;

/**
 * Partitions {@link DocKey}s by contiguous ranges of file index: partition {@code p} holds the files
 * {@code [p*N/n, (p+1)*N/n)} of the {@code N} files. So partition order is corpus order, every document of a file
 * lands in the same partition, and per-document data keyed by {@link DocKey} (phase-1 outcomes, entity assignments)
 * can be merged partition by partition with {@code zipPartitions}, without shuffling the annotated documents.
 */
final class FileRangePartitioner extends Partitioner {
    private final int partitions;
    private final int files;

    FileRangePartitioner(int partitions, int files) {
        if (partitions < 1) throw new IllegalArgumentException("partitions < 1: " + partitions);
        this.partitions = partitions;
        this.files = Math.max(1, files);
    }

    @Override public int numPartitions() { return partitions; }

    @Override public int getPartition(Object key) {
        int file = ((DocKey) key).file();
        return (int) Math.min(partitions - 1, (long) file * partitions / files);
    }

    @Override public boolean equals(Object o) {
        return o instanceof FileRangePartitioner p && p.partitions == partitions && p.files == files;
    }

    @Override public int hashCode() { return 31 * partitions + files; }
}
