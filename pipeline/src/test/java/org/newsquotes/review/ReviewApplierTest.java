package org.newsquotes.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;

class ReviewApplierTest {
    @TempDir Path dir;

    private static final String V1 = String.join("\n",
            "Budget row",
            "The finance committee met behind closed doors.",
            "[Mara Quill|PERSON] said: “The numbers do not add up.” [Tobias Wren|PERSON] nodded.",
            "[Tobias Wren|PERSON] said: “We will publish everything.”",
            "[Ida Lund|PERSON] said: “Nobody asked us.”",
            "A sign read “Closed”.");
    private static final String V2 = V1.replace("The finance committee met behind closed doors.",
            "After weeks of delay, the finance committee finally met behind closed doors on Friday.");

    private final AnnotatedDocument v1 = ReviewFixtures.doc("b.txt", V1);
    private final AnnotatedDocument v2 = ReviewFixtures.doc("b.txt", V2);

    @Test
    void decisionsFlowIntoTheRerunDocumentWithStatusesSpeakersAndKinds() {
        Quote numbers = ReviewFixtures.quote(v1, "The numbers do not add up.");
        Quote publish = ReviewFixtures.quote(v1, "We will publish everything.");
        Quote nobody = ReviewFixtures.quote(v1, "Nobody asked us.");
        Quote closed = ReviewFixtures.quote(v1, "Closed");
        List<JournalEntry> entries = List.of(
                ReviewFixtures.accept("ana", v1, publish),
                ReviewFixtures.correct("ana", v1, numbers, "tobias wren"),
                ReviewFixtures.reject("ana", v1, nobody),
                ReviewFixtures.decide("ana", v1, closed, ReviewAction.CHANGE_KIND, ReviewState.of(closed).withKind(QuoteKind.OTHER)));

        ReviewApplier.Result r = ReviewApplier.apply(List.of(v2), entries);
        AnnotatedDocument out = r.documents().get(0);
        assertThat(r.orphans()).isEmpty();
        assertThat(ReviewFixtures.quote(out, "We will publish everything.").reviewStatus()).isEqualTo(ReviewStatus.ACCEPTED);
        Quote corrected = ReviewFixtures.quote(out, "The numbers do not add up.");
        assertThat(corrected.reviewStatus()).isEqualTo(ReviewStatus.CORRECTED);
        assertThat(corrected.attribution().speaker()).isEqualTo("tobias wren");
        assertThat(corrected.attribution().speakerEntityId()).isEqualTo("tobias_wren");
        assertThat(corrected.attribution().speakerLocalId()).isEqualTo("e2");
        assertThat(corrected.attribution().method()).isEqualTo(ReviewApplier.REVIEW_METHOD);
        assertThat(corrected.attribution().mention()).isNull();
        Quote rejected = ReviewFixtures.quote(out, "Nobody asked us.");
        assertThat(rejected.reviewStatus()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(rejected.attribution().speaker()).isEqualTo("Ida Lund");
        Quote other = ReviewFixtures.quote(out, "Closed");
        assertThat(other.reviewStatus()).isEqualTo(ReviewStatus.CORRECTED);
        assertThat(other.kind()).isEqualTo(QuoteKind.OTHER);
        assertThat(r.counts()).containsEntry(ReviewStatus.ACCEPTED, 1).containsEntry(ReviewStatus.CORRECTED, 2)
                .containsEntry(ReviewStatus.REJECTED, 1);
        assertThat(r.summary()).contains("1 accepted", "2 corrected", "1 rejected", "0 unreviewed", "0 orphaned");
    }

    @Test
    void latestDecisionOfAnyAnnotatorWinsAndUndoTakesADecisionBack() {
        Quote publish = ReviewFixtures.quote(v1, "We will publish everything.");
        JournalEntry anaAccepts = ReviewFixtures.accept("ana", v1, publish);
        JournalEntry boRejects = ReviewFixtures.reject("bo", v1, publish);
        Quote q = ReviewFixtures.quote(ReviewApplier.apply(List.of(v2), List.of(anaAccepts, boRejects)).documents().get(0),
                "We will publish everything.");
        assertThat(q.reviewStatus()).isEqualTo(ReviewStatus.REJECTED);

        JournalEntry boUndoes = ReviewFixtures.undo("bo", boRejects);
        q = ReviewFixtures.quote(ReviewApplier.apply(List.of(v2), List.of(anaAccepts, boRejects, boUndoes)).documents().get(0),
                "We will publish everything.");
        assertThat(q.reviewStatus()).isEqualTo(ReviewStatus.ACCEPTED);

        DecisionLedger ledger = new DecisionLedger(List.of(v2), List.of(anaAccepts, boRejects));
        assertThat(ledger.byAnnotator(new QuoteRef("b.txt", q.id()))).containsOnlyKeys("ana", "bo");
    }

    @Test
    void decisionsWhoseQuoteVanishedAreReportedAsOrphans() throws Exception {
        Quote nobody = ReviewFixtures.quote(v1, "Nobody asked us.");
        AnnotatedDocument v3 = ReviewFixtures.doc("b.txt", V2.replace("“Nobody asked us.”", "that nobody had asked them."));
        ReviewApplier.Result r = ReviewApplier.apply(List.of(v3), List.of(ReviewFixtures.reject("ana", v1, nobody)));
        assertThat(r.orphans()).singleElement().satisfies(e -> assertThat(e.key().text()).isEqualTo("Nobody asked us."));
        assertThat(r.summary()).contains("1 orphaned decision");
        Path csv = dir.resolve("review/orphans.csv");
        r.writeOrphans(csv);
        assertThat(Files.readAllLines(csv)).hasSize(2).last().asString().contains("ana", "reject", "Nobody asked us.");
    }

    @Test
    void acceptingTheMachineSpeakerAfterAReRunThatFixedItIsAccepted() {
        Quote numbers = ReviewFixtures.quote(v1, "The numbers do not add up.");
        JournalEntry fix = ReviewFixtures.correct("ana", v1, numbers, "Mara Quill");
        Quote q = ReviewFixtures.quote(ReviewApplier.apply(List.of(v2), List.of(fix)).documents().get(0), "The numbers do not add up.");
        assertThat(q.reviewStatus()).isEqualTo(ReviewStatus.ACCEPTED);
    }

    @Test
    void journalApplyReadsTheFileAndCarriesItsWarnings() throws Exception {
        ReviewJournal j = ReviewJournal.inOutput(dir);
        j.append(ReviewFixtures.reject("ana", v1, ReviewFixtures.quote(v1, "Nobody asked us.")));
        Files.writeString(j.file(), "{\"torn", java.nio.file.StandardOpenOption.APPEND);
        ReviewApplier.Result r = j.apply(List.of(v2));
        assertThat(r.warnings()).hasSize(1);
        assertThat(ReviewFixtures.quote(r.documents().get(0), "Nobody asked us.").reviewStatus()).isEqualTo(ReviewStatus.REJECTED);
    }

    @Test
    void streamingPassAppliesPerDocumentAndReportsDecisionsForDocumentsThatNeverCame() {
        AnnotatedDocument other = ReviewFixtures.doc("gone.txt", "[Ada Bell|PERSON] said: “Bye.”");
        Quote publish = ReviewFixtures.quote(v1, "We will publish everything.");
        JournalEntry accept = ReviewFixtures.accept("ana", v1, publish);
        JournalEntry lost = ReviewFixtures.reject("ana", other, other.quotes().get(0));
        ReviewApplier.Pass pass = new ReviewApplier.Pass(List.of(accept, lost));
        AnnotatedDocument out = pass.apply(v2);
        assertThat(ReviewFixtures.quote(out, "We will publish everything.").reviewStatus()).isEqualTo(ReviewStatus.ACCEPTED);
        ReviewApplier.Result r = pass.finish();
        assertThat(r.documents()).isEmpty();
        assertThat(r.orphans()).containsExactly(lost);
        assertThat(r.counts()).containsEntry(ReviewStatus.ACCEPTED, 1).containsEntry(ReviewStatus.UNREVIEWED, v2.quotes().size() - 1);
    }
}
