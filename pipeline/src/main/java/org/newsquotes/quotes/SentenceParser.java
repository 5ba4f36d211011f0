package org.newsquotes.quotes;

import java.util.List;
import org.newsquotes.record.Token;

/**
 * Parses one sentence's tokens into dependencies: the quote stage asks for the sentences where an indirect quote
 * begins, the only ones whose syntax the speaker ranker reads. The implementation lives in {@code nlp}
 * ({@code CoreNlpDependencyParser}), so CoreNLP's types stay there. Must be thread-safe.
 */
public interface SentenceParser {
    /**
     * @param sentence the tokens of one sentence, in order
     * @return the same tokens with {@link Token#head()} (a document token index, or {@link Token#ROOT}) and
     *         {@link Token#relation()} set; unchanged when the sentence is not parsed (too long)
     */
    List<Token> parse(List<Token> sentence);

    /** Names the parser and its model, for the quote stage's fingerprint (cache keys). */
    String fingerprint();

    /** Loads the parser's model ahead of the first sentence; idempotent. */
    default void prepare() {}
}
