package org.newsquotes.runner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newsquotes.output.DocumentRow;
import org.newsquotes.output.OutputWriter;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.stage.DocumentFailure;

/** Phase 3: per-document JSON, the CSV tables and the data package, from the corpus after phase 2. */
final class OutputStep {
    private OutputStep() {}

    static void write(RunConfig config, CorpusResult corpus, Stages stages) throws IOException {
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
        writer.writeTables(rows, annotated, corpus.entities(), failures);
        writer.writeDataPackage();
    }
}
