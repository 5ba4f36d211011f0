package org.newsquotes.quotes;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;

/** Developer tool: prints the source phrase and evidence the rules find for quotes containing a string. */
public final class QuoteDebug {
    private QuoteDebug() {}

    public static void main(String[] args) throws Exception {
        AnnotatedDocument d;
        try (var in = Files.newInputStream(Path.of(args[0]))) {
            d = org.newsquotes.output.DocumentJson.read(in);
        }
        QuoteLexicon lex = QuoteLexicon.load(ModelFiles.packaged());
        DocumentIndex ix = new DocumentIndex(d);
        SourcePhraseFinder f = new SourcePhraseFinder(lex);
        EvidencePicker picker = new EvidencePicker(lex);
        if (args[1].equals("--indirect")) {
            var spans = new QuoteMarkScanner(lex.cues(CueCategory.ELISION)).scan(d.text());
            var ctx = new AttributionContext(ix, lex, spans);
            java.util.List<QuoteCandidate> marked = new java.util.ArrayList<>();
            for (QuotedSpan s : spans) marked.add(new QuoteCandidate(s.span(), s.markStart(), s.markEnd(), new QuoteKindClassifier(lex).classify(d.text(), s), s.continuesPrevious(), null));
            for (QuoteCandidate q : new IndirectSpeechExtractor(lex, f).extract(ix, marked, ctx)) {
                System.out.println(q.content().of(d.text()) + "  <- " + q.source() + " " + picker.pick(ix, q.source()));
            }
            return;
        }
        for (QuotedSpan s : new QuoteMarkScanner(lex.cues(CueCategory.ELISION)).scan(d.text())) {
            String t = d.text().substring(s.start(), s.end());
            if (!t.contains(args[1])) continue;
            QuoteCandidate q = new QuoteCandidate(s.span(), s.markStart(), s.markEnd(), new QuoteKindClassifier(lex).classify(d.text(), s), s.continuesPrevious(), null);
            SourcePhrase p = f.find(ix, q);
            System.out.println(q + "\n  phrase " + p + (p == null ? "" : " = '" + d.text().substring(ix.token(p.firstToken()).start(), ix.token(Math.max(p.firstToken(), p.endToken() - 1)).end()) + "'"));
            System.out.println("  evidence " + picker.pick(ix, p));
            int a = ix.firstTokenAtOrAfter(q.markEnd());
            for (int k = a; k < a + 25 && k < ix.tokenCount(); k++) System.out.print(ix.token(k).word() + "/" + ix.token(k).pos() + "/" + ix.token(k).ner() + " ");
            System.out.println();
        }
        d.mentions().stream().filter(m -> m.text().contains(args.length > 2 ? args[2] : "\u0000")).forEach(m -> System.out.println("  mention " + m));
    }
}
