package org.newsquotes.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code output/README.md} (repository root) must be exactly what {@link OutputReadme} renders from the schema, so
 * the documentation cannot drift from the tables. Regenerate with
 * {@code mvn -q test -Dtest=OutputReadmeTest -Dgolden.update=true} and commit the result.
 */
class OutputReadmeTest {
    private static final Path README = Path.of("..", "output", "README.md");

    @Test void committedReadmeIsTheRenderedOne() throws IOException {
        String rendered = OutputReadme.render();
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(README.getParent());
            Files.writeString(README, rendered, StandardCharsets.UTF_8);
        }
        assertThat(README).as("output/README.md exists (regenerate with -Dgolden.update=true)").exists();
        assertThat(Files.readString(README, StandardCharsets.UTF_8))
                .as("output/README.md is stale: regenerate with mvn -q test -Dtest=OutputReadmeTest "
                        + "-Dgolden.update=true").isEqualTo(rendered);
    }

    @Test void readmeDocumentsEveryColumnOfEveryTable() {
        String md = OutputReadme.render();
        for (Table<?> t : Tables.all()) {
            assertThat(md).contains("## " + t.fileName());
            for (Column c : t.schema().columns()) {
                assertThat(md).as("%s.%s documented", t.name(), c.name())
                        .contains("| `" + c.name() + "` | " + c.type().label() + " |");
            }
        }
        assertThat(md).contains("keep_default_na=False").contains("\"schema_version\": 1");
    }

    @Test void exampleDocumentRoundTrips() throws IOException {
        var doc = OutputReadme.example();
        assertThat(DocumentJson.fromBytes(DocumentJson.toBytes(doc))).isEqualTo(doc);
        var q = doc.quotes().get(0);
        assertThat(doc.text().substring(q.start(), q.end())).isEqualTo(q.text());
    }

    @Test void bothReadmesGiveTheOneTypedPandasRecipe() throws IOException {
        assertThat(OutputReadme.render()).contains(OutputReadme.PANDAS_RECIPE);
        String top = Files.readString(java.nio.file.Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertThat(top).as("the top-level README gives the same recipe").contains(OutputReadme.PANDAS_RECIPE);
        // the recipe reads every type the data package declares
        for (Table<?> t : Tables.all()) {
            for (Column c : t.schema().columns()) {
                assertThat(OutputReadme.PANDAS_RECIPE).contains("\"" + c.type().label() + "\": ");
            }
        }
    }
}
