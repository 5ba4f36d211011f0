package org.newsquotes.record;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who said a quote, and why the pipeline thinks so.
 *
 * @param speaker          the speaker's name: the full name of the in-document entity, or after entity
 *                         resolution the canonical corpus-wide name; null when no speaker was found
 * @param speakerLocalId   id of the in-document entity ({@link LocalEntity#id()}), or null
 * @param speakerEntityId  corpus-wide entity id, null until entity resolution has run
 * @param mention          the surface string used as evidence ("he", "the spokesman", "Baghaei"), or null
 * @param mentionSpan      offsets of {@code mention} in the document text, or null
 * @param cue              the speech verb or cue ("said", "according to", ":"), or null
 * @param method           which rule decided (e.g. {@code verb-after}, {@code pronoun}, {@code continuation});
 *                         {@code none} when no speaker was found
 * @param confidence       0..1, so annotators can sort by doubt
 */
public record Attribution(String speaker, String speakerLocalId, String speakerEntityId, String mention,
                          Span mentionSpan, String cue, String method, double confidence) implements Serializable {
    public static final String NO_SPEAKER = "none";

    public Attribution {
        Objects.requireNonNull(method, "method");
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
        if ((mention == null) != (mentionSpan == null)) {
            throw new IllegalArgumentException("mention text and span must be given together: " + mention + " / " + mentionSpan);
        }
    }

    /** The honest answer when no rule found a speaker. */
    public static Attribution none() {
        return new Attribution(null, null, null, null, null, null, NO_SPEAKER, 0.0);
    }

    public boolean hasSpeaker() { return speaker != null; }

    public Attribution withEntity(String entityId, String canonicalName) {
        return new Attribution(canonicalName, speakerLocalId, entityId, mention, mentionSpan, cue, method, confidence);
    }
}
