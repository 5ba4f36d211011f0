package org.newsquotes.quotes;

import org.newsquotes.record.Mention;
import org.newsquotes.record.Span;

/**
 * The words inside a {@link SourcePhrase} that name the speaker: a named mention, a pronoun or a description.
 *
 * @param type       what the words are
 * @param firstToken first token (inclusive)
 * @param endToken   last token (exclusive)
 * @param mention    the entity mention when {@code type} is {@link Type#NAME}, else null
 * @param text       the surface text
 * @param span       its offsets in the document text
 */
public record Evidence(Type type, int firstToken, int endToken, Mention mention, String text, Span span) {
    /** Kinds of evidence, each resolved by its own sieve. */
    public enum Type { NAME, PRONOUN, DESCRIPTION }
}
