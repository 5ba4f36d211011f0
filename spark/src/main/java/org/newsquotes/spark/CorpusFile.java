package org.newsquotes.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One source file of the corpus, as the driver lists it.
 *
 * @param index        position in corpus order (sorted by relative path), the first component of every output key
 * @param relativePath path relative to the corpus root with {@code /} separators: the document id, computed as the
 *                     local runner computes it
 * @param uri          the file's fully qualified Hadoop path
 * @param size         its length in bytes, as listed
 */
record CorpusFile(int index, String relativePath, String uri, long size) implements Serializable {
    CorpusFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(uri, "uri");
        if (index < 0) throw new IllegalArgumentException("index < 0: " + index);
    }
}
