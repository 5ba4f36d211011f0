package org.newsquotes.spark;

import java.io.Serializable;

/**
 * Where a document sits in corpus order: its file's index, then its position among that file's outcomes (a JSONL
 * file holds many documents). Sorting by this key gives the order the local runner writes, whatever the partitioning
 * and shuffles in between.
 */
record DocKey(int file, int position) implements Comparable<DocKey>, Serializable {
    DocKey {
        if (file < 0 || position < 0) throw new IllegalArgumentException("negative key (" + file + ", " + position + ")");
    }

    @Override public int compareTo(DocKey o) {
        int c = Integer.compare(file, o.file);
        return c != 0 ? c : Integer.compare(position, o.position);
    }
}
