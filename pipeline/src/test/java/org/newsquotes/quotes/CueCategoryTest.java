package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.config.ModelFiles;

class CueCategoryTest {
    @Test
    void everyCategoryOfThePackagedFileIsKnownAndUsed() {
        QuoteLexicon lexicon = QuoteLexicon.load(ModelFiles.packaged());
        for (CueCategory c : CueCategory.values()) assertThat(lexicon.cues(c)).as(c.label()).isNotEmpty();
        assertThat(lexicon.isCue(CueCategory.SPEAKER_TYPE, "PERSON")).isTrue();
        assertThat(lexicon.isCue(CueCategory.OUTLET, "PERSON")).isFalse();
    }

    @Test
    void aLabelParsesToItsCategory() {
        assertThat(CueCategory.parse("noun-cue")).isEqualTo(CueCategory.NOUN_CUE);
        assertThat(CueCategory.parse("Title-Cue")).isEqualTo(CueCategory.TITLE_CUE);
    }

    @Test
    void anUnknownCategoryInTheFileIsASetupErrorNamingFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("quote-cues.txt"), "outlet newspaper\nspeaker-kind PERSON\n");
        assertThatThrownBy(() -> QuoteLexicon.load(ModelFiles.at(dir)))
                .hasMessageContaining("quote-cues.txt").hasMessageContaining("speaker-kind PERSON")
                .hasMessageContaining("unknown cue category 'speaker-kind'");
    }

    @Test
    void anAccordingToCueTooLongToBeMatchedIsASetupError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("quote-cues.txt"), "according-to in the words of\naccording-to as it was put by\n");
        assertThatThrownBy(() -> QuoteLexicon.load(ModelFiles.at(dir)))
                .hasMessageContaining("quote-cues.txt").hasMessageContaining("as it was put by")
                .hasMessageContaining("at most 4 words");
    }

    @Test
    void anUnknownVerbFlagIsASetupErrorNamingFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("speech-verbs.txt"), "say | says said | bare wh\nrefer | refers referred | np towards\n");
        assertThatThrownBy(() -> QuoteLexicon.load(ModelFiles.at(dir)))
                .hasMessageContaining("speech-verbs.txt").hasMessageContaining("unknown flag 'towards'")
                .hasMessageContaining("refer | refers referred");
    }
}
