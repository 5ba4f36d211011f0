package org.newsquotes.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsquotes.record.QuoteKind;

/** Reads a gold set in the project's own format ({@code shared/eval/FORMAT.md}): quotes.csv, entities.csv, docs/. */
final class FormatGoldReader {
    private FormatGoldReader() {}

    static GoldSet read(Path dir) throws IOException {
        List<GoldSet.GoldEntity> entities = new ArrayList<>();
        Map<String, GoldSet.GoldEntity> byId = new HashMap<>();
        Path ep = dir.resolve("entities.csv");
        if (Files.isRegularFile(ep)) {
            for (CSVRecord r : records(ep)) {
                GoldSet.GoldEntity e = new GoldSet.GoldEntity(r.get("entity_id"), r.get("canonical_name"), r.get("type"),
                        split(r.get("variants")), split(r.isMapped("docs") ? r.get("docs") : ""));
                entities.add(e);
                byId.put(e.entityId(), e);
            }
        }
        List<GoldQuote> quotes = new ArrayList<>();
        Set<String> docs = new LinkedHashSet<>();
        for (CSVRecord r : records(dir.resolve("quotes.csv"))) {
            String speaker = r.get("speaker").strip();
            List<String> names = new ArrayList<>();
            GoldSet.GoldEntity e = byId.get(speaker);
            if (e != null) {
                names.add(e.canonicalName());
                names.addAll(e.variants());
            }
            String mention = r.get("speaker_mention").strip();
            quotes.add(new GoldQuote(r.get("doc"), r.get("qid"), QuoteKind.fromLabel(r.get("kind")), r.get("text"), null,
                    speaker.isEmpty() ? null : speaker, names, mention.isEmpty() ? null : mention, null, r.get("cue")));
            docs.add(r.get("doc"));
        }
        Path docsDir = dir.resolve("docs");
        if (Files.isDirectory(docsDir)) {
            try (Stream<Path> s = Files.list(docsDir)) {
                s.filter(Files::isRegularFile).forEach(p -> docs.add(p.getFileName().toString()));
            }
        }
        return new GoldSet(dir, "format-md", docs, quotes, entities, Map.of());
    }

    static List<CSVRecord> records(Path p) throws IOException {
        try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    private static List<String> split(String s) {
        if (s == null || s.isBlank()) return List.of();
        return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
