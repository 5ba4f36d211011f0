package org.newsquotes.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DuplicateDocumentsTest {
    private static String article(long seed, int words) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) b.append("w").append(r.nextInt(3000)).append(i % 17 == 16 ? ". " : " ");
        return b.toString();
    }

    @Test void aWireCopyWithASmallEditPointsAtTheEarliestCopy() {
        String story = article(1, 400);
        String edited = story.replace("w", "W").substring(0, story.length() - 40) + " Reporting by a wire desk.";
        Map<String, String> d = DuplicateDocuments.find(List.of(
                new DuplicateDocuments.Doc("late.html", "2025-05-03", story),
                new DuplicateDocuments.Doc("early.html", "2025-05-01", edited),
                new DuplicateDocuments.Doc("undated.txt", null, story),
                new DuplicateDocuments.Doc("other.txt", "2025-04-01", article(2, 400))));
        assertThat(d).containsOnly(Map.entry("late.html", "early.html"), Map.entry("undated.txt", "early.html"));
    }

    @Test void aTrimmedCopyIsACopyButAShortStoryQuotedInsideALongArticleIsNot() {
        String story = article(6, 300);
        String trimmed = story.substring(0, story.length() * 2 / 3);
        Map<String, String> d = DuplicateDocuments.find(List.of(
                new DuplicateDocuments.Doc("wire", "2025-01-01", story),
                new DuplicateDocuments.Doc("trimmed", "2025-01-02", trimmed),
                new DuplicateDocuments.Doc("feature", "2025-01-03", article(7, 900) + " " + trimmed + " " + article(8, 900))));
        assertThat(d).containsOnly(Map.entry("trimmed", "wire"));
    }

    @Test void articlesOnTheSameStoryThatShareAParagraphAreNotCopies() {
        String shared = article(3, 80);
        Map<String, String> d = DuplicateDocuments.find(List.of(
                new DuplicateDocuments.Doc("a", null, article(4, 300) + shared),
                new DuplicateDocuments.Doc("b", null, shared + article(5, 300))));
        assertThat(d).isEmpty();
    }

    @Test void shortNoticesAreNeverCalledCopies() {
        Map<String, String> d = DuplicateDocuments.find(List.of(
                new DuplicateDocuments.Doc("a", null, "The meeting is postponed until further notice."),
                new DuplicateDocuments.Doc("b", null, "The meeting is postponed until further notice.")));
        assertThat(d).isEmpty();
    }

    /** Seeded random corpus: every planted copy is found, nothing else. */
    @Test void plantedCopiesAreFoundAmongManyArticles() {
        List<DuplicateDocuments.Doc> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) docs.add(new DuplicateDocuments.Doc("d" + i, null, article(100 + i, 150 + i % 200)));
        for (int i = 0; i < 20; i++) docs.add(new DuplicateDocuments.Doc("zcopy" + i, null, docs.get(i * 7).text() + " Staff writer."));
        Map<String, String> d = DuplicateDocuments.find(docs);
        assertThat(d).hasSize(20);
        for (int i = 0; i < 20; i++) assertThat(d).containsEntry("zcopy" + i, "d" + i * 7);
    }
}
