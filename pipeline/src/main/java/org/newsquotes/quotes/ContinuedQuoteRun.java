package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.QuoteKind;

/**
 * A quote that runs over several paragraphs is one speaker's words, whichever paragraph names the speaker. News often
 * names them only at the end of a later paragraph:
 * <pre>
 * “We lost two boats in the first hour and the pontoon went soon after.
 *
 * “By morning the water had gone down,” Jenna Carrick, who runs the cafe on the quay, said.
 * </pre>
 * The first paragraph has no source of its own; read alone it would continue whoever spoke before it. Here it takes the
 * source phrase of the first later segment of its run that has one ("Jenna Carrick … said"), so the sieves and the
 * ranker weigh the speaker the run names. Only a speech verb's source carries back: a transcript label in a later
 * paragraph ("Q: “…”") opens a new turn, and a segment with a source of its own keeps it.
 *
 * <p>Once every quote is attributed, {@link #oneSpeaker} gives the head, and the segments between it and the one that
 * names the speaker, that segment's speaker: the ranker weighs each quote alone, and a source a paragraph away reads to
 * it as a weak cue against the speaker of the paragraph before. A later segment with no source and no speaker goes on
 * with the speaker of the segment before it ("Union president Ann Roe said the vote showed their anger. / “Nobody
 * teaches to get rich. … / “The board has had two years to fix this.”": the head is Roe's by the ranker, and so is
 * the rest).
 */
final class ContinuedQuoteRun {
    private ContinuedQuoteRun() {}

    /**
     * The marked quotes in reading order, each head of a multi-paragraph run with no source given the source of the
     * first later segment of the run that names one; everything else as it was.
     */
    static List<QuoteCandidate> sourcesCarriedBack(List<QuoteCandidate> marked) {
        List<QuoteCandidate> out = new ArrayList<>(marked);
        for (int i = 0; i < out.size(); i++) {
            QuoteCandidate head = out.get(i);
            if (head.continuesPrevious() || head.source() != null || head.kind() == QuoteKind.OTHER) continue;
            SourcePhrase later = null;
            for (int j = i + 1; j < out.size() && out.get(j).continuesPrevious(); j++) {
                SourcePhrase s = out.get(j).source();
                if (s == null) continue;
                if (s.position() == SourcePhrase.Position.AFTER_NORMAL || s.position() == SourcePhrase.Position.AFTER_INVERTED) later = s;
                break;
            }
            if (later != null) out.set(i, head.withSource(later));
        }
        return out;
    }

    /**
     * The attributions of a document's quotes (in the order of {@code quotes}, marked and indirect, reading order; a
     * null quote is one found otherwise), each head whose source was carried back, and each segment between it and the
     * segment that names the speaker, given that segment's speaker, method continuation. The same list when nothing
     * changes.
     */
    static List<Attribution> oneSpeaker(List<QuoteCandidate> quotes, List<Attribution> attributions) {
        List<Attribution> out = new ArrayList<>(attributions);
        for (int i = 0; i < quotes.size(); i++) {
            QuoteCandidate head = quotes.get(i);
            if (head == null || head.continuesPrevious() || head.source() == null || !marked(head)) continue;
            List<Integer> before = new ArrayList<>(List.of(i));
            int named = -1;
            for (int j = i + 1; j < quotes.size(); j++) {
                QuoteCandidate q = quotes.get(j);
                if (q == null || q.kind() == QuoteKind.INDIRECT) continue;
                if (!q.continuesPrevious() || !marked(q)) break;
                if (q.source() == head.source()) {
                    named = j;
                    break;
                }
                if (q.source() != null) break;
                before.add(j);
            }
            if (named < 0 || !attributions.get(named).hasSpeaker()) continue;
            for (int k : before) out.set(k, continuing(attributions.get(named)));
        }
        // forward: a later segment with no source of its own goes on with the segment before it, whoever the ranker
        // named for that one (the sieves' continuation saw only the sieves' answer, often none)
        int previous = -1;
        for (int j = 0; j < quotes.size(); j++) {
            QuoteCandidate q = quotes.get(j);
            if (q == null || q.kind() == QuoteKind.INDIRECT) continue;
            if (previous >= 0 && q.continuesPrevious() && marked(q) && q.source() == null && !out.get(j).hasSpeaker()
                    && out.get(previous).hasSpeaker()) {
                out.set(j, continuing(out.get(previous)));
            }
            previous = marked(q) ? j : -1;
        }
        return out;
    }

    private static boolean marked(QuoteCandidate q) {
        return q.kind() == QuoteKind.DIRECT || q.kind() == QuoteKind.FRAGMENT;
    }

    private static Attribution continuing(Attribution a) {
        return new Attribution(a.speaker(), a.speakerLocalId(), a.speakerEntityId(), a.mention(), a.mentionSpan(), a.cue(),
                AttributionMethod.CONTINUATION.label(), a.confidence());
    }
}
