package org.newsquotes.review;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.newsquotes.record.AnnotatedDocument;

/**
 * The append-only file of review decisions, {@code <output>/review/journal.jsonl}: one JSON object per line
 * ({@link JournalCodec} has the format).
 *
 * <p>Guarantees ({@link AppendOnlyLines}):
 * <ul>
 *   <li><b>Durable before acknowledged</b>: {@link #append} returns only after the line is written and the file is
 *       fsync'd; the server answers "saved" only after that.</li>
 *   <li><b>Concurrent annotators</b>: appends are serialised by one lock per journal object and, against a second
 *       process on the same directory, by an OS file lock; every line is written whole with one write call.</li>
 *   <li><b>Crash-tolerant</b>: a crash mid-write can leave a torn last line. {@link #read} skips any line that is not
 *       a valid entry and reports it as a warning; the next {@link #append} first ends the torn line with a newline,
 *       so the new entry starts on a fresh line and is readable.</li>
 *   <li>Nothing is ever rewritten or deleted: an undo is a new entry.</li>
 * </ul>
 */
public final class ReviewJournal {
    /** Where the journal lives inside an output directory. */
    public static final String RELATIVE_PATH = "review/journal.jsonl";
    /** Where the runner writes {@link ReviewApplier.Result#orphans()} ({@link ReviewApplier.Result#writeOrphans}). */
    public static final String ORPHANS_RELATIVE_PATH = "review/orphans.csv";

    private final AppendOnlyLines lines;

    public ReviewJournal(Path file) { this.lines = new AppendOnlyLines(file, "review journal"); }

    /** The journal of an output directory. */
    public static ReviewJournal inOutput(Path outputDir) { return new ReviewJournal(outputDir.resolve(RELATIVE_PATH)); }

    public Path file() { return lines.file(); }

    /** What {@link #read} found: the entries in file order and one warning per skipped line. */
    public record Contents(List<JournalEntry> entries, List<String> warnings) {
        public Contents {
            entries = List.copyOf(entries);
            warnings = List.copyOf(warnings);
        }
    }

    /** Appends one entry and forces it to disk before returning. */
    public void append(JournalEntry entry) {
        lines.append(JournalCodec.toLine(entry));
    }

    /** Reads every valid entry; a missing file is an empty journal. Bad lines are skipped with a warning. */
    public Contents read() {
        AppendOnlyLines.Contents<JournalEntry> c = lines.read(JournalCodec::fromLine);
        return new Contents(c.records(), c.warnings());
    }

    /**
     * Applies this journal to freshly annotated documents: the runner's hook before it writes {@code quotes.csv}.
     * See {@link ReviewApplier} for the rules.
     */
    public ReviewApplier.Result apply(Collection<AnnotatedDocument> documents) {
        Contents c = read();
        ReviewApplier.Result r = ReviewApplier.apply(documents, c.entries());
        return r.withWarnings(c.warnings());
    }

    /** A streaming application of this journal ({@link ReviewApplier.Pass}), carrying the journal's read warnings. */
    public ReviewApplier.Pass pass() {
        Contents c = read();
        return new ReviewApplier.Pass(c.entries(), c.warnings());
    }
}
