package org.newsquotes.eval;

import java.util.List;
import java.util.Objects;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;

/**
 * One gold quotation, from either gold format.
 *
 * @param doc           the gold document's file name (= our doc_id)
 * @param id            gold id (qN for FORMAT.md sets, the brat E id plus a segment number for brat sets)
 * @param kind          direct, fragment, indirect or other
 * @param text          the gold quote text
 * @param sourceSpan    offsets of {@code text} in the gold document file, or null when the format gives none
 * @param speaker       gold speaker: an entity id (FORMAT.md) or the source's surface text (brat); null when none
 * @param speakerNames  names that count as the speaker: the entity's canonical name and variants, or the source text
 * @param speakerMention the surface string naming the speaker, or null
 * @param speakerMentionSpan its offsets in the gold document file, or null when the format gives none
 * @param cue           the gold cue, or null
 */
public record GoldQuote(String doc, String id, QuoteKind kind, String text, Span sourceSpan, String speaker,
                        List<String> speakerNames, String speakerMention, Span speakerMentionSpan, String cue) {
    public GoldQuote {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        speakerNames = speakerNames == null ? List.of() : List.copyOf(speakerNames);
    }

    public boolean hasSpeaker() { return speaker != null && !speaker.isBlank(); }
}
