package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsquotes.testing.MarkedText;

class DocumentIndexTest {
    private final DocumentIndex ix = new DocumentIndex(MarkedText.parseWithEntities("The ferry was late. Crews said the pier was shut."));

    @Test void tokensAroundAnOffset() {
        int crews = ix.text().indexOf("Crews");
        assertThat(ix.word(ix.firstTokenAtOrAfter(crews))).isEqualTo("crews");
        // an offset inside a word: the next token, and the word itself is the last before
        assertThat(ix.word(ix.firstTokenAtOrAfter(crews + 2))).isEqualTo("said");
        assertThat(ix.word(ix.lastTokenBefore(crews + 2))).isEqualTo("crews");
    }

    @Test void theSentenceOfWordsStartingAtAnOffset() {
        assertThat(ix.sentenceAtOrAfter(0)).isZero();
        // the space after the first sentence's period: the next word is the second sentence's
        assertThat(ix.sentenceAtOrAfter(ix.text().indexOf(" Crews"))).isEqualTo(1);
        // past the last token's start: the last sentence, not an index out of range
        assertThat(ix.sentenceAtOrAfter(ix.text().length())).isEqualTo(1);
    }
}
