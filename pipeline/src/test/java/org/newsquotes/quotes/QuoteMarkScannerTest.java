package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;

class QuoteMarkScannerTest {
    private static final QuoteMarkScanner SCANNER = new QuoteMarkScanner(QuoteLexicon.load(ModelFiles.packaged()).cues(CueCategory.ELISION));

    private static List<String> quoted(String text) {
        return SCANNER.scan(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void straightAndCurlyDoubleQuotes() {
        assertThat(quoted("She said \"the bridge is safe\" and left. He said “the road is not.”"))
                .containsExactly("the bridge is safe", "the road is not.");
    }

    @Test
    void britishSingleQuotesIgnoreApostrophes() {
        String t = "Norway's minister said 'we'll give 'em a fair hearing on O'Brien's plan' after the '90s rock 'n' roll revival.";
        assertThat(quoted(t)).containsExactly("we'll give 'em a fair hearing on O'Brien's plan");
        assertThat(quoted("The farmers' union met. Its leader called it ‘a disgrace’.")).containsExactly("a disgrace");
    }

    @Test
    void curlyApostrophesInsideBritishQuote() {
        String t = "The mayor said ‘Lisbon’s port isn’t for sale, it’s ours’ on Friday.";
        assertThat(quoted(t)).containsExactly("Lisbon’s port isn’t for sale, it’s ours");
    }

    @Test
    void nestedQuotesStayInsideTheOuterQuote() {
        String t = "“When they say ‘trust us’, we listen,” the envoy said. ‘He called it \"a farce\" twice,’ she said.";
        assertThat(quoted(t)).containsExactly("When they say ‘trust us’, we listen,", "He called it \"a farce\" twice,");
    }

    @Test
    void doubleMarkSetOffBySpaceFromANestedSingleMark() {
        // stylebooks print a space between the two marks where a nested quote ends or starts the outer one
        String end = "\"My neighbours told me, 'Sell the boat,' \" Ann Roe said. \"I never will.\"";
        assertThat(quoted(end)).containsExactly("My neighbours told me, 'Sell the boat,'", "I never will.");
        String start = "He wrote: \" 'Closed for repairs' is all the sign says.\" Then he left.";
        assertThat(quoted(start)).containsExactly("'Closed for repairs' is all the sign says.");
        // so do the typewriter pairs of some archives
        String typewriter = "''They called it 'a sound plan,' '' she said. '' 'Nonsense' was my answer.''";
        assertThat(quoted(typewriter)).containsExactly("They called it 'a sound plan,'", "'Nonsense' was my answer.");
        // a double mark with a word right after it opens a quote, whatever stands before it
        String possessive = "\"Not the growers' fault,\" he said of the farmers' \"worst year\" since 1990.";
        assertThat(quoted(possessive)).containsExactly("Not the growers' fault,", "worst year");
        // and a space after a double mark opens nothing when no single mark follows it
        assertThat(quoted("He measured 12 \" of rain and said \"enough\".")).containsExactly("enough");
    }

    @Test
    void aStraySpaceBeforeAClosingMarkAfterTheQuotesCommaStillClosesIt() {
        String typewriter = "''The plan held up well, '' said Ann Roe, who ran it. ''We finished early.''";
        assertThat(quoted(typewriter)).containsExactly("The plan held up well,", "We finished early.");
        String straight = "\"Is that all? \" the clerk asked, and we left.";
        assertThat(quoted(straight)).containsExactly("Is that all?");
        // only while a quote is open, and only after the comma or stop that ends the quoted words
        assertThat(quoted("The total was 12, \" and more\" came.")).isEmpty();
        assertThat(quoted("\"We stay \" for now\" he said.")).containsExactly("We stay \" for now");
    }

    @Test
    void curlyMarksInsideAStraightQuotedPassageAreNested() {
        // a transcript turn opened with a straight mark, never closed, with a curly title inside
        String turn = "Transcript:\n\"MAYOR: Well, he thinks this is an episode of “Dragons’ Den.” It is not. It is a budget.\n\"CHAIR: Thank you.";
        assertThat(quoted(turn)).containsExactly("MAYOR: Well, he thinks this is an episode of “Dragons’ Den.” It is not. It is a budget.",
                "CHAIR: Thank you.");
        // a straight-marked excerpt of another article keeps its inner quotes: other people's words
        assertThat(quoted("The paper reports:\n\"She called it “a farce” and left. He said “we stay.”"))
                .contains("a farce", "we stay.");
        // a straight quote closed after the curly one
        assertThat(quoted("He said \"they call it “a lifeline” and we agree\" before leaving."))
                .containsExactly("they call it “a lifeline” and we agree");
        // a stray straight mark never closed mid-paragraph still gives way to the curly quote after it
        assertThat(quoted("A 5\" screen, he said, is “too small for anyone.”")).containsExactly("too small for anyone.");
    }

    @Test
    void openingShapedMarkAfterAWordClosesTheQuote() {
        // word processors sometimes turn the closing mark the wrong way round
        assertThat(quoted("The coach was blunt. “Is the season over?“ she asked.\n“Not yet,” he said."))
                .containsExactly("Is the season over?", "Not yet,");
        assertThat(quoted("The senator called the plan “reckless“ in a post on Monday, and the mayor called it “late.”"))
                .containsExactly("reckless", "late.");
        assertThat(quoted("“The port will reopen,“ said Ann Roe, the harbour master.")).containsExactly("The port will reopen,");
        // still an opening mark when text follows it: the first quote was never closed
        assertThat(quoted("He said “the plan is dead and “Nobody wants it.”")).containsExactly("the plan is dead and", "Nobody wants it.");
    }

    @Test
    void quoteSpanningSentences() {
        String t = "“We waited. Nobody came. We left,” the farmer said.";
        assertThat(quoted(t)).containsExactly("We waited. Nobody came. We left,");
    }

    @Test
    void multiParagraphQuoteWithRepeatedOpeningMarks() {
        String t = "The coach said: “We trained hard all winter.\n“The young players grew up fast.\n“Now we are ready.”\nThe season opens Friday.";
        List<QuotedSpan> spans = SCANNER.scan(t);
        assertThat(spans).extracting(q -> t.substring(q.start(), q.end()))
                .containsExactly("We trained hard all winter.", "The young players grew up fast.", "Now we are ready.");
        assertThat(spans).extracting(QuotedSpan::continuesPrevious).containsExactly(false, true, true);
        assertThat(spans).extracting(QuotedSpan::closed).containsExactly(false, false, true);
    }

    @Test
    void unbalancedMarkDoesNotSwallowArticle() {
        String t = "The board said “profits will rise this year.\nShares fell 3 percent on Monday.\nAnalysts were \"cautious\" about it.";
        List<String> q = quoted(t);
        assertThat(q).containsExactly("profits will rise this year.", "cautious");
        // a stray lower-case opening mark is dropped, never extended to the next paragraph
        assertThat(quoted("A 5\" screen and a \"thing that never closes\nNext paragraph here.")).isEmpty();
    }

    @Test
    void unclosedSingleMarkIsTakenForAnApostrophe() {
        assertThat(quoted("The 'plan would fail, she said.\nNext line with 'quoted words' here.")).containsExactly("quoted words");
    }

    @Test
    void randomTextNeverThrowsAndSpansStayInsideTheirParagraph() {
        Random r = new Random(42);
        String alphabet = "ab cd'\"“”‘’\n.,:";
        for (int n = 0; n < 500; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 80; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String t = sb.toString();
            for (QuotedSpan q : SCANNER.scan(t)) {
                assertThat(t.substring(q.start(), q.end())).doesNotContain("\n");
                assertThat(q.markStart()).isGreaterThanOrEqualTo(0);
            }
        }
    }
}
