package org.newsquotes.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsquotes.record.Document;
import org.newsquotes.record.PageMeta;

/**
 * A corpus's own metadata file: {@code metadata.csv} or {@code metadata.tsv} at the corpus root (a spreadsheet of
 * the articles, as researchers and corpora such as PolNeAR keep one), keyed by file. Its values win over what the
 * file itself says; its other columns are kept as extra fields.
 *
 * <ul>
 *   <li><b>Key</b>: the first of the columns {@code doc_id}, {@code path}, {@code file}, {@code filename}, {@code file_name},
 *       {@code name}. A row matches a document by its doc_id, its path, its file name, or its file name without the
 *       extension ({@code breitbart_2016-01-10_story} matches {@code train/breitbart_2016-01-10_story.txt}).</li>
 *   <li><b>Known columns</b> (case and spaces ignored; the aliases in brackets mean the same): {@code title},
 *       {@code date} [publication_date, published, pubdate, date_published], {@code url} [link], {@code outlet}
 *       [publisher, source, site, site_name], {@code authors} [author, byline; several separated by {@code |} or
 *       {@code ;}], {@code language} [lang]. A date is normalised to ISO-8601; one that cannot be is kept out, with
 *       a warning on the document.</li>
 *   <li><b>Extra columns</b>: kept per document by their snake_case names in its page metadata
 *       ({@code PageMeta.extra}), written as documents.csv {@code meta_*} columns.</li>
 * </ul>
 * An empty cell leaves the document's own value. A file without a key column, or with two rows for one key, is a
 * setup error naming the file: the user meant the metadata to apply, so it is never silently ignored.
 */
public final class CorpusMetadata implements java.io.Serializable {
    /** The file names looked for at the corpus root, in this order; neither is ever read as an article. */
    public static final List<String> FILE_NAMES = List.of("metadata.csv", "metadata.tsv");
    /** What {@link PageMeta#sources()} names for a value taken from this file. */
    public static final String SOURCE = "metadata-file";

    private static final List<String> KEYS = List.of("doc_id", "path", "file", "filename", "file_name", "name");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("title", "title"), Map.entry("headline", "title"),
            Map.entry("date", "date"), Map.entry("publication_date", "date"), Map.entry("published", "date"),
            Map.entry("pubdate", "date"), Map.entry("date_published", "date"),
            Map.entry("url", "url"), Map.entry("link", "url"),
            Map.entry("outlet", "outlet"), Map.entry("publisher", "outlet"), Map.entry("source", "outlet"),
            Map.entry("site", "outlet"), Map.entry("site_name", "outlet"),
            Map.entry("authors", "authors"), Map.entry("author", "authors"), Map.entry("byline", "authors"),
            Map.entry("language", "language"), Map.entry("lang", "language"));

    /** No metadata file. */
    public static final CorpusMetadata NONE = new CorpusMetadata(null, Map.of(), List.of());

    private final String file;
    private final Map<String, Map<String, String>> rows;
    private final List<String> extraColumns;

    private CorpusMetadata(String file, Map<String, Map<String, String>> rows, List<String> extraColumns) {
        this.file = file;
        this.rows = rows;
        this.extraColumns = extraColumns;
    }

    /** The corpus's metadata file, or {@link #NONE} when it has none. */
    public static CorpusMetadata load(Path corpusRoot) throws IOException {
        for (String name : FILE_NAMES) {
            Path p = corpusRoot.resolve(name);
            if (Files.isRegularFile(p)) {
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    return read(name, r);
                }
            }
        }
        return NONE;
    }

    /** Reads a metadata file named {@code name} (its extension chooses comma or tab) from {@code reader}. */
    public static CorpusMetadata read(String name, Reader reader) throws IOException {
        return parse(name, reader, name.endsWith(".tsv") ? '\t' : ',');
    }

    static CorpusMetadata parse(String name, Reader reader, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, String> columns = new LinkedHashMap<>(); // header as written -> canonical name
            for (String h : parser.getHeaderNames()) columns.put(h, snake(h.replace("\uFEFF", "")));
            String key = null;
            for (String k : KEYS) {
                for (Map.Entry<String, String> c : columns.entrySet()) if (key == null && c.getValue().equals(k)) key = c.getKey();
            }
            if (key == null) {
                throw new IllegalArgumentException(name + ": no key column; name the file column one of " + KEYS);
            }
            List<String> extra = new ArrayList<>();
            for (Map.Entry<String, String> c : columns.entrySet()) {
                if (!c.getKey().equals(key) && !ALIASES.containsKey(c.getValue()) && !c.getValue().isEmpty()) extra.add(c.getValue());
            }
            Map<String, Map<String, String>> rows = new HashMap<>();
            for (CSVRecord rec : parser) {
                if (!rec.isSet(key) || rec.get(key).isBlank()) continue;
                Map<String, String> values = new LinkedHashMap<>();
                for (Map.Entry<String, String> c : columns.entrySet()) {
                    if (c.getKey().equals(key) || !rec.isSet(c.getKey())) continue;
                    String v = rec.get(c.getKey());
                    if (v == null || v.isBlank()) continue;
                    String field = ALIASES.getOrDefault(c.getValue(), c.getValue());
                    values.putIfAbsent(field, v.strip()); // the first of two aliases wins
                }
                String k = rec.get(key).strip();
                if (rows.put(k, values) != null) {
                    throw new IllegalArgumentException(name + " line " + parser.getCurrentLineNumber() + ": a second row for " + k);
                }
            }
            return new CorpusMetadata(name, Map.copyOf(rows), List.copyOf(extra));
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(name + ": not a readable table: " + e.getMessage(), e);
        }
    }

    public boolean isEmpty() { return rows.isEmpty(); }

    /** The extra columns (snake_case), in file order. */
    public List<String> extraColumns() { return extraColumns; }

    /** The row of a document, by doc_id, path, file name or file name without extension; null when none. */
    Map<String, String> row(String docId, String path) {
        if (rows.isEmpty()) return null;
        Map<String, String> r = rows.get(docId);
        if (r == null) r = rows.get(path);
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (r == null) r = rows.get(name);
        if (r == null && name.indexOf('.') > 0) r = rows.get(name.substring(0, name.indexOf('.')));
        return r;
    }


    /** {@code d} with this file's values over its own; {@code d} itself when the file has no row for it. */
    public Document apply(Document d) {
        Map<String, String> r = row(d.docId(), d.path());
        if (r == null) return d;
        String title = r.getOrDefault("title", d.title());
        String url = r.getOrDefault("url", d.url());
        String date = d.date();
        List<String> warnings = new ArrayList<>(d.warnings());
        Map<String, String> sources = new TreeMap<>(d.meta().sources());
        if (r.containsKey("date")) {
            var iso = DateNormalizer.normalize(r.get("date"));
            if (iso.isPresent()) date = iso.get();
            else warnings.add(file + ": date '" + r.get("date") + "' is not a date; kept the document's own");
        }
        PageMeta m = d.meta();
        String outlet = r.getOrDefault("outlet", m.outlet());
        List<String> authors = m.authors();
        if (r.containsKey("authors")) {
            authors = new ArrayList<>();
            for (String a : r.get("authors").split("[|;]")) if (!a.isBlank()) authors.add(a.strip());
        }
        String language = r.getOrDefault("language", m.language());
        for (String f : List.of("title", "date", "url", "outlet", "authors", "language")) if (r.containsKey(f)) sources.put(f, SOURCE);
        Map<String, String> extra = new TreeMap<>(m.extra());
        for (String c : extraColumns) if (r.containsKey(c)) extra.put(c, r.get(c));
        PageMeta meta = new PageMeta(outlet, authors, language, m.canonicalUrl(), sources, extra);
        return new Document(d.docId(), d.path(), d.format(), title, date, url, d.text(), d.blocks(), d.removed(),
                warnings, meta);
    }

    /**
     * A column header as the snake_case name its {@code meta_} column gets ("Desk Name" → {@code desk_name}); empty
     * when nothing of it is a letter or digit.
     */
    public static String snake(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }
}
