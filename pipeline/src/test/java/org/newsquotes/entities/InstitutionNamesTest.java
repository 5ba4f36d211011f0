package org.newsquotes.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Mention;
import org.newsquotes.testing.MarkedText;

class InstitutionNamesTest {
    private static final InstitutionNames STAGE = new InstitutionNames(List.of("Marsh House", "Kellsgate"));

    private static List<String> mentions(String marked) {
        AnnotatedDocument d = STAGE.process(MarkedText.parse(marked));
        return d.mentions().stream().map(m -> m.text() + "|" + m.ner() + "|" + m.id()).toList();
    }

    @Test
    void aListedNameBecomesAnOrganisationInPlaceOfTheTaggersMentions() {
        // untagged
        assertThat(mentions("Marsh House said the minister had its confidence.")).containsExactly("Marsh House|ORGANIZATION|i1");
        // tagged as a place, over one word or split over two: one organisation instead
        assertThat(mentions("The [Kellsgate|LOCATION] said on [Monday|DATE] that the envoy had left."))
                .containsExactly("Kellsgate|ORGANIZATION|i1", "Monday|DATE|m2");
        assertThat(mentions("[Marsh|CITY] [House|LOCATION] said the minister had its confidence."))
                .containsExactly("Marsh House|ORGANIZATION|i1");
        // every occurrence, in reading order among the other mentions
        AnnotatedDocument d = STAGE.process(MarkedText.parse("[Ida Lee|PERSON] met Kellsgate officials. Kellsgate said no."));
        assertThat(d.mentions()).extracting(Mention::id).containsExactly("m1", "i1", "i2");
    }

    @Test
    void notAsAWordOfAnotherNameOrWrittenOtherwise() {
        assertThat(mentions("They toured Kellsgate City on [Monday|DATE].")).containsExactly("Monday|DATE|m1");
        assertThat(mentions("The Marsh House Trust said no.")).isEmpty();
        assertThat(mentions("Old Kellsgate said no.")).isEmpty();
        // case matters: a common phrase is no institution
        assertThat(mentions("The marsh house was flooded.")).isEmpty();
    }

    @Test
    void aLineMayGiveTheType() {
        InstitutionNames stage = new InstitutionNames(List.of("Kellsgate | COUNTRY"));
        assertThat(stage.process(MarkedText.parse("The [Kellsgate|LOCATION] said no.")).mentions())
                .extracting(Mention::ner).containsExactly("COUNTRY");
        // a type that is no speaker's, or a malformed line, is a setup error naming the file and the line
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InstitutionNames(List.of("Kellsgate | CITYY")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(InstitutionNames.FILE).hasMessageContaining("Kellsgate | CITYY");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InstitutionNames(List.of(" | COUNTRY")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCuratedListLoadsFromTheModels() {
        InstitutionNames packaged = InstitutionNames.load(ModelFiles.packaged());
        AnnotatedDocument d = packaged.process(MarkedText.parse("Downing Street said the minister had its confidence."));
        assertThat(d.mentions()).extracting(Mention::text, Mention::ner).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Downing Street", "ORGANIZATION"));
        // the seat of a presidency that wire copy names for it, which CoreNLP may type a place
        AnnotatedDocument kremlin = packaged.process(MarkedText.parse("The Kremlin on Monday dismissed the reports."));
        assertThat(kremlin.mentions()).extracting(Mention::text, Mention::ner).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kremlin", "ORGANIZATION"));
    }
}
