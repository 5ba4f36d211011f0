package org.newsquotes.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.ReviewStatus;

class ReviewServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;
    private ReviewServer server;
    private ReviewJournal journal;
    private final AnnotatedDocument doc = ReviewFixtures.doc("evil.txt", String.join("\n",
            "Headline <b>bold</b>",
            "[Mara Quill|PERSON] said: “<script>window.__pwned=1</script> is what they typed.”",
            "[Tobias Wren|PERSON] added: “<img src=x onerror=alert(1)> too.”"));

    @BeforeEach
    void start() throws Exception {
        journal = ReviewJournal.inOutput(dir);
        server = ReviewServer.start(new ReviewSession(List.of(doc), journal, Clock.systemUTC()), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() { server.close(); }

    /** Sends a raw request line, so no client library normalises the path first. Returns status line + body. */
    private String[] raw(String method, String target, String extraHeaders, String body) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000); // a server that never answers fails the test instead of hanging it
            byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String req = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n"
                    + extraHeaders + (body == null ? "" : "Content-Length: " + b.length + "\r\n") + "\r\n";
            OutputStream out = s.getOutputStream();
            out.write(req.getBytes(StandardCharsets.ISO_8859_1));
            out.write(b);
            out.flush();
            InputStream in = s.getInputStream();
            String resp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = resp.indexOf("\r\n\r\n");
            return new String[] {resp.substring(0, split), resp.substring(split + 4)};
        }
    }

    private static int status(String[] r) { return Integer.parseInt(r[0].split(" ")[1]); }

    @Test
    void servesThePageWithAStrictContentSecurityPolicy() throws Exception {
        String[] r = raw("GET", "/", "", null);
        assertThat(status(r)).isEqualTo(200);
        assertThat(r[0]).containsIgnoringCase("Content-Security-Policy: " + ReviewServer.CSP)
                .containsIgnoringCase("X-Content-Type-Options: nosniff");
        assertThat(ReviewServer.CSP).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(r[1]).contains("<script src=\"/app.js\"");
        assertThat(status(raw("GET", "/app.js", "", null))).isEqualTo(200);
        assertThat(status(raw("GET", "/app.css", "", null))).isEqualTo(200);
    }

    @Test
    void rejectsPathTraversalAndUnknownPaths() throws Exception {
        for (String target : List.of("/api/doc/..%2F..%2Fetc%2Fpasswd", "/../", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                "/app.js/../../pom.xml", "/org/newsquotes/review/app.js", "/ReviewServer.class", "/api/doc?id=../../etc/passwd",
                "/api/doc?id=%2Fetc%2Fpasswd", "/api/doc?id=json%2Fevil.txt.json", "/api/nothing")) {
            String[] r = raw("GET", target, "", null);
            assertThat(status(r)).as(target).isIn(400, 404);
            assertThat(r[1]).as(target).doesNotContain("root:").doesNotContain("<project");
        }
    }

    @Test
    void apiReturnsArticleTextAsJsonDataOnly() throws Exception {
        String[] r = raw("GET", "/api/doc?id=evil.txt", "", null);
        assertThat(status(r)).isEqualTo(200);
        assertThat(r[0]).containsIgnoringCase("Content-Type: application/json");
        JsonNode d = JSON.readTree(r[1]);
        assertThat(d.get("text").asText()).contains("<script>window.__pwned=1</script>");
        JsonNode q = JSON.readTree(raw("GET", "/api/quotes", "", null)[1]).get("quotes");
        assertThat(q).hasSize(2);
        assertThat(q.get(0).get("text").asText()).startsWith("<script>");
    }

    /** Links every quote of {@code d} to {@code statementId}. */
    private static AnnotatedDocument reporting(AnnotatedDocument d, String statementId) {
        return d.withQuotes(d.quotes().stream().map(q -> q.withStatement(new org.newsquotes.record.StatementLink(
                statementId, org.newsquotes.record.Wording.EXACT, List.of()))).toList());
    }

    @Test
    void aQuoteWhoseStatementOtherOutletsAttributeToSomeoneElseIsFlaggedWithTheirAttributions() throws Exception {
        server.close();
        AnnotatedDocument a = reporting(ReviewFixtures.doc("a.txt", "[Mara Quill|PERSON] said: “The pier stays shut.”"), "st_1");
        AnnotatedDocument b = reporting(ReviewFixtures.doc("b.txt", "[Tobias Wren|PERSON] said: “The pier stays shut.”"), "st_1");
        AnnotatedDocument c = reporting(ReviewFixtures.doc("c.txt", "[Mara Quill|PERSON] said: “The pier stays shut.”"), "st_1");
        AnnotatedDocument d = reporting(ReviewFixtures.doc("d.txt", "[Mara Quill|PERSON] said: “Buses run.”"), "st_2");
        server = ReviewServer.start(new ReviewSession(List.of(a, b, c, d), journal, Clock.systemUTC()), "127.0.0.1", 0);
        JsonNode qs = JSON.readTree(raw("GET", "/api/quotes", "", null)[1]).get("quotes");
        assertThat(qs).hasSize(4);
        JsonNode qa = qs.get(0);
        assertThat(qa.get("statement_id").asText()).isEqualTo("st_1");
        assertThat(qa.get("conflict").asBoolean()).isTrue();
        assertThat(qa.get("other_report_count").asInt()).isEqualTo(2);
        assertThat(qa.get("other_reports").get(0).get("doc").asText()).isEqualTo("b.txt");
        assertThat(qa.get("other_reports").get(0).get("speaker").asText()).isEqualTo("Tobias Wren");
        assertThat(qa.get("other_reports").get(0).get("differs").asBoolean()).isTrue();
        assertThat(qa.get("other_reports").get(1).get("differs").asBoolean()).isFalse();
        assertThat(qs.get(3).get("conflict").asBoolean()).isFalse();
        assertThat(qs.get(3).get("other_report_count").asInt()).isZero();
        // the page orders by conflict first unless the annotator picks another order
        String html = raw("GET", "/", "", null)[1];
        assertThat(html).contains("<option value=\"conflict\" selected>");
    }

    @Test
    void pageScriptNeverParsesDataAsHtml() throws Exception {
        for (String script : new String[] {"/app.js", "/entities.js", "/spans.js"}) {
            String js = raw("GET", script, "", null)[1];
            assertThat(js).as(script).contains("'use strict'");
            assertThat(js).as(script).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
                    .doesNotContain("document.write").doesNotContain("eval(").doesNotContain("new Function");
        }
        String html = raw("GET", "/", "", null)[1];
        assertThat(html).doesNotContainPattern("<script>[^<]").doesNotContain(" on" + "click=").doesNotContain("style=");
    }

    @Test
    void decisionsAreJournaledBeforeTheAnswerAndUndoWorks() throws Exception {
        String hdr = "Content-Type: application/json\r\n";
        String[] r = raw("POST", "/api/decide", hdr,
                "{\"annotator\":\"ana\",\"doc\":\"evil.txt\",\"quote\":\"q1\",\"action\":\"correct-speaker\",\"speaker\":\"Tobias Wren\"}");
        assertThat(status(r)).isEqualTo(200);
        JsonNode saved = JSON.readTree(r[1]);
        assertThat(saved.get("saved").asBoolean()).isTrue();
        assertThat(saved.at("/state/speaker_entity_id").asText()).isEqualTo("tobias_wren");
        List<JournalEntry> entries = journal.read().entries();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.annotator()).isEqualTo("ana");
            assertThat(e.action()).isEqualTo(ReviewAction.CORRECT_SPEAKER);
            assertThat(e.oldState().speaker()).isEqualTo("Mara Quill");
            assertThat(e.newState().speaker()).isEqualTo("Tobias Wren");
            assertThat(e.newState().status()).isEqualTo(ReviewStatus.CORRECTED);
        });
        r = raw("POST", "/api/undo", hdr, "{\"annotator\":\"ana\"}");
        assertThat(JSON.readTree(r[1]).at("/state/status").asText()).isEqualTo("unreviewed");
        assertThat(journal.read().entries()).hasSize(2);
        r = raw("POST", "/api/undo", hdr, "{\"annotator\":\"ana\"}");
        assertThat(JSON.readTree(r[1]).get("saved").asBoolean()).isFalse();
    }

    @Test
    void aDecisionOnAnOutOfDateVersionIsRefusedWithTheColleaguesDecision() throws Exception {
        String hdr = "Content-Type: application/json\r\n";
        JsonNode quotes = JSON.readTree(raw("GET", "/api/quotes", "", null)[1]).get("quotes");
        assertThat(quotes.get(0).get("version").asText()).as("no decision yet").isEmpty();
        // ana's page and bo's page both show q1 at version ""; bo decides first
        String[] bo = raw("POST", "/api/decide", hdr,
                "{\"annotator\":\"bo\",\"doc\":\"evil.txt\",\"quote\":\"q1\",\"action\":\"reject\",\"version\":\"\"}");
        assertThat(status(bo)).isEqualTo(200);
        String boVersion = JSON.readTree(bo[1]).get("version").asText();
        assertThat(boVersion).isNotEmpty();
        String[] ana = raw("POST", "/api/decide", hdr,
                "{\"annotator\":\"ana\",\"doc\":\"evil.txt\",\"quote\":\"q1\",\"action\":\"accept\",\"version\":\"\"}");
        assertThat(status(ana)).isEqualTo(409);
        JsonNode c = JSON.readTree(ana[1]);
        assertThat(c.get("conflict").asBoolean()).isTrue();
        assertThat(c.get("saved").asBoolean()).isFalse();
        assertThat(c.get("by").asText()).isEqualTo("bo");
        assertThat(c.get("action").asText()).isEqualTo("reject");
        assertThat(c.get("version").asText()).isEqualTo(boVersion);
        assertThat(c.at("/state/status").asText()).isEqualTo("rejected");
        assertThat(journal.read().entries()).hasSize(1);
        // on the version it was shown, ana's decision is saved, and the journal records what it was made on
        String[] again = raw("POST", "/api/decide", hdr, "{\"annotator\":\"ana\",\"doc\":\"evil.txt\",\"quote\":\"q1\","
                + "\"action\":\"accept\",\"version\":\"" + boVersion + "\"}");
        assertThat(status(again)).isEqualTo(200);
        // the answer carries the decided quote as the list has it, so the page never downloads every quote again
        JsonNode item = JSON.readTree(again[1]).get("item");
        assertThat(item.get("id").asText()).isEqualTo("q1");
        assertThat(item.at("/state/status").asText()).isEqualTo("accepted");
        assertThat(item.at("/by/bo").asText()).isEqualTo("rejected");
        assertThat(item.at("/by/ana").asText()).isEqualTo("accepted");
        List<JournalEntry> entries = journal.read().entries();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).basedOn()).isEmpty();
        assertThat(entries.get(1).basedOn()).isEqualTo(boVersion);
        assertThat(JSON.readTree(raw("GET", "/api/quotes", "", null)[1]).get("quotes").get(0).get("version").asText())
                .isEqualTo(entries.get(1).id()).isEqualTo(item.get("version").asText());
    }

    @Test
    void theListComesFilteredOrderedAndInPagesWithTheFigures() throws Exception {
        String hdr = "Content-Type: application/json\r\n";
        assertThat(status(raw("POST", "/api/decide", hdr,
                "{\"annotator\":\"ana\",\"doc\":\"evil.txt\",\"quote\":\"q2\",\"action\":\"accept\"}"))).isEqualTo(200);
        JsonNode all = JSON.readTree(raw("GET", "/api/quotes?annotator=ana", "", null)[1]);
        assertThat(all.get("total").asInt()).isEqualTo(2);
        assertThat(all.get("reviewed").asInt()).isEqualTo(1);
        assertThat(all.get("mine").asInt()).isEqualTo(1);
        JsonNode open = JSON.readTree(raw("GET", "/api/quotes?status=unreviewed&limit=1&offset=0", "", null)[1]);
        assertThat(open.get("matching").asInt()).isEqualTo(1);
        assertThat(open.get("quotes")).hasSize(1);
        assertThat(open.get("quotes").get(0).get("id").asText()).isEqualTo("q1");
        JsonNode page2 = JSON.readTree(raw("GET", "/api/quotes?limit=1&offset=1&order=doc", "", null)[1]);
        assertThat(page2.get("offset").asInt()).isEqualTo(1);
        assertThat(page2.get("quotes").get(0).get("id").asText()).isEqualTo("q2");
        JsonNode past = JSON.readTree(raw("GET", "/api/quotes?limit=5&offset=9", "", null)[1]);
        assertThat(past.get("quotes")).isEmpty();
        // the document filter's search, anywhere in the id
        assertThat(JSON.readTree(raw("GET", "/api/docs?q=VIL", "", null)[1]).get("docs").get(0).asText()).isEqualTo("evil.txt");
        assertThat(JSON.readTree(raw("GET", "/api/docs?q=nothing", "", null)[1]).get("docs")).isEmpty();
        // bad parameters are refused, naming them
        String[] bad = raw("GET", "/api/quotes?order=random", "", null);
        assertThat(status(bad)).isEqualTo(400);
        assertThat(bad[1]).contains("order");
        assertThat(status(raw("GET", "/api/quotes?limit=-1", "", null))).isEqualTo(400);
        assertThat(status(raw("GET", "/api/quotes?conf=high", "", null))).isEqualTo(400);
    }

    @Test
    void anAnnotatorsPageListsTheirAssignedDocumentsUnlessTheyAskForAll() throws Exception {
        server.close();
        AnnotatedDocument other = ReviewFixtures.doc("other.txt", "[Cy Moss|PERSON] said: “Elsewhere.”");
        ReviewSession s = new ReviewSession(List.of(doc, other), journal, Clock.systemUTC());
        s.assign(Assignments.plan(List.of("evil.txt", "other.txt"), List.of("ana", "bo"), 0));
        server = ReviewServer.start(s, "127.0.0.1", 0);
        JsonNode ana = JSON.readTree(raw("GET", "/api/quotes?annotator=ana", "", null)[1]);
        assertThat(ana.get("matching").asInt()).isEqualTo(2);
        assertThat(ana.get("quotes").findValuesAsText("doc")).containsOnly("evil.txt");
        JsonNode bo = JSON.readTree(raw("GET", "/api/quotes?annotator=bo", "", null)[1]);
        assertThat(bo.get("quotes").findValuesAsText("doc")).containsOnly("other.txt");
        JsonNode all = JSON.readTree(raw("GET", "/api/quotes?annotator=bo&all=1", "", null)[1]);
        assertThat(all.get("matching").asInt()).isEqualTo(3);
    }

    @Test
    void refusesBadPostsAndForeignHosts() throws Exception {
        String body = "{\"annotator\":\"ana\",\"doc\":\"evil.txt\",\"quote\":\"q1\",\"action\":\"accept\"}";
        assertThat(status(raw("POST", "/api/decide", "Content-Type: text/plain\r\n", body))).isEqualTo(415);
        assertThat(status(raw("POST", "/api/decide", "Content-Type: application/json\r\nOrigin: http://evil.example\r\n", body))).isEqualTo(403);
        assertThat(status(raw("POST", "/api/decide", "Content-Type: application/json\r\n",
                body.replace("evil.txt", "../../etc/passwd")))).isEqualTo(400);
        assertThat(status(raw("POST", "/api/decide", "Content-Type: application/json\r\n",
                body.replace("\"ana\"", "\"<script>\"")))).isEqualTo(400);
        assertThat(journal.read().entries()).isEmpty();
        assertThat(ReviewServer.loopbackHost("127.0.0.1:8765")).isTrue();
        assertThat(ReviewServer.loopbackHost("localhost:1")).isTrue();
        assertThat(ReviewServer.loopbackHost("[::1]:1")).isTrue();
        assertThat(ReviewServer.loopbackHost("attacker.example:8765")).isFalse();
        assertThat(ReviewServer.loopbackHost(null)).isFalse();
    }

    @Test
    void listensOnLoopback() {
        assertThat(server.url()).startsWith("http://127.0.0.1:");
    }

    @Test
    void stalledClientsAreCutOffAndNeverStarveOthers() throws Exception {
        // a dozen stalled POSTs (three times the handler threads the server used to have): each sends its headers
        // and 3 of the 100 body bytes it promised, then nothing
        List<Socket> stalled = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.getOutputStream().write(("POST /api/decide HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                        + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a").getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            Thread.sleep(300);
            long t0 = System.nanoTime();
            for (int i = 0; i < 5; i++) assertThat(status(raw("GET", "/api/quotes", "", null))).isEqualTo(200);
            assertThat((System.nanoTime() - t0) / 1e9).as("other clients are served at once").isLessThan(5.0);
            // the server closes every stalled connection once the request time limit has passed
            for (Socket s : stalled) {
                s.setSoTimeout((ReviewServer.REQUEST_SECONDS + 10) * 1000);
                assertThat(s.getInputStream().read()).as("stalled connection closed by the server").isEqualTo(-1);
            }
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(ReviewServer.REQUEST_SECONDS + 10.0);
        } finally {
            for (Socket s : stalled) s.close();
        }
    }

    @Test
    void errorAnswersNameNoJavaClasses() throws Exception {
        String hdr = "Content-Type: application/json\r\n";
        String[] r = raw("POST", "/api/decide", hdr, "{\"annotator\":\"ana\",\"action\":\"accept\"}");
        assertThat(status(r)).isEqualTo(400);
        assertThat(r[1]).doesNotContainPattern("[A-Z][a-z]+(Exception|Error)").doesNotContain("java.").doesNotContain("\"this.");
        String[] bad = raw("POST", "/api/decide", hdr, "{\"annotator\":\"ana\",\"doc\":\"evil.txt\",\"quote\":\"q1\",\"action\":\"explode\"}");
        assertThat(status(bad)).isEqualTo(400);
        assertThat(bad[1]).doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void spanEditsAndEntityDecisionsGoThroughTheApiWithClearRefusals() throws Exception {
        String hdr = "Content-Type: application/json\r\n";
        // an added quote needs offsets inside the text; a bad one is refused with a message for the user
        String[] bad = raw("POST", "/api/decide", hdr,
                "{\"annotator\":\"ana\",\"doc\":\"evil.txt\",\"action\":\"add-quote\",\"start\":-3,\"end\":4}");
        assertThat(status(bad)).isEqualTo(400);
        assertThat(bad[1]).contains("character offset").doesNotContain("Exception");
        int at = doc.text().indexOf("Headline");
        String[] ok = raw("POST", "/api/decide", hdr, "{\"annotator\":\"ana\",\"doc\":\"evil.txt\",\"action\":\"add-quote\","
                + "\"start\":" + at + ",\"end\":" + (at + 8) + ",\"kind\":\"other\"}");
        assertThat(status(ok)).as(ok[1]).isEqualTo(200);
        assertThat(JSON.readTree(ok[1]).at("/state/status").asText()).isEqualTo("added");
        assertThat(JSON.readTree(ok[1]).at("/item/text").asText()).isEqualTo("Headline");
        assertThat(journal.read().entries()).singleElement().extracting(JournalEntry::action).isEqualTo(ReviewAction.ADD_QUOTE);
        // the document now lists the added quote, marked as added
        assertThat(raw("GET", "/api/doc?id=evil.txt", "", null)[1]).contains("\"added\":true");

        // no entities loaded in this server: the entity routes answer, and refuse decisions with a reason
        String[] list = raw("GET", "/api/entities?q=x", "", null);
        assertThat(status(list)).isEqualTo(200);
        assertThat(JSON.readTree(list[1]).get("entities").size()).isZero();
        String[] refused = raw("POST", "/api/entity-decide", hdr, "{\"annotator\":\"ana\",\"action\":\"split\",\"entity\":\"x\"}");
        assertThat(status(refused)).isEqualTo(400);
        assertThat(refused[1]).contains("unknown entity");
        String[] unknownAction = raw("POST", "/api/entity-decide", hdr, "{\"annotator\":\"ana\",\"action\":\"explode\"}");
        assertThat(status(unknownAction)).isEqualTo(400);
        assertThat(unknownAction[1]).contains("merge, split or type");
        assertThat(status(raw("GET", "/api/entities?limit=lots", "", null))).isEqualTo(400);
    }
}
