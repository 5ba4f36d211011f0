import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.output.CsvTableReader;
import org.newsquotes.output.DocumentRow;
import org.newsquotes.output.QuoteRow;
import org.newsquotes.output.Tables;
import org.newsquotes.statements.Contractions;
import org.newsquotes.statements.FunctionWords;
import org.newsquotes.statements.QuoteWords;
import org.newsquotes.statements.ReportedQuote;
import org.newsquotes.statements.StatementLinker;
import org.newsquotes.statements.Statements;

/**
 * Links the statements of an existing output directory again, with the linker and models of this build, without
 * annotating anything: reads quotes.csv and documents.csv, writes {@code doc_id TAB quote_id TAB statement_id} per
 * quote to OUT_TSV. For trying a change to the link rules on a large annotated corpus in seconds.
 *
 * <pre>java -cp JAR:LIB/* bench/RelinkStatements.java OUTPUT_DIR OUT_TSV [MODELS_DIR [CORPUS_DIR]]</pre>
 * With CORPUS_DIR, its metadata file ({@code metadata.csv}/{@code .tsv}) gives dates and outlets, as in a run.
 */
public class RelinkStatements {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        ModelFiles models = args.length > 2 ? ModelFiles.at(Path.of(args[2])) : ModelFiles.packaged();
        org.newsquotes.ingest.CorpusMetadata meta = args.length > 3
                ? org.newsquotes.ingest.CorpusMetadata.load(Path.of(args[3])) : org.newsquotes.ingest.CorpusMetadata.NONE;
        Map<String, DocumentRow> docs = new HashMap<>();
        for (DocumentRow r : CsvTableReader.readAll(Tables.documentsOf(out), out)) docs.put(r.docId(), r);
        Map<String, String[]> dated = new HashMap<>();
        for (DocumentRow r : docs.values()) {
            var d = meta.apply(new org.newsquotes.record.Document(r.docId(), r.path(), org.newsquotes.record.SourceFormat.TXT,
                    r.title(), r.date(), r.url(), "", List.of(), List.of(), List.of()));
            dated.put(r.docId(), new String[] {d.date(), d.meta().outlet() != null ? d.meta().outlet() : r.outlet()});
        }
        List<ReportedQuote> quotes = new ArrayList<>();
        for (QuoteRow q : CsvTableReader.readAll(Tables.QUOTES, out)) {
            DocumentRow d = docs.get(q.docId());
            quotes.add(new ReportedQuote(q.docId(), q.quoteId(), q.start(), q.kind(), q.text(), q.speakerEntityId(),
                    q.speaker(), q.speakerMention(), dated.get(q.docId())[0], dated.get(q.docId())[1], d.duplicateOf()));
        }
        long t0 = System.nanoTime();
        Statements s = new StatementLinker(new QuoteWords(Contractions.load(models)), FunctionWords.load(models)).link(quotes);
        System.err.printf("%d quotes, %d statements in %.2f s; links by rule %s%n", quotes.size(), s.statements().size(),
                (System.nanoTime() - t0) / 1e9, s.linksByRule());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            for (ReportedQuote q : quotes) {
                var link = s.linkOf(q.docId(), q.quoteId());
                w.println(q.docId() + "\t" + q.quoteId() + "\t" + (link == null ? "" : link.statementId()));
            }
        }
    }
}
