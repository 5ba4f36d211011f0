package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.Document;
import org.newsquotes.record.SourceFormat;

class CorpusMetadataTest {
    @TempDir Path dir;

    private static Document doc(String id, String path) {
        return new Document(id, path, SourceFormat.TXT, "Own title", null, null, "Body text.", List.of(), List.of(), List.of());
    }

    private static CorpusMetadata tsv(String text) throws Exception {
        return CorpusMetadata.read("metadata.tsv", new StringReader(text));
    }

    @Test void aRowMatchesByFileNameWithoutExtensionAndItsValuesWin() throws Exception {
        CorpusMetadata m = tsv("filename\tpublisher\tpublication_date\tauthor\ttitle\tdesk\n"
                + "harbour-story\tThe Lunport Gazette\t2024-03-05\tAda Reyes | Tom Okafor\tHarbour reopens\tcity\n");
        Document d = m.apply(doc("news/harbour-story.txt", "news/harbour-story.txt"));
        assertThat(d.title()).isEqualTo("Harbour reopens");
        assertThat(d.date()).isEqualTo("2024-03-05");
        assertThat(d.meta().outlet()).isEqualTo("The Lunport Gazette");
        assertThat(d.meta().authors()).containsExactly("Ada Reyes", "Tom Okafor");
        assertThat(d.meta().sources()).containsEntry("outlet", CorpusMetadata.SOURCE).containsEntry("date", CorpusMetadata.SOURCE);
        assertThat(m.extraColumns()).containsExactly("desk");
        assertThat(d.meta().extra()).containsEntry("desk", "city");
    }

    @Test void docIdAndPathKeysAndUnmatchedDocumentsStayAsTheyAre() throws Exception {
        CorpusMetadata m = CorpusMetadata.read("metadata.csv", new StringReader(
                "doc_id,url,language\nfeed.jsonl#2,https://example.org/a,fr\n"));
        assertThat(m.apply(doc("feed.jsonl#2", "feed.jsonl")).url()).isEqualTo("https://example.org/a");
        assertThat(m.apply(doc("feed.jsonl#2", "feed.jsonl")).meta().language()).isEqualTo("fr");
        Document other = doc("feed.jsonl#1", "feed.jsonl");
        assertThat(m.apply(other)).isSameAs(other);
    }

    @Test void anEmptyCellKeepsTheDocumentsOwnValueAndABadDateIsAWarning() throws Exception {
        CorpusMetadata m = tsv("file\ttitle\tdate\na.txt\t\tnot a date\n");
        Document d = m.apply(doc("a.txt", "a.txt"));
        assertThat(d.title()).isEqualTo("Own title");
        assertThat(d.date()).isNull();
        assertThat(d.warnings()).singleElement().asString().contains("metadata.tsv").contains("not a date");
    }

    @Test void aFileWithoutAKeyColumnOrWithTwoRowsForOneFileIsAnErrorNamingIt() {
        assertThatThrownBy(() -> tsv("title\tdate\nx\t2024-01-01\n")).hasMessageContaining("metadata.tsv")
                .hasMessageContaining("key column");
        assertThatThrownBy(() -> tsv("file\ttitle\na.txt\tOne\na.txt\tTwo\n")).hasMessageContaining("a second row for a.txt");
    }

    @Test void theFileAtTheCorpusRootIsFoundAndNeverListedAsAnArticle() throws Exception {
        Files.writeString(dir.resolve("metadata.csv"), "file,outlet\nstory.txt,Daily\n");
        Files.writeString(dir.resolve("story.txt"), "Title\nText.\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/metadata.csv"), "file,outlet\n"); // not at the root: an ordinary file
        assertThat(CorpusMetadata.load(dir).apply(doc("story.txt", "story.txt")).meta().outlet()).isEqualTo("Daily");
        CorpusReader reader = new CorpusReader(IngestConfig.defaults(ModelFiles.packaged()));
        assertThat(reader.listFiles(dir)).extracting(p -> CorpusReader.relativePath(dir, p))
                .containsExactly("story.txt", "sub/metadata.csv");
        assertThat(CorpusMetadata.load(dir.resolve("sub"))).isNotNull();
        assertThat(CorpusMetadata.load(Files.createDirectories(dir.resolve("empty"))).isEmpty()).isTrue();
    }
}
