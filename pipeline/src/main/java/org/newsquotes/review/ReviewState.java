package org.newsquotes.review;

import java.util.Objects;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.Span;

/**
 * What a quote looks like to an annotator before or after a decision: the verdict and the (possibly corrected)
 * speaker and kind. Journal entries hold one as {@code old} and one as {@code new}.
 *
 * @param status          the verdict
 * @param speaker         the speaker's name, or null for none
 * @param speakerEntityId corpus-wide entity id of the speaker when known, or null
 * @param speakerLocalId  document-local entity id ({@code e3}) when the speaker was picked from the document's
 *                        entities, or null
 * @param kind            the quote kind
 * @param mention         the words in the text the annotator clicked to name the speaker ("she", "the minister"),
 *                        kept as the quote's evidence; null when the speaker was picked or typed
 * @param mentionSpan     offsets of {@code mention} in the text the decision was made on, or null
 */
public record ReviewState(ReviewStatus status, String speaker, String speakerEntityId, String speakerLocalId,
                          QuoteKind kind, String mention, Span mentionSpan)
        implements java.io.Serializable {
    public ReviewState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kind, "kind");
        speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
        if ((mention == null) != (mentionSpan == null)) {
            throw new IllegalArgumentException("mention text and span must be given together: " + mention + " / " + mentionSpan);
        }
        if (mention != null && mention.length() != mentionSpan.end() - mentionSpan.start()) {
            throw new IllegalArgumentException("mention \"" + mention + "\" does not fit its span " + mentionSpan);
        }
        if (mention != null && speaker == null) throw new IllegalArgumentException("a mention names a speaker: none given");
    }

    /** A state with no speaker mention of the annotator's. */
    public ReviewState(ReviewStatus status, String speaker, String speakerEntityId, String speakerLocalId, QuoteKind kind) {
        this(status, speaker, speakerEntityId, speakerLocalId, kind, null, null);
    }

    /** The machine's proposal as it stands in {@code quote}. */
    public static ReviewState of(Quote quote) {
        return new ReviewState(quote.reviewStatus(), quote.attribution().speaker(), quote.attribution().speakerEntityId(),
                quote.attribution().speakerLocalId(), quote.kind());
    }

    public ReviewState withStatus(ReviewStatus s) {
        return new ReviewState(s, speaker, speakerEntityId, speakerLocalId, kind, mention, mentionSpan);
    }

    /** A corrected speaker: the verdict becomes {@code corrected}; no mention of the annotator's. */
    public ReviewState withSpeaker(String name, String entityId, String localId) {
        return new ReviewState(ReviewStatus.CORRECTED, name, entityId, localId, kind);
    }

    /** This state with {@code text} at {@code span} as the annotator's evidence for the speaker. */
    public ReviewState withMention(String text, Span span) {
        return new ReviewState(status, speaker, speakerEntityId, speakerLocalId, kind, text, span);
    }

    /** A corrected kind: the verdict becomes {@code corrected}. */
    public ReviewState withKind(QuoteKind k) {
        return new ReviewState(ReviewStatus.CORRECTED, speaker, speakerEntityId, speakerLocalId, k, mention, mentionSpan);
    }
}
