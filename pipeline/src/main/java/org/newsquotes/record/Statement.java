package org.newsquotes.record;

import java.io.Serializable;
import java.util.Objects;

/**
 * One statement across the corpus: every quote that reports the same words, whichever outlet printed them. One row
 * of {@code statements.csv}.
 *
 * @param statementId         stable id (see {@code org.newsquotes.statements.StatementIds})
 * @param speakerEntityId     the speaker most of its reports name (corpus-wide entity), or null
 * @param speaker             that speaker's name, or null
 * @param text                the fullest wording: the text of its longest report
 * @param quotes              reports (rows of quotes.csv)
 * @param documents           distinct documents reporting it, copies of one article ({@code duplicate_of}) counted once
 * @param outlets             distinct outlets among those documents (a document with no known outlet counts as one)
 * @param firstDate           the earliest report's date, or null when no report has one
 * @param firstDocId          the earliest report's document (by date, then doc_id)
 * @param attributionConflict true when reports in different documents name different speakers
 */
public record Statement(String statementId, String speakerEntityId, String speaker, String text, int quotes,
                        int documents, int outlets, String firstDate, String firstDocId, boolean attributionConflict)
        implements Serializable {
    public Statement {
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(firstDocId, "firstDocId");
        if (quotes < 1 || documents < 1 || outlets < 1 || documents > quotes || outlets > documents) {
            throw new IllegalArgumentException(statementId + ": bad counts quotes=" + quotes + " documents="
                    + documents + " outlets=" + outlets);
        }
    }
}
