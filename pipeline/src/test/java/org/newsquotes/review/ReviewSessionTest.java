package org.newsquotes.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;

class ReviewSessionTest {
    @TempDir Path dir;

    private final AnnotatedDocument doc = ReviewFixtures.doc("s.txt", String.join("\n",
            "[Ada Bell|PERSON] said: “One.”", "[Cy Moss|PERSON] said: “Two.”", "[Ada Bell|PERSON] said: “Three.”"));

    private ReviewSession session() {
        return new ReviewSession(List.of(doc), ReviewJournal.inOutput(dir), Clock.systemUTC());
    }

    @Test
    void speakerPickedFromTheEntitiesCarriesItsIdsAndKindChangeKeepsIt() {
        ReviewSession s = session();
        ReviewSession.Saved saved = s.decide("ana", "s.txt", "q1", ReviewAction.CORRECT_SPEAKER, null, "e2", null);
        assertThat(saved.state().speaker()).isEqualTo("Cy Moss");
        assertThat(saved.state().speakerEntityId()).isEqualTo("cy_moss");
        assertThat(saved.state().speakerLocalId()).isEqualTo("e2");
        ReviewSession.Saved kind = s.decide("ana", "s.txt", "q1", ReviewAction.CHANGE_KIND, null, null, QuoteKind.FRAGMENT);
        assertThat(kind.state().kind()).isEqualTo(QuoteKind.FRAGMENT);
        assertThat(kind.state().speaker()).isEqualTo("Cy Moss");
        assertThat(kind.state().status()).isEqualTo(ReviewStatus.CORRECTED);
        // accepting a corrected quote keeps it corrected
        assertThat(s.decide("bo", "s.txt", "q1", ReviewAction.ACCEPT, null, null, null).state().status())
                .isEqualTo(ReviewStatus.CORRECTED);
    }

    @Test
    void undoIsAStackPerAnnotatorAndSurvivesARestart() {
        ReviewSession s = session();
        s.decide("ana", "s.txt", "q1", ReviewAction.ACCEPT, null, null, null);
        s.decide("bo", "s.txt", "q2", ReviewAction.REJECT, null, null, null);
        s.decide("ana", "s.txt", "q3", ReviewAction.REJECT, null, null, null);
        ReviewSession.Saved u = s.undo("ana").orElseThrow();
        assertThat(u.ref()).isEqualTo(new QuoteRef("s.txt", "q3"));
        assertThat(u.state().status()).isEqualTo(ReviewStatus.UNREVIEWED);
        // a new session reads the journal: ana's next undo takes back q1, bo's q2 stays rejected
        ReviewSession again = session();
        assertThat(again.undo("ana").orElseThrow().ref().quoteId()).isEqualTo("q1");
        assertThat(again.undo("ana")).isEmpty();
        assertThat(again.items()).extracting(i -> i.state().status())
                .containsExactly(ReviewStatus.UNREVIEWED, ReviewStatus.REJECTED, ReviewStatus.UNREVIEWED);
    }

    @Test
    void twoAnnotatorsDecidingAtOnceBothKeepTheirDecisions() throws Exception {
        ReviewSession s = session();
        List<Thread> threads = new ArrayList<>();
        for (String who : List.of("ana", "bo")) {
            Thread t = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    s.decide(who, "s.txt", "q" + (1 + i % 3), i % 2 == 0 ? ReviewAction.ACCEPT : ReviewAction.REJECT, null, null, null);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join(60_000);
        List<JournalEntry> entries = ReviewJournal.inOutput(dir).read().entries();
        assertThat(entries).hasSize(100);
        assertThat(entries.stream().filter(e -> e.annotator().equals("ana")).count()).isEqualTo(50);
        assertThat(session().items().get(0).byAnnotator()).containsOnlyKeys("ana", "bo");
    }

    @Test
    void unknownDocumentsQuotesAndBadNamesAreRefused() {
        ReviewSession s = session();
        assertThatThrownBy(() -> s.decide("ana", "../s.txt", "q1", ReviewAction.ACCEPT, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.decide("ana", "s.txt", "q9", ReviewAction.ACCEPT, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.decide("", "s.txt", "q1", ReviewAction.ACCEPT, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.decide("ana", "s.txt", "q1", ReviewAction.CORRECT_SPEAKER, null, "e99", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ReviewJournal.inOutput(dir).read().entries()).isEmpty();
    }

    @Test void aDecisionOnAnOlderVersionIsRefusedAndNothingIsJournaled() {
        ReviewSession s = session();
        String v0 = s.items().get(0).version();
        assertThat(v0).isEmpty();
        ReviewSession.Saved bo = s.decide("bo", "s.txt", "q1", ReviewAction.REJECT, null, null, null,
                ReviewSession.Terms.on(v0));
        assertThatThrownBy(() -> s.decide("ana", "s.txt", "q1", ReviewAction.ACCEPT, null, null, null,
                ReviewSession.Terms.on(v0)))
                .isInstanceOfSatisfying(DecisionConflict.class, c -> {
                    assertThat(c.latest().annotator()).isEqualTo("bo");
                    assertThat(c.version()).isEqualTo(bo.entry().id());
                    assertThat(c.state().status()).isEqualTo(ReviewStatus.REJECTED);
                });
        assertThat(ReviewJournal.inOutput(dir).read().entries()).hasSize(1);
        // an undo is a new version too: a page that saw bo's rejection is out of date after bo takes it back
        s.undo("bo");
        assertThatThrownBy(() -> s.decide("ana", "s.txt", "q1", ReviewAction.ACCEPT, null, null, null,
                ReviewSession.Terms.on(bo.entry().id())))
                .isInstanceOf(DecisionConflict.class);
        // versions survive a restart: a new session reads them from the journal
        ReviewSession again = session();
        String v = again.items().get(0).version();
        assertThat(v).isEqualTo(s.items().get(0).version()).isNotEmpty();
        assertThat(again.decide("ana", "s.txt", "q1", ReviewAction.ACCEPT, null, null, null,
                ReviewSession.Terms.on(v)).entry().basedOn())
                .isEqualTo(v);
        // other quotes are untouched by q1's versions; a decision with no version is not checked
        assertThat(again.items().get(1).version()).isEmpty();
        assertThat(again.decide("bo", "s.txt", "q1", ReviewAction.REJECT, null, null, null).entry().basedOn()).isNull();
    }

    @Test void aDecisionCarriesItsReasonNoteAndUnsureFlag() {
        ReviewSession s = session();
        s.decide("ana", "s.txt", "q1", ReviewAction.REJECT, null, null, null,
                ReviewSession.Terms.NONE.remark(new Remark(Remark.Reason.DUPLICATE, "same words as q3 \u0007", true)));
        JournalEntry e = ReviewJournal.inOutput(dir).read().entries().get(0);
        assertThat(e.remark().reason()).isEqualTo(Remark.Reason.DUPLICATE);
        assertThat(e.remark().note()).isEqualTo("same words as q3");
        assertThat(e.remark().unsure()).isTrue();
        ReviewSession.Item item = session().items().get(0);
        assertThat(item.unsure()).isTrue();
        assertThat(item.remarks()).containsKey("ana");
        // a reason goes with a rejection only; a note has a length limit
        assertThatThrownBy(() -> s.decide("ana", "s.txt", "q2", ReviewAction.ACCEPT, null, null, null,
                ReviewSession.Terms.NONE.remark(new Remark(Remark.Reason.OTHER, null, false))))
                .hasMessageContaining("rejection only");
        assertThatThrownBy(() -> new Remark(null, "x".repeat(Remark.MAX_NOTE + 1), false)).hasMessageContaining("too long");
        assertThatThrownBy(() -> Remark.Reason.fromLabel("boring")).hasMessageContaining("unknown reject reason");
    }

    @Test void aSpeakerCorrectionReachesEveryQuoteWithTheSameEvidence() {
        AnnotatedDocument two = ReviewFixtures.doc("t.txt", String.join("\n",
                "[Pia Lund|PERSON] said: “We open in May.” and then: “Prices stay the same.”",
                "[Cy Moss|PERSON] said: “Three.”"));
        ReviewSession s = new ReviewSession(List.of(two), ReviewJournal.inOutput(dir), Clock.systemUTC());
        assertThat(s.sameMention(two, "q1")).extracting(q -> q.id()).containsExactly("q2");
        List<ReviewSession.Saved> saved = s.correctSpeakerForSameMention("ana", "t.txt", "q1", null, "e2",
                ReviewSession.Terms.on(""));
        assertThat(saved).extracting(x -> x.ref().quoteId()).containsExactly("q1", "q2");
        assertThat(s.items()).extracting(i -> i.state().speaker()).containsExactly("Cy Moss", "Cy Moss", "Cy Moss");
        assertThat(s.items().get(2).version()).as("q3 has other evidence: untouched").isEmpty();
        // the first quote is checked against the version the page showed
        assertThatThrownBy(() -> s.correctSpeakerForSameMention("bo", "t.txt", "q1", "Pia Lund", null,
                ReviewSession.Terms.on(""))).isInstanceOf(DecisionConflict.class);
        assertThat(ReviewJournal.inOutput(dir).read().entries()).hasSize(2);
    }

    @Test void theLedgerUpdatedDecisionByDecisionAgreesWithOneReadFromTheJournal() {
        ReviewSession live = session();
        java.util.Random random = new java.util.Random(7);
        String[] who = {"ana", "bo", "cy"};
        ReviewAction[] actions = {ReviewAction.ACCEPT, ReviewAction.REJECT, ReviewAction.CHANGE_KIND};
        for (int i = 0; i < 60; i++) {
            String annotator = who[random.nextInt(who.length)];
            if (random.nextInt(5) == 0) {
                live.undo(annotator);
                continue;
            }
            ReviewAction a = actions[random.nextInt(actions.length)];
            live.decide(annotator, "s.txt", "q" + (1 + random.nextInt(3)), a, null, null,
                    a == ReviewAction.CHANGE_KIND ? QuoteKind.FRAGMENT : null);
        }
        ReviewSession restarted = session();
        assertThat(restarted.items()).isEqualTo(live.items());
        assertThat(restarted.orphans()).isEqualTo(live.orphans());
    }

    @Test void inBlindModeAnAnnotatorSeesTheMachineAndTheirOwnDecisionsOnly() {
        ReviewSession s = session();
        s.decide("bo", "s.txt", "q1", ReviewAction.REJECT, null, null, null);
        ReviewSession.Item anaSees = s.items("ana").get(0);
        assertThat(anaSees.state().status()).isEqualTo(ReviewStatus.UNREVIEWED);
        assertThat(anaSees.byAnnotator()).isEmpty();
        assertThat(anaSees.version()).isEmpty();
        // ana decides on what she sees: no conflict with bo's decision, and bo's stays in the journal
        ReviewSession.Saved ana = s.decide("ana", "s.txt", "q1", ReviewAction.ACCEPT, null, null, null,
                ReviewSession.Terms.on("").inBlindMode());
        assertThat(ana.entry().oldState().status()).as("her view before").isEqualTo(ReviewStatus.UNREVIEWED);
        assertThat(s.items("ana").get(0).state().status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(s.items("bo").get(0).state().status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(s.items("bo").get(0).byAnnotator()).containsOnlyKeys("bo");
        // her own earlier decision is the version she must have seen; a colleague's never is
        s.decide("bo", "s.txt", "q1", ReviewAction.ACCEPT, null, null, null);
        String mine = s.items("ana").get(0).version();
        assertThat(mine).isEqualTo(ana.entry().id());
        assertThat(s.decide("ana", "s.txt", "q1", ReviewAction.REJECT, null, null, null,
                ReviewSession.Terms.on(mine).inBlindMode())
                .entry().basedOn()).isEqualTo(mine);
        assertThatThrownBy(() -> s.decide("ana", "s.txt", "q1", ReviewAction.ACCEPT, null, null, null,
                ReviewSession.Terms.on(mine).inBlindMode())).isInstanceOfSatisfying(DecisionConflict.class,
                        c -> assertThat(c.latest().annotator()).isEqualTo("ana"));
        assertThat(ReviewJournal.inOutput(dir).read().entries()).hasSize(4);
    }

    @Test void aCuratorsAdjudicationIsTheAnswerWhateverAnnotatorsDecideAfter() {
        ReviewSession s = session();
        s.decide("ana", "s.txt", "q1", ReviewAction.ACCEPT, null, null, null, ReviewSession.Terms.on("").inBlindMode());
        s.decide("bo", "s.txt", "q1", ReviewAction.REJECT, null, null, null, ReviewSession.Terms.on("").inBlindMode());
        ReviewSession.Item disputed = s.items().get(0);
        assertThat(disputed.disagreement()).isTrue();
        assertThat(disputed.adjudicated()).isFalse();
        assertThat(new QuoteQuery(null, null, null, "disagreement", null, null, 0, 10).matches(disputed)).isTrue();
        assertThat(new QuoteQuery(null, null, null, "disagreement", null, null, 0, 10).matches(s.items().get(1))).isFalse();
        // the curator accepts: final; an annotator's later rejection does not replace it
        s.decide("cy", "s.txt", "q1", ReviewAction.ACCEPT, null, null, null, ReviewSession.Terms.NONE.adjudicating());
        s.decide("bo", "s.txt", "q1", ReviewAction.REJECT, null, null, null);
        ReviewSession.Item settled = s.items().get(0);
        assertThat(settled.adjudicated()).isTrue();
        assertThat(settled.state().status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(new QuoteQuery(null, null, null, "disagreement", null, null, 0, 10).matches(settled)).isFalse();
        // and quotes.csv carries it (the applier reads the same ledger)
        var applied = ReviewApplier.apply(List.of(doc), ReviewJournal.inOutput(dir).read().entries());
        assertThat(applied.documents().get(0).quotes().get(0).reviewStatus()).isEqualTo(ReviewStatus.ACCEPTED);
        // a new session reads the adjudication back from the journal
        assertThat(session().items().get(0).adjudicated()).isTrue();
        // undoing it gives the annotators' latest answer back
        s.undo("cy");
        assertThat(s.items().get(0).state().status()).isEqualTo(ReviewStatus.REJECTED);
    }
}
