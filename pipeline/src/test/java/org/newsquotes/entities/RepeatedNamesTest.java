package org.newsquotes.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Mention;
import org.newsquotes.testing.MarkedText;

class RepeatedNamesTest {
    private static final RepeatedNames STAGE = new RepeatedNames();
    private static final String NAMED = "Minister [Elena Marsh|PERSON] spoke to the chamber on Monday.\n";

    private static List<String> recovered(String marked) {
        return recovered(MarkedText.parse(marked));
    }

    private static List<String> recovered(AnnotatedDocument before) {
        AnnotatedDocument d = STAGE.process(before);
        return d.mentions().stream().filter(m -> m.id().startsWith(RepeatedNames.PREFIX))
                .map(m -> m.text() + "|" + m.ner() + "|" + m.id()).toList();
    }

    @Test
    void aSurnameTheTaggerMissedIsTaggedAsItWasElsewhere() {
        assertThat(recovered(NAMED + "Marsh did not rule that out on the day.")).containsExactly("Marsh|PERSON|r1");
        // in reading order among the tagger's mentions, whose ids stay
        AnnotatedDocument d = STAGE.process(MarkedText.parse(NAMED + "Marsh did not rule that out with [Ida Lee|PERSON]."));
        assertThat(d.mentions()).extracting(Mention::id).containsExactly("m1", "r1", "m2");
    }

    @Test
    void notWhenTheWordIsPartOfSomethingElse() {
        // another name, a modifier, a determiner's noun, a hyphenated compound
        assertThat(recovered(NAMED + "Then Ann Marsh spoke to the chamber for us.")).isEmpty();
        assertThat(recovered(NAMED + "Then Marsh staff spoke to the chamber.")).isEmpty();
        assertThat(recovered(NAMED + "Then the Marsh was flooded by the rain.")).isEmpty();
        assertThat(recovered(NAMED + "Then a Marsh-backed plan was voted down.")).isEmpty();
        // a headline in title case
        AnnotatedDocument headline = MarkedText.withPos(MarkedText.parse(NAMED + "Why Marsh Is Out Of Luck Again"), "Why", "WRB");
        assertThat(recovered(MarkedText.withPos(headline, "Is", "VBZ"))).isEmpty();
    }

    @Test
    void notWhenTheWordAlsoNamesSomethingElse() {
        // "Marsh" is also a word of a place's name here: either may be meant
        assertThat(recovered(NAMED + "Floods hit [Marsh Valley|LOCATION] again.\nMarsh did not rule that out on the day.")).isEmpty();
        // a word the tagger never gave a person is nobody's surname
        assertThat(recovered("The chamber met on Monday.\nMarsh did not rule that out on the day.")).isEmpty();
    }
}
