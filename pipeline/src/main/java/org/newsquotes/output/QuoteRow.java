package org.newsquotes.output;

import java.util.Objects;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.Span;
import org.newsquotes.record.Wording;

/**
 * One row of {@code quotes.csv}: a quote, its attribution and its statement, flattened. The document-local speaker id is not a
 * column (it lives in the per-document JSON); everything else of {@link Quote} is.
 */
public record QuoteRow(String docId, String quoteId, QuoteKind kind, String text, int start, int end,
                       String speakerEntityId, String speaker, String speakerMentionId, String speakerMention,
                       Integer speakerMentionStart,
                       Integer speakerMentionEnd, String cue, String method, double confidence,
                       ReviewStatus reviewStatus, String statementId, Wording wording,
                       java.util.List<String> wordingDifferences) implements java.io.Serializable {
    public QuoteRow {
        statementId = Cells.emptyToNull(statementId);
        wordingDifferences = wordingDifferences == null ? java.util.List.of() : java.util.List.copyOf(wordingDifferences);
        if ((statementId == null) != (wording == null)) {
            throw new IllegalArgumentException(quoteId + ": statement_id and wording must be given together");
        }
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        text = text == null ? "" : text;
        speakerEntityId = Cells.emptyToNull(speakerEntityId);
        speaker = Cells.emptyToNull(speaker);
        speakerMentionId = Cells.emptyToNull(speakerMentionId);
        speakerMention = Cells.emptyToNull(speakerMention);
        cue = Cells.emptyToNull(cue);
        reviewStatus = reviewStatus == null ? ReviewStatus.UNREVIEWED : reviewStatus;
        if (start < 0 || end < start) throw new IllegalArgumentException("bad quote offsets [" + start + "," + end + ")");
        if ((speakerMentionStart == null) != (speakerMentionEnd == null)) {
            throw new IllegalArgumentException("speaker mention start and end must be given together");
        }
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }

    /** The rows of a document's quotes in table order: by start, then end offset. */
    public static java.util.List<QuoteRow> rowsOf(AnnotatedDocument doc) {
        return Rows.byOffset(doc.quotes(), Quote::start, Quote::end).stream().map(q -> of(doc, q)).toList();
    }

    /** The row of {@code q}, joined to the document's mention at its speaker evidence's offsets when there is one. */
    public static QuoteRow of(AnnotatedDocument doc, Quote q) {
        Attribution a = q.attribution();
        Span ms = a.mentionSpan();
        String mentionId = null;
        if (ms != null) {
            for (Mention m : doc.mentions()) {
                if (m.start() == ms.start() && m.end() == ms.end()) {
                    mentionId = m.id();
                    break;
                }
            }
        }
        return new QuoteRow(doc.docId(), q.id(), q.kind(), q.text(), q.start(), q.end(), a.speakerEntityId(),
                a.speaker(), mentionId, a.mention(), ms == null ? null : ms.start(), ms == null ? null : ms.end(),
                a.cue(), a.method(), a.confidence(), q.reviewStatus(),
                q.statement() == null ? null : q.statement().statementId(),
                q.statement() == null ? null : q.statement().wording(),
                q.statement() == null ? null : q.statement().differences());
    }
}
