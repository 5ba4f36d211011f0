package org.newsquotes.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.output.DocumentRow;
import org.newsquotes.output.OutputWriter;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;
import org.newsquotes.testing.WebDriverClient;

/**
 * End to end in a real browser: headless Chromium drives the review page over an output directory, accepts one
 * quote (keyboard), corrects one speaker (keyboard + typing), rejects one (button); then the pipeline "re-runs"
 * with an edited unrelated paragraph and quotes.csv must carry the three decisions. Saves a screenshot to
 * {@code target/review-screenshot.png} (and the list view to {@code target/review-list-screenshot.png}).
 */
class ReviewBrowserIT {
    @TempDir Path tmp;

    static List<AnnotatedDocument> corpus(boolean edited) {
        String lede = edited ? "The ferry company, after a stormy week of delays and cancelled crossings, promised changes."
                : "The ferry company promised changes.";
        return List.of(
                ReviewFixtures.doc("harbour.txt", String.join("\n",
                        "Ferry timetable row deepens",
                        lede,
                        "[Mara Quill|PERSON] told the council: “We cannot wait another winter for this.”",
                        "[Tobias Wren|PERSON] answered: “The boats are already booked.”",
                        "[Ida Lund|PERSON], who runs the kiosk, shrugged. “Nobody asked the shop owners,” [Tobias Wren|PERSON] noted.",
                        "The sign on the pier read “Closed for repairs”.")),
                ReviewFixtures.doc("market.txt", String.join("\n",
                        "Market hours extended",
                        "[Ada Bell|PERSON] said: “Saturday trading will start at six.”",
                        "[Cy Moss|PERSON] said: “<script>window.__pwned=1</script> was the <b>strange</b> note we found.”")));
    }

    @Test
    void annotatorDecisionsInTheBrowserLandInQuotesCsvAfterARerun() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!ci) Assumptions.assumeTrue(WebDriverClient.available(), "chromium + chromedriver not installed (.ci/install-chromium.sh)");
        Path out = tmp.resolve("output");
        OutputWriter writer = new OutputWriter(out);
        for (AnnotatedDocument d : corpus(false)) writer.writeDocumentJson(d);
        List<AnnotatedDocument> loaded = OutputDocuments.load(out);
        assertThat(loaded).hasSize(2);
        int total = loaded.stream().mapToInt(d -> d.quotes().size()).sum();

        Path target = Path.of("target");
        Files.createDirectories(target);
        Map<String, String[]> decided = new HashMap<>();
        ReviewSession session = new ReviewSession(loaded, ReviewJournal.inOutput(out), Clock.systemUTC());
        try (ReviewServer server = ReviewServer.start(session, "127.0.0.1", 0);
             WebDriverClient browser = new WebDriverClient(target.resolve("chromedriver.log"))) {
            browser.navigate(server.url() + "?annotator=ana");
            waitReady(browser);
            assertThat(browser.script("return document.getElementById('progress-text').textContent").asText())
                    .startsWith("0 of " + total + " quotes reviewed");

            // 1. accept with the keyboard
            String[] first = current(browser);
            browser.type("body", "a");
            waitSaved(browser, "accept", first);
            decided.put("accepted", first);

            // 2. correct the speaker: C opens the form, type a name, Enter saves
            waitReady(browser);
            String[] second = current(browser);
            assertThat(second).isNotEqualTo(first);
            browser.type("body", "c");
            waitFor(browser, "return !document.getElementById('speaker-form').hidden", "speaker form");
            browser.type("#speaker-input", "Ida Lund\n");
            waitSaved(browser, "correct-speaker", second);
            decided.put("corrected", second);

            // 3. reject with the button
            waitReady(browser);
            String[] third = current(browser);
            assertThat(third).isNotEqualTo(second);
            browser.click("#btn-reject");
            waitSaved(browser, "reject", third);
            decided.put("rejected", third);

            // show everything, with the article's markup rendered inert
            browser.script("const s=document.getElementById('f-status'); s.value=''; s.dispatchEvent(new Event('change'));");
            waitReady(browser);
            waitFor(browser, "return document.getElementById('progress-text').textContent.startsWith(arguments[0])",
                    "progress counter at 3", "3 of " + total + " quotes reviewed");
            browser.script("const s=document.getElementById('f-view'); s.value='list'; s.dispatchEvent(new Event('change'));");
            String listText = browser.script("return document.getElementById('list').innerText").asText();
            assertThat(listText).contains("<script>window.__pwned=1</script>").contains("<b>strange</b>");
            assertThat(browser.script("return typeof window.__pwned").asText()).isEqualTo("undefined");
            assertThat(browser.script("return document.scripts.length").asInt()).isEqualTo(1);
            assertThat(browser.script("return document.querySelectorAll('#list b, #list img').length").asInt()).isZero();
            Files.write(target.resolve("review-list-screenshot.png"), browser.screenshot());

            // one-at-a-time view on the corrected quote for the screenshot
            browser.script("const s=document.getElementById('f-view'); s.value='one'; s.dispatchEvent(new Event('change'));");
            browser.script("const d=document.getElementById('f-doc'); d.value=arguments[0]; d.dispatchEvent(new Event('change'));", second[0]);
            for (int i = 0; i < 10 && !List.of(current(browser)).equals(List.of(second)); i++) {
                browser.type("body", "s");
                Thread.sleep(150);
            }
            waitReady(browser);
            Files.write(target.resolve("review-screenshot.png"), browser.screenshot());
        }

        // the pipeline runs again, this time on a version of the articles whose lede was edited
        List<AnnotatedDocument> rerun = corpus(true);
        ReviewApplier.Result applied = ReviewJournal.inOutput(out).apply(rerun);
        assertThat(applied.orphans()).isEmpty();
        Path quotesCsv = out.resolve("quotes.csv");
        new OutputWriter(out).writeTables(applied.documents().stream().map(DocumentRow::ok).toList(), applied.documents(),
                List.of(), List.of());

        Map<String, CSVRecord> rows = new HashMap<>();
        try (Reader r = Files.newBufferedReader(quotesCsv)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                rows.put(rec.get("doc_id") + "/" + rec.get("quote_id"), rec);
            }
        }
        // quote ids are stable here (same extractor); offsets moved, the keys still found them
        CSVRecord acc = rows.get(decided.get("accepted")[0] + "/" + decided.get("accepted")[1]);
        CSVRecord cor = rows.get(decided.get("corrected")[0] + "/" + decided.get("corrected")[1]);
        CSVRecord rej = rows.get(decided.get("rejected")[0] + "/" + decided.get("rejected")[1]);
        assertThat(acc.get("review_status")).isEqualTo("accepted");
        assertThat(cor.get("review_status")).isEqualTo("corrected");
        assertThat(cor.get("speaker")).isEqualTo("Ida Lund");
        assertThat(cor.get("speaker_entity_id")).isEqualTo("ida_lund");
        assertThat(rej.get("review_status")).isEqualTo("rejected");
        assertThat(rows.values().stream().filter(x -> x.get("review_status").equals("unreviewed")).count()).isEqualTo(total - 3);
        Quote moved = rerun.stream().filter(d -> d.docId().equals(decided.get("accepted")[0])).findFirst().orElseThrow()
                .quotes().stream().filter(q -> q.id().equals(decided.get("accepted")[1])).findFirst().orElseThrow();
        assertThat(Integer.parseInt(acc.get("start"))).isEqualTo(moved.start());
    }

    private static String[] current(WebDriverClient b) throws Exception {
        JsonNode r = b.script("const e=document.getElementById('ref'); return [e.dataset.doc, e.dataset.quote];");
        return new String[] {r.get(0).asText(), r.get(1).asText()};
    }

    private static void waitReady(WebDriverClient b) throws Exception {
        waitFor(b, "return document.body.dataset.ready === 'true' && document.body.dataset.busy !== 'true'"
                + " && document.getElementById('ref').dataset.quote !== ''"
                + " && document.querySelector('#passage mark.quote') !== null", "page with a highlighted quote");
    }

    private static void waitSaved(WebDriverClient b, String action, String[] ref) throws Exception {
        String expected = "Saved: " + action + " " + ref[0] + " " + ref[1];
        waitFor(b, "return document.getElementById('saved').textContent.startsWith(arguments[0])", "saved " + action, expected);
    }

    private static void waitFor(WebDriverClient b, String js, String what, Object... args) throws Exception {
        WebDriverClient.waitFor(() -> {
            try {
                return b.script(js, args).asBoolean();
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(20), what);
    }
}
