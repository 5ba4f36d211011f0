package org.newsquotes.review;

import java.nio.file.Path;
import java.util.List;
import org.newsquotes.record.AnnotatedDocument;

/** An output directory with two reviewed documents, for CLI tests outside this package. */
public final class ReviewCliFixture {
    private ReviewCliFixture() {}

    public static Path outputWithJournal(Path dir) throws Exception {
        AnnotatedDocument a = ReviewFixtures.doc("a.txt", "[Ada Bell|PERSON] said: “Rain later.”\n[Cy Moss|PERSON] said: “Sun 🌞 first.”");
        new org.newsquotes.output.OutputWriter(dir).writeDocumentJson(a);
        ReviewJournal j = ReviewJournal.inOutput(dir);
        for (JournalEntry e : List.of(ReviewFixtures.accept("ana", a, a.quotes().get(0)), ReviewFixtures.accept("bo", a, a.quotes().get(0)),
                ReviewFixtures.correct("ana", a, a.quotes().get(1), "Ada Bell"), ReviewFixtures.reject("bo", a, a.quotes().get(1)))) {
            j.append(e);
        }
        return dir;
    }
}
