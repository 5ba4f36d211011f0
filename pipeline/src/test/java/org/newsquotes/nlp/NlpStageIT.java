package org.newsquotes.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Layer;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Token;
import org.newsquotes.testing.SharedNlp;

class NlpStageIT {
    @Test
    void convertsCoreNlpOutputIntoRecordsWithOffsetsIntoTheText() throws Exception {
        String text = "Talks stall in Geneva\n“We will not negotiate,” Foreign Minister Anna Petrova told reporters on Friday.";
        AnnotatedDocument d = SharedNlp.annotate("t.txt", text, "2025-07-08");
        assertThat(d.layers()).contains(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMA, Layer.NER, Layer.MENTIONS);
        for (Token t : d.tokens()) assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
        // a newline always ends a sentence, so the headline stays apart
        assertThat(d.sentences()).hasSize(2);
        assertThat(d.sentences().get(0).span().of(text)).isEqualTo("Talks stall in Geneva");
        assertThat(d.mentions()).extracting(Mention::text).contains("Geneva", "Anna Petrova", "Friday");
        Mention person = d.mentions().stream().filter(m -> m.text().equals("Anna Petrova")).findFirst().orElseThrow();
        assertThat(person.ner()).isEqualTo("PERSON");
        assertThat(d.tokens().subList(person.firstToken(), person.endToken())).extracting(Token::word)
                .containsExactly("Anna", "Petrova");
        assertThat(d.tokens()).filteredOn(t -> t.word().equals("told")).singleElement()
                .satisfies(t -> { assertThat(t.lemma()).isEqualTo("tell"); assertThat(t.pos()).isEqualTo("VBD"); });
    }

    @Test
    void newsOutletsOfTheListAreOrganisationsWhateverTheStatisticalNerSays() throws Exception {
        String text = "Envoy leaves\nTehran Times wrote on Monday that the talks had failed, Al Jazeera said the envoy "
                + "had left, and the New York Times quoted an aide.";
        AnnotatedDocument d = SharedNlp.annotate("outlets.txt", text, null);
        for (String outlet : new String[] {"Tehran Times", "Al Jazeera", "New York Times"}) {
            assertThat(d.mentions()).as(outlet).filteredOn(m -> m.text().equals(outlet)).singleElement()
                    .satisfies(m -> assertThat(m.ner()).isEqualTo("ORGANIZATION"));
        }
    }

    @Test
    void anUnbrokenWordOfTwoHundredThousandCharactersIsAnnotatedInBoundedMemory() throws Exception {
        // before LongWordCap, NER's n-gram features of this one token needed more than a 6 GB heap
        String blob = "q".repeat(200_000);
        String text = "Odd file\nBefore it " + blob + " after it, Anna Petrova said in Geneva.";
        Runtime rt = Runtime.getRuntime();
        AnnotatedDocument d = SharedNlp.annotate("blob.txt", text, null);
        Token big = d.tokens().stream().filter(t -> t.word().length() > 1000).findFirst().orElseThrow();
        assertThat(big.word()).as("the token keeps its full text and offsets").isEqualTo(blob);
        assertThat(big.end() - big.start()).isEqualTo(200_000);
        assertThat(d.mentions()).extracting(Mention::text).contains("Anna Petrova", "Geneva");
        assertThat(rt.totalMemory() - rt.freeMemory()).as("heap in use after the document").isLessThan(rt.maxMemory());
    }
}
