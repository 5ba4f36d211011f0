package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.quotes.IndexFixtures.at;
import static org.newsquotes.quotes.IndexFixtures.index;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.Span;
import org.newsquotes.testing.MarkedText;

/**
 * The clause reading the report patterns share, each function alone on our own phrases: {@link ClauseShape} (what
 * sits between a verb and its clause) and {@link ReportedClause} (where the reported clause ends). The patterns that
 * use them are in {@link IndirectReportPatternsTest}.
 */
class ClauseShapeTest {
    private static String text(DocumentIndex ix, int from, int to) {
        return from >= to ? "" : ix.text().substring(ix.token(from).start(), ix.token(to - 1).end());
    }

    @Nested class ClauseShapeFunctions {
        @Test void aTimeExpressionAfterTheVerbIsSkipped() {
            DocumentIndex ix = index("The mayor said on [Friday|DATE] the bridge would close.");
            int t = ClauseShape.afterTemporal(ix, at(ix, "said") + 1, ix.tokenCount());
            assertThat(ix.word(t)).isEqualTo("the");
        }

        @Test void aTimeExpressionRightBeforeAFiniteVerbIsTheSubject() {
            DocumentIndex ix = index("The mayor said [Monday|DATE] is the deadline.");
            int from = at(ix, "said") + 1;
            assertThat(ClauseShape.afterTemporal(ix, from, ix.tokenCount())).isEqualTo(from);
        }

        @Test void theAddresseeAfterToldEndsBeforeTheClause() {
            DocumentIndex ix = index("She told reporters the bridge would close.");
            Span obj = ClauseShape.objectPhrase(ix, at(ix, "reporters"), ix.tokenCount());
            assertThat(text(ix, obj.start(), obj.end())).isEqualTo("reporters");
            DocumentIndex titled = index("He told [host|TITLE] [Ann Roe|PERSON] the vote was close.");
            Span named = ClauseShape.objectPhrase(titled, at(titled, "host"), titled.tokenCount());
            assertThat(text(titled, named.start(), named.end())).isEqualTo("host Ann Roe");
        }

        @Test void anAddresseeThenAnInfinitive() {
            DocumentIndex ix = index("The union urged members on [Monday|DATE] to wait.");
            int to = ClauseShape.objectThenInfinitive(ix, at(ix, "urged") + 1, ix.tokenCount());
            assertThat(to).isEqualTo(at(ix, "to"));
            DocumentIndex bare = index("The union urged members.");
            assertThat(ClauseShape.objectThenInfinitive(bare, at(bare, "urged") + 1, bare.tokenCount())).isEqualTo(-1);
        }

        @Test void aBareClauseOpenedByAQuantity() {
            DocumentIndex ix = index("Police said at least 12 people were hurt.");
            assertThat(ClauseShape.opensBareClause(ix, at(ix, "at"), ix.tokenCount())).isTrue();
            DocumentIndex topic = index("Police said at the scene nothing.");
            assertThat(ClauseShape.opensBareClause(topic, at(topic, "at"), topic.tokenCount())).isFalse();
        }

        @Test void aCueOpensItsClauseAfterConjunctionsOrAColon() {
            DocumentIndex ix = index("But, according to the survey, prices rose.");
            assertThat(ClauseShape.opensClause(ix, ix.sentenceOf(0), at(ix, "according"))).isTrue();
            DocumentIndex mid = index("Prices, according to the survey, rose.");
            assertThat(ClauseShape.opensClause(mid, mid.sentenceOf(0), at(mid, "according"))).isFalse();
        }

        @Test void aBracketAroundAnAffiliationDoesNotEndTheClause() {
            DocumentIndex ix = index("Sen. Ann Roe (D-Ohio) remains committed.");
            assertThat(ClauseShape.hasFiniteVerb(ix, 0, ix.tokenCount())).isTrue();
            DocumentIndex stop = index("The plan; it remains.");
            assertThat(ClauseShape.hasFiniteVerb(stop, 0, stop.tokenCount())).isFalse();
        }
    }

    @Nested class ReportedClauseEnds {
        private final QuoteLexicon lexicon = QuoteLexicon.load(ModelFiles.packaged());
        private final ReportedClause clause = new ReportedClause(lexicon, new SourcePhraseFinder(lexicon));

        private String content(String marked, String startWord) {
            DocumentIndex ix = index(marked);
            Span s = clause.contentSpan(ix, at(ix, startWord), ix.tokenCount(), List.of());
            return s == null ? null : ix.text().substring(s.start(), s.end());
        }

        @Test void theSentenceFinalPeriodIsNotContent() {
            assertThat(content("He said the ferry would run late.", "the")).isEqualTo("the ferry would run late");
        }

        @Test void aParticipleOfSpeechAfterACommaStartsAReportOfItsOwn() {
            assertThat(content("She said the port was busy, adding that wages would rise.", "the"))
                    .isEqualTo("the port was busy");
        }

        @Test void aSecondReportJoinedByAndIsCutOff() {
            assertThat(content("He called the cuts unfair and said he would resign.", "the"))
                    .isEqualTo("the cuts unfair");
        }

        @Test void aSecondReportWithASubjectOfItsOwnIsCutOff() {
            assertThat(content("The poll found most voters trusted the mayor and a third said the council had failed.", "most"))
                    .isEqualTo("most voters trusted the mayor");
            assertThat(content("He said the port would close while unions warned of strikes.", "the"))
                    .isEqualTo("the port would close");
            // the same source again, after "has"
            DocumentIndex ix = new DocumentIndex(MarkedText.withPos(MarkedText.parseWithEntities(
                    "She said the deal was fair and has said she would sign it."), "said", "VBN"));
            Span s = clause.contentSpan(ix, at(ix, "the"), ix.tokenCount(), List.of());
            assertThat(ix.text().substring(s.start(), s.end())).isEqualTo("the deal was fair");
        }

        @Test void aConjunctionInsideTheSubjectOrBetweenTwoClausesCutsNothing() {
            // no verb before "and": the two names are the clause's subject
            assertThat(content("He said Roe and Lee told police the car was gone.", "Roe"))
                    .isEqualTo("Roe and Lee told police the car was gone");
            // no speech verb after "and": one reported clause of two parts
            assertThat(content("He said prices rose and costs fell sharply.", "prices"))
                    .isEqualTo("prices rose and costs fell sharply");
        }

        @Test void tooShortAClauseIsNoContent() {
            assertThat(content("He said so.", "so")).isNull();
        }
    }
}
