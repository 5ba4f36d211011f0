package org.newsquotes.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.AnnotatedDocument;

/**
 * A structural check of {@code datapackage.json} against the Frictionless v1 specs (Data Package, Tabular Data
 * Package, Tabular Data Resource, Table Schema, CSV Dialect), written out because the {@code frictionless} tool is not
 * installable here. Every rule checked is a MUST of those specs, or our own promise (dialect, fields = headers).
 */
class DataPackageTest {
    private static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "object", "array",
            "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any");
    private static final Set<String> CONSTRAINTS = Set.of("required", "unique", "minLength", "maxLength", "minimum",
            "maximum", "pattern", "enum");
    private static final String NAME = "^[-a-z0-9._/]+$";

    @TempDir Path dir;

    private static JsonNode descriptor() throws IOException {
        return new ObjectMapper().readTree(DataPackage.json());
    }

    @Test void isAValidTabularDataPackage() throws IOException {
        JsonNode p = descriptor();
        assertThat(p.path("profile").asText()).isEqualTo("tabular-data-package");
        assertThat(p.path("name").asText()).matches(NAME);
        assertThat(p.path("resources").isArray()).isTrue();
        assertThat(p.path("resources").size()).isPositive();
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode r : p.path("resources")) {
            String name = r.path("name").asText();
            assertThat(name).matches(NAME);
            assertThat(byName.put(name, r)).as("unique resource name %s", name).isNull();
            assertThat(r.path("profile").asText()).isEqualTo("tabular-data-resource");
            String path = r.path("path").asText();
            assertThat(path).doesNotStartWith("/").doesNotContain("..").doesNotContain("\\").isNotEmpty();
            assertThat(r.path("format").asText()).isEqualTo("csv");
            assertThat(r.path("encoding").asText()).isEqualTo("utf-8");
            JsonNode dialect = r.path("dialect");
            assertThat(dialect.path("delimiter").asText()).isEqualTo(",");
            assertThat(dialect.path("lineTerminator").asText()).isEqualTo("\n");
            assertThat(dialect.path("quoteChar").asText()).isEqualTo("\"");
            assertThat(dialect.path("doubleQuote").asBoolean(false)).isTrue();
            assertThat(dialect.path("header").asBoolean(false)).isTrue();
            JsonNode schema = r.path("schema");
            assertThat(schema.path("fields").isArray()).isTrue();
            Set<String> fieldNames = new HashSet<>();
            for (JsonNode f : schema.path("fields")) {
                assertThat(f.path("name").isTextual()).isTrue();
                assertThat(fieldNames.add(f.path("name").asText())).as("unique field %s", f.path("name")).isTrue();
                assertThat(TYPES).contains(f.path("type").asText());
                assertThat(f.path("description").asText()).isNotBlank();
                List<String> keys = new ArrayList<>();
                f.path("constraints").fieldNames().forEachRemaining(keys::add);
                assertThat(CONSTRAINTS).containsAll(keys);
                JsonNode c = f.path("constraints");
                if (c.has("required")) assertThat(c.get("required").isBoolean()).isTrue();
                if (c.has("enum")) {
                    assertThat(c.get("enum").isArray()).isTrue();
                    c.get("enum").forEach(v -> assertThat(v.isTextual()).isTrue());
                }
                for (String bound : List.of("minimum", "maximum")) {
                    if (c.has(bound)) {
                        assertThat(f.path("type").asText()).isIn("integer", "number");
                        assertThat(c.get(bound).isNumber()).isTrue();
                    }
                }
            }
            assertThat(schema.path("missingValues").isArray()).isTrue();
            for (JsonNode k : schema.path("primaryKey")) assertThat(fieldNames).contains(k.asText());
        }
        for (JsonNode r : p.path("resources")) {
            for (JsonNode fk : r.path("schema").path("foreignKeys")) {
                // one field as a string, several (a composite key) as an array of the same length on both sides
                List<String> from = names(fk.path("fields"));
                JsonNode ref = fk.path("reference");
                List<String> to = names(ref.path("fields"));
                assertThat(from).isNotEmpty().hasSameSizeAs(to);
                assertThat(fields(r)).containsAll(from);
                JsonNode target = byName.get(ref.path("resource").asText());
                assertThat(target).as("referenced resource %s", ref.path("resource")).isNotNull();
                assertThat(fields(target)).containsAll(to);
                assertThat(names(target.path("schema").path("primaryKey"))).isEqualTo(to);
            }
        }
    }

    private static List<String> names(JsonNode stringOrArray) {
        List<String> out = new ArrayList<>();
        if (stringOrArray.isTextual()) out.add(stringOrArray.asText());
        else if (stringOrArray.isArray()) stringOrArray.forEach(n -> {
            assertThat(n.isTextual()).isTrue();
            out.add(n.asText());
        });
        return out;
    }

    private static List<String> fields(JsonNode resource) {
        List<String> names = new ArrayList<>();
        resource.path("schema").path("fields").forEach(f -> names.add(f.path("name").asText()));
        return names;
    }

    @Test void fieldsEqualTheHeadersOfTheWrittenCsvFiles() throws IOException {
        OutputWriter w = new OutputWriter(dir);
        AnnotatedDocument rich = SampleDocuments.rich();
        w.writeTables(List.of(DocumentRow.ok(rich)), List.of(rich), SampleDocuments.entities(), List.of());
        w.writeDataPackage();
        JsonNode p = new ObjectMapper().readTree(dir.resolve(OutputWriter.DATA_PACKAGE).toFile());
        assertThat(p.path("resources").size()).isEqualTo(Tables.all().size());
        for (JsonNode r : p.path("resources")) {
            Path csv = dir.resolve(r.path("path").asText());
            String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0);
            assertThat(List.of(header.split(",", -1))).as(csv.toString()).isEqualTo(fields(r));
        }
    }

    @Test void descriptorMatchesGoldenAndDependsOnlyOnTheSchema() {
        byte[] bytes = DataPackage.json().getBytes(StandardCharsets.UTF_8);
        Golden.assertMatches("datapackage.json", bytes);
        assertThat(DataPackage.json()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        assertThat(DataPackage.json()).doesNotContain("\r").endsWith("}\n");
    }
}
