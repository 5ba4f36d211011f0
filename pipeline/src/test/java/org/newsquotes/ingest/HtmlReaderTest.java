package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.Block;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.Document;
import org.newsquotes.record.SourceFormat;

class HtmlReaderTest {
    @TempDir Path dir;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Harbour reopens | The Coastal Courier</title>
              <meta property="og:title" content="Harbour reopens after storm">
              <meta property="article:published_time" content="2024-03-05T08:30:00Z">
              <link rel="canonical" href="https://courier.example/harbour">
              <style>p { color: red }</style>
              <script>var tracking = "do not read me";</script>
            </head><body>
              <header><a href="/">Home</a> <a href="/news">News</a></header>
              <nav><ul><li>World</li><li>Sport</li></ul></nav>
              <article>
                <h1>Harbour reopens after storm</h1>
                <p>The harbour   reopened on Tuesday,
                   the port authority&#8217;s chief said.</p>
                <h2>Damage &amp; repairs</h2>
                <p>Crews worked&nbsp;overnight.<script>alert(1)</script></p>
                <figure><img src="x.jpg"><figcaption>Boats return to the quay. (Photo: A. Writer)</figcaption></figure>
                <blockquote class="twitter-tweet"><p lang="en">We are open again!<br><br>Thanks to all crews.</p>&mdash; Port Authority (@port) <a href="#">March 5, 2024</a></blockquote>
                <ul><li>First listed point</li></ul>
                <p>Advertisement</p>
                <p>Fishermen said the season could still be saved.</p>
                <footer>Share this article</footer>
              </article>
              <aside><p>Most read: something else</p></aside>
              <footer><p>Copyright 2024</p></footer>
            </body></html>
            """;

    @Test
    void articleBlocksKindsAndTextFollowTheMarkup() throws Exception {
        IngestResult r = TestIngest.read(dir, "pages/harbour.html", PAGE);
        assertThat(r.failures()).isEmpty();
        Document d = r.documents().get(0);
        assertThat(d.format()).isEqualTo(SourceFormat.HTML);
        assertThat(d.blocks()).extracting(b -> b.kind() + ":" + b.span().of(d.text())).containsExactly(
                "TITLE:Harbour reopens after storm",
                "PARAGRAPH:The harbour reopened on Tuesday, the port authority’s chief said.",
                "HEADING:Damage & repairs",
                "PARAGRAPH:Crews worked\u00a0overnight.",
                "CAPTION:Boats return to the quay. (Photo: A. Writer)",
                "EMBED:We are open again!\nThanks to all crews.\n— Port Authority (@port) March 5, 2024",
                "OTHER:First listed point",
                "PARAGRAPH:Fishermen said the season could still be saved.");
        assertThat(d.text()).doesNotContain("tracking", "alert", "Home", "World", "Copyright", "Most read");
        assertThat(d.removed()).extracting(x -> x.reason()).containsExactly("line:Advertisement");
    }

    @Test
    void metadataComesFromTheHead() throws Exception {
        Document d = TestIngest.read(dir, "harbour.htm", PAGE).documents().get(0);
        assertThat(d.title()).isEqualTo("Harbour reopens after storm");
        assertThat(d.date()).isEqualTo("2024-03-05T08:30:00Z");
        assertThat(d.url()).isEqualTo("https://courier.example/harbour");
    }

    @Test
    void titleFallsBackToTheTitleElementAndIsPrependedAsTitleBlock() throws Exception {
        String page = """
                <html><head><title>Plain page</title>
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-02"}</script>
                </head><body><p>Only one paragraph here.</p><p><time datetime="2020-01-01">Jan 1</time></p></body></html>""";
        Document d = TestIngest.read(dir, "p.html", page).documents().get(0);
        assertThat(d.title()).isEqualTo("Plain page");
        assertThat(d.date()).isEqualTo("2023-11-02");
        assertThat(d.blocks()).extracting(Block::kind).startsWith(BlockKind.TITLE, BlockKind.PARAGRAPH);
        assertThat(d.text()).startsWith("Plain page\nOnly one paragraph here.");
    }

    @Test
    void htmlWithNoBodyTextFails() throws Exception {
        IngestResult r = TestIngest.read(dir, "empty.html",
                "<html><head><title>Nothing</title><script>x()</script></head><body><nav>Menu</nav> </body></html>");
        assertThat(r.documents()).isEmpty();
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.stage()).isEqualTo("ingest");
            assertThat(f.docId()).isEqualTo("empty.html");
            assertThat(f.error()).contains("HTML has no body text", "empty.html");
        });
    }

    @Test
    void furnitureSelectorsFromTheModelsFileAreDropped() throws Exception {
        Document d = TestIngest.read(dir, "f.html", """
                <html><body><article><h1>Title here</h1><p>Kept paragraph of the story.</p>
                <div class="share">Share on Facebook</div><div class="jp-relatedposts"><h3>Related</h3><p>Other</p></div>
                <div id="comments"><p>First!</p></div><p>Last kept paragraph.</p></article></body></html>""").documents().get(0);
        assertThat(d.text()).isEqualTo("Title here\nKept paragraph of the story.\nLast kept paragraph.");
    }

    @Test
    void blocksAboveTheHeadlineAreCutAsBeforeTitle() throws Exception {
        Document d = TestIngest.read(dir, "k.html", """
                <html><body><article><ul><li>Home</li><li>World</li></ul><p>Politics</p>
                <h1>The actual headline</h1><p>The story begins here.</p></article></body></html>""").documents().get(0);
        assertThat(d.text()).isEqualTo("The actual headline\nThe story begins here.");
        assertThat(d.removed()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("before-title");
            assertThat(r.at()).isZero();
            assertThat(r.preview()).startsWith("Home");
        });
    }

    @Test
    void brSeparatedLinesOfABodyBlockAreSeparateBlocksSoChromeMarkersSeeThem() {
        var blocks = TestIngest.html().extract(org.jsoup.Jsoup.parseBodyFragment(
                "<div>First paragraph.<br><br>Read more: elsewhere<br>Second paragraph.</div>").body());
        assertThat(blocks).extracting(TextBlock::text).containsExactly("First paragraph.", "Read more: elsewhere", "Second paragraph.");
    }

    @Test
    void typicalNewsPageWithoutArticleElementKeepsOnlyTheStory() throws Exception {
        String page = """
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta property="og:url" content="https://news.example/2024/rail-strike">
                <title>Rail strike called off - News Example</title></head>
                <body>
                <div role="banner"><a href="/">News Example</a><form><input name="q"></form></div>
                <ol class="breadcrumbs"><li>Home</li><li>Business</li></ol>
                <main>
                  <header><h1>Rail strike called off after late deal</h1>
                    <p class="byline">By Sam Reporter</p><time datetime="2024-04-02T06:00:00+01:00">2 April</time></header>
                  <div class="share-buttons"><a>Facebook</a><a>X</a></div>
                  <p>Union leaders called off Tuesday's strike after overnight talks.</p>
                  <div class="ad-slot">Advertisement</div>
                  <p>Advertisement</p>
                  <p>"This is a fair offer," the union's general secretary said.</p>
                  <p>Read more: Train fares to rise in March</p>
                  <p>Services are expected to run normally.</p>
                  <div class="newsletter-signup"><p>Sign up for our morning briefing</p></div>
                  <ul class="post-tags"><li>Transport</li><li>Unions</li></ul>
                  <h2>More from Business</h2>
                  <ul><li><a>Bank holds rates</a></li><li><a>Shops report slow March</a></li></ul>
                  <section id="comments"><h2>Comments</h2><p>Great news!</p></section>
                </main>
                <footer><p>© News Example</p></footer>
                </body></html>""";
        Document d = TestIngest.read(dir, "rail.html", page).documents().get(0);
        assertThat(d.url()).isEqualTo("https://news.example/2024/rail-strike");
        assertThat(d.date()).isEqualTo("2024-04-02T06:00:00+01:00");
        assertThat(d.title()).isEqualTo("Rail strike called off after late deal");
        // the byline and the date line are page furniture to Readability (the date is in the metadata)
        assertThat(d.text()).isEqualTo(String.join("\n",
                "Rail strike called off after late deal",
                "Union leaders called off Tuesday's strike after overnight talks.",
                "\"This is a fair offer,\" the union's general secretary said.",
                "Services are expected to run normally."));
        assertThat(d.removed()).extracting(r -> r.reason())
                .containsExactly("line:Advertisement", "line-prefix:Read more:", "trailer-prefix:More from");
    }

    @Test
    void smallTeaserArticlesDoNotHideAStoryInAPlainDiv() throws Exception {
        String story = "<p>" + "The story paragraph has plenty of words in it. ".repeat(6) + "</p>";
        Document d = TestIngest.read(dir, "teaser.html", "<html><body><h1>Main story</h1><div class=\"story\">" + story
                + story + "</div><section><article><p>Teaser one</p></article></section></body></html>").documents().get(0);
        assertThat(d.text()).startsWith("Main story\nThe story paragraph").doesNotContain("Teaser one");
    }

    @Test
    void inlineAriaHiddenTextIsKept() {
        var blocks = TestIngest.html().extract(org.jsoup.Jsoup.parseBodyFragment(
                "<p><span aria-hidden=\"true\">T</span>he drop cap stays.</p><div aria-hidden=\"true\">icon</div>").body());
        assertThat(blocks).extracting(TextBlock::text).containsExactly("The drop cap stays.");
    }

    @Test
    void emptyParagraphsOfOnlyNoBreakSpacesAreNotBlocks() {
        var blocks = TestIngest.html().extract(org.jsoup.Jsoup.parseBodyFragment("<p>&nbsp;</p><p>Real text.</p>").body());
        assertThat(blocks).extracting(TextBlock::text).containsExactly("Real text.");
    }

    private static String para(String words, int times) {
        return "<p>" + (words + " ").repeat(times).strip() + "</p>";
    }

    @Test
    void thePublishersMicrodataArticleBodyWinsOverEverythingAroundIt() throws Exception {
        String page = "<html><head><title>Dam opens</title></head><body><div class=\"wrap\">"
                + "<div class=\"promo\">" + para("Subscribe today for unlimited access to every story we publish.", 6) + "</div>"
                + "<div itemprop=\"articleBody\">" + para("The new dam on the river opened on Friday, the engineers said.", 5)
                + para("Farmers downstream welcomed the steady water supply for the dry season.", 4) + "</div>"
                + "<div itemprop=\"publisher\"><span itemprop=\"url\">https://paper.example/logo.png</span></div>"
                + "</div></body></html>";
        Document d = TestIngest.read(dir, "dam.html", page).documents().get(0);
        assertThat(d.text()).contains("The new dam on the river opened").contains("Farmers downstream")
                .doesNotContain("Subscribe today").doesNotContain("logo.png");
        // what was left out is recorded, with the rule that chose the article
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("dam.html: article found by the page's microdata "
                + "articleBody").containsPattern("[0-9,]+ of the page's [0-9,]+ characters of text kept"));
    }

    @Test
    void readabilityFindsAStoryInPlainDivsAmongLinkListsAndKeepsEmbedsRecognised() throws Exception {
        String links = "<div class=\"menu\"><ul>" + "<li><a href=\"/a\">Another headline that is a link</a></li>".repeat(12)
                + "</ul></div>";
        String page = "<html><head><title>Flood warning</title></head><body>" + links
                + "<div class=\"c1\"><div class=\"c2\">"
                + para("Rivers rose across the valley overnight, and the mayor said schools would stay closed.", 4)
                + "<blockquote class=\"twitter-tweet\"><p>Stay away from the river banks tonight.</p>"
                + "&mdash; City Hall (@cityhall)</blockquote>"
                + para("Emergency crews moved families from the lowest streets before dawn, officials said.", 4)
                + "</div></div>" + links + "</body></html>";
        Document d = TestIngest.read(dir, "flood.html", page).documents().get(0);
        assertThat(d.text()).contains("Rivers rose across the valley").contains("Emergency crews moved families")
                .doesNotContain("Another headline that is a link");
        assertThat(d.blocks()).anySatisfy(b -> {
            assertThat(b.kind()).isEqualTo(org.newsquotes.record.BlockKind.EMBED);
            assertThat(b.span().of(d.text())).contains("Stay away from the river banks");
        });
    }

    @Test
    void aFormWrappingThePageIsKeptButASearchFormIsDropped() throws Exception {
        String page = "<html><head><title>Budget passes</title></head><body><form action=\"/page.aspx\">"
                + "<form class=\"search\"><input name=\"q\"><p>Search this site</p></form>"
                + "<div id=\"body\">" + para("Parliament passed the budget late on Thursday after a long debate.", 5)
                + para("The finance minister said the vote showed the coalition was holding together.", 5) + "</div>"
                + "</form></body></html>";
        Document d = TestIngest.read(dir, "budget.html", page).documents().get(0);
        assertThat(d.text()).contains("Parliament passed the budget").contains("The finance minister said")
                .doesNotContain("Search this site");
    }

    @Test
    void aGzippedPageIsReadLikeThePageAndABrokenOneIsAnErrorRow() throws Exception {
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        java.nio.file.Path file = TestIngest.write(dir, "crawl/harbour.html.gz", gz.toByteArray());
        IngestResult r = TestIngest.reader().read(dir, file);
        assertThat(r.failures()).isEmpty();
        Document d = r.documents().get(0);
        assertThat(d.docId()).isEqualTo("crawl/harbour.html.gz");
        assertThat(d.format()).isEqualTo(SourceFormat.HTML);
        assertThat(d.text()).contains("The harbour reopened on Tuesday");
        java.nio.file.Path broken = TestIngest.write(dir, "crawl/cut.html.gz", java.util.Arrays.copyOf(gz.toByteArray(), 30));
        assertThat(TestIngest.reader().read(dir, broken).failures()).singleElement()
                .satisfies(f -> assertThat(f.error()).contains("cut.html.gz").containsIgnoringCase("gzip"));
        java.nio.file.Path fake = TestIngest.write(dir, "crawl/plain.html.gz", PAGE);
        assertThat(TestIngest.reader().read(dir, fake).failures()).singleElement()
                .satisfies(f -> assertThat(f.error()).contains("not gzip"));
    }

    @Test
    void pageMetadataOutletAuthorsLanguageAndCanonicalUrlWithTheirSources() throws Exception {
        String page = "<html lang=\"en-GB\"><head><title>Ferry strike</title>"
                + "<link rel=\"canonical\" href=\"https://www.harbourtimes.example/2026/ferry\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ines Calloway\"},{\"@type\":\"Person\",\"name\":\"Tomas Wren\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Harbour Times\"}}]}</script></head><body>"
                + para("Ferry crews walked out on Monday over new rosters, the union said.", 5) + "</body></html>";
        Document d = TestIngest.read(dir, "ferry.html", page).documents().get(0);
        assertThat(d.meta().outlet()).isEqualTo("The Harbour Times");
        assertThat(d.meta().authors()).containsExactly("Ines Calloway", "Tomas Wren");
        assertThat(d.meta().language()).isEqualTo("en-GB");
        assertThat(d.meta().canonicalUrl()).isEqualTo("https://www.harbourtimes.example/2026/ferry");
        assertThat(d.meta().sources()).containsEntry("outlet", "json-ld").containsEntry("authors", "json-ld")
                .containsEntry("language", "html").containsEntry("canonical_url", "html");

        // OpenGraph's site name wins over JSON-LD; a meta byline is split into people; a profile URL is no author
        String other = "<html><head><meta property=\"og:site_name\" content=\"Valley Post\">"
                + "<meta property=\"og:locale\" content=\"fr_FR\"><meta name=\"author\" content=\"By Ana Ruiz and Jo Park\">"
                + "<meta property=\"article:author\" content=\"https://social.example/anaruiz\"></head><body>"
                + para("La grève des traversiers a commencé lundi, selon le syndicat des marins.", 5) + "</body></html>";
        Document o = TestIngest.read(dir, "valley.html", other).documents().get(0);
        assertThat(o.meta().outlet()).isEqualTo("Valley Post");
        assertThat(o.meta().authors()).containsExactly("Ana Ruiz", "Jo Park");
        assertThat(o.meta().language()).isEqualTo("fr-FR");
        assertThat(o.meta().sources()).containsEntry("outlet", "opengraph").containsEntry("authors", "meta")
                .containsEntry("language", "opengraph");
    }
}
