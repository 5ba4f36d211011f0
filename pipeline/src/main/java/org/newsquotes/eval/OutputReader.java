package org.newsquotes.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;

/**
 * Reads what the scorer needs from one of our output directories: {@code quotes.csv} (by column name, so added
 * columns do not matter) and each document's text from the per-document JSON in {@code json/} (the longest string
 * field named {@code text} near the top of the tree, with the doc id from {@code doc_id}/{@code docId}).
 */
final class OutputReader {
    private OutputReader() {}

    static List<OutputQuote> quotes(Path outputDir) throws IOException {
        Path p = outputDir.resolve("quotes.csv");
        if (!Files.isRegularFile(p)) throw new IllegalArgumentException("no quotes.csv in " + outputDir);
        List<OutputQuote> out = new ArrayList<>();
        for (CSVRecord r : FormatGoldReader.records(p)) {
            Span mention = null;
            String ms = get(r, "speaker_mention_start");
            String me = get(r, "speaker_mention_end");
            if (!ms.isEmpty() && !me.isEmpty()) mention = new Span(Integer.parseInt(ms), Integer.parseInt(me));
            String conf = get(r, "confidence");
            out.add(new OutputQuote(get(r, "doc_id"), get(r, "quote_id"), QuoteKind.fromLabel(get(r, "kind")), get(r, "text"),
                    new Span(Integer.parseInt(get(r, "start")), Integer.parseInt(get(r, "end"))), blankToNull(get(r, "speaker_entity_id")),
                    blankToNull(get(r, "speaker")), blankToNull(get(r, "speaker_mention")), mention, blankToNull(get(r, "cue")),
                    get(r, "method"), conf.isEmpty() ? 0 : Double.parseDouble(conf)));
        }
        return out;
    }

    /** Document texts by doc id from {@code json/}; empty when there is no such folder. */
    static Map<String, String> texts(Path outputDir) throws IOException {
        Map<String, String> out = new HashMap<>();
        Path dir = outputDir.resolve("json");
        if (!Files.isDirectory(dir)) return out;
        ObjectMapper om = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).toList();
        }
        for (Path f : files) {
            try (var in = Files.newInputStream(f)) {
                var doc = org.newsquotes.output.DocumentJson.read(in);
                out.put(doc.docId(), doc.text());
                continue;
            } catch (IOException | RuntimeException e) {
                // not our current schema: fall back to the tolerant look-up below
            }
            JsonNode root = om.readTree(f.toFile());
            String id = findText(root, List.of("doc_id", "docId"), 0);
            String text = longestText(root, 0);
            if (id != null && text != null) out.put(id, text);
        }
        return out;
    }

    private static String findText(JsonNode n, List<String> names, int depth) {
        if (n == null || !n.isObject() || depth > 2) return null;
        for (String name : names) if (n.hasNonNull(name) && n.get(name).isTextual()) return n.get(name).asText();
        for (var it = n.fields(); it.hasNext(); ) {
            String s = findText(it.next().getValue(), names, depth + 1);
            if (s != null) return s;
        }
        return null;
    }

    private static String longestText(JsonNode n, int depth) {
        if (n == null || !n.isObject() || depth > 2) return null;
        String best = n.hasNonNull("text") && n.get("text").isTextual() ? n.get("text").asText() : null;
        for (var it = n.fields(); it.hasNext(); ) {
            String s = longestText(it.next().getValue(), depth + 1);
            if (s != null && (best == null || s.length() > best.length())) best = s;
        }
        return best;
    }

    private static String get(CSVRecord r, String col) {
        return r.isMapped(col) && r.isSet(col) && r.get(col) != null ? r.get(col) : "";
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
