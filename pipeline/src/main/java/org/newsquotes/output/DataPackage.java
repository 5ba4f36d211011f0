package org.newsquotes.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Frictionless Data Package descriptor ({@code datapackage.json}, profile {@code tabular-data-package}, spec v1)
 * of the output tables, derived from {@link Tables}: one {@code tabular-data-resource} per CSV with its dialect and
 * Table Schema (fields with type, description and constraints; primaryKey; foreignKeys). Empty cells are declared
 * missing values ({@code "missingValues": [""]}), which is how the tables write null; foreign keys therefore allow an
 * empty cell (not yet resolved). The descriptor depends only on the schema, never on the run, so it is byte-for-byte
 * the same for every run of a version, except for the {@code meta_*} columns a corpus metadata file adds to
 * documents.csv.
 */
public final class DataPackage {
    /** The package name. */
    public static final String NAME = "newsquotes-output";

    private DataPackage() {}

    /** Writes the descriptor as UTF-8 JSON ending with a newline. Does not close {@code out}. */
    public static void write(OutputStream out) throws IOException {
        write(out, Tables.all());
    }

    /**
     * Writes the descriptor of {@code tables} (a run's own documents table has its corpus metadata file's
     * {@code meta_*} columns); does not close {@code out}.
     */
    public static void write(OutputStream out, List<Table<?>> tables) throws IOException {
        JsonFactory factory = new JsonFactory();
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            pp.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            g.setPrettyPrinter(pp);
            writeDescriptor(g, tables);
            g.writeRaw('\n');
        }
    }

    /** The descriptor as a string. */
    public static String json() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void writeDescriptor(JsonGenerator g, List<Table<?>> tables) throws IOException {
        g.writeStartObject();
        g.writeStringField("profile", "tabular-data-package");
        g.writeStringField("name", NAME);
        g.writeStringField("title", "newsquotes: quotes, speakers and named entities of a news corpus");
        g.writeStringField("description", "Tables written by the newsquotes annotate command. Offsets are UTF-16 "
                + "code unit (Java char) offsets into the document text of json/<doc_id>.json; see README.md.");
        g.writeArrayFieldStart("resources");
        for (Table<?> t : tables) writeResource(t.schema(), g);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeResource(TableSchema s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("profile", "tabular-data-resource");
        g.writeStringField("name", s.name());
        g.writeStringField("path", s.fileName());
        g.writeStringField("description", s.description());
        g.writeStringField("format", "csv");
        g.writeStringField("mediatype", "text/csv");
        g.writeStringField("encoding", "utf-8");
        g.writeObjectFieldStart("dialect");
        g.writeStringField("delimiter", ",");
        g.writeStringField("lineTerminator", "\n");
        g.writeStringField("quoteChar", "\"");
        g.writeBooleanField("doubleQuote", true);
        g.writeBooleanField("header", true);
        g.writeEndObject();

        g.writeObjectFieldStart("schema");
        g.writeArrayFieldStart("fields");
        for (Column c : s.columns()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("type", c.type().label());
            g.writeStringField("description", c.description());
            if (c.hasConstraints()) {
                g.writeObjectFieldStart("constraints");
                if (c.required()) g.writeBooleanField("required", true);
                if (!c.allowedValues().isEmpty()) {
                    g.writeArrayFieldStart("enum");
                    for (String v : c.allowedValues()) g.writeString(v);
                    g.writeEndArray();
                }
                if (c.minimum() != null) g.writeNumberField("minimum", c.minimum());
                if (c.maximum() != null) g.writeNumberField("maximum", c.maximum());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missingValues");
        g.writeString("");
        g.writeEndArray();
        if (!s.primaryKey().isEmpty()) {
            g.writeArrayFieldStart("primaryKey");
            for (String k : s.primaryKey()) g.writeString(k);
            g.writeEndArray();
        }
        if (!s.foreignKeys().isEmpty()) {
            g.writeArrayFieldStart("foreignKeys");
            for (ForeignKey fk : s.foreignKeys()) {
                g.writeStartObject();
                writeFields(g, fk.columns());
                g.writeObjectFieldStart("reference");
                g.writeStringField("resource", fk.referencedTable());
                writeFields(g, fk.referencedColumns());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Frictionless writes one field as a string and several as an array. */
    private static void writeFields(com.fasterxml.jackson.core.JsonGenerator g, java.util.List<String> fields) throws java.io.IOException {
        if (fields.size() == 1) {
            g.writeStringField("fields", fields.get(0));
            return;
        }
        g.writeArrayFieldStart("fields");
        for (String f : fields) g.writeString(f);
        g.writeEndArray();
    }
}
