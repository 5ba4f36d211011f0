package org.newsquotes.quotes;

import java.util.List;
import java.util.Objects;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.Span;

/**
 * One possible speaker of a quote, as the {@link SpeakerRanker} sees it: the words that would be the evidence, the
 * attribution that choosing them would give, and the features that describe them.
 *
 * @param type        what the evidence words are
 * @param firstToken  first token of the evidence (inclusive)
 * @param endToken    end of the evidence (exclusive)
 * @param attribution the attribution this candidate stands for: a named speaker, or evidence words with no name
 *                    (an unresolved pronoun or description), with its method
 * @param features    binary features ({@link SpeakerFeatures}), in a stable order
 */
public record SpeakerCandidate(Type type, int firstToken, int endToken, Attribution attribution, List<String> features) {
    /** Kinds of evidence a candidate can rest on. */
    public enum Type {
        /** A named mention: "Ann Roe", "the Interior Ministry". */
        NAME,
        /** A personal pronoun, resolved to a person where the pronoun rules can: "he", "they". */
        PRONOUN,
        /** A noun phrase that is no name: "the spokesman", "officials". */
        NOMINAL,
        /** The speaker of the quote before, carried over with its own evidence. */
        PREVIOUS
    }

    public SpeakerCandidate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(attribution, "attribution");
        if (attribution.mentionSpan() == null) throw new IllegalArgumentException("a candidate needs evidence words");
        features = List.copyOf(features);
    }

    /** The evidence's offsets in the document text. */
    public Span span() { return attribution.mentionSpan(); }
}
