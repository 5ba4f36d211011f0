package org.newsquotes.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Mention;
import org.newsquotes.testing.MarkedText;

class TitledNamesTest {
    private static final TitledNames STAGE = new TitledNames(EntityKnowledge.load(ModelFiles.packaged()));

    private static List<String> recovered(String marked) {
        AnnotatedDocument d = STAGE.process(MarkedText.parse(marked));
        return d.mentions().stream().filter(m -> m.id().startsWith(TitledNames.PREFIX))
                .map(m -> m.text() + "|" + m.ner() + "|" + m.id()).toList();
    }

    @Test
    void anUntaggedNameAfterATitleIsAPersonWhenTheTaggerNamedItsSurname() {
        assertThat(recovered("Co-author [Prof|TITLE] Idris Vane, of the institute, agreed.\n[Vane|PERSON] said more work was needed."))
                .containsExactly("Idris Vane|PERSON|t1");
        // the mentions stay in reading order, the tagger's ids unchanged
        AnnotatedDocument d = STAGE.process(MarkedText.parse(
                "Co-author [Prof|TITLE] Idris Vane agreed with most of the findings.\n[Vane|PERSON] said more work was needed."));
        assertThat(d.mentions()).extracting(Mention::id).containsExactly("m1", "t1", "m2");
    }

    @Test
    void aNameTheTaggerNeverVouchedForIsLeftAlone() {
        assertThat(recovered("Co-author [Prof|TITLE] Idris Vane agreed.\nThe study was long.")).isEmpty();
    }

    @Test
    void wordsThatAreNoPersonsNameAreLeftAlone() {
        String vane = "\n[Vane|PERSON] said more work was needed.";
        // a determiner or "of" before the title: a body's name
        assertThat(recovered("He cited a finding of the [Cook|TITLE] Vane on hospital costs last week." + vane)).isEmpty();
        // "of" after the words
        assertThat(recovered("Big pension funds such as [Teacher|TITLE] Fund Vane of Ohio lost money last year." + vane)).isEmpty();
        // a headline in title case
        assertThat(recovered("Voters Turn On [Senator|TITLE] Vane." + vane)).isEmpty();
        // a word the tagger typed, or a run longer than a name
        assertThat(recovered("Then [Prof|TITLE] [Vane|PERSON] spoke." + vane)).isEmpty();
        assertThat(recovered("Then [Prof|TITLE] Ada Bel Cor Vane spoke." + vane)).isEmpty();
        // a nickname in quotes follows: the name goes on past it
        assertThat(recovered("Then the old [Marine|TITLE] Vane “Tig” Idris spoke to us." + vane)).isEmpty();
    }

    @Test
    void aTitleTheTaggerTypedAPlaceStillOpensTheName() {
        // "Miss" read as Mississippi's abbreviation: the surname after it is the person, the place mention goes
        AnnotatedDocument d = STAGE.process(MarkedText.parse(
                "[Emma Vane|PERSON] was hurt.\n[Miss|STATE_OR_PROVINCE] Vane, who broke a leg, spoke in court."));
        assertThat(d.mentions()).extracting(m -> m.text() + "|" + m.ner()).containsExactly("Emma Vane|PERSON", "Vane|PERSON");
        // a place the word names alone, or with no name the tagger vouched for after it, stays a place
        assertThat(STAGE.process(MarkedText.parse("She moved to [Miss|STATE_OR_PROVINCE] in May.")).mentions())
                .extracting(Mention::ner).containsExactly("STATE_OR_PROVINCE");
        assertThat(STAGE.process(MarkedText.parse("[Miss|STATE_OR_PROVINCE] Vane spoke in court.")).mentions())
                .extracting(Mention::ner).containsExactly("STATE_OR_PROVINCE");
    }
}
