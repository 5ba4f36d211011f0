package org.newsquotes.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One group per rule of {@link LinkRules}, each with its own sentences, the negative cases included. */
class LinkRulesTest {
    private static LinkRules.Decision decide(String a, String b, boolean sameSpeaker) {
        return decide(a, b, sameSpeaker ? LinkRules.Speakers.SAME : LinkRules.Speakers.UNKNOWN);
    }

    private static LinkRules.Decision decide(String a, String b, LinkRules.Speakers speakers) {
        int[][][] e = StatementFixtures.encode(a, b);
        return StatementFixtures.rules().decide(e[0], e[1], speakers);
    }

    @Test void tooShort_oneOrTwoWordsNeverLink() {
        assertThat(decide("betrayal", "betrayal", true)).extracting(LinkRules.Decision::linked, LinkRules.Decision::rule).containsExactly(false, "too-short");
        assertThat(decide("deeply naive", "deeply naive", true).linked()).isFalse();
    }

    @Test void shortSameSpeaker_aShortPhraseLinksOnlyVerbatimAndWithTheSameSpeaker() {
        assertThat(decide("a dangerous gamble", "a dangerous gamble", true))
                .extracting(LinkRules.Decision::linked, LinkRules.Decision::rule).containsExactly(true, "short-same-speaker");
        assertThat(decide("a dangerous gamble", "a dangerous gamble", false).linked()).isFalse();
        assertThat(decide("a dangerous gamble", "a risky gamble", true).linked()).isFalse();
        assertThat(decide("a dangerous gamble", "this plan is a dangerous gamble for the port", true).linked()).isTrue();
    }

    @Test void verbatim_theSameQuoteOrAPartOfIt() {
        assertThat(decide("“The mill will stay open until the spring,”", "the mill will stay open until the spring.", false))
                .extracting(LinkRules.Decision::linked, LinkRules.Decision::rule).containsExactly(true, "verbatim");
        assertThat(decide("will stay open until the spring",
                "We have agreed terms. The mill will stay open until the spring, and then we decide.", false))
                .extracting(LinkRules.Decision::linked, LinkRules.Decision::rule).containsExactly(true, "verbatim");
        assertThat(decide("They're not leaving the table tonight", "They are not leaving the table tonight", false).linked())
                .isTrue();
    }

    @Test void verbatim_anEllipsisJoinLinksToEachPart() {
        String joined = "The dam held through the night … We will inspect every village downstream";
        assertThat(decide(joined, "The dam held through the night,", false).linked()).isTrue();
        assertThat(decide(joined, "We will inspect every village downstream today.", false).linked()).isTrue();
    }

    @Test void altered_aChangedWordStillLinks() {
        assertThat(decide("at least 340 people were evacuated from the coast",
                "at last 340 people were evacuated from the coast", false))
                .extracting(LinkRules.Decision::linked, LinkRules.Decision::rule).containsExactly(true, "altered");
    }

    @Test void sharedPassage_overlappingReportsLink() {
        assertThat(decide("The tunnel is safe. Trains will run again on the northern line on Monday morning.",
                "Trains will run again on the northern line on Monday morning. We thank the engineers for their work.", false))
                .extracting(LinkRules.Decision::linked, LinkRules.Decision::rule).containsExactly(true, "shared-passage");
    }

    @Test void stockPhrasesNeverLinkTwoPeoplesQuotes() {
        // a shared passage of function words and light verbs is not a statement, however long
        assertThat(decide("It's going to be a very long night for the harbour crews",
                "it is going to be a great season for us and we know it", false).linked()).isFalse();
        assertThat(decide("We are going to win this election", "There is a feeling that we're going to win this thing", false)
                .linked()).isFalse();
        // a short phrase of one content word, even from one speaker
        assertThat(decide("not going to happen", "That is not going to happen while I am mayor", true).linked()).isFalse();
    }

    @Test void sharedPassage_notBetweenTwoDifferentSpeakers() {
        // one speaker riffing on another's line shares a passage, not a statement
        String a = "The tunnel is safe. Trains will run again on the northern line on Monday morning.";
        String b = "Trains will run again on the northern line on Monday morning. We thank the engineers for their work.";
        assertThat(decide(a, b, LinkRules.Speakers.DIFFERENT).linked()).isFalse();
        assertThat(decide(a, b, LinkRules.Speakers.SAME).linked()).isTrue();
        // but a verbatim report under another name links, so the conflict surfaces ...
        assertThat(decide("Trains will run again on the northern line", "Trains will run again on the northern line "
                + "on Monday.", LinkRules.Speakers.DIFFERENT).linked()).isTrue();
        // ... unless it is a small part of the other's longer remark: one speaker quoting another's line
        assertThat(decide("Trains will run again on the northern line", b, LinkRules.Speakers.DIFFERENT).linked()).isFalse();
    }

    @Test void different_twoThingsSaidAreTwoStatements() {
        assertThat(decide("We will not raise taxes on working families this year",
                "We will cut the deficit by selling the old airport", true).linked()).isFalse();
        // a stock phrase in common is not a shared passage
        assertThat(decide("At the end of the day the voters decide who governs this country",
                "At the end of the day we built the bridge and it is still standing after forty years", true).linked())
                .isFalse();
    }

    private static LinkRules.Decision indirect(String a, String b, LinkRules.Speakers speakers) {
        int[][][] e = StatementFixtures.encode(a, b);
        return StatementFixtures.rules().decideIndirect(e[0], e[1], speakers, true, false);
    }

    @Test void verbatim_oneSpeakersSentenceInsideTheirLongerAnswerNeedsTwoContentWords() {
        String answer = "No, I meant what I said. I do. It was the right call. And I would make it again tomorrow.";
        assertThat(decide("I do. It was the right call.", answer, LinkRules.Speakers.SAME))
                .extracting(LinkRules.Decision::linked, LinkRules.Decision::rule).containsExactly(true, "verbatim");
        // without one speaker, two content words are a stock phrase's worth
        assertThat(decide("I do. It was the right call.", answer, LinkRules.Speakers.UNKNOWN).linked()).isFalse();
    }

    @Test void indirect_theSpeakersOwnWordsInsideTheWritersSentenceLinkUnderOneSpeaker() {
        String report = "I want to wait until the harbour report is published before deciding anything";
        String quote = "Here is my plan. I want to wait until the harbour report is published, then we talk.";
        assertThat(indirect(report, quote, LinkRules.Speakers.SAME))
                .extracting(LinkRules.Decision::linked, LinkRules.Decision::rule).containsExactly(true, "indirect-shared-passage");
        assertThat(indirect(report, quote, LinkRules.Speakers.UNKNOWN).linked()).isFalse();
    }

    @Test void indirectClause_aShortReportOfOneClauseWithOneWordChanged() {
        String quote = "The harbour remains open to ferries, but not to cargo.";
        assertThat(indirect("Dover remains open to ferries", quote, LinkRules.Speakers.SAME))
                .extracting(LinkRules.Decision::linked, LinkRules.Decision::rule).containsExactly(true, "indirect-clause");
        // another speaker, two words changed, or too few words: no link
        assertThat(indirect("Dover remains open to ferries", quote, LinkRules.Speakers.UNKNOWN).linked()).isFalse();
        assertThat(indirect("Dover stays open to trucks", quote, LinkRules.Speakers.SAME).linked()).isFalse();
        assertThat(indirect("open to ferries", quote, LinkRules.Speakers.SAME).linked()).isFalse();
        // a short quote inside a longer indirect report is not the report's clause: the report mentions the line
        int[][][] e = StatementFixtures.encode("make the valley whole", "He said the rival's call to make the valley whole was a weak slogan");
        assertThat(StatementFixtures.rules().decideIndirect(e[0], e[1], LinkRules.Speakers.SAME, false, true).linked()).isFalse();
        assertThat(StatementFixtures.rules().decideIndirect(e[0], e[1], LinkRules.Speakers.SAME, true, false).linked()).isTrue();
    }
}
