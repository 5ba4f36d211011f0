package org.newsquotes.output;

import java.util.Objects;
import org.newsquotes.record.Mention;
import org.newsquotes.record.MentionKind;

/** One row of {@code mentions.csv}: a mention with its kind, and its corpus-wide entity id once resolved. */
public record MentionRow(String docId, String mentionId, int sentence, int start, int end, String text, String ner,
                         MentionKind kind, String entityId) implements java.io.Serializable {
    public MentionRow {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(mentionId, "mentionId");
        Objects.requireNonNull(ner, "ner");
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
        entityId = Cells.emptyToNull(entityId);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad mention offsets [" + start + "," + end + ")");
    }

    public static MentionRow of(String docId, Mention m) {
        return new MentionRow(docId, m.id(), m.sentence(), m.start(), m.end(), m.text(), m.ner(), m.kind(), m.entityId());
    }

    /** The rows of a document's mentions in table order: by start, then end offset. */
    public static java.util.List<MentionRow> rowsOf(org.newsquotes.record.AnnotatedDocument doc) {
        return Rows.byOffset(doc.mentions(), Mention::start, Mention::end).stream().map(m -> of(doc.docId(), m)).toList();
    }
}
