package org.newsquotes.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsquotes.output.Outlets;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Document;
import org.newsquotes.record.Quote;
import org.newsquotes.record.StatementLink;
import org.newsquotes.statements.DuplicateDocuments;
import org.newsquotes.statements.ReportedQuote;
import org.newsquotes.statements.StatementLinker;
import org.newsquotes.statements.Statements;

/**
 * Phase 2, after entity resolution: finds copies of one article ({@link DuplicateDocuments}) and links every quote of
 * the corpus to its statement ({@link StatementLinker}), by the canonical speakers entity resolution just gave. Each
 * quote gets its {@link StatementLink}; the statements and copies go on in the {@link CorpusResult}.
 *
 * <p>The static pieces ({@link #reported}, {@link #linked}) are what the Spark job runs around the same linker, so
 * both runners feed it the same records in the same (corpus) order and get the same statements.
 */
public final class StatementStep {
    private final StatementLinker linker;

    StatementStep(StatementLinker linker) { this.linker = linker; }

    CorpusResult apply(CorpusResult corpus) {
        List<DuplicateDocuments.Doc> docs = new ArrayList<>();
        for (DocumentOutcome o : corpus.outcomes()) {
            if (o.isOk()) docs.add(new DuplicateDocuments.Doc(o.docId(), o.annotated().document().date(), o.annotated().text()));
        }
        Map<String, String> duplicates = DuplicateDocuments.find(docs);
        List<ReportedQuote> quotes = new ArrayList<>();
        for (DocumentOutcome o : corpus.outcomes()) {
            if (o.isOk()) quotes.addAll(reported(o.annotated(), duplicates.get(o.docId())));
        }
        Statements statements = linker.link(quotes);
        List<DocumentOutcome> linked = new ArrayList<>(corpus.outcomes().size());
        for (DocumentOutcome o : corpus.outcomes()) linked.add(o.isOk() ? DocumentOutcome.ok(linked(o.annotated(), statements.links())) : o);
        return new CorpusResult(linked, corpus.entities(), corpus.mergesByRule(), statements, duplicates);
    }

    /** What the linker needs of each quote of {@code d} ({@code duplicateOf}: the document it copies, or null). */
    public static List<ReportedQuote> reported(AnnotatedDocument d, String duplicateOf) {
        Document doc = d.document();
        String outlet = Outlets.of(doc);
        List<ReportedQuote> out = new ArrayList<>(d.quotes().size());
        for (Quote q : d.quotes()) {
            out.add(new ReportedQuote(d.docId(), q.id(), q.start(), q.kind(), q.text(), q.attribution().speakerEntityId(),
                    q.attribution().speaker(), q.attribution().mention(), doc.date(), outlet, duplicateOf,
                    ReportedQuote.frameOf(d.text(), q.start(), q.end())));
        }
        return out;
    }

    /** {@code d} with each quote's statement link from {@code links} (keys as {@link Statements#key}). */
    public static AnnotatedDocument linked(AnnotatedDocument d, Map<String, StatementLink> links) {
        List<Quote> qs = new ArrayList<>(d.quotes().size());
        for (Quote q : d.quotes()) qs.add(q.withStatement(links.get(Statements.key(d.docId(), q.id()))));
        return d.withQuotes(qs);
    }
}
