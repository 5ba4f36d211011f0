package org.newsquotes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.output.OutputWriter;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Block;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.Document;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.record.Span;

/** Per-document JSON through the Hadoop file system API is what OutputWriter writes, at the same path. */
class OutputLocationTest {
    private final HadoopConf hadoop = new HadoopConf(new Configuration());

    @Test
    void aLocalDirectoryIsRecognisedAsLocal(@TempDir Path dir) throws Exception {
        OutputLocation loc = OutputLocation.of(dir.toString(), hadoop);
        assertThat(loc.isLocal()).isTrue();
        assertThat(Path.of(loc.local())).isEqualTo(dir.toAbsolutePath());
        assertThat(OutputLocation.of(dir.toUri().toString(), hadoop).isLocal()).isTrue();
    }

    @Test
    void theHadoopWriterWritesTheLocalWritersBytesIdempotently(@TempDir Path dir) throws Exception {
        String text = "Harbour news\nOfficials in Lunport said the harbour stays open.";
        Document d = new Document("feeds/day 1.jsonl#2", "feeds/day 1.jsonl", SourceFormat.JSONL, "Harbour news", null,
                null, text, List.of(new Block(new Span(0, 12), BlockKind.PARAGRAPH)), List.of(), List.of());
        AnnotatedDocument doc = AnnotatedDocument.of(d);
        Path local = dir.resolve("local");
        Path remote = dir.resolve("remote");
        new OutputWriter(local).writeDocumentJson(doc);
        // as on HDFS or S3: a non-local location goes through FileSystem.create
        OutputLocation viaHadoop = new OutputLocation(remote.toUri().toString(), null);
        viaHadoop.writeDocumentJson(doc, hadoop);
        viaHadoop.writeDocumentJson(doc, hadoop); // a retried task: same file, same bytes

        Path expected = new OutputWriter(local).jsonPath(doc.docId());
        Path actual = new OutputWriter(remote).jsonPath(doc.docId());
        assertThat(actual).hasSameBinaryContentAs(expected);
        try (var files = Files.walk(remote)) {
            assertThat(files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")))
                    .containsExactly(actual);
        }
    }
}
