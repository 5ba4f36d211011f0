/**
 * Annotator review of quote attributions: a browser workflow whose decisions survive pipeline re-runs.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link org.newsquotes.review.ReviewServer} + {@link org.newsquotes.review.ReviewSession}: the local web app
 *       ({@code newsquotes review OUTPUT [--port N] [--host H]}), JDK {@code HttpServer}, one static page
 *       ({@code index.html}, {@code app.js}, {@code app.css} in this package's resources), JSON API.</li>
 *   <li>{@link org.newsquotes.review.ReviewJournal}: {@code OUTPUT/review/journal.jsonl}, append-only, fsync'd
 *       before the page is told "saved", torn last line tolerated.</li>
 *   <li>{@link org.newsquotes.review.QuoteKey} / {@link org.newsquotes.review.QuoteLocator}: quote identity across
 *       re-runs.</li>
 *   <li>{@link org.newsquotes.review.DecisionLedger} / {@link org.newsquotes.review.ReviewApplier}: which decision
 *       is in force, and applying it to the documents before {@code quotes.csv} is written
 *       ({@link org.newsquotes.review.ReviewJournal#apply}).</li>
 *   <li>{@link org.newsquotes.review.BratExporter}, {@link org.newsquotes.review.GoldExporter},
 *       {@link org.newsquotes.review.Agreement}: exchange with brat/INCEpTION, gold sets for {@code eval}, Cohen's
 *       kappa ({@code review export-brat | export-gold | agreement}).</li>
 * </ul>
 *
 * <h2>The journal</h2>
 * One JSON object per line (see {@link org.newsquotes.review.JournalCodec}): entry id, UTC time, annotator,
 * action ({@code accept}, {@code reject}, {@code correct-speaker}, {@code change-kind}, {@code undo}), the quote key,
 * the doc-local quote id (informational), the state before ({@code old}) and after ({@code new}): status, speaker,
 * speaker entity id, speaker local id, kind; an undo names the entry it takes back ({@code undoes}). Nothing is
 * rewritten; skipping a quote is not journaled.
 *
 * <h2>Quote keys across re-runs</h2>
 * A key is doc id + sha256 of the document text + the quote text + its start + its occurrence index among equal
 * strings + 40 characters of context on each side. Same hash: exact offsets. Different hash (e.g. an unrelated
 * paragraph was edited): the quote text is searched in the new text, the occurrence whose context matches best
 * wins, and the quote at (or overlapping at least half of) that occurrence is the one meant. Nothing found: the
 * decision is an orphan, reported in {@link org.newsquotes.review.ReviewApplier.Result#orphans()} (the runner
 * writes them to {@code review/orphans.csv} and names the count in its summary).
 *
 * <h2>Several annotators</h2>
 * Appends are serialised (one lock per journal plus an OS file lock), so everybody's decisions are kept. Per
 * quote, each annotator's last decision in force is theirs (used for agreement); for {@code quotes.csv} the
 * latest decision of any annotator wins.
 */
package org.newsquotes.review;
