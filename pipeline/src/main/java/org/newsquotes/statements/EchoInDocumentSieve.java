package org.newsquotes.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsquotes.record.QuoteKind;

/**
 * Links a short direct quote or fragment (under six words, or under three content words) to the longer direct quote
 * of the same document, under the same speaker,
 * that holds its words verbatim: the article quoting again what it printed ("“… And I’m just not quite there
 * yet.” When the senator used the words “I’m not quite there yet,” he was echoing …"). Three words and one content
 * word suffice here, as the words and the speaker are the article's own; across documents a short phrase needs
 * more ({@link LinkRules}), since two outlets may print the same few words of one speaker from two occasions.
 */
final class EchoInDocumentSieve implements LinkSieve {
    /** This rule's name in the run report. */
    public static final String RULE = "echo-in-document";

    /** The words of a quote with one segment (no ellipsis), or null. */
    private static int[] onlySegment(int[][] segments) {
        return segments != null && segments.length == 1 ? segments[0] : null;
    }

    /** True when one of {@code segments} holds {@code run} word for word ({@link StatementBuilder#contains}). */
    private static boolean containsRun(int[][] segments, int[] run) {
        for (int[] seg : segments) if (StatementBuilder.contains(seg, run)) return true;
        return false;
    }

    @Override public String rule() {
        return RULE;
    }

    @Override public List<NodeLink> links(LinkedCorpus c) {
        List<ReportedQuote> quotes = c.quotes();
        int[][][] encoded = c.encoded();
        List<LinkedNode> nodes = c.nodes();
        int[] nodeOf = c.nodeOf();
        int[] contentOf = c.contentOf();
        Set<Integer> refrains = c.refrains();
        Map<String, List<Integer>> byDoc = c.byDocument(i -> {
            ReportedQuote q = quotes.get(i);
            boolean marked = q.kind() == QuoteKind.DIRECT || q.kind() == QuoteKind.FRAGMENT;
            return marked && q.speakerEntityId() != null && !q.titled();
        });
        List<NodeLink> out = new ArrayList<>();
        for (List<Integer> inDoc : byDoc.values()) {
            for (int i : inDoc) {
                int[] phrase = onlySegment(encoded[i]);
                // short by the linker's measure (under six words, or under three content words): what the rules leave alone
                if (phrase == null || !nodes.get(nodeOf[i]).isShort || phrase.length < LinkRules.MIN_WORDS || contentOf[i] < 1) continue;
                // the speaker's refrain ({@link ContainmentPruning#dropRefrainsInside}) is theirs on any day, not words of this quote
                if (refrains.contains(nodeOf[i])) continue;
                for (int j : inDoc) {
                    ReportedQuote q = quotes.get(j);
                    if (j == i || nodeOf[j] == nodeOf[i] || q.kind() != QuoteKind.DIRECT) continue;
                    if (!q.speakerEntityId().equals(quotes.get(i).speakerEntityId()) || LinkedNode.words(encoded[j]) <= phrase.length) continue;
                    if (!containsRun(encoded[j], phrase)) continue;
                    out.add(NodeLink.of(nodeOf[i], nodeOf[j], RULE));
                    break;
                }
            }
        }
        return out;
    }
}
