package org.newsquotes.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.config.ModelFiles;

class GivenNameTitlesTest {
    private static final EntityKnowledge KNOWLEDGE = EntityKnowledge.load(ModelFiles.packaged());

    @Test void thePackagedListTakesSirAndDameInAnyCase() {
        GivenNameTitles titles = GivenNameTitles.load(ModelFiles.packaged(), KNOWLEDGE);
        assertThat(titles.anyIn(List.of("sir"))).isTrue();
        assertThat(titles.anyIn(List.of("Former", "DAME"))).isTrue();
        assertThat(titles.anyIn(List.of("Mr", "Senator"))).isFalse();
        assertThat(GivenNameTitles.NONE.anyIn(List.of("Sir"))).isFalse();
    }

    @Test void aTitleNeverStrippedFromANameIsASetupErrorNamingIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(GivenNameTitles.FILE), "# test\nSir\nSquire\n");
        assertThatThrownBy(() -> GivenNameTitles.load(ModelFiles.at(dir), KNOWLEDGE))
                .hasMessageContaining(GivenNameTitles.FILE).hasMessageContaining("Squire");
        Files.writeString(dir.resolve(GivenNameTitles.FILE), "Sir Dame\n");
        assertThatThrownBy(() -> GivenNameTitles.load(ModelFiles.at(dir), KNOWLEDGE)).hasMessageContaining("one title a line");
    }
}
