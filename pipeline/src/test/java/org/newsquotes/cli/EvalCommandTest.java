package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.quotes.IndirectScope;

class EvalCommandTest {
    @TempDir Path tmp;

    @Test
    void readsTheIndirectScopeARunRecorded() throws Exception {
        assertThat(EvalCommand.indirectScope(tmp)).as("no run.json").isNull();
        Files.writeString(tmp.resolve("run.json"), "{\"config\": {\"attribution\": \"ours\", \"indirect_scope\": \"parc\"}}");
        assertThat(EvalCommand.indirectScope(tmp)).isEqualTo("parc");
        Files.writeString(tmp.resolve("run.json"), "{\"config\": {\"attribution\": \"ours\"}}");
        assertThat(EvalCommand.indirectScope(tmp)).as("a run from before the option").isNull();
    }

    @Test
    void theScopeOptionAcceptsItsTwoValuesOnly() {
        assertThat(IndirectScope.parse(" PARC ")).isEqualTo(IndirectScope.PARC);
        assertThat(IndirectScope.parse("speech")).isEqualTo(IndirectScope.SPEECH);
        assertThatThrownBy(() -> IndirectScope.parse("broad")).hasMessageContaining("'speech' or 'parc'").hasMessageContaining("broad");
    }
}
