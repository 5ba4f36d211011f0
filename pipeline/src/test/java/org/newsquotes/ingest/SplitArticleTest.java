package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles split into containers of one kind, with invented pages. */
class SplitArticleTest {
    @TempDir Path dir;

    private static String para(String topic, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append("<p>The ").append(topic).append(" survey, part ").append(i)
                    .append(", found that river otters had returned to the upper valley after two decades away, ")
                    .append("and the volunteers who counted them said the water was cleaner than any of them remembered.</p>");
        }
        return b.toString();
    }

    private static String part(String body) {
        return "<section class='part'><div class='inner'><div class='wrap'><div class='story-body'>" + body
                + "</div></div></div></section>";
    }

    /**
     * Three parts of one feature: the first in the page's opening block with the headline, a sidebar after it, the
     * others further down; then a teaser list in a part of the same kind.
     */
    private static final String SPLIT = "<html><body><div class='story'>"
            + "<div class='opening'><h1>Otters return</h1><div class='lede-image'><img src='o.jpg'></div>"
            + part(para("spring", 2)) + "</div>"
            + "<aside><p>Sign up for our newsletter about rivers and lakes and everything else.</p></aside>"
            + "<div class='rest'>" + part(para("summer", 4))
            + "<div class='ad'><p>Advertisement</p></div>"
            + part(para("autumn", 2))
            + part("<h3><a href='/a'>Otters return to the lower valley as the floods recede across the region</a></h3>"
            + "<h3><a href='/b'>Beavers build the first dam on the river in a hundred years, say rangers</a></h3>"
            + "<h3><a href='/c'>Volunteers count herons along the estuary for the tenth year running now</a></h3>"
            + "<p>More stories from the valley.</p>")
            + "</div></div></body></html>";

    @Test void theOtherPartsOfASplitArticleAreFoundBeforeAndAfterTheOneReadabilityTook() {
        Document page = Jsoup.parse(SPLIT);
        Element found = page.select("div.story-body").get(1).clone(); // Readability's pick: the longest part
        SplitArticle.Parts parts = SplitArticle.peers(page, found);
        assertThat(parts).isNotNull();
        assertThat(parts.before()).extracting(Element::text).singleElement().asString().contains("spring survey");
        // the autumn part follows; the teaser list (headlines in links, little paragraph text) is no part
        assertThat(parts.after()).extracting(Element::text).singleElement().asString().contains("autumn survey");
    }

    @Test void anArticleReadabilityTookWholeOrAWiderContainerIsNotSplit() {
        Document page = Jsoup.parse(SPLIT);
        // Readability took a common parent: every part's paragraphs are already in it
        assertThat(SplitArticle.peers(page, page.selectFirst("div.story").clone())).isNull();
        // one container on the page: nothing to add
        Document single = Jsoup.parse("<html><body><div class='story-body'>" + para("winter", 3) + "</div></body></html>");
        assertThat(SplitArticle.peers(single, single.selectFirst("div.story-body").clone())).isNull();
    }

    @Test void theReaderKeepsEveryPartInPageOrder() throws Exception {
        IngestResult r = TestIngest.read(dir, "otters.html", "<html><head><title>Otters return</title></head>"
                + SPLIT.substring("<html>".length()));
        assertThat(r.failures()).isEmpty();
        String text = r.documents().get(0).text();
        assertThat(text).contains("spring survey, part 1", "summer survey, part 4", "autumn survey, part 2");
        assertThat(text.indexOf("spring survey")).isLessThan(text.indexOf("summer survey"));
        assertThat(text.indexOf("summer survey")).isLessThan(text.indexOf("autumn survey"));
        assertThat(text).doesNotContain("Beavers build", "newsletter");
    }
}
