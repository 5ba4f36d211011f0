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
    private static final QuoteLexicon LEXICON = QuoteLexicon.load(ModelFiles.packaged());

    @Nested class AfterAnInvertedSource {
        @Test void aNameInAppositionSaysWhoTheDescriptionIs() {
            DocumentIndex ix = index("“We are ready,” said a spokesman, [John Smith|PERSON].");
            Evidence e = InvertedSourceName.inApposition(ix, LEXICON, at(ix, "spokesman") + 1);
            assertThat(e.text()).isEqualTo("John Smith");
            // after a title, and with where the person is from
            DocumentIndex from = index("“We are ready,” said the lead author, Dr. [Ann Hale|PERSON] of Leeds University.");
            assertThat(InvertedSourceName.inApposition(from, LEXICON, at(from, "author") + 1).text()).isEqualTo("Ann Hale");
            // a title as British papers write it, without its period (person-titles.txt)
            DocumentIndex british = index("“It works,” said the trial's chief investigator, Dr [Ann Hale|PERSON].");
            assertThat(InvertedSourceName.inApposition(british, LEXICON, at(british, "investigator") + 1).text()).isEqualTo("Ann Hale");
            // a capitalised word that is no title keeps the name from being an apposition of the source
            DocumentIndex other = index("“It works,” said the trial's chief investigator, Leeds [Ann Hale|PERSON].");
            assertThat(InvertedSourceName.inApposition(other, LEXICON, at(other, "investigator") + 1)).isNull();
            // a name that goes on into a clause of its own is no apposition
            DocumentIndex clause = index("“We are ready,” said a spokesman, [John Smith|PERSON] agreed later.");
            assertThat(InvertedSourceName.inApposition(clause, LEXICON, at(clause, "spokesman") + 1)).isNull();
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
