package org.newsquotes.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedFrameTest {
    private final SharedFrame frames = new SharedFrame(StatementFixtures.FUNCTION_WORDS);

    private boolean agree(String a, String b) {
        return frames.agree(frames.words(a), frames.words(b));
    }

    @Test void twoOutletsFramingAPhraseAlikeAgree() {
        assertThat(agree("The reformist daily praised the mayor's on Sunday.",
                "In contrast, the reformist daily praised the mayor's .")).isTrue();
    }

    @Test void inflectionsAndSpellingsOfOneWordMeet() {
        // praised / praises, criticised / criticized, the mayor's / the mayor
        assertThat(agree("Opposition councillors criticised the mayor's plan as", "opposition councillors criticized the mayor's plan, calling it"))
                .isTrue();
        assertThat(frames.words("the mayor's")).contains("mayor", "^mayor");
    }

    @Test void framesAboutTwoRemarksDoNotAgree() {
        assertThat(agree("Critics called the budget", "The opposition leader said the plan was")).isFalse();
    }

    @Test void sharedNamesAloneAreNotOneOccasion() {
        // the same two people named around a phrase: the articles are about them, not necessarily about one remark
        assertThat(agree("Senator Maria Okafor told Governor Ben Ruiz he was", "Ben Ruiz fired back at Maria Okafor, calling her"))
                .isFalse();
        assertThat(agree("Senator Maria Okafor told Governor Ben Ruiz at the budget hearing he was",
                "At the budget hearing, Maria Okafor told Ruiz he was")).isTrue();
    }

    @Test void functionWordsAndNumbersAreNotFrameWords() {
        assertThat(frames.words("it was said that 2025 would be")).isEmpty();
        assertThat(frames.words(null)).isEmpty();
    }

    @Test void theFrameIsTheSentenceOutsideAShortQuote() {
        String text = "Intro. The daily praised his \"steady hand\" on Sunday. Next.";
        int start = text.indexOf("steady");
        int end = start + "steady hand".length();
        assertThat(ReportedQuote.frameOf(text, start, end)).isEqualTo("The daily praised his \" \" on Sunday.");
        // a line break ends the sentence too, and a full stop inside a closing quote mark
        String para = "Headline\nCritics called it \"too soft.\" The minister said nothing.";
        int s2 = para.indexOf("too");
        assertThat(ReportedQuote.frameOf(para, s2, s2 + "too soft".length())).isEqualTo("Critics called it \" .");
        // a quote that is the whole sentence has no frame; a long quote carries none
        assertThat(ReportedQuote.frameOf("steady hand", 0, 11)).isNull();
        String longQuote = "We will rebuild every bridge in the valley before winter";
        assertThat(ReportedQuote.frameOf("He said " + longQuote, 8, 8 + longQuote.length())).isNull();
    }
}
