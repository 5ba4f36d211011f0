package org.newsquotes.review;

import java.util.Objects;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;

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
 */
public record ReviewState(ReviewStatus status, String speaker, String speakerEntityId, String speakerLocalId,
                          QuoteKind kind)
        implements java.io.Serializable {
    public ReviewState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kind, "kind");
        speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
    }

    /** The machine's proposal as it stands in {@code quote}. */
    public static ReviewState of(Quote quote) {
        return new ReviewState(quote.reviewStatus(), quote.attribution().speaker(), quote.attribution().speakerEntityId(),
                quote.attribution().speakerLocalId(), quote.kind());
    }

    public ReviewState withStatus(ReviewStatus s) {
        return new ReviewState(s, speaker, speakerEntityId, speakerLocalId, kind);
    }

    /** A corrected speaker: the verdict becomes {@code corrected}. */
    public ReviewState withSpeaker(String name, String entityId, String localId) {
        return new ReviewState(ReviewStatus.CORRECTED, name, entityId, localId, kind);
    }

    /** A corrected kind: the verdict becomes {@code corrected}. */
    public ReviewState withKind(QuoteKind k) {
        return new ReviewState(ReviewStatus.CORRECTED, speaker, speakerEntityId, speakerLocalId, k);
    }
}
