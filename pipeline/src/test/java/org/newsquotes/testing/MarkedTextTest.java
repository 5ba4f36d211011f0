package org.newsquotes.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsquotes.record.AnnotatedDocument;

class MarkedTextTest {
    @Test
    void marksBecomeMentionsWithOffsetsIntoThePlainText() {
        AnnotatedDocument d = MarkedText.parse("\"It works,\" [Hugh Hill|PERSON] said. He left.\nNext line");
        assertThat(d.text()).isEqualTo("\"It works,\" Hugh Hill said. He left.\nNext line");
        assertThat(d.mentions()).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Hugh Hill");
            assertThat(d.text().substring(m.start(), m.end())).isEqualTo("Hugh Hill");
            assertThat(d.tokens().subList(m.firstToken(), m.endToken())).extracting("word").containsExactly("Hugh", "Hill");
        });
        assertThat(d.sentences()).extracting(s -> s.span().of(d.text()))
                .containsExactly("\"It works,\" Hugh Hill said.", "He left.", "Next line");
        assertThat(d.tokens()).extracting("word").startsWith("\"", "It", "works", ",", "\"", "Hugh");
    }

    @Test
    void abbreviationsKeepTheirPeriod() {
        AnnotatedDocument d = MarkedText.parse("The [U.S.|COUNTRY] said no.");
        assertThat(d.tokens()).extracting("word").containsExactly("The", "U.S.", "said", "no", ".");
    }
}
