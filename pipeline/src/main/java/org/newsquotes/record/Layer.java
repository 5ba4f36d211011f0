package org.newsquotes.record;

/**
 * A kind of annotation an {@link AnnotatedDocument} can carry. Stages declare which layers they need and which
 * they add, and the pipeline checks the chain when it is built.
 */
public enum Layer {
    TEXT, TOKENS, SENTENCES, POS, LEMMA, NER, MENTIONS, DEPENDENCIES, LOCAL_ENTITIES, QUOTES
}
