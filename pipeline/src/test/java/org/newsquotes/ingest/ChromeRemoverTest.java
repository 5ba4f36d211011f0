package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.record.BlockKind;

class ChromeRemoverTest {
    private static final ChromeMarkers MARKERS = ChromeMarkers.parse(List.of(
            "line Listen to article", "line-prefix Read more:", "trailer Related Articles", "trailer Comments",
            "trailer-prefix More from"), "test");

    private static List<TextBlock> blocks(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> new TextBlock(t, BlockKind.PARAGRAPH)).toList();
    }

    private static ChromeRemover.Result clean(int minChars, String... texts) {
        return new ChromeRemover(MARKERS, minChars).clean(TextBlock.joined(blocks(texts)));
    }

    @Test
    void markersMatchWholeLinesIgnoringCaseSpacesAndTrailingPunctuation() {
        assertThat(MARKERS.match("RELATED ARTICLES:")).hasValueSatisfying(m -> assertThat(m.reason()).isEqualTo("trailer:Related Articles"));
        assertThat(MARKERS.match("  Related\u00a0 articles …")).isPresent();
        assertThat(MARKERS.match("listen to article")).isPresent();
        assertThat(MARKERS.match("Read more : the full story")).hasValueSatisfying(m -> assertThat(m.kind()).isEqualTo(ChromeMarkers.Kind.LINE_PREFIX));
    }

    @Test
    void markersNeverMatchInsideSentences() {
        assertThat(MARKERS.match("Related articles in the press said the comments were unfair.")).isEmpty();
        assertThat(MARKERS.match("She asked readers to listen to article excerpts.")).isEmpty();
        assertThat(MARKERS.match("Read more")).isEmpty();
        assertThat(MARKERS.match("Read more: " + "a very long paragraph ".repeat(20))).isEmpty();
    }

    @Test
    void trailerCutsToTheEndAfterEnoughArticleText() {
        ChromeRemover.Result r = clean(20, "Title line", "A long enough first paragraph.", "Related Articles",
                "Other story one", "Other story two");
        assertThat(r.keptBlocks()).containsExactly(0, 1);
        assertThat(r.cuts()).containsExactly(new ChromeRemover.Cut(2, 5, "trailer:Related Articles"));
    }

    @Test
    void trailerNearTheTopIsDroppedAloneAndTheArticleSurvives() {
        ChromeRemover.Result r = clean(200, "Comments", "Headline of the story", "Body of the story.");
        assertThat(r.keptBlocks()).containsExactly(1, 2);
        assertThat(r.cuts()).containsExactly(new ChromeRemover.Cut(0, 1, "early-trailer:Comments"));
    }

    @Test
    void lineAndPrefixMarkersDropOneLineEach() {
        ChromeRemover.Result r = clean(0, "Headline", "Listen to article", "Para one.", "Read more: elsewhere", "Para two.");
        assertThat(r.keptBlocks()).containsExactly(0, 2, 4);
        assertThat(r.cuts()).extracting(ChromeRemover.Cut::reason).containsExactly("line:Listen to article", "line-prefix:Read more:");
    }

    @Test
    void trailerPrefixOnlyMatchesShortHeadingLikeLines() {
        assertThat(MARKERS.match("More from Al Jazeera")).hasValueSatisfying(m -> assertThat(m.kind()).isEqualTo(ChromeMarkers.Kind.TRAILER_PREFIX));
        assertThat(MARKERS.match("More from the minister’s speech.")).isEmpty();
        assertThat(MARKERS.match("More from the speech followed, and the crowd cheered loudly for the president")).isEmpty();
        ChromeRemover.Result r = clean(10, "Headline", "Enough article text here.", "More from Example News", "Teaser");
        assertThat(r.cuts()).containsExactly(new ChromeRemover.Cut(2, 4, "trailer-prefix:More from"));
    }

    @Test
    void aBlockRepeatingThePreviousOneIsDropped() {
        ChromeRemover.Result r = clean(0, "Same headline", "Same headline", "Body.", "Body two.", "Body.");
        assertThat(r.keptBlocks()).containsExactly(0, 2, 3, 4);
        assertThat(r.cuts()).containsExactly(new ChromeRemover.Cut(1, 2, "duplicate"));
    }

    @Test
    void aLongParagraphRepeatingAnyEarlierOneIsDroppedButShortRepliesStay() {
        String caption = "Rescue workers carry a survivor from the collapsed school in the old town, on Sunday.";
        ChromeRemover.Result r = clean(0, caption, "The rescue went on through the night.", "No.",
                "The mayor asked people to keep away from the site.", caption, "No.");
        assertThat(r.keptBlocks()).containsExactly(0, 1, 2, 3, 5);
        assertThat(r.cuts()).containsExactly(new ChromeRemover.Cut(4, 5, "repeated"));
    }

    @Test
    void photoCreditsAndCallsToActionOfTheProjectsMarkersAreCut() {
        ChromeMarkers project = ChromeMarkers.load(org.newsquotes.config.ModelFiles.packaged());
        assertThat(project.match("Photo: Ana Ruiz, Reuters")).isPresent();
        assertThat(project.match("Click here to get our app")).isPresent();
        assertThat(project.match("Updated: 10:05, Tue, Mar 3, 2026")).isPresent();
        assertThat(project.match("Photographers gathered outside the court on Monday.")).isEmpty();
        assertThat(project.match("Updated figures show the deficit shrank in the spring.")).isEmpty();
    }

    @Test
    void captionsEmbedsAndTitlesAreNeverCut() {
        List<SourceBlock> b = TextBlock.joined(List.of(new TextBlock("Comments", BlockKind.TITLE),
                new TextBlock("Listen to article", BlockKind.CAPTION), new TextBlock("Related Articles", BlockKind.EMBED)));
        assertThat(new ChromeRemover(MARKERS, 0).clean(b).cuts()).isEmpty();
    }

    @Test
    void badMarkerFileLinesAreNamed() {
        assertThatThrownBy(() -> ChromeMarkers.parse(List.of("trailer"), "m.txt")).hasMessageContaining("m.txt");
        assertThatThrownBy(() -> ChromeMarkers.parse(List.of("footer Copyright"), "m.txt")).hasMessageContaining("unknown marker kind 'footer'");
    }

    @Test
    void packagedMarkerFileParsesAndHasTheSampleMarkers() {
        ChromeMarkers markers = TestIngest.config().chromeMarkers();
        for (String line : List.of("Hashtags", "Related Articles", "Lire aussi", "Latest News", "Comments", "Try Our AI Features")) {
            assertThat(markers.match(line)).as(line).hasValueSatisfying(m -> assertThat(m.kind()).isEqualTo(ChromeMarkers.Kind.TRAILER));
        }
        assertThat(markers.match("Listen to article")).hasValueSatisfying(m -> assertThat(m.kind()).isEqualTo(ChromeMarkers.Kind.LINE));
        assertThat(markers.match("Also read: something")).isPresent();
        // sub-headings a news article may really have must not be chrome
        for (String heading : List.of("What People Are Saying", "What Happens Next", "Why It Matters", "Background")) {
            assertThat(markers.match(heading)).as(heading).isEmpty();
        }
    }
}
