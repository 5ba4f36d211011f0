package org.newsquotes.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.statements.StatementFixtures.dated;
import static org.newsquotes.statements.StatementFixtures.framed;
import static org.newsquotes.statements.StatementFixtures.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Statement;
import org.newsquotes.record.StatementLink;
import org.newsquotes.record.Wording;

class StatementLinkerTest {
    private static String sid(Statements s, String doc, String q) {
        return s.linkOf(doc, q).statementId();
    }

    @Test void threeOutletsReportingOneSentenceAreOneStatement() {
        Statements s = StatementFixtures.linker().link(List.of(
                dated("a.txt", "q1", "mayor", "2025-03-02", "paper-a", "“The ferry will run again by the end of the month,”"),
                dated("b.txt", "q1", "mayor", "2025-03-01", "paper-b", "The ferry will run again by the end of the month."),
                dated("c.txt", "q2", "mayor", "2025-03-03", "paper-c", "the ferry will run again by the end of the month")));
        assertThat(s.statements()).hasSize(1);
        Statement st = s.statements().get(0);
        assertThat(st.quotes()).isEqualTo(3);
        assertThat(st.documents()).isEqualTo(3);
        assertThat(st.outlets()).isEqualTo(3);
        assertThat(st.firstDocId()).isEqualTo("b.txt");
        assertThat(st.firstDate()).isEqualTo("2025-03-01");
        assertThat(st.speakerEntityId()).isEqualTo("mayor");
        assertThat(st.attributionConflict()).isFalse();
        assertThat(s.linkOf("a.txt", "q1").wording()).isEqualTo(Wording.EXACT);
        assertThat(s.linksByRule()).containsEntry("same-words", 2);
    }

    @Test void aFragmentAndAnEllipsisJoinBelongToTheirFullQuotes() {
        Statements s = StatementFixtures.linker().link(List.of(
                quote("a", "q1", "chief", "The dam held through the night, and it was close. We will inspect every village downstream."),
                quote("b", "q1", "chief", "We will inspect every village downstream"),
                quote("c", "q1", null, "The dam held through the night … We will inspect every village downstream.")));
        assertThat(s.statements()).hasSize(1);
        assertThat(s.linkOf("a", "q1").wording()).isEqualTo(Wording.EXACT);
        assertThat(s.linkOf("b", "q1").wording()).isEqualTo(Wording.SHORTENED);
        assertThat(s.linkOf("c", "q1").wording()).isEqualTo(Wording.SHORTENED);
        assertThat(s.statements().get(0).text()).startsWith("The dam held");
    }

    @Test void anAlteredReportListsTheWordsThatDiffer() {
        Statements s = StatementFixtures.linker().link(List.of(
                dated("a", "q1", "minister", "2025-01-01", null, "At least 340 people were evacuated from the coast overnight."),
                dated("b", "q1", "minister", "2025-01-02", null, "At least 340 people were evacuated from the coast overnight,"),
                dated("c", "q1", "minister", "2025-01-03", null, "at last 340 people were evacuated from the coast overnight")));
        assertThat(s.statements()).hasSize(1);
        StatementLink c = s.linkOf("c", "q1");
        assertThat(c.wording()).isEqualTo(Wording.ALTERED);
        assertThat(c.differences()).containsExactly("last \u2192 least");
        assertThat(s.linkOf("b", "q1").wording()).isEqualTo(Wording.EXACT);
    }

    @Test void differentSpeakersInDifferentDocumentsAreAConflict() {
        Statements s = StatementFixtures.linker().link(List.of(
                quote("a", "q1", "governor", "No decision on the new stadium has been taken by this office"),
                quote("b", "q1", "governor", "No decision on the new stadium has been taken by this office."),
                quote("c", "q3", "council", "no decision on the new stadium has been taken by this office")));
        Statement st = s.statements().get(0);
        assertThat(st.attributionConflict()).isTrue();
        assertThat(st.speakerEntityId()).isEqualTo("governor");
    }

    @Test void aConflictIsAnyTwoDocumentsNamingDifferentSpeakersWhateverTheOrderOfReports() {
        // document a names the governor first and the council second; b names the governor: a's council report and
        // b's governor report are two documents naming different speakers
        Statements s = StatementFixtures.linker().link(List.of(
                quote("a", "q1", "governor", "No decision on the new stadium has been taken by this office"),
                quote("a", "q2", "council", "No decision on the new stadium has been taken by this office."),
                quote("b", "q1", "governor", "no decision on the new stadium has been taken by this office")));
        assertThat(s.statements()).singleElement().satisfies(st -> assertThat(st.attributionConflict()).isTrue());
        // two speakers inside one document only are no conflict between outlets
        Statements one = StatementFixtures.linker().link(List.of(
                quote("a", "q1", "governor", "No decision on the new stadium has been taken by this office"),
                quote("a", "q2", "council", "No decision on the new stadium has been taken by this office."),
                quote("b", "q1", null, "no decision on the new stadium has been taken by this office")));
        assertThat(one.statements()).singleElement().satisfies(st -> assertThat(st.attributionConflict()).isFalse());
    }

    @Test void oneSpeakersTwoDifferentSentencesAreTwoStatements() {
        Statements s = StatementFixtures.linker().link(List.of(
                quote("a", "q1", "coach", "We played our best football of the season tonight"),
                quote("b", "q1", "coach", "The referee had a difficult evening and we accept it")));
        assertThat(s.statements()).hasSize(2);
        assertThat(sid(s, "a", "q1")).isNotEqualTo(sid(s, "b", "q1"));
    }

    @Test void shortPhrasesWithoutASpeakerStayAloneAndIndirectReportsAreTheirOwnStatements() {
        Statements s = StatementFixtures.linker().link(List.of(
                quote("x", "q1", "coach", "victory"),
                quote("y", "q1", "coach", "victory"),
                quote("a", "q1", null, "a little too late"),
                quote("b", "q1", null, "a little too late"),
                new ReportedQuote("c", "q1", 0, QuoteKind.INDIRECT, "the port would reopen", "mayor", "Mayor", "she", null, null, null),
                new ReportedQuote("c", "q2", 40, QuoteKind.OTHER, "The Times", null, null, null, null, null, null)));
        assertThat(s.statements()).hasSize(5);
        assertThat(sid(s, "a", "q1")).isNotEqualTo(sid(s, "b", "q1"));
        assertThat(sid(s, "x", "q1")).isNotEqualTo(sid(s, "y", "q1"));
        assertThat(s.linkOf("c", "q2")).isNull();
        assertThat(s.linkOf("c", "q1").wording()).isEqualTo(Wording.EXACT);
    }

    @Test void aFragmentInTitleCaseIsANameOrSloganNotAStatement() {
        ReportedQuote a = new ReportedQuote("a", "q1", 0, QuoteKind.FRAGMENT, "Keep the Valley Green", "mayor", "Mayor", null, null, null, null);
        ReportedQuote b = new ReportedQuote("b", "q1", 0, QuoteKind.FRAGMENT, "Keep the Valley Green", "mayor", "Mayor", null, null, null, null);
        assertThat(a.titled()).isTrue();
        Statements s = StatementFixtures.linker().link(List.of(a, b));
        assertThat(sid(s, "a", "q1")).isNotEqualTo(sid(s, "b", "q1"));
        // the same words written as a phrase of the speaker's sentence link
        ReportedQuote c = new ReportedQuote("c", "q1", 0, QuoteKind.FRAGMENT, "keep the valley green for our children", "mayor", "Mayor", null, null, null, null);
        ReportedQuote d = new ReportedQuote("d", "q1", 0, QuoteKind.FRAGMENT, "keep the valley green for our children", "mayor", "Mayor", null, null, null, null);
        assertThat(c.titled()).isFalse();
        Statements linked = StatementFixtures.linker().link(List.of(c, d));
        assertThat(sid(linked, "c", "q1")).isEqualTo(sid(linked, "d", "q1"));
    }

    private static ReportedQuote indirect(String doc, String entity, String mention, String text) {
        return new ReportedQuote(doc, "q1", 0, QuoteKind.INDIRECT, text, entity, entity, mention, null, null, null);
    }

    @Test void indirectReportsLinkOnlyWithTheSameSpeakerAndNearlyTheSameWords() {
        Statements s = StatementFixtures.linker().link(List.of(
                indirect("a", null, "Port officials", "the storm sank at least 14 fishing boats in the bay"),
                indirect("b", null, "port officials", "the storm sank at last 14 fishing boats in the bay"),
                indirect("c", null, "Fishermen", "the storm sank at least 14 fishing boats in the bay"),
                indirect("d", null, null, "the storm sank at least 14 fishing boats in the bay"),
                indirect("e", "mayor", "she", "the storm sank at least 14 fishing boats in the bay"),
                quote("f", "q1", "mayor", "The storm sank at least 14 fishing boats in the bay."),
                indirect("g", "mayor", "the mayor", "the storm was strong")));
        assertThat(sid(s, "a", "q1")).isEqualTo(sid(s, "b", "q1"));
        assertThat(s.linkOf("b", "q1").wording()).isEqualTo(Wording.ALTERED);
        assertThat(sid(s, "c", "q1")).isNotEqualTo(sid(s, "a", "q1"));
        assertThat(sid(s, "d", "q1")).isNotEqualTo(sid(s, "a", "q1")).isNotEqualTo(sid(s, "c", "q1"));
        assertThat(sid(s, "e", "q1")).isEqualTo(sid(s, "f", "q1"));
        assertThat(sid(s, "g", "q1")).isNotEqualTo(sid(s, "f", "q1"));
        assertThat(s.linksByRule()).containsKeys("indirect-altered", "indirect-verbatim");
    }

    private static ReportedQuote report(String doc, String entity, String date, String text) {
        return new ReportedQuote(doc, "q1", 0, QuoteKind.INDIRECT, text, entity, entity, "she", date, null, null);
    }

    @Test void oneSpeakersAnnouncementInTwoWritersWordsWithinDaysIsOneStatement() {
        String first = "the ferry service would resume on Monday with two extra crossings from the harbour";
        String second = "the ferry service resumes Monday, with two more harbour crossings";
        Statements s = StatementFixtures.linker().link(List.of(
                report("a", "minister", "2025-03-01", first),
                report("b", "minister", "2025-03-02", second),
                // another speaker, or the same speaker weeks later (a talking point), or undated: no link
                report("c", "mayor", "2025-03-02", second),
                report("d", "minister", "2025-04-20", "ferries resume Monday with two more crossings from the harbour"),
                report("e", "minister", null, "two more crossings from the harbour will start when the ferry service resumes on Monday"),
                // the same speaker the same day on something else sharing a few words
                report("f", "minister", "2025-03-01", "the harbour would need two extra tugs from Monday")));
        assertThat(sid(s, "b", "q1")).isEqualTo(sid(s, "a", "q1"));
        assertThat(sid(s, "c", "q1")).isNotEqualTo(sid(s, "a", "q1"));
        assertThat(sid(s, "d", "q1")).isNotEqualTo(sid(s, "a", "q1"));
        assertThat(sid(s, "e", "q1")).isNotEqualTo(sid(s, "a", "q1"));
        assertThat(sid(s, "f", "q1")).isNotEqualTo(sid(s, "a", "q1"));
        assertThat(s.linksByRule()).containsEntry(ParaphraseSieve.RULE, 1);
    }

    @Test void twoDirectQuotesInOtherWordsAreTwoStatementsEvenFromOneSpeakerOnOneDay() {
        Statements s = StatementFixtures.linker().link(List.of(
                dated("a", "q1", "minister", "2025-03-01", null, "The ferry service will resume on Monday with two extra crossings every day."),
                dated("b", "q1", "minister", "2025-03-01", null, "Ferries resume Monday, and we are adding two daily crossings to the island.")));
        assertThat(sid(s, "b", "q1")).isNotEqualTo(sid(s, "a", "q1"));
    }

    @Test void sharedCountCountsCommonValuesOfTwoSortedSets() {
        assertThat(ParaphraseSieve.sharedCount(new int[] {1, 3, 5, 9}, new int[] {2, 3, 9, 10})).isEqualTo(2);
        assertThat(ParaphraseSieve.sharedCount(new int[] {}, new int[] {1})).isZero();
    }

    /** An indirect report at offset 100 of {@code doc} and the quoted words inside it, as the quote stage gives both. */
    private static List<ReportedQuote> reportQuoting(String doc, String report, String quoted) {
        int at = report.indexOf(quoted);
        return List.of(new ReportedQuote(doc, "q1", 100, QuoteKind.INDIRECT, report, null, null, "she", null, null, null),
                new ReportedQuote(doc, "q2", 100 + at, QuoteKind.FRAGMENT, quoted, null, null, "she", null, null, null));
    }

    @Test void aReportOfAReportIsNotTheStatementItReports() {
        // the paper's report holds the minister's whole (thirteen words alike): two speakers, two statements
        String inner = "the ferry service to the islands would be cut to two crossings a week from the spring";
        String outer = "The transport minister told the committee " + inner;
        List<ReportedQuote> in = List.of(
                new ReportedQuote("a", "q1", 100, QuoteKind.INDIRECT, outer, "harbour_times", "Harbour Times", "the Harbour Times", null, null, null),
                new ReportedQuote("a", "q2", 100 + outer.indexOf(inner), QuoteKind.INDIRECT, inner, "minister", "Minister", "The transport minister", null, null, null),
                // another outlet's report of the minister's words still joins the inner one
                new ReportedQuote("b", "q1", 300, QuoteKind.INDIRECT, inner, "minister", "Minister", "the minister", null, null, null));
        Statements s = StatementFixtures.linker().link(in);
        assertThat(sid(s, "a", "q1")).isNotEqualTo(sid(s, "a", "q2"));
        assertThat(sid(s, "b", "q1")).isEqualTo(sid(s, "a", "q2"));
        assertThat(s.linksByRule()).containsEntry(ContainmentPruning.NESTED, 1);
    }

    @Test void anIndirectReportThatIsMostlyTheWordsItQuotesReportsTheirStatement() {
        List<ReportedQuote> in = new java.util.ArrayList<>(reportQuoting("b",
                "the bridge would be “the pride of the whole valley”", "the pride of the whole valley"));
        in.add(quote("a", "q1", "mayor", "The new bridge will be the pride of the whole valley, and we will open it in May."));
        Statements s = StatementFixtures.linker().link(in);
        assertThat(sid(s, "b", "q2")).isEqualTo(sid(s, "a", "q1"));
        assertThat(sid(s, "b", "q1")).isEqualTo(sid(s, "a", "q1"));
        assertThat(s.linksByRule()).containsKey(QuotedInReportSieve.RULE);
    }

    @Test void anIndirectReportSayingMoreThanTheWordsItQuotesStaysApart() {
        List<ReportedQuote> in = new java.util.ArrayList<>(reportQuoting("b",
                "the bridge, which cost the region forty million pounds and took six years to build, would be "
                        + "“the pride of the whole valley”", "the pride of the whole valley"));
        in.add(quote("a", "q1", "mayor", "The new bridge will be the pride of the whole valley, and we will open it in May."));
        Statements s = StatementFixtures.linker().link(in);
        assertThat(sid(s, "b", "q2")).isEqualTo(sid(s, "a", "q1"));
        assertThat(sid(s, "b", "q1")).isNotEqualTo(sid(s, "a", "q1"));
        // words about the quoted phrase are not a report of it
        in = new java.util.ArrayList<>(reportQuoting("c", "the “pride of the whole valley” line came from her rival",
                "pride of the whole valley"));
        in.add(quote("a", "q1", "mayor", "The new bridge will be the pride of the whole valley, and we will open it in May."));
        s = StatementFixtures.linker().link(in);
        assertThat(sid(s, "c", "q2")).isEqualTo(sid(s, "a", "q1"));
        assertThat(sid(s, "c", "q1")).isNotEqualTo(sid(s, "a", "q1"));
    }

    private static ReportedQuote fragment(String doc, String speaker, String date, String text) {
        return new ReportedQuote(doc, "q1", 0, QuoteKind.FRAGMENT, text, speaker, speaker, null, date, null, null);
    }

    @Test void aFragmentInsideADirectQuoteOfTheSameWeekLinksWhoeverTheQuoteStageNamedForIt() {
        Statements s = StatementFixtures.linker().link(List.of(
                dated("a", "q1", "mayor", "2025-03-01", null, "The harbour will become a museum of broken promises, and we will not allow it."),
                fragment("b", "council", "2025-03-03", "museum of broken promises"),
                fragment("c", null, "2025-03-04", "museum of broken promises"),
                fragment("d", "council", "2025-05-20", "museum of broken promises"),
                fragment("e", "council", "2025-03-02", "broken promises")));
        assertThat(sid(s, "b", "q1")).isEqualTo(sid(s, "a", "q1"));
        assertThat(sid(s, "c", "q1")).isEqualTo(sid(s, "a", "q1"));
        assertThat(s.statements().stream().filter(st -> st.statementId().equals(sid(s, "a", "q1"))).findFirst().orElseThrow()
                .attributionConflict()).isTrue();
        assertThat(sid(s, "d", "q1")).as("months later").isNotEqualTo(sid(s, "a", "q1"));
        assertThat(sid(s, "e", "q1")).as("too short").isNotEqualTo(sid(s, "a", "q1"));
        assertThat(s.linksByRule()).containsKey("fragment-inside");
    }

    @Test void aFragmentWithTwoContentWordsStillLinksInsideItsDirectQuote() {
        // "cut" and "cloth" are the content words of "cut from the same cloth"
        Statements s = StatementFixtures.linker().link(List.of(
                dated("a", "q1", "mayor", "2025-03-01", null, "She is cut from the same cloth as the people of this town."),
                fragment("b", null, "2025-03-03", "cut from the same cloth"),
                fragment("c", null, "2025-03-03", "from the same town")));
        assertThat(sid(s, "b", "q1")).isEqualTo(sid(s, "a", "q1"));
        // one content word is a stock phrase, not the statement
        assertThat(sid(s, "c", "q1")).isNotEqualTo(sid(s, "a", "q1"));
    }

    @Test void anArticleQuotingAgainWordsItPrintedEchoesThatStatement() {
        String full = "We need a strong hand at the port. And I am just not quite there yet. I am not quite there yet.";
        Statements s = StatementFixtures.linker().link(List.of(
                quote("a", "q1", "mayor", full),
                quote("a", "q2", "mayor", "I'm not quite there yet,"),
                quote("a", "q3", "council", "not quite there yet"),
                quote("b", "q1", "mayor", full),
                quote("c", "q1", "mayor", "I'm not quite there yet")));
        // the article's own echo joins the statement, and so reaches the other outlet's full quote
        assertThat(sid(s, "a", "q2")).isEqualTo(sid(s, "a", "q1")).isEqualTo(sid(s, "b", "q1"));
        // another speaker's words in the same article are not the mayor's statement
        assertThat(sid(s, "a", "q3")).isNotEqualTo(sid(s, "a", "q1"));
        // in another article the few words alone do not say which occasion they are from
        assertThat(sid(s, "c", "q1")).isNotEqualTo(sid(s, "a", "q1"));
        assertThat(s.linksByRule()).containsKey(EchoInDocumentSieve.RULE);
    }

    @Test void aSpeakersRefrainFoundInsideOneOfTheirStatementsJoinsNone() {
        String full = "We will protect every family from radical harbour extremism, and we will win.";
        Statements s = StatementFixtures.linker().link(List.of(
                dated("a", "q1", "mayor", "2025-06-13", null, full),
                fragment("b", "mayor", "2025-06-13", "radical harbour extremism"),
                fragment("c", "mayor", "2025-01-07", "radical harbour extremism"),
                fragment("d", "mayor", "2025-01-08", "radical harbour extremism")));
        // said months apart, the phrase is the mayor's refrain: the June report is no report of the June statement
        assertThat(sid(s, "b", "q1")).isNotEqualTo(sid(s, "a", "q1"));
        assertThat(sid(s, "c", "q1")).isEqualTo(sid(s, "d", "q1"));
        assertThat(s.linksByRule()).containsKey(ContainmentPruning.REFRAIN);
        // nor does the article that prints the statement, naming the refrain beside it, join the two
        Statements echoed = StatementFixtures.linker().link(List.of(
                dated("a", "q1", "mayor", "2025-06-13", null, full),
                new ReportedQuote("a", "q2", 0, QuoteKind.FRAGMENT, "radical harbour extremism", "mayor", "mayor", null, "2025-06-13", null, null),
                fragment("c", "mayor", "2025-01-07", "radical harbour extremism")));
        assertThat(sid(echoed, "a", "q2")).isNotEqualTo(sid(echoed, "a", "q1"));
        // reported on one occasion only, the phrase joins its full statement
        Statements once = StatementFixtures.linker().link(List.of(
                dated("a", "q1", "mayor", "2025-06-13", null, full),
                fragment("b", "mayor", "2025-06-13", "radical harbour extremism")));
        assertThat(sid(once, "b", "q1")).isEqualTo(sid(once, "a", "q1"));
        assertThat(once.linksByRule()).doesNotContainKey(ContainmentPruning.REFRAIN);
    }

    @Test void aSloganIsAFormulaWhoeverEachReportNamesForIt() {
        Statements s = StatementFixtures.linker().link(List.of(
                dated("a", "q1", "mayor", "2025-03-01", null, "We fixed the bridge, so keep our harbour proud and open"),
                dated("b", "q1", "governor", "2025-03-02", null, "Taxes stay low this year. Keep our harbour proud and open!"),
                dated("c", "q1", "senator", "2025-03-03", null, "Vote on Tuesday and keep our harbour proud and open"),
                fragment("d", "mayor", "2025-03-02", "keep our harbour proud and open"),
                fragment("e", null, "2025-03-02", "keep our harbour proud and open")));
        // the three speeches stay apart; the two identical six-word reports of the slogan are one statement
        assertThat(s.statements()).hasSize(4);
        assertThat(java.util.Set.of(sid(s, "a", "q1"), sid(s, "b", "q1"), sid(s, "c", "q1"), sid(s, "d", "q1"))).hasSize(4);
        assertThat(sid(s, "e", "q1")).isEqualTo(sid(s, "d", "q1"));
        assertThat(s.linksByRule()).containsEntry(ContainmentPruning.FORMULA, 1);
    }

    @Test void aSloganInsideThreeDifferentStatementsLinksNone() {
        Statements s = StatementFixtures.linker().link(List.of(
                quote("a", "q1", "mayor", "Keep our harbour proud and open"),
                quote("b", "q1", "mayor", "We fixed the bridge and we will keep our harbour proud and open for everyone"),
                quote("c", "q1", "mayor", "Taxes stay low this year, so keep our harbour proud and open"),
                quote("d", "q1", "mayor", "Vote on Tuesday. Keep our harbour proud and open!"),
                quote("e", "q1", "mayor", "The ferries run on time now, thanks to the crews")));
        assertThat(s.statements()).hasSize(5);
        assertThat(s.linksByRule()).containsEntry(ContainmentPruning.FORMULA, 1);
        // two reports of one statement that hold the phrase still link with each other
        Statements t = StatementFixtures.linker().link(List.of(
                quote("a", "q1", "mayor", "Keep our harbour proud and open"),
                quote("b", "q1", "mayor", "We fixed the bridge and we will keep our harbour proud and open for everyone"),
                quote("c", "q1", "mayor", "we fixed the bridge and we will keep our harbour proud and open"),
                quote("d", "q1", "mayor", "We fixed the bridge and we will keep our harbour proud and open")));
        assertThat(t.statements()).hasSize(1);
    }

    @Test void copiesOfOneArticleCountAsOneDocument() {
        Statements s = StatementFixtures.linker().link(List.of(
                new ReportedQuote("wire.txt", "q1", 0, QuoteKind.DIRECT, "The harbour will reopen to all shipping on Friday", "port", "Port", null, "2025-02-01", "agency", null),
                new ReportedQuote("copy.txt", "q1", 0, QuoteKind.DIRECT, "The harbour will reopen to all shipping on Friday", "port", "Port", null, "2025-02-01", "daily", "wire.txt"),
                new ReportedQuote("own.txt", "q1", 0, QuoteKind.DIRECT, "The harbour will reopen to all shipping on Friday", "port", "Port", null, "2025-02-02", "daily", null)));
        Statement st = s.statements().get(0);
        assertThat(st.quotes()).isEqualTo(3);
        assertThat(st.documents()).isEqualTo(2);
        assertThat(st.outlets()).isEqualTo(2);
    }

    @Test void idsDependOnTheEarliestReportOnly() {
        List<ReportedQuote> base = List.of(
                dated("a", "q1", "x", "2025-01-01", null, "The library will stay open on Sundays from next month"),
                dated("b", "q4", "x", "2025-01-05", null, "the library will stay open on Sundays"));
        String id = sid(StatementFixtures.linker().link(base), "a", "q1");
        List<ReportedQuote> grown = new ArrayList<>(base);
        grown.add(0, dated("c", "q2", "x", "2025-01-09", null, "The library will stay open on Sundays from next month."));
        grown.add(dated("d", "q1", "y", "2025-01-02", null, "Nothing else was said about the library budget today"));
        Statements s = StatementFixtures.linker().link(grown);
        assertThat(sid(s, "a", "q1")).isEqualTo(id).startsWith("st_");
        assertThat(sid(s, "c", "q2")).isEqualTo(id);
    }

    @Test void theSameShortPhraseTwiceInOneDocumentGetsTwoIds() {
        Statements s = StatementFixtures.linker().link(List.of(quote("a", "q1", null, "not now"), quote("a", "q2", null, "not now")));
        assertThat(sid(s, "a", "q1")).isNotEqualTo(sid(s, "a", "q2"));
        assertThat(sid(s, "a", "q2")).endsWith("-2");
    }

    /**
     * Seeded random corpus: statements reported several times with the edits outlets make (cut, changed word, joined
     * with an ellipsis). The index must find every pair that comparing all pairs with the same rules links.
     */
    @Test void theIndexFindsWhatComparingAllPairsFinds() {
        Random r = new Random(42);
        List<String> vocab = new ArrayList<>();
        for (int i = 0; i < 400; i++) vocab.add("w" + Integer.toString(i, 36));
        List<ReportedQuote> quotes = new ArrayList<>();
        for (int st = 0; st < 60; st++) {
            List<String> words = new ArrayList<>();
            int len = 4 + r.nextInt(30);
            for (int i = 0; i < len; i++) words.add(vocab.get((int) Math.floor(Math.pow(r.nextDouble(), 2) * vocab.size())));
            String speaker = r.nextInt(4) == 0 ? null : "p" + r.nextInt(8);
            int reports = 1 + r.nextInt(4);
            for (int k = 0; k < reports; k++) {
                List<String> w = new ArrayList<>(words);
                switch (r.nextInt(4)) {
                    case 0 -> { }
                    case 1 -> w = w.subList(r.nextInt(Math.max(1, w.size() / 3)), w.size());
                    case 2 -> w.set(r.nextInt(w.size()), vocab.get(r.nextInt(vocab.size())));
                    default -> { if (w.size() > 8) w.add(w.size() / 2, "…"); }
                }
                quotes.add(quote("d" + st + "_" + k, "q" + (k + 1), speaker, String.join(" ", w)));
            }
        }
        Statements s = StatementFixtures.linker().link(quotes);
        // brute force with the same rules
        int[][][] enc = StatementFixtures.encode(quotes.stream().map(ReportedQuote::text).toArray(String[]::new));
        int[] parent = new int[quotes.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int i = 0; i < quotes.size(); i++) {
            for (int j = i + 1; j < quotes.size(); j++) {
                String si = quotes.get(i).speakerEntityId();
                String sj = quotes.get(j).speakerEntityId();
                LinkRules.Speakers sp = si == null || sj == null ? LinkRules.Speakers.UNKNOWN
                        : si.equals(sj) ? LinkRules.Speakers.SAME : LinkRules.Speakers.DIFFERENT;
                if (StatementFixtures.rules().decide(enc[i], enc[j], sp).linked()) parent[find(parent, j)] = find(parent, i);
            }
        }
        Map<Integer, Set<String>> expected = new HashMap<>();
        Map<String, Set<String>> actual = new HashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            ReportedQuote q = quotes.get(i);
            String key = q.docId() + "/" + q.quoteId();
            expected.computeIfAbsent(find(parent, i), k -> new HashSet<>()).add(key);
            actual.computeIfAbsent(sid(s, q.docId(), q.quoteId()), k -> new HashSet<>()).add(key);
        }
        assertThat(new HashSet<>(actual.values())).isEqualTo(new HashSet<>(expected.values()));
        assertThat(actual.size()).isLessThan(quotes.size()); // some statements were linked at all
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) x = p[x];
        return x;
    }

    @Test void aShortPhraseInTheSameReportingSentenceIsOneStatement() {
        Statements s = StatementFixtures.linker().link(List.of(
                framed("a", "q1", null, "2025-05-02", "steady hand", "In contrast, the reformist daily praised the mayor's \" \"."),
                framed("b", "q1", "daily", "2025-05-03", "steady hand.", "The reformist daily praised the mayor's \" \" on its front page."),
                framed("c", "q1", null, "2025-05-03", "steady hand", "Critics mocked the governor's \" \" at the rally.")));
        assertThat(sid(s, "a", "q1")).isEqualTo(sid(s, "b", "q1"));
        assertThat(sid(s, "c", "q1")).isNotEqualTo(sid(s, "a", "q1"));
        assertThat(s.linksByRule()).containsEntry(FramedPhraseSieve.RULE, 1);
    }

    @Test void aFramedPhraseNeedsAgreeingSpeakersTheSameWeekAndTwoDocuments() {
        String frame = "The reformist daily praised the mayor's \" \" in its editorial.";
        // two different speakers
        Statements s = StatementFixtures.linker().link(List.of(
                framed("a", "q1", "daily", "2025-05-02", "steady hand", frame),
                framed("b", "q1", "weekly", "2025-05-02", "steady hand", frame)));
        assertThat(sid(s, "a", "q1")).isNotEqualTo(sid(s, "b", "q1"));
        // a month apart
        s = StatementFixtures.linker().link(List.of(
                framed("a", "q1", null, "2025-05-02", "steady hand", frame),
                framed("b", "q1", null, "2025-06-02", "steady hand", frame)));
        assertThat(sid(s, "a", "q1")).isNotEqualTo(sid(s, "b", "q1"));
        // one document saying it twice is not two outlets
        s = StatementFixtures.linker().link(List.of(
                framed("a", "q1", null, "2025-05-02", "steady hand", frame),
                framed("a", "q2", null, "2025-05-02", "steady hand", frame)));
        assertThat(sid(s, "a", "q1")).isNotEqualTo(sid(s, "a", "q2"));
        // one word, or function words only, is never a statement
        s = StatementFixtures.linker().link(List.of(
                framed("a", "q1", null, "2025-05-02", "steady", frame),
                framed("b", "q1", null, "2025-05-02", "steady", frame)));
        assertThat(sid(s, "a", "q1")).isNotEqualTo(sid(s, "b", "q1"));
    }
}
