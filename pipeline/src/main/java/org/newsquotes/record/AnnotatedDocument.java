package org.newsquotes.record;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The per-document result of phase 1: the document and every layer the stages added. Immutable; each stage
 * returns a new instance through the {@code with*} methods, which also record the layer.
 *
 * <p>This is what the per-document JSON holds and what the cache stores, so it must stay self-contained.
 */
public record AnnotatedDocument(Document document, List<Token> tokens, List<Sentence> sentences,
                                List<Mention> mentions, List<LocalEntity> entities, List<Quote> quotes,
                                Set<Layer> layers) implements Serializable {
    public AnnotatedDocument {
        Objects.requireNonNull(document, "document");
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        int len = document.text().length();
        for (Token t : tokens) {
            if (t.end() > len) throw new IllegalArgumentException(document.docId() + ": token " + t + " beyond text end " + len);
        }
        for (Mention m : mentions) {
            if (m.end() > len) throw new IllegalArgumentException(document.docId() + ": mention " + m + " beyond text end " + len);
        }
        for (Quote q : quotes) {
            if (q.end() > len) throw new IllegalArgumentException(document.docId() + ": quote " + q.id() + " beyond text end " + len);
        }
    }

    /** A document fresh from ingest: only the text layer. */
    public static AnnotatedDocument of(Document document) {
        return new AnnotatedDocument(document, List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(Layer.TEXT));
    }

    public String docId() { return document.docId(); }

    public String text() { return document.text(); }

    public boolean has(Layer layer) { return layers.contains(layer); }

    private Set<Layer> plus(Layer... added) {
        EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        s.addAll(List.of(added));
        return s;
    }

    /** Adds tokens and sentences; {@code added} names the token-level layers filled (POS, LEMMA, NER ...). */
    public AnnotatedDocument withTokens(List<Token> newTokens, List<Sentence> newSentences, Layer... added) {
        Layer[] all = new Layer[added.length + 2];
        all[0] = Layer.TOKENS;
        all[1] = Layer.SENTENCES;
        System.arraycopy(added, 0, all, 2, added.length);
        return new AnnotatedDocument(document, newTokens, newSentences, mentions, entities, quotes, plus(all));
    }

    /** Replaces the tokens with parsed copies (same offsets and tags, {@link Token#head()} set where parsed). */
    public AnnotatedDocument withDependencies(List<Token> parsedTokens) {
        if (parsedTokens.size() != tokens.size()) {
            throw new IllegalArgumentException(document.docId() + ": " + parsedTokens.size() + " parsed tokens for " + tokens.size());
        }
        return new AnnotatedDocument(document, parsedTokens, sentences, mentions, entities, quotes, plus(Layer.DEPENDENCIES));
    }

    /** The same annotations over {@code d}, a document with the same text (its metadata changed). */
    public AnnotatedDocument withDocument(Document d) {
        if (!d.text().equals(document.text())) throw new IllegalArgumentException(document.docId() + ": text changed");
        return new AnnotatedDocument(d, tokens, sentences, mentions, entities, quotes, layers);
    }

    public AnnotatedDocument withMentions(List<Mention> newMentions) {
        return new AnnotatedDocument(document, tokens, sentences, newMentions, entities, quotes, plus(Layer.MENTIONS));
    }

    public AnnotatedDocument withEntities(List<LocalEntity> newEntities) {
        return new AnnotatedDocument(document, tokens, sentences, mentions, newEntities, quotes, plus(Layer.LOCAL_ENTITIES));
    }

    public AnnotatedDocument withQuotes(List<Quote> newQuotes) {
        return new AnnotatedDocument(document, tokens, sentences, mentions, entities, newQuotes, plus(Layer.QUOTES));
    }

    /** Tokens of one sentence. */
    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }
}
