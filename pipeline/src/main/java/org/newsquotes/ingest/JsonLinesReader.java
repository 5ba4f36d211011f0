package org.newsquotes.ingest;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.stage.DocumentFailure;

/**
 * Reads a JSON Lines file: one post object per line (see {@link JsonPostMapper}). Doc ids are {@code path#N} with
 * N the 1-based physical line number, so a user can find the record with any editor; blank lines are skipped but
 * still counted. A bad line fails only its own document.
 */
public final class JsonLinesReader implements FormatReader {
    private final JsonPostMapper mapper;

    public JsonLinesReader(HtmlBlockExtractor html) {
        this.mapper = new JsonPostMapper(html);
    }

    @Override
    public Extraction read(SourceFile file) {
        List<ExtractedDocument> docs = new ArrayList<>();
        List<DocumentFailure> failures = new ArrayList<>();
        String[] lines = file.text().split("\\r?\\n|\\r", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            String docId = file.relativePath() + "#" + (i + 1);
            try {
                docs.add(mapper.map(docId, JsonSupport.parse(lines[i], docId), SourceFormat.JSONL, SourceFormat.JSONL));
            } catch (IngestException e) {
                failures.add(new DocumentFailure(docId, CorpusReader.STAGE, e.getMessage()));
            }
        }
        return new Extraction(docs, failures);
    }
}
