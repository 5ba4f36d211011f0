package org.newsquotes.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.stage.DocumentFailure;

/**
 * Reads a {@code .json} file: one post object (doc id = the relative path) or an array of posts (doc ids
 * {@code path#1}, {@code path#2}, ... — 1-based element index), also when the array is wrapped in an object as its
 * only array field named {@code posts}, {@code articles}, {@code items}, {@code data} or {@code documents} (API exports). Posts are WordPress REST API posts or plain
 * objects, see {@link JsonPostMapper}. A malformed file fails as a whole ("truncated JSON ..."); in an array, a bad
 * element fails only its own document.
 */
public final class WordPressJsonReader implements FormatReader {
    private final JsonPostMapper mapper;

    public WordPressJsonReader(HtmlBlockExtractor html) {
        this.mapper = new JsonPostMapper(html);
    }

    @Override
    public Extraction read(SourceFile file) {
        JsonNode root = unwrap(JsonSupport.parse(file.text(), file.relativePath()));
        if (root.isObject()) {
            return Extraction.of(mapper.map(file.relativePath(), root, SourceFormat.WORDPRESS_JSON, SourceFormat.JSON));
        }
        if (!root.isArray()) {
            throw new IngestException("unsupported JSON: " + file.relativePath()
                    + " holds a " + root.getNodeType().toString().toLowerCase() + ", expected a post object or an array of posts");
        }
        if (root.isEmpty()) throw new IngestException("empty JSON array: " + file.relativePath());
        List<ExtractedDocument> docs = new ArrayList<>();
        List<DocumentFailure> failures = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String docId = file.relativePath() + "#" + (i + 1);
            try {
                docs.add(mapper.map(docId, root.get(i), SourceFormat.WORDPRESS_JSON, SourceFormat.JSON));
            } catch (IngestException e) {
                failures.add(new DocumentFailure(docId, CorpusReader.STAGE, e.getMessage()));
            }
        }
        return new Extraction(docs, failures);
    }

    private static final List<String> WRAPPERS = List.of("posts", "articles", "items", "data", "documents");

    /** The posts array of an API export wrapper object, else {@code root} itself. */
    static JsonNode unwrap(JsonNode root) {
        if (!root.isObject() || root.has("content") || root.has("text") || root.has("body")) return root;
        for (String field : WRAPPERS) {
            JsonNode n = root.get(field);
            if (n != null && n.isArray() && !n.isEmpty() && n.get(0).isObject()) return n;
        }
        return root;
    }
}
