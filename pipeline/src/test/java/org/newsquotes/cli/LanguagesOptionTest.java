package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code annotate --languages}: codes, {@code all}, and a clear refusal of what is no code. */
class LanguagesOptionTest {
    @Test
    void codesAreListedOrAllMeansNoGate() {
        assertThat(AnnotateCommand.parseLanguages("en")).containsExactly("en");
        assertThat(AnnotateCommand.parseLanguages("EN, fr")).containsExactlyInAnyOrder("en", "fr");
        assertThat(AnnotateCommand.parseLanguages("all")).isEmpty();
    }

    @Test
    void whatIsNoCodeIsRefusedNamingIt() {
        assertThatThrownBy(() -> AnnotateCommand.parseLanguages("en,french")).hasMessageContaining("'french'");
        assertThatThrownBy(() -> AnnotateCommand.parseLanguages(" , ")).hasMessageContaining("at least one");
    }
}
