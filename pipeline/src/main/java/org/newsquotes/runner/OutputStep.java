package org.newsquotes.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsquotes.output.DocumentRow;
import org.newsquotes.output.OutputWriter;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.review.ReviewApplier;
import org.newsquotes.review.ReviewJournal;
import org.newsquotes.stage.DocumentFailure;

/**
 * Phase 3: per-document JSON, the CSV tables and the data package, from the corpus after phase 2.
 *
 * <p>Review decisions ({@code review/journal.jsonl} in the output directory, if any) are applied to the tables
 * only: {@code quotes.csv} gets review_status and corrected speakers/kinds, while the per-document JSON keeps the
 * machine's proposals, because it is the cache and the review app's input (applying there would turn every later
 * comparison of a decision with "what the pipeline proposes" into a comparison with the decision itself).
 * Decisions whose quote no longer exists go to {@code review/orphans.csv}.
 */
final class OutputStep {
    private OutputStep() {}

    /** Writes everything; returns the review summary line when the output directory has a review journal. */
    static Optional<String> write(RunConfig config, CorpusResult corpus, Stages stages) throws IOException {
        OutputWriter writer = new OutputWriter(config.out());
        List<DocumentRow> rows = new ArrayList<>();
        List<AnnotatedDocument> annotated = new ArrayList<>();
        List<DocumentFailure> failures = new ArrayList<>();
        for (DocumentOutcome o : corpus.outcomes()) {
            if (o.isOk()) {
                writer.writeDocumentJson(o.annotated());
                rows.add(DocumentRow.ok(o.annotated()));
                annotated.add(o.annotated());
            } else {
                rows.add(o.source() != null ? DocumentRow.failed(o.source(), o.failure()) : DocumentRow.failed(o.failure()));
                failures.add(o.failure());
            }
        }
        ReviewJournal journal = ReviewJournal.inOutput(config.out());
        Optional<String> review = Optional.empty();
        List<AnnotatedDocument> tables = annotated;
        if (Files.exists(journal.file())) {
            ReviewApplier.Result r = journal.apply(annotated);
            tables = r.documents();
            r.writeOrphans(config.out().resolve(ReviewJournal.ORPHANS_RELATIVE_PATH));
            review = Optional.of(r.summary() + (r.orphans().isEmpty() ? "" : " (" + ReviewJournal.ORPHANS_RELATIVE_PATH + ")"));
        }
        writer.writeTables(rows, tables, corpus.entities(), failures);
        writer.writeDataPackage();
        return review;
    }
}
