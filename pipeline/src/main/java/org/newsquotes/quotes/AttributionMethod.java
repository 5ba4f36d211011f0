package org.newsquotes.quotes;

import java.util.Optional;
import org.newsquotes.record.Attribution;

/**
 * How the quote stage found a quote's speaker: the {@code method} column of {@code quotes.csv}, the {@code sieve=}
 * features of the speaker ranker and the {@code shortcut} rows of its model file. Written as its label; a label the
 * stage does not know in a model file is a setup error naming it ({@link #parse}), never a silent mismatch.
 */
public enum AttributionMethod {
    /** "“…,” Roe said" / "Roe said: “…”". */
    VERB_AFTER("verb-after"),
    /** "said Roe, “…”". */
    VERB_BEFORE("verb-before"),
    /** "“…,” said Roe". */
    VERB_INVERTED("verb-inverted"),
    /** "Roe said the port would reopen": the subject of an indirect report's verb. */
    INDIRECT_SUBJECT("indirect-subject"),
    /** "according to Roe". */
    ACCORDING_TO("according-to"),
    /** "Roe: “…”". */
    COLON_LABEL("colon-label"),
    /** A paragraph that continues the previous quote. */
    CONTINUATION("continuation"),
    /** The speaker of an earlier quote in the same paragraph. */
    SAME_PARAGRAPH("same-paragraph"),
    /** The speaker of another quote in the same sentence. */
    SAME_SENTENCE("same-sentence"),
    /** The subject of the quote's sentence. */
    SENTENCE_SUBJECT("sentence-subject"),
    /** "the ministry said", "an editorial in the daily". */
    ORGANISATION("organisation"),
    /** "“…,” it said": an organisation's pronoun. */
    PRONOUN_IT("pronoun-it"),
    /** "said an editorial in the … newspaper", "the association said": the outlet or body a description names. */
    OUTLET_DESCRIPTION("outlet-description"),
    /** "he said". */
    PRONOUN("pronoun"),
    /** "“…,” Cole said" with "Cole" untagged: the one person of the document with that name. */
    UNTAGGED_NAME("untagged-name"),
    /** "the top diplomat said": a description resolved to the person it describes. */
    NOMINAL("nominal"),
    /** '“…,” the statement said' after "Ann Roe said in a statement": a document resolved to its issuer. */
    DOCUMENT_ISSUER("document-issuer"),
    /** A headline's quote that the story prints again: the speaker of the story's quote ({@link HeadlineEcho}). */
    HEADLINE_ECHO("headline-echo"),
    /** The byline of an embedded post. */
    EMBED_BYLINE("embed-byline"),
    /** A candidate the learned ranker chose that no sieve had picked. */
    RANKER("ranker"),
    /** Source words found but no name given (a generic source, or the ranker's confidence under its threshold). */
    SOURCE_UNRESOLVED("source-unresolved"),
    /** No speaker at all. */
    NONE(Attribution.NO_SPEAKER);

    private final String label;

    AttributionMethod(String label) { this.label = label; }

    /** The method as written in tables, features and model files. */
    public String label() { return label; }

    /** The method written {@code label}, if the stage has one. */
    public static Optional<AttributionMethod> find(String label) {
        for (AttributionMethod m : values()) if (m.label.equals(label)) return Optional.of(m);
        return Optional.empty();
    }

    /** The method written {@code label}; fails naming the known ones when there is none. */
    public static AttributionMethod parse(String label) {
        return find(label).orElseThrow(() -> {
            StringBuilder known = new StringBuilder();
            for (AttributionMethod m : values()) known.append(known.length() == 0 ? "" : ", ").append(m.label);
            return new IllegalArgumentException("unknown attribution method '" + label + "' (known: " + known + ")");
        });
    }
}
