package org.newsquotes.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.Span;

/**
 * Added quotes and changed spans: made in a session (journaled), shown to the team and not to a colleague in blind
 * mode, undone, and carried into a re-run whose text changed elsewhere, with the clicked speaker mention kept.
 */
class QuoteEditsTest {
    @TempDir Path dir;

    private static final String V1 = String.join("\n",
            "Harbour plan",
            "[Mara Quill|PERSON] said the ferry would run again by spring. Critics were unconvinced.",
            "[Tobias Wren|PERSON] said: “We will publish everything, and then we will see.”",
            "She added that the money was already there.");
    private static final String V2 = V1.replace("Harbour plan", "Harbour plan: the council votes after a long delay");

    private final AnnotatedDocument v1 = ReviewFixtures.doc("h.txt", V1);
    private final AnnotatedDocument v2 = ReviewFixtures.doc("h.txt", V2);

    private ReviewSession session(AnnotatedDocument doc) {
        return new ReviewSession(List.of(doc), ReviewJournal.inOutput(dir), Clock.systemUTC());
    }

    private static Span words(AnnotatedDocument d, String w) {
        int at = d.text().indexOf(w);
        assertThat(at).as(w).isGreaterThanOrEqualTo(0);
        return new Span(at, at + w.length());
    }

    @Test void anAddedQuoteIsJournaledShownAndCarriedIntoARerunWithItsClickedSpeaker() {
        ReviewSession s = session(v1);
        Span missed = words(v1, "the ferry would run again by spring");
        Span mara = words(v1, "Mara Quill");
        ReviewSession.Saved saved = s.addQuote("ana", "h.txt", missed.start(), missed.end(), QuoteKind.INDIRECT,
                "", "e1", ReviewSession.Terms.NONE.evidence(mara));
        assertThat(saved.state().status()).isEqualTo(ReviewStatus.ADDED);
        assertThat(saved.ref().quoteId()).startsWith("r");
        Quote added = s.document("h.txt").orElseThrow().quotes().stream()
                .filter(q -> q.id().equals(saved.ref().quoteId())).findFirst().orElseThrow();
        assertThat(added.text()).isEqualTo("the ferry would run again by spring");
        assertThat(added.kind()).isEqualTo(QuoteKind.INDIRECT);
        // reading order kept: the added quote comes before the direct one
        assertThat(s.document("h.txt").orElseThrow().quotes()).extracting(Quote::id)
                .containsExactly(saved.ref().quoteId(), "q1");
        // a new session reads it back from the journal
        ReviewSession again = session(v1);
        assertThat(again.item("h.txt", saved.ref().quoteId())).isPresent();
        assertThat(again.item("h.txt", saved.ref().quoteId()).orElseThrow().state().mention()).isEqualTo("Mara Quill");

        // the re-run's text is longer at the top: everything moved
        ReviewApplier.Result r = ReviewApplier.apply(List.of(v2), ReviewJournal.inOutput(dir).read().entries());
        assertThat(r.orphans()).isEmpty();
        Quote out = ReviewFixtures.quote(r.documents().get(0), "the ferry would run again by spring");
        assertThat(out.reviewStatus()).isEqualTo(ReviewStatus.ADDED);
        assertThat(out.start()).isEqualTo(words(v2, "the ferry would run again by spring").start());
        assertThat(out.attribution().speaker()).isEqualTo("Mara Quill");
        assertThat(out.attribution().speakerEntityId()).isEqualTo("mara_quill");
        assertThat(out.attribution().method()).isEqualTo(ReviewApplier.REVIEW_METHOD);
        assertThat(out.attribution().mentionSpan()).isEqualTo(words(v2, "Mara Quill"));
        assertThat(r.counts()).containsEntry(ReviewStatus.ADDED, 1);
    }

    @Test void aChangedSpanKeepsItsSpeakerBecomesCorrectedAndLaterDecisionsFindIt() {
        ReviewSession s = session(v1);
        Quote q1 = ReviewFixtures.quote(v1, "We will publish everything, and then we will see.");
        Span shorter = words(v1, "We will publish everything");
        s.changeSpan("ana", "h.txt", q1.id(), shorter.start(), shorter.end(), ReviewSession.Terms.on(""));
        Quote now = s.document("h.txt").orElseThrow().quotes().get(0);
        assertThat(now.id()).isEqualTo("q1");
        assertThat(now.text()).isEqualTo("We will publish everything");
        // a later decision on the re-spanned quote is keyed by its new words and found in the re-run
        s.decide("ben", "h.txt", "q1", ReviewAction.CHANGE_KIND, null, null, QuoteKind.FRAGMENT);
        ReviewApplier.Result r = ReviewApplier.apply(List.of(v2), ReviewJournal.inOutput(dir).read().entries());
        Quote out = r.documents().get(0).quotes().get(0);
        assertThat(out.text()).isEqualTo("We will publish everything");
        assertThat(out.kind()).isEqualTo(QuoteKind.FRAGMENT);
        assertThat(out.reviewStatus()).isEqualTo(ReviewStatus.CORRECTED);
        assertThat(out.attribution().speaker()).isEqualTo("Tobias Wren");
        assertThat(r.orphans()).isEmpty();
    }

    @Test void anAcceptedReSpannedQuoteIsStillCorrected() {
        ReviewSession s = session(v1);
        Span shorter = words(v1, "We will publish everything");
        s.changeSpan("ana", "h.txt", "q1", shorter.start(), shorter.end(), ReviewSession.Terms.NONE);
        s.decide("ana", "h.txt", "q1", ReviewAction.ACCEPT, null, null, null);
        ReviewApplier.Result r = ReviewApplier.apply(List.of(v1), ReviewJournal.inOutput(dir).read().entries());
        assertThat(r.documents().get(0).quotes().get(0).reviewStatus()).isEqualTo(ReviewStatus.CORRECTED);
    }

    @Test void undoingAnAddRemovesTheQuote() {
        ReviewSession s = session(v1);
        Span missed = words(v1, "the money was already there");
        ReviewSession.Saved saved = s.addQuote("ana", "h.txt", missed.start(), missed.end(), QuoteKind.INDIRECT,
                "Mara Quill", null, ReviewSession.Terms.NONE);
        assertThat(s.items()).hasSize(2);
        s.undo("ana").orElseThrow();
        assertThat(s.items()).hasSize(1);
        assertThat(s.item("h.txt", saved.ref().quoteId())).isEmpty();
        ReviewApplier.Result r = ReviewApplier.apply(List.of(v1), ReviewJournal.inOutput(dir).read().entries());
        assertThat(r.documents().get(0).quotes()).hasSize(1);
        assertThat(r.orphans()).isEmpty();
    }

    @Test void aColleagueInBlindModeNeverSeesAnAddedQuoteNorAChangedSpan() {
        ReviewSession s = session(v1);
        Span missed = words(v1, "the ferry would run again by spring");
        s.addQuote("ana", "h.txt", missed.start(), missed.end(), QuoteKind.INDIRECT, "Mara Quill", null, ReviewSession.Terms.NONE);
        Span shorter = words(v1, "We will publish everything");
        s.changeSpan("ana", "h.txt", "q1", shorter.start(), shorter.end(), ReviewSession.Terms.NONE);
        assertThat(s.items()).hasSize(2);
        assertThat(s.items("ben")).extracting(it -> it.quote().text())
                .containsExactly("We will publish everything, and then we will see.");
        assertThat(s.items("ana")).extracting(it -> it.quote().text())
                .containsExactly("the ferry would run again by spring", "We will publish everything");
    }

    @Test void selectionsAreTrimmedAndBadOnesRefused() {
        ReviewSession s = session(v1);
        Quote q1 = ReviewFixtures.quote(v1, "We will publish everything, and then we will see.");
        // a selection that takes in the quotation marks and a space is the words inside them
        assertThatThrownBy(() -> s.addQuote("ana", "h.txt", q1.start() - 2, q1.end() + 1, QuoteKind.DIRECT, "", null,
                ReviewSession.Terms.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already quote q1");
        assertThatThrownBy(() -> s.addQuote("ana", "h.txt", 5, 5, QuoteKind.DIRECT, "", null, ReviewSession.Terms.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.addQuote("ana", "h.txt", 0, v1.text().length() + 1, QuoteKind.DIRECT, "", null,
                ReviewSession.Terms.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.changeSpan("ana", "h.txt", "q1", q1.start(), q1.end(), ReviewSession.Terms.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unchanged");
        assertThat(ReviewJournal.inOutput(dir).read().entries()).isEmpty();
    }

    @Test void anAddedQuoteWhoseWordsAreGoneIsAnOrphanAndOneThePipelineNowFindsIsNotDoubled() {
        ReviewSession s = session(v1);
        Span missed = words(v1, "Critics were unconvinced");
        s.addQuote("ana", "h.txt", missed.start(), missed.end(), QuoteKind.OTHER, "", null, ReviewSession.Terms.NONE);
        List<JournalEntry> entries = ReviewJournal.inOutput(dir).read().entries();

        AnnotatedDocument cut = ReviewFixtures.doc("h.txt", V1.replace(" Critics were unconvinced.", ""));
        ReviewApplier.Result gone = ReviewApplier.apply(List.of(cut), entries);
        assertThat(gone.documents().get(0).quotes()).hasSize(1);
        assertThat(gone.orphans()).hasSize(1);

        // a later pipeline quotes those words itself: the decision falls on its quote, no second one is added
        AnnotatedDocument found = ReviewFixtures.doc("h.txt", V1.replace("Critics were unconvinced.", "“Critics were unconvinced.”"));
        ReviewApplier.Result once = ReviewApplier.apply(List.of(found), entries);
        assertThat(once.documents().get(0).quotes()).hasSize(2);
        assertThat(once.orphans()).isEmpty();
        assertThat(ReviewFixtures.quote(once.documents().get(0), "Critics were unconvinced.").kind()).isEqualTo(QuoteKind.OTHER);
    }

    @Test void aMovedMentionIsFoundNearWhereTheQuoteMoved() {
        String text = "He said no. Later he said yes.";
        int second = text.indexOf("he", 13);
        assertThat(QuoteEdits.reanchor("he", new Span(second, second + 2), "XX" + text, 2)).contains(new Span(second + 2, second + 4));
        assertThat(QuoteEdits.reanchor("she", new Span(0, 3), text, 0)).isEmpty();
    }
}
