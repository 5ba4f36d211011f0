package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.Block;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.Document;
import org.newsquotes.record.SourceFormat;

class PlainTextReaderTest {
    @TempDir Path dir;

    @Test
    void linesBecomeBlocksAndTheFirstLineTheTitle() throws Exception {
        String src = "\n\n  Council approves new bridge  \r\nThe council voted 7-2 on Monday.\r\n\r\n"
                + "Funding plan\r\n\"We waited long enough,\" the mayor said.\n\n";
        IngestResult r = TestIngest.read(dir, "local/bridge.txt", src);
        assertThat(r.failures()).isEmpty();
        Document d = r.documents().get(0);
        assertThat(d.docId()).isEqualTo("local/bridge.txt");
        assertThat(d.format()).isEqualTo(SourceFormat.TXT);
        assertThat(d.title()).isEqualTo("Council approves new bridge");
        assertThat(d.text()).isEqualTo("Council approves new bridge\nThe council voted 7-2 on Monday.\n"
                + "Funding plan\n\"We waited long enough,\" the mayor said.");
        assertThat(d.blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH);
        assertThat(d.blocks()).extracting(b -> b.span().of(d.text()))
                .containsExactly("Council approves new bridge", "The council voted 7-2 on Monday.", "Funding plan",
                        "\"We waited long enough,\" the mayor said.");
        assertThat(d.removed()).isEmpty();
    }

    @Test
    void sourceOffsetsPointIntoTheDecodedFileEvenWithCrLf() {
        String src = "Title\r\nBody line one.\r\n\r\nBody line two.";
        List<SourceBlock> blocks = PlainTextReader.lineBlocks(src);
        assertThat(blocks).allSatisfy(b -> assertThat(src.substring(b.sourceStart(), b.sourceEnd())).isEqualTo(b.text()));
        assertThat(blocks).hasSize(3);
    }

    @Test
    void noBreakSpacesInsideLinesAreKeptVerbatim() throws Exception {
        Document d = TestIngest.read(dir, "nb.txt", "Headline\nThe\u00a0minister said it\u00a0twice.\u00a0\n").documents().get(0);
        assertThat(d.text()).isEqualTo("Headline\nThe\u00a0minister said it\u00a0twice.");
    }

    @Test
    void headingHeuristicNeedsAShortLineWithoutSentencePunctuation() {
        assertThat(PlainTextReader.looksLikeHeading("What happens next")).isTrue();
        assertThat(PlainTextReader.looksLikeHeading("He left.")).isFalse();
        assertThat(PlainTextReader.looksLikeHeading("\"Never again,\" she said")).isTrue();
        assertThat(PlainTextReader.looksLikeHeading("Is this a question?")).isFalse();
        assertThat(PlainTextReader.looksLikeHeading("- 17:20 a list item")).isFalse();
        assertThat(PlainTextReader.looksLikeHeading("x".repeat(150))).isFalse();
    }
}
