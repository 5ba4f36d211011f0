package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.quotes.IndexFixtures.at;
import static org.newsquotes.quotes.IndexFixtures.index;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.Mention;

/** The names around a source phrase read alone, on our own sentences: {@link InvertedSourceName}, {@link RelativeAntecedent}. */
class InvertedSourceNameTest {
    @Nested class AfterAnInvertedSource {
        @Test void aNameInAppositionSaysWhoTheDescriptionIs() {
            DocumentIndex ix = index("“We are ready,” said a spokesman, [John Smith|PERSON].");
            Evidence e = InvertedSourceName.inApposition(ix, at(ix, "spokesman") + 1);
            assertThat(e.text()).isEqualTo("John Smith");
            // after a title, and with where the person is from
            DocumentIndex from = index("“We are ready,” said the lead author, Dr. [Ann Hale|PERSON] of Leeds University.");
            assertThat(InvertedSourceName.inApposition(from, at(from, "author") + 1).text()).isEqualTo("Ann Hale");
            // a name that goes on into a clause of its own is no apposition
            DocumentIndex clause = index("“We are ready,” said a spokesman, [John Smith|PERSON] agreed later.");
            assertThat(InvertedSourceName.inApposition(clause, at(clause, "spokesman") + 1)).isNull();
        }

        @Test void aNameGivenInARelativeClause() {
            DocumentIndex ix = index("“Trade is slow,” said one shopkeeper, who gave only her first name, [Maria|PERSON].");
            assertThat(InvertedSourceName.givenAfter(ix, at(ix, "shopkeeper") + 1).text()).isEqualTo("Maria");
            // a relative clause that gives no name says nothing of one
            DocumentIndex other = index("“Trade is slow,” said one shopkeeper, who sells bread to [Maria|PERSON].");
            assertThat(InvertedSourceName.givenAfter(other, at(other, "shopkeeper") + 1)).isNull();
        }
    }

    @Nested class RelativePronouns {
        private final RelativeAntecedent antecedents = new RelativeAntecedent(QuoteLexicon.load(ModelFiles.packaged()));

        @Test void whoTakesThePersonPastAnAgeAndAHomeTown() {
            DocumentIndex ix = index("[Ann Roe|PERSON], 34, of [Leeds|CITY], who said the mill would close, was angry.");
            Mention m = antecedents.of(ix, at(ix, "who"), 0);
            assertThat(m.text()).isEqualTo("Ann Roe");
        }

        @Test void whichTakesABodyAndWhoNoBody() {
            DocumentIndex ix = index("The report came from the [Harbour Trust|ORGANIZATION], which said the pier was unsafe.");
            assertThat(antecedents.of(ix, at(ix, "which"), 0).text()).isEqualTo("Harbour Trust");
            DocumentIndex who = index("The report came from the [Harbour Trust|ORGANIZATION], who said the pier was unsafe.");
            assertThat(antecedents.of(who, at(who, "who"), 0)).isNull();
        }
    }
}
