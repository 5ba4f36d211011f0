package org.newsquotes.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.ingest.CorpusReader;
import org.newsquotes.ingest.IngestConfig;
import org.newsquotes.ingest.IngestResult;
import org.newsquotes.output.OutputWriter;
import org.newsquotes.record.Block;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.Document;

/**
 * Where {@code eval --articles} gets our document for a benchmark page ({@code html/ID.html.gz}): from an output
 * directory's JSON, or by reading the page now with the project's reader; and which of its text is scored.
 */
public final class ArticlePages {
    private ArticlePages() {}

    /** Our document for a page id from the JSON {@code annotate} wrote to {@code out}, or null when there is none. */
    public static Function<String, Document> fromOutput(Path out) {
        OutputWriter writer = new OutputWriter(out);
        return id -> {
            // the id depends on which directory was annotated: the benchmark's or its html/
            for (String docId : new String[] {id + ".html.gz", "html/" + id + ".html.gz", id + ".html", "html/" + id + ".html"}) {
                if (!Files.isRegularFile(writer.jsonPath(docId))) continue;
                try {
                    return writer.readDocumentJson(docId).document();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return null;
        };
    }

    /** Our document for a page id, read now from {@code benchmark/html/ID.html.gz} (no models needed). */
    public static Function<String, Document> readHere(Path benchmark, ModelFiles models) {
        CorpusReader reader = new CorpusReader(IngestConfig.defaults(models));
        Path html = benchmark.resolve("html");
        return id -> {
            IngestResult result = reader.read(html, html.resolve(id + ".html.gz"));
            return result.documents().isEmpty() ? null : result.documents().get(0);
        };
    }

    /** Which of a document's blocks are scored against the benchmark's truth. */
    public enum View {
        /** All of the text, title included: the 0.866 baseline was measured so. */
        WHOLE("the documents' whole text"),
        /**
         * Without the headline and the captions, which the benchmark's truth ({@code articleBody}) leaves out;
         * embedded posts are kept, as the truth keeps them.
         */
        ARTICLE("article body: no title or captions"),
        /** Body blocks only: without title, captions and embedded posts. */
        BODY("body blocks: no title, captions or embeds");

        private final String label;

        View(String label) { this.label = label; }

        public String label() { return label; }

        boolean keeps(BlockKind kind) {
            return switch (this) {
                case WHOLE -> true;
                case ARTICLE -> kind != BlockKind.TITLE && kind != BlockKind.CAPTION;
                case BODY -> kind != BlockKind.TITLE && kind != BlockKind.CAPTION && kind != BlockKind.EMBED;
            };
        }
    }

    /** A document's text block by block, the blocks {@code view} keeps. */
    public static List<String> blocks(Document d, View view) {
        List<String> out = new ArrayList<>();
        for (Block b : d.blocks()) {
            if (view.keeps(b.kind())) out.add(b.span().of(d.text()));
        }
        return out;
    }
}
