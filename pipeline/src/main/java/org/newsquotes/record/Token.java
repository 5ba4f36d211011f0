package org.newsquotes.record;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * One token with CoreNLP's annotations, converted at the {@code nlp} boundary.
 *
 * @param index    0-based index in the document
 * @param sentence 0-based sentence index
 * @param ner      fine-grained NER tag, {@code O} for none
 * @param head     index in the document of the token's syntactic governor, {@link #ROOT} for the sentence root, or
 *                 {@link #UNPARSED} when its sentence was not parsed ({@link Layer#DEPENDENCIES})
 * @param relation the Universal Dependencies relation to the governor ({@code nsubj}, {@code ccomp}, ...), or null when
 *                 unparsed
 */
public record Token(int index, int sentence, int start, int end, String word, String lemma, String pos, String ner,
                    int head, String relation) implements Serializable {
    /** {@link #head()} of a sentence's root. */
    public static final int ROOT = -1;
    /** {@link #head()} of a token whose sentence was not parsed. */
    public static final int UNPARSED = -2;

    public Token {
        if (index < 0) throw new IllegalArgumentException("token index < 0: " + index);
        if (sentence < 0) throw new IllegalArgumentException("token sentence < 0: " + sentence);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad token offsets [" + start + "," + end + ")");
        Objects.requireNonNull(word, "word");
        lemma = lemma == null ? word : lemma;
        pos = pos == null ? "" : pos;
        ner = ner == null ? "O" : ner;
        if (head < UNPARSED) throw new IllegalArgumentException("bad head " + head + " of token " + index);
        if ((head == UNPARSED) != (relation == null)) {
            throw new IllegalArgumentException("token " + index + ": head and relation must be given together (" + head + ", " + relation + ")");
        }
    }

    /** A token of an unparsed sentence. */
    public Token(int index, int sentence, int start, int end, String word, String lemma, String pos, String ner) {
        this(index, sentence, start, end, word, lemma, pos, ner, UNPARSED, null);
    }

    public Span span() { return new Span(start, end); }

    /** Dash words: em, en and horizontal-bar dashes, and their typewriter forms. */
    private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");

    /** True for a dash word ("—", "–", "--", "-"): the one dash set of the pipeline. */
    public static boolean isDash(String word) { return DASHES.contains(word); }

    /**
     * True when this token stands apart in {@code text}: white space, or the text's edge, on both sides ("Roe - Lee",
     * not "Roe-Lee"); a dash so written is a dash, never a hyphen inside a word or name.
     */
    public boolean standsApartIn(String text) {
        return (start == 0 || Character.isWhitespace(text.charAt(start - 1))) && (end >= text.length() || Character.isWhitespace(text.charAt(end)));
    }

    public boolean parsed() { return head != UNPARSED; }

    /** This token with its governor and relation set. */
    public Token withDependency(int newHead, String newRelation) {
        return new Token(index, sentence, start, end, word, lemma, pos, ner, newHead, Objects.requireNonNull(newRelation, "relation"));
    }
}
