package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;
import org.newsquotes.testing.MarkedText;

class HeadlineEchoTest {
    private static final String TEXT = "[Roe|PERSON] Plan Hits Harbour — ‘A Costly Mistake’\n"
            + "[Ann Roe|PERSON] said the plan was “a costly mistake for the town.”";

    /** The headline quote after echo, given the body quote credited to Ann Roe with her body mention as evidence. */
    private static Attribution echoed(String marked) {
        AnnotatedDocument d = MarkedText.withBlock(MarkedText.parseWithEntities(marked), 0, 0, BlockKind.TITLE);
        DocumentIndex ix = new DocumentIndex(d);
        String text = d.text();
        Span headline = span(text, "A Costly Mistake");
        Span body = span(text, "a costly mistake for the town.");
        var ann = d.mentions().stream().filter(m -> m.text().equals("Ann Roe")).findFirst().orElseThrow();
        String id = ix.entityOf(ann).id();
        Attribution said = new Attribution("Ann Roe", id, null, "Ann Roe", new Span(ann.start(), ann.end()), "said", "verb-before", 0.9);
        List<HeadlineEcho.Item> out = HeadlineEcho.apply(ix, text, List.of(
                new HeadlineEcho.Item(headline, QuoteKind.OTHER, Attribution.none()),
                new HeadlineEcho.Item(body, QuoteKind.DIRECT, said)));
        return out.get(0).attribution();
    }

    private static Span span(String text, String words) {
        int i = text.indexOf(words);
        return new Span(i, i + words.length());
    }

    @Test
    void theHeadlinesOwnNameForTheSpeakerIsTheEvidence() {
        Attribution a = echoed(TEXT);
        assertThat(a.speaker()).isEqualTo("Ann Roe");
        assertThat(a.method()).isEqualTo("headline-echo");
        assertThat(a.mention()).isEqualTo("Roe");
        assertThat(a.mentionSpan()).isEqualTo(new Span(0, 3));
    }

    @Test
    void withoutANameForTheSpeakerInTheHeadlineTheBodysEvidenceStays() {
        Attribution a = echoed("Plan Hits [Leeds|CITY] Harbour — ‘A Costly Mistake’\n"
                + "[Ann Roe|PERSON] said the plan was “a costly mistake for the town.”");
        assertThat(a.speaker()).isEqualTo("Ann Roe");
        assertThat(a.mention()).isEqualTo("Ann Roe");
    }
}
