package org.newsquotes.testing;

import java.util.List;
import org.newsquotes.nlp.NlpStage;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Block;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.Document;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.record.Span;

/** The one CoreNLP stage every {@code *IT} test shares (built on first use, once per test JVM). */
public final class SharedNlp {
    private SharedNlp() {}

    /** The stage {@code annotate} builds ({@link org.newsquotes.runner.Stages#CORENLP}): the same pipeline as the runner ITs'. */
    public static NlpStage stage() {
        return (NlpStage) org.newsquotes.runner.Stages.CORENLP.create(null, org.newsquotes.config.ModelFiles.packaged());
    }

    /** A one-paragraph-per-line plain document run through the shared CoreNLP stage. */
    public static AnnotatedDocument annotate(String docId, String text, String date) throws Exception {
        List<Block> blocks = new java.util.ArrayList<>();
        int p = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) blocks.add(new Block(new Span(p, p + line.length()), BlockKind.PARAGRAPH));
            p += line.length() + 1;
        }
        Document d = new Document(docId, docId, SourceFormat.TXT, null, date, null, text, blocks, List.of(), List.of());
        return stage().process(AnnotatedDocument.of(d));
    }
}
