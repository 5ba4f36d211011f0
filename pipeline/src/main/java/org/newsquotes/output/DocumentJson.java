package org.newsquotes.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.Block;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.Document;
import org.newsquotes.record.Layer;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.record.MentionKind;
import org.newsquotes.record.MergeEvidence;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Removal;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.record.Span;
import org.newsquotes.record.StatementLink;
import org.newsquotes.record.Wording;
import org.newsquotes.record.Token;

/**
 * The per-document JSON ({@code json/<doc_id>.json}): the whole {@link AnnotatedDocument}, written field by field in
 * a fixed order and read back into an equal record. It doubles as the per-document cache and the Spark record, so
 * {@code read(write(doc)).equals(doc)} holds for every document.
 *
 * <p>Layout (version {@value #SCHEMA_VERSION}; documented in {@code output/README.md}):
 * {@code schema_version}, {@code metadata} (doc_id, path, format, title, date, url, warnings, removed_chars,
 * removals), {@code layers}, {@code text}, {@code blocks}, {@code sentences}, {@code tokens}, {@code mentions},
 * {@code entities} (document-local), {@code quotes} (attribution flattened into the quote with the column names of
 * {@code quotes.csv}). Every field is always present; unknown values are {@code null}. All offsets are Java
 * {@code char} offsets (UTF-16 code units) into {@code text}: an emoji outside the Basic Multilingual Plane counts
 * two, as it does for {@code String.substring} in Java and JavaScript (Python users slice the UTF-16 encoding; the
 * output README shows how). Characters outside the Basic Multilingual Plane, and lone surrogates, are written as
 * backslash-u escapes (JSON string escapes), so even text with broken surrogate pairs round-trips.
 *
 * <p>Writing is field-by-field rather than Jackson data binding on the records, so a record change cannot silently
 * change the file format: the format changes only here, with {@link #SCHEMA_VERSION}.
 */
public final class DocumentJson {
    /** Bumped whenever the layout changes incompatibly; the reader rejects other versions. */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private DocumentJson() {}

    // ------------------------------------------------------------------ writing

    /** Writes {@code doc} as UTF-8 JSON (no byte-order mark), ending with a newline. Does not close {@code out}. */
    public static void write(AnnotatedDocument doc, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new LinePerItemPrettyPrinter());
            writeDocument(doc, g);
            g.writeRaw('\n');
        }
    }

    /**
     * Writes {@code doc} as one line of JSON (the same fields, no line breaks inside), ending with a newline: a line of
     * a JSON Lines file. {@link #fromBytes} reads the line back. Does not close {@code out}.
     */
    public static void writeLine(AnnotatedDocument doc, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writeDocument(doc, g);
            g.writeRaw('\n');
        }
    }

    /** The JSON bytes of {@code doc}. */
    public static byte[] toBytes(AnnotatedDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(doc.text().length() * 8 + 1024);
        try {
            write(doc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeDocument(AnnotatedDocument doc, JsonGenerator g) throws IOException {
        Document d = doc.document();
        g.writeStartObject();
        g.writeNumberField("schema_version", SCHEMA_VERSION);

        g.writeObjectFieldStart("metadata");
        g.writeStringField("doc_id", d.docId());
        g.writeStringField("path", d.path());
        g.writeStringField("format", d.format().label());
        g.writeStringField("title", d.title());
        g.writeStringField("date", d.date());
        g.writeStringField("url", d.url());
        if (!d.meta().isEmpty()) {
            // what a web page says about itself, each value with where it came from
            g.writeObjectFieldStart("page");
            g.writeStringField("outlet", d.meta().outlet());
            g.writeArrayFieldStart("authors");
            for (String a : d.meta().authors()) g.writeString(a);
            g.writeEndArray();
            g.writeStringField("language", d.meta().language());
            g.writeStringField("canonical_url", d.meta().canonicalUrl());
            g.writeObjectFieldStart("sources");
            for (java.util.Map.Entry<String, String> e : d.meta().sources().entrySet()) g.writeStringField(e.getKey(), e.getValue());
            g.writeEndObject();
            if (!d.meta().extra().isEmpty()) {
                // the corpus metadata file's other columns (documents.csv meta_*)
                g.writeObjectFieldStart("extra");
                for (java.util.Map.Entry<String, String> e : d.meta().extra().entrySet()) g.writeStringField(e.getKey(), e.getValue());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("warnings");
        for (String w : d.warnings()) g.writeString(w);
        g.writeEndArray();
        g.writeNumberField("removed_chars", d.removedChars());
        g.writeArrayFieldStart("removals");
        for (Removal r : d.removed()) {
            g.writeStartObject();
            g.writeNumberField("at", r.at());
            g.writeNumberField("source_start", r.sourceStart());
            g.writeNumberField("source_end", r.sourceEnd());
            g.writeStringField("reason", r.reason());
            g.writeStringField("preview", r.preview());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();

        g.writeArrayFieldStart("layers");
        for (Layer l : EnumSet.copyOf(doc.layers().isEmpty() ? EnumSet.noneOf(Layer.class) : doc.layers())) {
            g.writeString(label(l));
        }
        g.writeEndArray();

        g.writeStringField("text", d.text());

        g.writeArrayFieldStart("blocks");
        for (Block b : d.blocks()) {
            g.writeStartObject();
            g.writeNumberField("start", b.span().start());
            g.writeNumberField("end", b.span().end());
            g.writeStringField("kind", label(b.kind()));
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("sentences");
        for (Sentence s : doc.sentences()) {
            g.writeStartObject();
            g.writeNumberField("index", s.index());
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeNumberField("first_token", s.firstToken());
            g.writeNumberField("end_token", s.endToken());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("tokens");
        for (Token t : doc.tokens()) {
            g.writeStartObject();
            g.writeNumberField("index", t.index());
            g.writeNumberField("sentence", t.sentence());
            g.writeNumberField("start", t.start());
            g.writeNumberField("end", t.end());
            g.writeStringField("word", t.word());
            g.writeStringField("lemma", t.lemma());
            g.writeStringField("pos", t.pos());
            g.writeStringField("ner", t.ner());
            if (t.parsed()) {
                g.writeNumberField("head", t.head());
                g.writeStringField("dep", t.relation());
            }
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("mentions");
        for (Mention m : doc.mentions()) {
            g.writeStartObject();
            g.writeStringField("id", m.id());
            g.writeNumberField("sentence", m.sentence());
            g.writeNumberField("start", m.start());
            g.writeNumberField("end", m.end());
            g.writeStringField("text", m.text());
            g.writeStringField("ner", m.ner());
            g.writeStringField("kind", m.kind().label());
            g.writeNumberField("first_token", m.firstToken());
            g.writeNumberField("end_token", m.endToken());
            g.writeStringField("entity_id", m.entityId());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("entities");
        for (LocalEntity e : doc.entities()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("name", e.name());
            g.writeStringField("type", e.type());
            g.writeStringField("entity_id", e.entityId());
            writeStrings(g, "mention_ids", e.mentionIds());
            writeStrings(g, "variants", e.variants());
            writeStrings(g, "attributes", e.attributes());
            g.writeArrayFieldStart("evidence");
            for (MergeEvidence m : e.evidence()) {
                g.writeStartObject();
                g.writeStringField("rule", m.rule());
                g.writeStringField("left", m.left());
                g.writeStringField("right", m.right());
                g.writeFieldName("confidence");
                g.writeNumber(Cells.formatNumber(m.confidence()));
                g.writeStringField("detail", m.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("quotes");
        for (Quote q : doc.quotes()) {
            Attribution a = q.attribution();
            g.writeStartObject();
            g.writeStringField("id", q.id());
            g.writeStringField("kind", q.kind().label());
            g.writeNumberField("start", q.start());
            g.writeNumberField("end", q.end());
            g.writeStringField("text", q.text());
            g.writeStringField("speaker_entity_id", a.speakerEntityId());
            g.writeStringField("speaker", a.speaker());
            g.writeStringField("speaker_local_id", a.speakerLocalId());
            g.writeStringField("speaker_mention", a.mention());
            writeNullableInt(g, "speaker_mention_start", a.mentionSpan() == null ? null : a.mentionSpan().start());
            writeNullableInt(g, "speaker_mention_end", a.mentionSpan() == null ? null : a.mentionSpan().end());
            g.writeStringField("cue", a.cue());
            g.writeStringField("method", a.method());
            g.writeFieldName("confidence");
            g.writeNumber(Cells.formatNumber(a.confidence()));
            g.writeStringField("review_status", q.reviewStatus().label());
            StatementLink st = q.statement();
            g.writeStringField("statement_id", st == null ? null : st.statementId());
            g.writeStringField("wording", st == null ? null : st.wording().label());
            writeStrings(g, "wording_differences", st == null ? List.of() : st.differences());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static void writeNullableInt(JsonGenerator g, String field, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }

    private static String label(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }

    // ------------------------------------------------------------------ reading

    /** Reads a document written by {@link #write}; fails naming the field when the file does not fit the layout. */
    public static AnnotatedDocument read(InputStream in) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        if (root == null || !root.isObject()) throw new IOException("not a JSON object");
        try {
            return readDocument(root);
        } catch (IllegalArgumentException | NullPointerException e) {
            String id = root.path("metadata").path("doc_id").asText("?");
            throw new IOException("document JSON " + id + ": " + e.getMessage(), e);
        }
    }

    /** Reads a document from bytes written by {@link #toBytes}. */
    public static AnnotatedDocument fromBytes(byte[] json) throws IOException {
        return read(new java.io.ByteArrayInputStream(json));
    }

    private static AnnotatedDocument readDocument(JsonNode root) {
        int version = field(root, "schema_version").asInt(-1);
        if (version != SCHEMA_VERSION) {
            throw new IllegalArgumentException("schema_version " + field(root, "schema_version")
                    + " is not the supported " + SCHEMA_VERSION);
        }
        JsonNode md = field(root, "metadata");
        String text = str(root, "text");
        Document document = new Document(str(md, "doc_id"), str(md, "path"), SourceFormat.fromLabel(str(md, "format")),
                str(md, "title"), str(md, "date"), str(md, "url"), text,
                list(root, "blocks", b -> new Block(new Span(integer(b, "start"), integer(b, "end")),
                        BlockKind.valueOf(upper(str(b, "kind"))))),
                list(md, "removals", r -> new Removal(integer(r, "at"), integer(r, "source_start"),
                        integer(r, "source_end"), str(r, "reason"), str(r, "preview"))),
                list(md, "warnings", JsonNode::asText), pageMeta(md.get("page")));
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        for (String l : list(root, "layers", JsonNode::asText)) layers.add(Layer.valueOf(upper(l)));

        List<Sentence> sentences = list(root, "sentences", s -> new Sentence(integer(s, "index"), integer(s, "start"),
                integer(s, "end"), integer(s, "first_token"), integer(s, "end_token")));
        List<Token> tokens = list(root, "tokens", t -> new Token(integer(t, "index"), integer(t, "sentence"),
                integer(t, "start"), integer(t, "end"), str(t, "word"), str(t, "lemma"), str(t, "pos"),
                str(t, "ner"), t.has("head") ? integer(t, "head") : Token.UNPARSED, t.has("dep") ? str(t, "dep") : null));
        List<Mention> mentions = list(root, "mentions", m -> new Mention(str(m, "id"), integer(m, "sentence"),
                integer(m, "start"), integer(m, "end"), str(m, "text"), str(m, "ner"), integer(m, "first_token"),
                integer(m, "end_token"), str(m, "entity_id"),
                m.has("kind") ? MentionKind.fromLabel(str(m, "kind")) : MentionKind.ofText(str(m, "text"))));
        List<LocalEntity> entities = list(root, "entities", e -> new LocalEntity(str(e, "id"), str(e, "name"),
                str(e, "type"), list(e, "mention_ids", JsonNode::asText), list(e, "variants", JsonNode::asText),
                list(e, "attributes", JsonNode::asText),
                list(e, "evidence", m -> new MergeEvidence(str(m, "rule"), str(m, "left"), str(m, "right"),
                        number(m, "confidence"), str(m, "detail"))),
                str(e, "entity_id")));
        List<Quote> quotes = list(root, "quotes", q -> {
            Integer ms = nullableInt(q, "speaker_mention_start");
            Integer me = nullableInt(q, "speaker_mention_end");
            if ((ms == null) != (me == null)) {
                throw new IllegalArgumentException("quote " + str(q, "id") + ": speaker_mention_start and _end "
                        + "must both be null or both be set");
            }
            Attribution a = new Attribution(str(q, "speaker"), str(q, "speaker_local_id"),
                    str(q, "speaker_entity_id"), str(q, "speaker_mention"), ms == null ? null : new Span(ms, me),
                    str(q, "cue"), str(q, "method"), number(q, "confidence"));
            // written before statements existed: no link (the fields are optional on reading)
            String statementId = q.path("statement_id").isTextual() ? q.get("statement_id").asText() : null;
            StatementLink st = statementId == null ? null : new StatementLink(statementId,
                    Wording.fromLabel(str(q, "wording")), list(q, "wording_differences", JsonNode::asText));
            return new Quote(str(q, "id"), QuoteKind.fromLabel(str(q, "kind")), integer(q, "start"),
                    integer(q, "end"), str(q, "text"), a, ReviewStatus.fromLabel(str(q, "review_status")), st);
        });
        return new AnnotatedDocument(document, tokens, sentences, mentions, entities, quotes, layers);
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null) throw new IllegalArgumentException("missing field '" + name + "'");
        return v;
    }

    /** A string field; JSON null → null. */
    private static String str(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (v.isNull()) return null;
        if (!v.isTextual()) throw new IllegalArgumentException("field '" + name + "' is not a string: " + v);
        return v.textValue();
    }

    private static int integer(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("field '" + name + "' is not an integer: " + v);
        }
        return v.intValue();
    }

    private static Integer nullableInt(JsonNode node, String name) {
        return field(node, name).isNull() ? null : integer(node, name);
    }

    private static double number(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isNumber()) throw new IllegalArgumentException("field '" + name + "' is not a number: " + v);
        return v.doubleValue();
    }

    private static <T> List<T> list(JsonNode node, String name, Function<JsonNode, T> item) {
        JsonNode v = field(node, name);
        if (!v.isArray()) throw new IllegalArgumentException("field '" + name + "' is not an array: " + v);
        List<T> out = new ArrayList<>(v.size());
        for (JsonNode n : v) out.add(item.apply(n));
        return out;
    }

    private static String upper(String s) { return s.toUpperCase(Locale.ROOT); }

    private static org.newsquotes.record.PageMeta pageMeta(JsonNode page) {
        if (page == null || !page.isObject()) return org.newsquotes.record.PageMeta.EMPTY;
        java.util.Map<String, String> sources = new java.util.TreeMap<>();
        page.path("sources").fields().forEachRemaining(e -> sources.put(e.getKey(), e.getValue().asText()));
        List<String> authors = new java.util.ArrayList<>();
        page.path("authors").forEach(a -> authors.add(a.asText()));
        java.util.Map<String, String> extra = new java.util.TreeMap<>();
        page.path("extra").fields().forEachRemaining(e -> extra.put(e.getKey(), e.getValue().asText()));
        return new org.newsquotes.record.PageMeta(page.path("outlet").isTextual() ? page.get("outlet").asText() : null,
                authors, page.path("language").isTextual() ? page.get("language").asText() : null,
                page.path("canonical_url").isTextual() ? page.get("canonical_url").asText() : null, sources, extra);
    }
}
