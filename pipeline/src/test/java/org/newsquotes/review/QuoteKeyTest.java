package org.newsquotes.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;

class QuoteKeyTest {
    private static final String V1 = String.join("\n",
            "Harbour town votes on ferry plan",
            "The council met on Monday evening to discuss the new ferry timetable.",
            "[Mara Quill|PERSON] told the meeting: “We cannot wait another year.”",
            "Residents packed the hall, and one shouted “Enough!” twice.",
            "[Tobias Wren|PERSON] answered later: “We cannot wait another year.” He meant it.",
            "[Ida Lund|PERSON] said: “The harbour is safe.”");

    /** The same article after an editor rewrote the second paragraph: every later offset shifts. */
    private static final String V2 = String.join("\n",
            "Harbour town votes on ferry plan",
            "The town council, meeting late on Monday after a long delay caused by the storm, argued over the ferry timetable.",
            "[Mara Quill|PERSON] told the meeting: “We cannot wait another year.”",
            "Residents packed the hall, and one shouted “Enough!” twice.",
            "[Tobias Wren|PERSON] answered later: “We cannot wait another year.” He meant it.",
            "[Ida Lund|PERSON] said: “The harbour is safe.”");

    @Test
    void keysFromV1FindTheSameQuotesInV2AfterAnUnrelatedParagraphChanged() {
        AnnotatedDocument v1 = ReviewFixtures.doc("port.txt", V1);
        AnnotatedDocument v2 = ReviewFixtures.doc("port.txt", V2);
        assertThat(QuoteKey.sha256(v1.text())).isNotEqualTo(QuoteKey.sha256(v2.text()));
        assertThat(v1.quotes()).hasSize(4);
        for (int i = 0; i < v1.quotes().size(); i++) {
            Quote q1 = v1.quotes().get(i);
            Quote q2 = v2.quotes().get(i);
            assertThat(q2.start()).isNotEqualTo(q1.start());
            QuoteLocator.Located found = QuoteLocator.locate(QuoteKey.of(v1, q1), v2).orElseThrow();
            assertThat(found.quote()).as("quote %s", q1.text()).isEqualTo(q2);
            assertThat(found.match()).isEqualTo(QuoteLocator.Match.MOVED);
        }
    }

    @Test
    void repeatedIdenticalQuotesAreToldApartByContext() {
        AnnotatedDocument v1 = ReviewFixtures.doc("port.txt", V1);
        AnnotatedDocument v2 = ReviewFixtures.doc("port.txt", V2);
        Quote wren1 = v1.quotes().get(2);
        assertThat(wren1.attribution().speaker()).isEqualTo("Tobias Wren");
        QuoteKey key = QuoteKey.of(v1, wren1);
        assertThat(key.occurrence()).isEqualTo(1);
        Quote found = QuoteLocator.locate(key, v2).orElseThrow().quote();
        assertThat(found.attribution().speaker()).isEqualTo("Tobias Wren");
        assertThat(found.id()).isEqualTo("q3");
    }

    @Test
    void unchangedDocumentMatchesExactly() {
        AnnotatedDocument v1 = ReviewFixtures.doc("port.txt", V1);
        for (Quote q : v1.quotes()) {
            QuoteLocator.Located l = QuoteLocator.locate(QuoteKey.of(v1, q), v1).orElseThrow();
            assertThat(l.quote()).isEqualTo(q);
            assertThat(l.match()).isEqualTo(QuoteLocator.Match.EXACT);
        }
    }

    @Test
    void aQuoteThatWasEditedAwayIsAnOrphanAndOtherDocumentsNeverMatch() {
        AnnotatedDocument v1 = ReviewFixtures.doc("port.txt", V1);
        AnnotatedDocument v3 = ReviewFixtures.doc("port.txt", V1.replace("“The harbour is safe.”", "that the harbour was safe."));
        Quote lund = ReviewFixtures.quote(v1, "The harbour is safe.");
        assertThat(QuoteLocator.locate(QuoteKey.of(v1, lund), v3)).isEmpty();
        AnnotatedDocument other = ReviewFixtures.doc("other.txt", V1);
        assertThat(QuoteLocator.locate(QuoteKey.of(v1, lund), other)).isEmpty();
    }

    @Test
    void aSlightlyRespannedQuoteIsStillFound() {
        AnnotatedDocument v1 = ReviewFixtures.doc("port.txt", V1);
        Quote q = ReviewFixtures.quote(v1, "We cannot wait another year.");
        // the extractor of a later run leaves the final period out of the span
        AnnotatedDocument v2 = ReviewFixtures.doc("port.txt", V2);
        Quote old = v2.quotes().get(0);
        Quote trimmed = new Quote(old.id(), old.kind(), old.start(), old.end() - 1, old.text().substring(0, old.text().length() - 1),
                old.attribution(), old.reviewStatus());
        AnnotatedDocument v2b = v2.withQuotes(java.util.List.of(trimmed, v2.quotes().get(1), v2.quotes().get(2), v2.quotes().get(3)));
        QuoteLocator.Located l = QuoteLocator.locate(QuoteKey.of(v1, q), v2b).orElseThrow();
        assertThat(l.quote()).isEqualTo(trimmed);
        assertThat(l.match()).isEqualTo(QuoteLocator.Match.RESPAN);
    }
}
