/**
 * Ingest: turns the files of a corpus directory into {@link org.newsquotes.record.Document}s.
 *
 * <p>Flow for one file ({@link org.newsquotes.ingest.CorpusReader#read}): size check → {@link
 * org.newsquotes.ingest.TextDecoder} (UTF-8/BOM, windows-1252 fallback, binary and empty refused) → {@link
 * org.newsquotes.ingest.FormatDetector} (content before extension) → one {@link org.newsquotes.ingest.FormatReader}
 * per format ({@link org.newsquotes.ingest.PlainTextReader}, {@link org.newsquotes.ingest.HtmlReader}, {@link
 * org.newsquotes.ingest.WordPressJsonReader}, {@link org.newsquotes.ingest.JsonLinesReader}) yielding {@link
 * org.newsquotes.ingest.ExtractedDocument}s of candidate blocks → {@link org.newsquotes.ingest.DocumentAssembler},
 * which runs {@link org.newsquotes.ingest.ChromeRemover} (markers in {@code models/chrome-markers.txt}), joins the
 * kept blocks with one newline and records every cut as a {@link org.newsquotes.record.Removal}.
 *
 * <p>Every problem with an input becomes a {@link org.newsquotes.stage.DocumentFailure} of stage {@code ingest};
 * nothing here throws for bad input. All classes are immutable or stateless and safe to share between threads.
 */
package org.newsquotes.ingest;
