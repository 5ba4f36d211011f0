package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.testing.MarkedText;

/** Phrasal speech verbs of {@code speech-verbs.txt} ("shoot back"): a cue only with their particle right after them. */
class PhrasalVerbTest {
    private static final QuoteLexicon LEXICON = QuoteLexicon.load(ModelFiles.packaged());

    private static int tokenOf(AnnotatedDocument d, String word) {
        return d.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
    }

    @Test
    void aPhrasalVerbIsACueOnlyWithItsParticle() {
        AnnotatedDocument back = MarkedText.withPos(MarkedText.parseWithEntities("[Walt Hale|PERSON] shot back that the figures were wrong."), "shot", "VBD");
        DocumentIndex ix = new DocumentIndex(back);
        QuoteLexicon.SpeechVerb v = LEXICON.verbAt(ix, tokenOf(back, "shot"));
        assertThat(v).isNotNull();
        assertThat(v.particle()).isEqualTo("back");
        assertThat(LEXICON.isSpeechVerbAt(ix, tokenOf(back, "shot"))).isTrue();
        // without the particle, and without a position, "shot" is no speech verb
        AnnotatedDocument deer = MarkedText.withPos(MarkedText.parseWithEntities("[Walt Hale|PERSON] shot the deer at dawn."), "shot", "VBD");
        DocumentIndex dix = new DocumentIndex(deer);
        assertThat(LEXICON.verbAt(dix, tokenOf(deer, "shot"))).isNull();
        assertThat(LEXICON.verbOfEitherScopeAt(dix, tokenOf(deer, "shot"))).isNull();
        assertThat(LEXICON.isSpeechVerb("shot")).isFalse();
        assertThat(LEXICON.verb("shot", "shoot")).isNull();
    }

    @Test
    void aLemmaOfThreeWordsOrAParcOnlyPhrasalVerbIsASetupError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("speech-verbs.txt"), "say | says said | bare wh\nshoot right back | shot | weak\n");
        assertThatThrownBy(() -> QuoteLexicon.load(ModelFiles.at(dir)))
                .hasMessageContaining("speech-verbs.txt").hasMessageContaining("shoot right back");
        Files.writeString(dir.resolve("speech-verbs.txt"), "say | says said | bare wh\nhit back | hit | np parc\n");
        assertThatThrownBy(() -> QuoteLexicon.load(ModelFiles.at(dir)))
                .hasMessageContaining("speech-verbs.txt").hasMessageContaining("phrasal").hasMessageContaining("hit back");
    }
}
