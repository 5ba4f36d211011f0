package org.newsquotes.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignmentsTest {
    @TempDir Path dir;

    private static List<String> docs(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add("wire/" + i + ".txt");
        return out;
    }

    @Test void documentsGoToAnnotatorsInTurnAndAShareToTwo() {
        Assignments a = Assignments.plan(docs(1000), List.of("ana", "bo", "cy"), 0.2);
        int total = a.docsOf("ana").size() + a.docsOf("bo").size() + a.docsOf("cy").size();
        // every document once, about a fifth of them twice
        assertThat(a.doubledDocs().size()).isBetween(160, 240);
        assertThat(total).isEqualTo(1000 + a.doubledDocs().size());
        for (String who : List.of("ana", "bo", "cy")) assertThat(a.docsOf(who).size()).isBetween(370, 420);
        // deterministic, whatever the order of the list
        List<String> reversed = new ArrayList<>(docs(1000));
        java.util.Collections.reverse(reversed);
        assertThat(Assignments.plan(reversed, List.of("ana", "bo", "cy"), 0.2).doubledDocs())
                .containsExactlyInAnyOrderElementsOf(a.doubledDocs());
        assertThat(Assignments.plan(docs(10), List.of("ana", "bo"), 0).doubledDocs()).isEmpty();
        assertThat(Assignments.plan(docs(10), List.of("ana", "bo"), 1).doubledDocs()).hasSize(10);
    }

    @Test void theFileRoundTripsAndBadInputIsNamed() throws Exception {
        Assignments a = Assignments.plan(docs(6), List.of("ana", "bo"), 0.5);
        a.write(dir);
        Assignments back = Assignments.read(dir);
        assertThat(back.docsOf("ana")).isEqualTo(a.docsOf("ana"));
        assertThat(back.docsOf("bo")).isEqualTo(a.docsOf("bo"));
        assertThat(back.docsOf("cy")).isEmpty();
        assertThat(Assignments.read(dir.resolve("nowhere"))).isSameAs(Assignments.NONE);
        Files.writeString(dir.resolve(Assignments.RELATIVE_PATH), "doc_id,annotator\na.txt,<script>\n");
        assertThatThrownBy(() -> Assignments.read(dir)).hasMessageContaining("annotator");
        assertThatThrownBy(() -> Assignments.plan(docs(3), List.of("ana"), 0.3)).hasMessageContaining("two annotators");
        assertThatThrownBy(() -> Assignments.plan(docs(3), List.of(), 0)).hasMessageContaining("at least one");
    }

    @Test void anAnnotatorWithAnAssignmentIsShownThoseDocumentsOnly() {
        var d1 = ReviewFixtures.doc("a.txt", "[Ada Bell|PERSON] said: “One.”");
        var d2 = ReviewFixtures.doc("b.txt", "[Cy Moss|PERSON] said: “Two.”");
        ReviewSession s = new ReviewSession(List.of(d1, d2), ReviewJournal.inOutput(dir), java.time.Clock.systemUTC());
        s.assign(Assignments.plan(List.of("a.txt", "b.txt"), List.of("ana", "bo"), 0));
        QuoteQuery all = new QuoteQuery(null, null, null, null, null, null, 0, 10);
        assertThat(all.within(s.assignments().docsOf("ana")).select(s.items(), i -> false))
                .extracting(i -> i.doc().docId()).containsExactly("a.txt");
        assertThat(all.within(s.assignments().docsOf("bo")).select(s.items(), i -> false))
                .extracting(i -> i.doc().docId()).containsExactly("b.txt");
        // someone without an assignment sees everything
        assertThat(all.within(s.assignments().docsOf("cy")).select(s.items(), i -> false)).hasSize(2);
    }
}
