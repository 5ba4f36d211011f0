package org.newsquotes.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.testing.MarkedText;

class MastheadNamesTest {
    private static final PersonGender GIVEN = new PersonGender(Map.of("jim", PersonGender.Gender.MALE, "ann", PersonGender.Gender.FEMALE));
    private static final MastheadNames STAGE = new MastheadNames(List.of("Courier", "Echo", "Post"), GIVEN);

    private static List<String> mentions(String marked) {
        AnnotatedDocument d = STAGE.process(MarkedText.parse(marked));
        return d.mentions().stream().map(m -> m.text() + "|" + m.ner() + "|" + m.id()).toList();
    }

    @Test
    void aLocalPaperTheTaggerTookForAPersonBecomesAnOrganisation() {
        // the tagger's mention keeps its id, with the organisation's type
        assertThat(mentions("In an interview with the [Tralston Courier|PERSON], [she|PERSON] said no."))
                .containsExactly("Tralston Courier|ORGANIZATION|m1", "she|PERSON|m2");
        // without "the" too, when the first word is no given name
        assertThat(mentions("She told [Tralston Courier|PERSON] readers nothing.")).containsExactly("Tralston Courier|ORGANIZATION|m1");
        // a place the tagger found inside the name, or nothing at all: one new organisation mention over the name
        assertThat(mentions("The [Ashford|CITY] Echo reported that the vote was lost."))
                .containsExactly("Ashford Echo|ORGANIZATION|n1");
        assertThat(mentions("Readers of the Lower Marsh Post wrote in.")).containsExactly("Lower Marsh Post|ORGANIZATION|n1");
    }

    @Test
    void aPersonWhoseSurnameIsAMastheadWordStaysAPerson() {
        assertThat(mentions("[Jim Courier|PERSON] chairs the association.")).containsExactly("Jim Courier|PERSON|m1");
        // but "the" before a given name marks a paper ("the Jim Post" is no way to write a person)
        assertThat(mentions("He wrote to the [Ann Post|PERSON] about it.")).containsExactly("Ann Post|ORGANIZATION|m1");
    }

    @Test
    void notAWordOfAnotherNameNorAnOrganisationTheTaggerFound() {
        // a proper noun after the word: it does not end this name
        assertThat(mentions("They met at the Tralston Post Office.")).isEmpty();
        // one word alone is no masthead name
        assertThat(mentions("The Echo said so.")).isEmpty();
        // the tagger's organisation, or a mention reaching past the name, is left as it is
        assertThat(mentions("The [Tralston Courier Group|ORGANIZATION] said no.")).containsExactly("Tralston Courier Group|ORGANIZATION|m1");
        assertThat(mentions("[Tralston Courier|ORGANIZATION] said no.")).containsExactly("Tralston Courier|ORGANIZATION|m1");
        // a headline in title case: its capitals say nothing
        assertThat(mentions("Minister Hits Back At Tralston Courier")).isEmpty();
        // case matters
        assertThat(mentions("He sent the parcel by courier post.")).isEmpty();
    }

    @Test
    void theCuratedWordsLoadFromTheModels() {
        MastheadNames packaged = MastheadNames.load(ModelFiles.packaged(), GIVEN);
        AnnotatedDocument d = packaged.process(MarkedText.parse("Writing in the [Dunmore Gazette|PERSON], she said no."));
        assertThat(d.mentions()).extracting(m -> m.text() + "|" + m.ner()).containsExactly("Dunmore Gazette|ORGANIZATION");
    }
}
