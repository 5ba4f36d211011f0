package org.newsquotes.ingest;

/**
 * Reads the documents of one input format out of a decoded file. Implementations are stateless and thread-safe.
 *
 * <p>A problem with the whole file is thrown as {@link IngestException} (its message becomes the failure row);
 * a problem with one record of a multi-document file is returned as a failure in the {@link Extraction}.
 */
public interface FormatReader {
    Extraction read(SourceFile file);
}
