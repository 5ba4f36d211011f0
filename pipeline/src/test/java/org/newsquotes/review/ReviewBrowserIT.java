package org.newsquotes.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.cli.Main;
import org.newsquotes.output.CsvTableReader;
import org.newsquotes.output.QuoteRow;
import org.newsquotes.output.Tables;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Quote;
import org.newsquotes.testing.WebDriverClient;

/**
 * The "done when", end to end in a real browser: {@code annotate} the sample corpus; headless Chromium
 * drives the review page, accepts one quote (keyboard), corrects one speaker by picking an entity of the document
 * (keyboard + clicks), rejects one (button), changes a kind and undoes that (keyboard); an editor then inserts a paragraph near the top of the article, so
 * its content hash and every later offset change; {@code annotate} runs again and {@code quotes.csv} must carry
 * the three decisions. Screenshots: {@code target/review-screenshot.png} (one-quote view, on the corrected
 * quote) and {@code target/review-list-screenshot.png} (list view).
 */
class ReviewBrowserIT {
    private static final Path SAMPLE = Path.of("..", "corpus");
    private static final String DOC = "001_9cbe978b5caa4335.txt";

    @TempDir Path tmp;

    private record Decided(String doc, String quoteId, String text) {}

    @Test
    void annotatorDecisionsInTheBrowserLandInQuotesCsvAfterARerun() throws Exception {
        requireBrowser();
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path f : files.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
        }
        Path out = tmp.resolve("output");
        assertThat(Main.run("annotate", corpus.toString(), "--out", out.toString(), "--no-progress")).isEqualTo(Main.OK);

        List<AnnotatedDocument> docs = OutputDocuments.load(out);
        AnnotatedDocument doc = docs.stream().filter(d -> d.docId().equals(DOC)).findFirst().orElseThrow();
        assertThat(doc.quotes()).as("quotes in " + DOC).hasSizeGreaterThanOrEqualTo(3);
        int total = docs.stream().mapToInt(d -> d.quotes().size()).sum();

        Path target = Path.of("target");
        Files.createDirectories(target);
        Decided accepted;
        Decided corrected;
        Decided rejected;
        Decided undone;
        LocalEntity newSpeaker;
        ReviewSession session = new ReviewSession(docs, ReviewJournal.inOutput(out), Clock.systemUTC());
        try (ReviewServer server = ReviewServer.start(session, "127.0.0.1", 0);
             WebDriverClient browser = new WebDriverClient(target.resolve("chromedriver.log"))) {
            browser.navigate(server.url() + "?annotator=ana");
            waitReady(browser);
            assertThat(text(browser, "progress-text")).startsWith("0 of " + total + " quotes reviewed");
            // filter to one document, as an annotator working through an article would
            // the document filter searches the ids on the server and offers matches
            browser.type("#f-doc", DOC.substring(0, 6));
            waitFor(browser, "return [...document.querySelectorAll('#f-doc-list option')].some(o => o.value === arguments[0])",
                    "the document among the suggestions", DOC);
            browser.script("const f = document.getElementById('f-doc'); f.value = arguments[0];"
                    + " f.dispatchEvent(new Event('change')); return true;", DOC);
            waitFor(browser, "return document.getElementById('ref').dataset.doc === arguments[0]", "document filter", DOC);
            waitReady(browser);

            // 1. accept with the keyboard
            accepted = current(browser, doc);
            browser.type("body", "a");
            waitSaved(browser, "accept", accepted);

            // 2. correct the speaker: C opens the form; pick another person of this document; save
            waitReady(browser);
            corrected = current(browser, doc);
            assertThat(corrected).isNotEqualTo(accepted);
            String proposed = quote(doc, corrected).attribution().speaker();
            newSpeaker = doc.entities().stream()
                    .filter(e -> e.type().equals("PERSON") && !e.name().equals(proposed) && e.entityId() != null)
                    .findFirst().orElseThrow();
            browser.type("body", "c");
            waitFor(browser, "return !document.getElementById('speaker-form').hidden"
                    + " && document.getElementById('speaker-select').options.length > 1", "speaker form");
            browser.click("#speaker-select option[value='" + newSpeaker.id() + "']");
            browser.click("#btn-save-speaker");
            waitSaved(browser, "correct-speaker", corrected);

            // 3. reject with the button
            waitReady(browser);
            rejected = current(browser, doc);
            assertThat(rejected).isNotIn(accepted, corrected);
            browser.click("#btn-reject");
            waitSaved(browser, "reject", rejected);
            waitReady(browser);

            // 4. change a kind with K then 2 (fragment), and take it back with U
            undone = current(browser, doc);
            assertThat(undone).isNotIn(accepted, corrected, rejected);
            browser.type("body", "k");
            waitFor(browser, "return !document.getElementById('kind-form').hidden", "kind form");
            browser.type("body", "2");
            waitSaved(browser, "change-kind", undone);
            waitReady(browser);
            browser.type("body", "u");
            waitSaved(browser, "undo", undone);
            waitReady(browser);
            assertThat(current(browser, doc)).isEqualTo(undone);
            assertThat(text(browser, "p-status")).isEqualTo("unreviewed");
            waitFor(browser, "return document.getElementById('progress-text').textContent.startsWith(arguments[0])",
                    "progress counter at 3", "3 of " + total + " quotes reviewed");

            // list view of everything; the article text is rendered as text only
            browser.click("#f-status option[value='']");
            browser.click("#f-view option[value='list']");
            waitFor(browser, "return document.querySelectorAll('#list-body tr').length > 0", "list view");
            assertThat(browser.script("return document.scripts.length").asInt()).isEqualTo(3); // our three, none from an article
            Files.write(target.resolve("review-list-screenshot.png"), browser.screenshot());
            // keys decide only on the quote in view: in the list view (many quotes, a highlighted row that may be
            // scrolled out of sight) A and R do nothing but say so
            int before = ReviewJournal.inOutput(out).read().entries().size();
            browser.type("body", "a");
            browser.type("body", "r");
            waitFor(browser, "return document.getElementById('saved').textContent.startsWith('Open a quote')",
                    "the list view's refusal");
            assertThat(ReviewJournal.inOutput(out).read().entries()).hasSize(before);
            // nor on a focused filter control: typing A in the status filter picks an option, decides nothing
            browser.script("document.getElementById('f-status').focus(); return true;");
            browser.type("#f-status", "a");
            assertThat(ReviewJournal.inOutput(out).read().entries()).hasSize(before);
            browser.click("#f-status option[value='']");

            // back to one quote at a time, on the corrected one, for the screenshot
            browser.click("#f-view option[value='one']");
            for (int i = 0; i < 50 && !current(browser, doc).equals(corrected); i++) {
                browser.type("body", "s");
                waitReady(browser);
            }
            assertThat(current(browser, doc)).isEqualTo(corrected);
            assertThat(text(browser, "p-status")).isEqualTo("corrected");
            Files.write(target.resolve("review-screenshot.png"), browser.screenshot());
        }
        assertThat(ReviewJournal.inOutput(out).read().entries()).hasSize(5)
                .allSatisfy(e -> assertThat(e.annotator()).isEqualTo("ana"));

        // an editor inserts a paragraph below the headline: the hash and all later offsets change
        Path file = corpus.resolve(DOC);
        String original = Files.readString(file, StandardCharsets.UTF_8);
        int firstBreak = original.indexOf('\n', original.indexOf(original.strip().charAt(0)));
        Files.writeString(file, original.substring(0, firstBreak + 1)
                + "This article was updated on Thursday afternoon with further background.\n"
                + original.substring(firstBreak + 1), StandardCharsets.UTF_8);
        assertThat(Main.run("annotate", corpus.toString(), "--out", out.toString(), "--no-progress")).isEqualTo(Main.OK);
        AnnotatedDocument rerun = OutputDocuments.load(out).stream().filter(d -> d.docId().equals(DOC)).findFirst().orElseThrow();
        assertThat(QuoteKey.sha256(rerun.text())).isNotEqualTo(QuoteKey.sha256(doc.text()));

        List<QuoteRow> rows = CsvTableReader.readAll(Tables.QUOTES, out);
        QuoteRow acc = row(rows, accepted);
        QuoteRow cor = row(rows, corrected);
        QuoteRow rej = row(rows, rejected);
        assertThat(acc.reviewStatus().label()).isEqualTo("accepted");
        assertThat(acc.start()).isGreaterThan(quote(doc, accepted).start());
        assertThat(cor.reviewStatus().label()).isEqualTo("corrected");
        assertThat(cor.speaker()).isEqualTo(newSpeaker.name());
        assertThat(cor.speakerEntityId()).isEqualTo(newSpeaker.entityId());
        assertThat(rej.reviewStatus().label()).isEqualTo("rejected");
        assertThat(row(rows, undone).reviewStatus().label()).isEqualTo("unreviewed");
        assertThat(rows.stream().filter(r -> r.reviewStatus().label().equals("unreviewed")).count())
                .isEqualTo(rows.size() - 3);
        assertThat(Files.readAllLines(out.resolve(ReviewJournal.ORPHANS_RELATIVE_PATH))).hasSize(1); // header only
    }

    @Test
    void articleMarkupIsShownAsTextAndNeverRuns() throws Exception {
        requireBrowser();
        AnnotatedDocument evil = ReviewFixtures.doc("market.txt", String.join("\n",
                "Market <b>hours</b> <img src=x onerror=\"window.__pwned=2\">",
                "[Cy Moss|PERSON] said: “<script>window.__pwned=1</script> was the <b>strange</b> note we found.”"));
        Path out = output("evil-output", evil);
        ReviewSession session = sessionOf(out);
        try (ReviewServer server = ReviewServer.start(session, "127.0.0.1", 0);
             WebDriverClient browser = new WebDriverClient(Path.of("target", "chromedriver-evil.log"))) {
            browser.navigate(server.url() + "?annotator=ana");
            waitReady(browser);
            assertThat(text(browser, "passage")).contains("<script>window.__pwned=1</script> was the <b>strange</b> note");
            browser.click("#f-view option[value='list']");
            assertThat(text(browser, "list-body")).contains("<script>window.__pwned=1</script>");
            Thread.sleep(300);
            assertThat(browser.script("return typeof window.__pwned").asText()).isEqualTo("undefined");
            assertThat(browser.script("return document.querySelectorAll('main script, main b, main img').length").asInt()).isZero();
        }
    }

    @Test
    void aColleaguesLaterDecisionIsShownNeverOverwritten() throws Exception {
        requireBrowser();
        AnnotatedDocument doc = ReviewFixtures.doc("ferry.txt", String.join("\n",
                "Ferry timetable changes",
                "[Nadia Forde|PERSON] said: “The winter timetable starts on Monday.”",
                "[Olek Brandt|PERSON] said: “Two crossings a day will be cut.”"));
        Path out = output("team-output", doc);
        ReviewSession session = sessionOf(out);
        ReviewSession.Saved bo;
        try (ReviewServer server = ReviewServer.start(session, "127.0.0.1", 0);
             WebDriverClient browser = new WebDriverClient(Path.of("target", "chromedriver-conflict.log"))) {
            browser.navigate(server.url() + "?annotator=ana");
            waitReady(browser);
            Decided shown = current(browser, doc);
            // bo rejects the quote ana is looking at, after ana's page loaded it
            bo = session.decide("bo", shown.doc(), shown.quoteId(), ReviewAction.REJECT, null, null,
                    null, ReviewSession.Terms.on(""));
            browser.type("body", "a");
            waitFor(browser, "return document.body.dataset.conflict === 'true'", "conflict shown");
            assertThat(text(browser, "conflict-text")).contains("bo decided reject").contains("rejected")
                    .contains("Your accept was not saved");
            assertThat(text(browser, "p-status")).isEqualTo("rejected");
            assertThat(current(browser, doc)).isEqualTo(shown);
            assertThat(ReviewJournal.inOutput(out).read().entries()).hasSize(1);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "review-conflict-screenshot.png"), browser.screenshot());

            // ana applies her decision on top of bo's, knowingly
            browser.click("#btn-apply-mine");
            waitSaved(browser, "accept", shown);
            waitFor(browser, "return document.body.dataset.conflict !== 'true'", "conflict closed");
        }
        List<JournalEntry> entries = ReviewJournal.inOutput(out).read().entries();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).annotator()).isEqualTo("ana");
        assertThat(entries.get(1).basedOn()).isEqualTo(bo.entry().id());
    }

    @Test
    void reasonsNotesUnsureFlagsSameEvidenceAndThePicker() throws Exception {
        requireBrowser();
        AnnotatedDocument doc = ReviewFixtures.doc("pier.txt", String.join("\n",
                "[Pia Lund|PERSON] said: “We open in May.” and then: “Prices stay the same.”",
                "The [Harbour Board|ORGANIZATION] met [Cy Moss|PERSON], who said: “Three boats will wait.”"));
        Path out = output("speed-output", doc);
        ReviewSession session = sessionOf(out);
        try (ReviewServer server = ReviewServer.start(session, "127.0.0.1", 0);
             WebDriverClient browser = new WebDriverClient(Path.of("target", "chromedriver-speed.log"))) {
            browser.navigate(server.url() + "?annotator=ana");
            waitReady(browser);
            Decided first = current(browser, doc);
            assertThat(first.quoteId()).isEqualTo("q1");

            // 1. the annotator selects the name in the text; C opens the picker with it typed in
            browser.script("const m = document.querySelector('#passage mark.mention'); const r = document.createRange();"
                    + " r.selectNodeContents(m); const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                    + " return true;");
            browser.type("body", "c");
            waitFor(browser, "return !document.getElementById('speaker-form').hidden", "speaker form");
            assertThat(browser.script("return document.getElementById('speaker-input').value").asText()).isEqualTo("Pia Lund");
            // people first, then organisations
            assertThat(browser.script("return [...document.getElementById('speaker-select').options].slice(1)"
                    + ".map(o => o.text.split(' (')[0])").toString()).isEqualTo("[\"Cy Moss\",\"Pia Lund\",\"Harbour Board\"]");
            // typing filters anywhere in the name
            browser.script("const i = document.getElementById('speaker-input'); i.value = ''; return true;");
            browser.type("#speaker-input", "mos");
            assertThat(browser.script("return [...document.getElementById('speaker-select').options].slice(1)"
                    + ".filter(o => !o.hidden).map(o => o.text.split(' (')[0])").toString()).isEqualTo("[\"Cy Moss\"]");
            browser.script("document.getElementById('speaker-input').value = ''; return true;");
            browser.click("#speaker-select option[value='e3']");
            // the other quote introduced by the same mention gets the same correction
            assertThat(text(browser, "same-mention-count")).isEqualTo("1");
            browser.click("#same-mention");
            browser.click("#btn-save-speaker");
            waitSaved(browser, "correct-speaker", first);
            assertThat(text(browser, "saved")).contains("(and 1 with the same evidence)");
            waitReady(browser);

            // 2. reject with a reason, a note and the unsure flag, by keys where there are keys
            Decided third = current(browser, doc);
            assertThat(third.quoteId()).isEqualTo("q3");
            browser.type("body", "q");
            browser.type("body", "n");
            assertThat(browser.script("return document.activeElement.id").asText()).isEqualTo("r-note");
            browser.type("#r-note", "check the recording");
            browser.click("#r-reason option[value='wrong-span']");
            browser.type("body", "r");
            waitSaved(browser, "reject", third);
            waitFor(browser, "return document.body.dataset.busy !== 'true'", "the list reloaded after the decision");
            assertThat(browser.script("return document.getElementById('r-note').value").asText()).as("reset").isEmpty();

            // 3. the unsure filter finds it, with the remark shown
            browser.click("#f-status option[value='unsure']");
            waitReady(browser);
            assertThat(current(browser, doc)).isEqualTo(third);
            assertThat(text(browser, "p-by")).isEqualTo("ana: rejected (wrong-span, unsure, “check the recording”)");
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "review-remark-screenshot.png"), browser.screenshot());
        }
        List<JournalEntry> entries = ReviewJournal.inOutput(out).read().entries();
        assertThat(entries).extracting(e -> e.quoteId() + " " + e.action().label())
                .containsExactly("q1 correct-speaker", "q2 correct-speaker", "q3 reject");
        assertThat(entries.get(0).newState().speaker()).isEqualTo("Cy Moss");
        assertThat(entries.get(1).newState().speaker()).isEqualTo("Cy Moss");
        assertThat(entries.get(2).remark()).isEqualTo(new Remark(Remark.Reason.WRONG_SPAN, "check the recording", true));
    }

    @Test
    void theWholeArticleWithItsQuotesAndWhatAPronounRefersTo() throws Exception {
        requireBrowser();
        AnnotatedDocument marked = ReviewFixtures.doc("council.txt", String.join("\n",
                "[Pia Lund|PERSON] spoke to the council on Monday about the ferry: “Two crossings will go.”",
                "The board met for an hour and heard from the harbour staff.",
                "Later [She|PERSON] said: “We will review the timetable in spring.”"));
        // one entity for Pia Lund and "She", as the clusterer makes it; the second quote's evidence is the pronoun
        var m = marked.mentions();
        LocalEntity pia = new LocalEntity("e1", "Pia Lund", "PERSON", List.of(m.get(0).id(), m.get(1).id()),
                List.of("Pia Lund"), List.of(), List.of(), "pia_lund");
        List<Quote> quotes = new java.util.ArrayList<>();
        for (Quote q : marked.quotes()) {
            var a = q.attribution();
            quotes.add(new Quote(q.id(), q.kind(), q.start(), q.end(), q.text(), new org.newsquotes.record.Attribution(
                    "Pia Lund", "e1", "pia_lund", a.mention(), a.mentionSpan(), a.cue(), a.method(), a.confidence()),
                    q.reviewStatus()));
        }
        var d0 = marked.document();
        AnnotatedDocument doc = marked.withEntities(List.of(pia)).withQuotes(quotes).withDocument(
                new org.newsquotes.record.Document(d0.docId(), d0.path(), d0.format(), "Ferry crossings cut",
                        "2026-11-30", "https://harbour-times.example/ferry", d0.text(), d0.blocks(), d0.removed(),
                        d0.warnings()));
        Path out = output("context-output", doc);
        ReviewSession session = sessionOf(out);
        try (ReviewServer server = ReviewServer.start(session, "127.0.0.1", 0);
             WebDriverClient browser = new WebDriverClient(Path.of("target", "chromedriver-context.log"))) {
            browser.navigate(server.url() + "?annotator=ana");
            waitReady(browser);
            // the first quote: the whole article is shown, with the other quote highlighted too
            assertThat(text(browser, "doc-meta")).isEqualTo("Ferry crossings cut · harbour-times.example · 2026-11-30");
            assertThat(text(browser, "passage")).contains("The board met for an hour");
            assertThat(browser.script("return document.querySelectorAll('#passage mark.quote-other').length").asInt()).isEqualTo(1);
            assertThat(browser.script("return document.getElementById('referent').hidden").asBoolean()).isTrue();
            // the second: its evidence is "She", which refers to Pia Lund, named two paragraphs earlier
            browser.type("body", "s");
            waitReady(browser);
            assertThat(current(browser, doc).quoteId()).isEqualTo("q2");
            assertThat(text(browser, "referent")).isEqualTo("“She” refers to Pia Lund, named earlier (outlined in the text)");
            assertThat(browser.script("return document.querySelector('#passage mark.referent').textContent").asText())
                    .isEqualTo("Pia Lund");
            assertThat(browser.script("return document.querySelector('#passage mark.mention').textContent").asText())
                    .isEqualTo("She");
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "review-context-screenshot.png"), browser.screenshot());

            // a click on a name in the text does nothing until C opens the speaker form; then it sets the speaker
            browser.click("#passage mark.ent[data-entity='e1']");
            assertThat(ReviewJournal.inOutput(out).read().entries()).isEmpty();
            browser.type("body", "c");
            waitFor(browser, "return !document.getElementById('speaker-form').hidden", "speaker form");
            browser.click("#passage mark.referent");
            waitSaved(browser, "correct-speaker", new Decided("council.txt", "q2", "We will review the timetable in spring."));
        }
        List<JournalEntry> entries = ReviewJournal.inOutput(out).read().entries();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(ReviewAction.CORRECT_SPEAKER);
            assertThat(e.newState().speakerLocalId()).isEqualTo("e1");
            assertThat(e.newState().speaker()).isEqualTo("Pia Lund");
        });
    }

    /**
     * Fixing what the pipeline got wrong: select words of a sentence no quote covers and add them as a quote (kind
     * picked, speaker set by clicking a name in the text); then shorten a machine quote's span with E and the arrow
     * keys; {@code annotate} again: {@code quotes.csv} carries the added quote ({@code added}, the clicked mention
     * as its evidence) and the new span ({@code corrected}).
     */
    @Test
    void aMissedQuoteIsAddedBySelectingItsWordsAndASpanIsShortenedWithKeys() throws Exception {
        requireBrowser();
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(SAMPLE.resolve(DOC), corpus.resolve(DOC));
        Path out = tmp.resolve("output");
        assertThat(Main.run("annotate", corpus.toString(), "--out", out.toString(), "--no-progress")).isEqualTo(Main.OK);
        AnnotatedDocument doc = OutputDocuments.load(out).get(0);
        String text = doc.text();
        // words no quote covers: the first sentence of a body block that holds no quote, its first six words
        org.newsquotes.record.Block free = doc.document().blocks().stream()
                .filter(b -> b.span().length() > 60 && doc.quotes().stream().noneMatch(q -> q.span().overlaps(b.span())))
                .findFirst().orElseThrow();
        int start = free.span().start();
        int end = start;
        for (int w = 0; w < 6; w++) {
            end = text.indexOf(' ', end + 1);
        }
        String words = text.substring(start, end);
        // a name in the text to click as the speaker: a person's mention
        LocalEntity person = doc.entities().stream().filter(e -> e.type().equals("PERSON")).findFirst().orElseThrow();
        org.newsquotes.record.Mention clicked = doc.mentions().stream().filter(m -> person.mentionIds().contains(m.id()))
                .findFirst().orElseThrow();

        Path target = Path.of("target");
        Files.createDirectories(target);
        ReviewSession session = sessionOf(out);
        Decided respanned;
        String shortened;
        try (ReviewServer server = ReviewServer.start(session, "127.0.0.1", 0);
             WebDriverClient browser = new WebDriverClient(target.resolve("chromedriver-edit.log"))) {
            browser.navigate(server.url() + "?annotator=ana");
            waitReady(browser);
            // select the words in the passage (as a drag with the mouse does) and press the add button (WebDriver's
            // typing into the page body moves the caret, which a person's + key does not)
            assertThat(browser.script(SELECT, start, end).asBoolean()).as("selection made").isTrue();
            browser.click("#btn-add");
            waitFor(browser, "return !document.getElementById('add-form').hidden", "add form");
            assertThat(text(browser, "add-text")).isEqualTo(words);
            browser.click("#add-kind option[value='indirect']");
            Files.write(target.resolve("review-add-screenshot.png"), browser.screenshot());
            browser.click("#passage mark.ent[data-start='" + clicked.start() + "']");
            waitFor(browser, "return document.getElementById('saved').textContent.startsWith('Saved: add-quote')", "add saved");
            waitReady(browser);
            assertThat(text(browser, "p-status")).isEqualTo("added");

            // the next machine quote: E, then the end one word earlier (left arrow), Enter
            browser.type("body", "s");
            waitReady(browser);
            respanned = current(browser, doc);
            assertThat(respanned.quoteId()).startsWith("q");
            Quote before = quote(doc, respanned);
            browser.type("body", "e");
            waitFor(browser, "return !document.getElementById('span-editor').hidden", "span editor");
            browser.type("body", "\uE012");
            waitFor(browser, "return document.getElementById('span-text').textContent.length < arguments[0]",
                    "a shorter span", before.text().length());
            shortened = text(browser, "span-text");
            browser.type("body", "\uE007");
            waitFor(browser, "return document.getElementById('saved').textContent.startsWith(arguments[0])",
                    "span saved", "Saved: change-span " + DOC + " " + respanned.quoteId());
            waitReady(browser);
            assertThat(text(browser, "p-status")).isEqualTo("corrected");
            // the quote's highlight (one mark per piece between names) covers the new words
            assertThat(browser.script("return [...document.querySelectorAll('#passage mark.quote')]"
                    + ".map(m => m.textContent).join('')").asText()).isEqualTo(shortened);
        }
        assertThat(shortened).isNotEmpty();
        assertThat(quote(doc, respanned).text()).startsWith(shortened);

        assertThat(Main.run("annotate", corpus.toString(), "--out", out.toString(), "--no-progress")).isEqualTo(Main.OK);
        List<QuoteRow> rows = CsvTableReader.readAll(Tables.QUOTES, out);
        QuoteRow added = rows.stream().filter(r -> r.text().equals(words)).findFirst().orElseThrow();
        assertThat(added.reviewStatus().label()).isEqualTo("added");
        assertThat(added.kind().label()).isEqualTo("indirect");
        assertThat(added.speaker()).isEqualTo(person.name());
        assertThat(added.method()).isEqualTo(ReviewApplier.REVIEW_METHOD);
        assertThat(added.start()).isEqualTo(start);
        QuoteRow cut = rows.stream().filter(r -> r.quoteId().equals(respanned.quoteId())).findFirst().orElseThrow();
        assertThat(cut.text()).isEqualTo(shortened);
        assertThat(cut.reviewStatus().label()).isEqualTo("corrected");
        assertThat(rows).hasSize(doc.quotes().size() + 1);
        // the clicked name is the added quote's evidence
        assertThat(added.speakerMention()).isEqualTo(clicked.text());
        assertThat(added.speakerMentionStart()).isEqualTo(clicked.start());
    }

    /** Selects document offsets [arguments[0], arguments[1]) in the passage, as the annotator's mouse would. */
    private static final String SELECT = String.join("\n",
            "function point(offset) {",
            "  const ps = [...document.querySelectorAll('#passage p')].filter(p => Number(p.dataset.start) <= offset);",
            "  const p = ps[ps.length - 1];",
            "  let at = Number(p.dataset.start);",
            "  const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);",
            "  for (let n = w.nextNode(); n; n = w.nextNode()) {",
            "    if (offset <= at + n.length) return [n, offset - at];",
            "    at += n.length;",
            "  }",
            "  return null;",
            "}",
            "const a = point(arguments[0]), b = point(arguments[1]);",
            "if (!a || !b) return false;",
            "const r = document.createRange(); r.setStart(a[0], a[1]); r.setEnd(b[0], b[1]);",
            "const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);",
            "return !s.isCollapsed;");

    @Test
    void aLongListComesInPagesFromTheServer() throws Exception {
        requireBrowser();
        StringBuilder marked = new StringBuilder("Council minutes");
        for (int i = 1; i <= 250; i++) marked.append("\n[Ada Bell|PERSON] said: “Item ").append(i).append(" is approved.”");
        AnnotatedDocument doc = ReviewFixtures.doc("minutes.txt", marked.toString());
        Path out = output("long-output", doc);
        ReviewSession session = sessionOf(out);
        try (ReviewServer server = ReviewServer.start(session, "127.0.0.1", 0);
             WebDriverClient browser = new WebDriverClient(Path.of("target", "chromedriver-long.log"))) {
            browser.navigate(server.url() + "?annotator=ana");
            waitReady(browser);
            browser.click("#f-order option[value='doc']");
            waitFor(browser, "return document.getElementById('position').textContent.startsWith('quote 1 of 250')", "first");
            // the page holds 200 quotes; moving on from the 200th loads the next page from the server
            assertThat(browser.script("return document.body.dataset.ready").asText()).isEqualTo("true");
            browser.script("for (let i = 0; i < 199; i++) document.dispatchEvent(new KeyboardEvent('keydown', {key: 's'}));"
                    + " return true;");
            // 199 renders in a row: on a loaded 2-core machine this took over 30 s once, so this one wait is longer
            waitFor(browser, Duration.ofSeconds(120), "return document.getElementById('position').textContent.startsWith('quote 200 of 250')", "200th");
            browser.type("body", "s");
            waitFor(browser, "return document.getElementById('position').textContent.startsWith('quote 201 of 250')", "201st");
            assertThat(current(browser, doc).quoteId()).isEqualTo("q201");
            // a decision there, then back across the page boundary
            browser.type("body", "a");
            waitSaved(browser, "accept", new Decided("minutes.txt", "q201", "Item 201 is approved."));
            waitReady(browser);
            assertThat(current(browser, doc).quoteId()).isEqualTo("q202");
            browser.type("body", "b");
            waitFor(browser, "return document.getElementById('ref').dataset.quote === 'q200'", "back on the first page");
            assertThat(text(browser, "progress-text")).startsWith("1 of 250 quotes reviewed");
        }
        assertThat(ReviewJournal.inOutput(out).read().entries()).singleElement()
                .satisfies(e -> assertThat(e.quoteId()).isEqualTo("q201"));
    }

    /**
     * Entities too: in the entity view an annotator finds an entity by part of a name, splits a wrongly merged name
     * off it, fixes a newspaper typed PERSON and merges two entities; an undo takes the last back. The journal holds
     * what the next annotate applies (EntityDecisionsRunTest runs that part).
     */
    @Test
    void entitiesAreSplitRetypedAndMergedInTheEntityView() throws Exception {
        requireBrowser();
        AnnotatedDocument doc = ReviewFixtures.doc("dock.txt",
                "[Rhea Sand|PERSON] said: “The dock reopens.” The [Sand Courier|PERSON] printed it.");
        Path out = output("entity-output", doc);
        List<org.newsquotes.record.Entity> entities = List.of(
                new org.newsquotes.record.Entity("rhea_sand", "Rhea Sand", "PERSON", List.of("Rhea Sand", "Sand"), 4,
                        List.of("dock.txt"), List.of()),
                new org.newsquotes.record.Entity("sand_courier", "Sand Courier", "PERSON", List.of("Sand Courier"), 2,
                        List.of("dock.txt"), List.of()),
                new org.newsquotes.record.Entity("r_sand", "R. Sand", "PERSON", List.of("R. Sand"), 1,
                        List.of("dock.txt"), List.of()));
        EntityReview review = new EntityReview(entities, EntityJournal.inOutput(out), Clock.systemUTC());
        try (ReviewServer server = ReviewServer.start(sessionOf(out), review, "127.0.0.1", 0);
             WebDriverClient browser = new WebDriverClient(Path.of("target", "chromedriver-entities.log"))) {
            browser.navigate(server.url() + "?annotator=ana");
            waitReady(browser);
            browser.click("#f-view option[value='entities']");
            waitFor(browser, "return document.body.dataset.entitiesReady === 'true'", "entity list");
            browser.type("#e-search", "rhea");
            waitFor(browser, "return document.body.dataset.entitiesQuery === 'rhea'", "the search's answer");
            assertThat(browser.script("return document.querySelectorAll('#e-body tr').length").asInt()).isEqualTo(1);
            browser.click("#e-body tr[data-entity='rhea_sand']");
            waitFor(browser, "return !document.getElementById('e-panel').hidden", "entity panel");
            // split the bare surname off: the paper's "Sand" was merged into the person
            browser.click("#e-names input[value='Sand']");
            browser.click("#btn-e-split");
            waitFor(browser, "return document.getElementById('saved').textContent.startsWith('Saved: entity split')", "split saved");
            // merge R. Sand into Rhea Sand
            browser.type("#e-merge-search", "R. S");
            waitFor(browser, "return document.body.dataset.mergeQuery === 'R. S'", "merge candidates");
            assertThat(browser.script("return [...document.getElementById('e-merge-select').options].map(o => o.value)")
                    .toString()).isEqualTo("[\"r_sand\"]");
            browser.click("#e-merge-select option[value='r_sand']");
            browser.click("#btn-e-merge");
            waitFor(browser, "return document.getElementById('saved').textContent.startsWith('Saved: entity merge')", "merge saved");
            Files.write(Path.of("target", "review-entities-screenshot.png"), browser.screenshot());
            // the paper: ORGANIZATION, not PERSON
            browser.script("const s = document.getElementById('e-search'); s.value = ''; s.dispatchEvent(new Event('input')); return true;");
            waitFor(browser, "return document.body.dataset.entitiesQuery === ''", "all entities");
            browser.click("#e-body tr[data-entity='sand_courier']");
            waitFor(browser, "return document.getElementById('e-title').textContent.startsWith('Sand Courier')", "paper panel");
            browser.click("#e-type option[value='ORGANIZATION']");
            browser.click("#btn-e-type");
            waitFor(browser, "return document.getElementById('saved').textContent.startsWith('Saved: entity type')", "type saved");
            // and takes the type back
            browser.click("#btn-entity-undo");
            waitFor(browser, "return document.getElementById('saved').textContent.startsWith('Saved: entity undo sand_courier')", "undo");
            // keys never decide on quotes from the entity view
            browser.type("body", "a");
            assertThat(ReviewJournal.inOutput(out).read().entries()).isEmpty();
        }
        EntityJournal.Contents c = EntityJournal.inOutput(out).read();
        assertThat(c.inForce()).extracting(EntityDecision::action)
                .containsExactly(EntityDecision.Action.SPLIT, EntityDecision.Action.MERGE);
        assertThat(c.inForce().get(0).names()).containsExactly("Sand");
        assertThat(c.inForce().get(1).others()).containsExactly("R. Sand");
        assertThat(c.decisions()).hasSize(4).allSatisfy(d -> assertThat(d.annotator()).isEqualTo("ana"));
    }

    @Test
    void inBlindModeAColleaguesDecisionsNeverShow() throws Exception {
        requireBrowser();
        AnnotatedDocument doc = ReviewFixtures.doc("tram.txt", String.join("\n",
                "[Nadia Forde|PERSON] said: “The tram line opens in June.”",
                "[Olek Brandt|PERSON] said: “Fares will not rise.”"));
        Path out = output("blind-output", doc);
        ReviewSession session = sessionOf(out);
        // bo has judged both quotes already, in the team's view
        session.decide("bo", "tram.txt", "q1", ReviewAction.REJECT, null, null, null);
        session.decide("bo", "tram.txt", "q2", ReviewAction.ACCEPT, null, null, null);
        try (ReviewServer server = ReviewServer.start(session, "127.0.0.1", 0);
             WebDriverClient browser = new WebDriverClient(Path.of("target", "chromedriver-blind.log"))) {
            browser.navigate(server.url() + "?annotator=ana&blind=1");
            waitReady(browser);
            assertThat(browser.script("return document.getElementById('blind').hidden").asBoolean()).isFalse();
            assertThat(text(browser, "progress-text")).startsWith("0 of 2 quotes reviewed");
            assertThat(text(browser, "p-status")).isEqualTo("unreviewed");
            assertThat(text(browser, "p-by")).isEqualTo("—");
            assertThat(browser.script("return document.body.textContent.includes('bo:')").asBoolean()).isFalse();
            Decided first = current(browser, doc);
            browser.type("body", "a");
            waitSaved(browser, "accept", first);
            waitReady(browser);
            assertThat(text(browser, "p-by")).isEqualTo("—");
        }
        List<JournalEntry> entries = ReviewJournal.inOutput(out).read().entries();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(2).annotator()).isEqualTo("ana");
        assertThat(entries.get(2).oldState().status()).as("what ana saw").isEqualTo(org.newsquotes.record.ReviewStatus.UNREVIEWED);
    }

    @Test
    void aCuratorSettlesWhatBlindAnnotatorsDisagreedOn() throws Exception {
        requireBrowser();
        AnnotatedDocument doc = ReviewFixtures.doc("quay.txt", String.join("\n",
                "[Nadia Forde|PERSON] said: “The quay reopens on Friday.”",
                "[Olek Brandt|PERSON] said: “Parking stays free.”"));
        Path out = output("curate-output", doc);
        ReviewSession session = sessionOf(out);
        // two blind annotators: they agree on q2, not on q1
        session.decide("ana", "quay.txt", "q1", ReviewAction.ACCEPT, null, null, null,
                ReviewSession.Terms.on("").inBlindMode());
        session.decide("bo", "quay.txt", "q1", ReviewAction.REJECT, null, null, null,
                ReviewSession.Terms.on("").inBlindMode());
        session.decide("ana", "quay.txt", "q2", ReviewAction.ACCEPT, null, null, null,
                ReviewSession.Terms.on("").inBlindMode());
        session.decide("bo", "quay.txt", "q2", ReviewAction.ACCEPT, null, null, null,
                ReviewSession.Terms.on("").inBlindMode());
        try (ReviewServer server = ReviewServer.start(session, "127.0.0.1", 0);
             WebDriverClient browser = new WebDriverClient(Path.of("target", "chromedriver-curate.log"))) {
            browser.navigate(server.url() + "?annotator=cy&curate=1");
            waitFor(browser, "return document.body.dataset.ready === 'true'", "page");
            assertThat(browser.script("return document.getElementById('curator').hidden").asBoolean()).isFalse();
            browser.click("#f-status option[value='disagreement']");
            waitReady(browser);
            assertThat(text(browser, "position")).startsWith("quote 1 of 1");
            assertThat(current(browser, doc).quoteId()).isEqualTo("q1");
            assertThat(text(browser, "p-status")).contains("annotators disagree");
            assertThat(text(browser, "p-by")).contains("ana: accepted").contains("bo: rejected");
            Decided disputed = current(browser, doc);
            browser.type("body", "a");
            waitSaved(browser, "accept", disputed);
            waitFor(browser, "return document.getElementById('progress-text').textContent.endsWith('0 match the filters')",
                    "nothing left to adjudicate");
        }
        List<JournalEntry> entries = ReviewJournal.inOutput(out).read().entries();
        assertThat(entries.get(entries.size() - 1).adjudication()).isTrue();
        assertThat(entries.get(entries.size() - 1).annotator()).isEqualTo("cy");
        assertThat(new ReviewSession(OutputDocuments.load(out), ReviewJournal.inOutput(out), Clock.systemUTC())
                .items().get(0).adjudicated()).isTrue();
    }

    /** Skips the test where no browser is installed, except on CI, where a missing browser is a failure. */
    private static void requireBrowser() {
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(WebDriverClient.available(), "chromium + chromedriver not installed (.ci/install-chromium.sh)");
        }
    }

    /** An output directory named {@code name} holding {@code doc}'s JSON, as annotate writes it. */
    private Path output(String name, AnnotatedDocument doc) throws Exception {
        Path out = tmp.resolve(name);
        new org.newsquotes.output.OutputWriter(out).writeDocumentJson(doc);
        return out;
    }

    private static ReviewSession sessionOf(Path out) {
        return new ReviewSession(OutputDocuments.load(out), ReviewJournal.inOutput(out), Clock.systemUTC());
    }

    private static QuoteRow row(List<QuoteRow> rows, Decided d) {
        return rows.stream().filter(r -> r.docId().equals(d.doc()) && r.text().equals(d.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no quotes.csv row for " + d));
    }

    private static Quote quote(AnnotatedDocument doc, Decided d) {
        return doc.quotes().stream().filter(q -> q.id().equals(d.quoteId())).findFirst().orElseThrow();
    }

    private static String text(WebDriverClient b, String id) throws Exception {
        return b.script("return document.getElementById(arguments[0]).textContent", id).asText();
    }

    private static Decided current(WebDriverClient b, AnnotatedDocument doc) throws Exception {
        JsonNode r = b.script("const e=document.getElementById('ref'); return [e.dataset.doc, e.dataset.quote];");
        String quoteId = r.get(1).asText();
        String qText = doc.docId().equals(r.get(0).asText()) ? doc.quotes().stream().filter(q -> q.id().equals(quoteId))
                .findFirst().map(Quote::text).orElse("") : "";
        return new Decided(r.get(0).asText(), quoteId, qText);
    }

    private static void waitReady(WebDriverClient b) throws Exception {
        waitFor(b, "return document.body.dataset.ready === 'true' && document.body.dataset.busy !== 'true'"
                + " && document.getElementById('ref').dataset.quote !== ''"
                + " && document.querySelector('#passage mark.quote') !== null", "page with a highlighted quote");
    }

    private static void waitSaved(WebDriverClient b, String action, Decided d) throws Exception {
        String expected = "Saved: " + action + " " + d.doc() + " " + d.quoteId();
        waitFor(b, "return document.getElementById('saved').textContent.startsWith(arguments[0])", "saved " + action, expected);
    }

    private static void waitFor(WebDriverClient b, String js, String what, Object... args) throws Exception {
        waitFor(b, Duration.ofSeconds(30), js, what, args);
    }

    private static void waitFor(WebDriverClient b, Duration timeout, String js, String what, Object... args) throws Exception {
        WebDriverClient.waitFor(() -> {
            try {
                return b.script(js, args).asBoolean();
            } catch (Exception e) {
                return false;
            }
        }, timeout, what);
    }
}
