package org.newsquotes.statements;

import java.io.Serializable;
import java.util.Objects;
import org.newsquotes.record.QuoteKind;

/**
 * What statement linking needs of one quote: where it is, what it says, who it is attributed to, and when and where
 * its document appeared.
 *
 * @param speakerMention the words naming the speaker in the text ("Iranian authorities"), or null
 * @param duplicateOf    the document this one copies ({@code documents.csv} duplicate_of), or null
 */
public record ReportedQuote(String docId, String quoteId, int start, QuoteKind kind, String text,
                            String speakerEntityId, String speaker, String speakerMention, String date, String outlet,
                            String duplicateOf) implements Serializable {
    public ReportedQuote {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** True for quotes that can report a statement: every kind but {@code other} (titles, scare quotes, names). */
    public boolean linkable() {
        return kind != QuoteKind.OTHER;
    }

    /**
     * Who the quote is attributed to, for telling whether two indirect reports can be one statement: the
     * corpus-wide entity, else the speaker words lower-cased when they are a description of two words or more
     * ("iranian authorities"; a pronoun or a bare "officials" names nobody in particular), else null.
     */
    public String speakerKey() {
        if (speakerEntityId != null) return speakerEntityId;
        if (speakerMention == null) return null;
        String words = speakerMention.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        return words.indexOf(' ') < 0 ? null : "\u0000" + words;
    }
}
