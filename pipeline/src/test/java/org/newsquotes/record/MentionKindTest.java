package org.newsquotes.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionKindTest {
    @Test
    void fromTagsPronounsNominalsAndNames() {
        assertThat(MentionKind.ofTags(List.of("he"), List.of("PRP"))).isEqualTo(MentionKind.PRONOUN);
        assertThat(MentionKind.ofTags(List.of("His"), List.of("PRP$"))).isEqualTo(MentionKind.PRONOUN);
        assertThat(MentionKind.ofTags(List.of("who"), List.of("WP"))).isEqualTo(MentionKind.PRONOUN);
        // a tagger that calls a headline's capitalised pronoun a proper noun still gives a pronoun
        assertThat(MentionKind.ofTags(List.of("She"), List.of("NNP"))).isEqualTo(MentionKind.PRONOUN);
        assertThat(MentionKind.ofTags(List.of("spokesman"), List.of("NN"))).isEqualTo(MentionKind.NOMINAL);
        assertThat(MentionKind.ofTags(List.of("the", "aid", "workers"), List.of("DT", "NN", "NNS"))).isEqualTo(MentionKind.NOMINAL);
        assertThat(MentionKind.ofTags(List.of("Ines", "Calloway"), List.of("NNP", "NNP"))).isEqualTo(MentionKind.NAME);
        assertThat(MentionKind.ofTags(List.of("President"), List.of("NNP"))).isEqualTo(MentionKind.NAME);
        assertThat(MentionKind.ofTags(List.of("three"), List.of("CD"))).isEqualTo(MentionKind.NAME);
        assertThat(MentionKind.ofTags(List.of("Danish"), List.of("JJ"))).isEqualTo(MentionKind.NAME);
    }

    @Test
    void fromTextAloneWhenNoTagsAreAtHand() {
        assertThat(MentionKind.ofText("him")).isEqualTo(MentionKind.PRONOUN);
        assertThat(MentionKind.ofText("Who")).isEqualTo(MentionKind.PRONOUN);
        assertThat(MentionKind.ofText("the foreign ministry")).isEqualTo(MentionKind.NOMINAL);
        assertThat(MentionKind.ofText("the Foreign Ministry")).isEqualTo(MentionKind.NAME);
        assertThat(MentionKind.ofText("1990s")).isEqualTo(MentionKind.NAME);
    }

    @Test
    void labelsRoundTripAndUnknownLabelsFail() {
        for (MentionKind k : MentionKind.values()) assertThat(MentionKind.fromLabel(k.label())).isEqualTo(k);
        assertThatThrownBy(() -> MentionKind.fromLabel("person")).isInstanceOf(IllegalArgumentException.class);
    }
}
