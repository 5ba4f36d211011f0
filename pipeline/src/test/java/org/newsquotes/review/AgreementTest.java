package org.newsquotes.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;

class AgreementTest {
    @Test
    void kappaMatchesAHandComputedExample() {
        // 10 items: both "yes" 4, both "no" 3, A yes/B no 2, A no/B yes 1.
        // po = 7/10 = 0.7; A yes 6/10, B yes 5/10; pe = 0.6*0.5 + 0.4*0.5 = 0.5; kappa = (0.7-0.5)/(1-0.5) = 0.4
        List<String> a = List.of("y", "y", "y", "y", "n", "n", "n", "y", "y", "n");
        List<String> b = List.of("y", "y", "y", "y", "n", "n", "n", "n", "n", "y");
        CohenKappa k = CohenKappa.of(a, b);
        assertThat(k.observed()).isCloseTo(0.7, within(1e-12));
        assertThat(k.expected()).isCloseTo(0.5, within(1e-12));
        assertThat(k.kappa()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void threeLabelsAndDegenerateCases() {
        // A: a a b c ; B: a b b c -> po 3/4; pA = (.5,.25,.25), pB = (.25,.5,.25); pe = .125+.125+.0625 = .3125
        CohenKappa k = CohenKappa.of(List.of("a", "a", "b", "c"), List.of("a", "b", "b", "c"));
        assertThat(k.kappa()).isCloseTo((0.75 - 0.3125) / (1 - 0.3125), within(1e-12));
        assertThat(CohenKappa.of(List.of("x", "x"), List.of("x", "x")).kappa()).isNaN();
        assertThat(CohenKappa.of(List.of(), List.of()).describe()).contains("n/a");
    }

    @Test
    void agreementFromTheJournalOverQuotesBothJudged() {
        AnnotatedDocument d = ReviewFixtures.doc("k.txt", String.join("\n",
                "[Ada Bell|PERSON] said: “One.”", "[Ada Bell|PERSON] said: “Two.”", "[Cy Moss|PERSON] said: “Three.”",
                "[Cy Moss|PERSON] said: “Four.”", "[Cy Moss|PERSON] said: “Five.”"));
        List<Quote> q = d.quotes();
        List<JournalEntry> e = new ArrayList<>();
        // quote decisions: ana q,q,q,n ; bo q,q,n,n ; q5 only ana -> not counted
        e.add(ReviewFixtures.accept("ana", d, q.get(0)));
        e.add(ReviewFixtures.accept("bo", d, q.get(0)));
        e.add(ReviewFixtures.accept("ana", d, q.get(1)));
        e.add(ReviewFixtures.correct("bo", d, q.get(1), "cy moss"));
        e.add(ReviewFixtures.accept("ana", d, q.get(2)));
        e.add(ReviewFixtures.reject("bo", d, q.get(2)));
        e.add(ReviewFixtures.reject("ana", d, q.get(3)));
        e.add(ReviewFixtures.reject("bo", d, q.get(3)));
        e.add(ReviewFixtures.accept("ana", d, q.get(4)));
        Agreement ag = Agreement.compute(List.of(d), e, "ana", "bo");
        // accept/reject: ana Q Q Q N, bo Q Q N N: po .75; pA(Q)=.75 pB(Q)=.5; pe=.375+.125=.5; kappa .5
        assertThat(ag.quote().items()).isEqualTo(4);
        assertThat(ag.quote().kappa()).isCloseTo(0.5, within(1e-12));
        // speaker over q1,q2: ana ada,ada ; bo ada,cy -> po .5; pA(ada)=1, pB(ada)=.5 -> pe .5 -> kappa 0
        assertThat(ag.speaker().items()).isEqualTo(2);
        assertThat(ag.speaker().kappa()).isCloseTo(0.0, within(1e-12));
        assertThat(ag.describe()).contains("ana vs bo");
        // per field, with each disagreement listed: q2's speaker and q3's accept/reject
        assertThat(ag.kind().items()).isEqualTo(2);
        assertThat(ag.disagreements()).extracting(x -> x.quoteId() + " " + x.field() + " " + x.valueA() + " / " + x.valueB())
                .containsExactly("q2 speaker Ada Bell / cy moss", "q3 quote quote / not-quote");
        assertThat(ag.describe()).contains("2 disagreement(s)").contains("k.txt q3 quote: ana 'quote' / bo 'not-quote'");
    }

    @Test
    void kindDisagreementsAreListedAndWritten(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        AnnotatedDocument d = ReviewFixtures.doc("k.txt", "[Ada Bell|PERSON] said: “One.”");
        Quote q = d.quotes().get(0);
        List<JournalEntry> e = List.of(ReviewFixtures.accept("ana", d, q),
                ReviewFixtures.decide("bo", d, q, ReviewAction.CHANGE_KIND,
                        ReviewState.of(q).withKind(org.newsquotes.record.QuoteKind.FRAGMENT)
                                .withStatus(org.newsquotes.record.ReviewStatus.CORRECTED)));
        Agreement ag = Agreement.compute(List.of(d), e, "ana", "bo");
        assertThat(ag.disagreements()).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("kind");
            assertThat(x.valueA()).isEqualTo("direct");
            assertThat(x.valueB()).isEqualTo("fragment");
        });
        java.nio.file.Path csv = dir.resolve("d.csv");
        ag.writeDisagreements(csv);
        assertThat(java.nio.file.Files.readAllLines(csv)).containsExactly("doc_id,quote_id,field,ana,bo,quote_text",
                "k.txt,q1,kind,direct,fragment,One.");
    }

    @Test
    void spansAndAddedQuotesAreComparedToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        AnnotatedDocument d = ReviewFixtures.doc("s.txt", String.join("\n",
                "[Ada Bell|PERSON] said: “The river is rising fast.” Crews worked all night.",
                "[Cy Moss|PERSON] said: “Roads stay closed.”"));
        ReviewSession s = new ReviewSession(List.of(d), ReviewJournal.inOutput(dir), java.time.Clock.systemUTC());
        Quote river = ReviewFixtures.quote(d, "The river is rising fast.");
        int start = d.text().indexOf("The river is rising");
        // ana shortens the first quote, bo accepts it as it is; both accept the second; ana adds a quote bo did not
        s.changeSpan("ana", "s.txt", river.id(), start, start + "The river is rising".length(), ReviewSession.Terms.NONE);
        s.decide("bo", "s.txt", river.id(), ReviewAction.ACCEPT, null, null, null);
        s.decide("ana", "s.txt", "q2", ReviewAction.ACCEPT, null, null, null);
        s.decide("bo", "s.txt", "q2", ReviewAction.ACCEPT, null, null, null);
        int crews = d.text().indexOf("Crews worked all night");
        s.addQuote("ana", "s.txt", crews, crews + "Crews worked all night".length(), org.newsquotes.record.QuoteKind.OTHER,
                "", null, ReviewSession.Terms.NONE);
        Agreement ag = Agreement.compute(List.of(d), ReviewJournal.inOutput(dir).read().entries(), "ana", "bo");
        assertThat(ag.disagreements()).extracting(Agreement.Disagreement::field).containsExactlyInAnyOrder("span", "quote");
        assertThat(ag.disagreements()).filteredOn(x -> x.field().equals("span")).singleElement()
                .satisfies(x -> assertThat(x.valueA()).endsWith("The river is rising"))
                .satisfies(x -> assertThat(x.valueB()).isEqualTo("machine span"));
        assertThat(ag.quote().observed()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(ag.span().observed()).isCloseTo(0.5, within(1e-9));
        assertThat(ag.describe()).contains("span:");
    }
}
