package org.newsquotes.quotes.dev;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsquotes.nlp.NlpConfig;
import org.newsquotes.nlp.NlpStage;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Block;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.Document;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.record.Span;

/**
 * Developer tool, not a test: annotates plain-text documents once through the CoreNLP stage and stores the
 * {@link AnnotatedDocument}s (Java serialization) so quote rules can be iterated in seconds.
 * Usage: {@code NlpCache DOCS_DIR CACHE_DIR}.
 */
public final class NlpCache {
    private NlpCache() {}

    public static void main(String[] args) throws Exception {
        Path docs = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        Files.createDirectories(cache);
        NlpStage nlp = NlpStage.shared(NlpConfig.defaults(), null);
        List<Path> files;
        try (Stream<Path> s = Files.list(docs)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Path out = cache.resolve(f.getFileName() + ".ser");
            if (Files.exists(out)) continue;
            long t0 = System.nanoTime();
            AnnotatedDocument d = nlp.process(AnnotatedDocument.of(plainText(f)));
            write(out, d);
            System.out.printf("%s %d tokens %.1fs%n", f.getFileName(), d.tokens().size(), (System.nanoTime() - t0) / 1e9);
        }
    }

    /** A plain-text document: the file's text, one block per non-blank line. */
    public static Document plainText(Path f) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<Block> blocks = new ArrayList<>();
        int p = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) blocks.add(new Block(new Span(p, p + line.length()), BlockKind.PARAGRAPH));
            p += line.length() + 1;
        }
        String name = f.getFileName().toString();
        return new Document(name, name, SourceFormat.TXT, null, null, null, text, blocks, List.of(), List.of());
    }

    public static void write(Path out, Object o) throws IOException {
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (ObjectOutputStream os = new ObjectOutputStream(Files.newOutputStream(tmp))) {
            os.writeObject(o);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @SuppressWarnings("unchecked")
    public static <T> T read(Path in) throws IOException, ClassNotFoundException {
        try (ObjectInputStream is = new ObjectInputStream(Files.newInputStream(in))) {
            return (T) is.readObject();
        }
    }
}
