package org.newsquotes.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links reports of one short phrase (a direct quote or fragment of at least 2 words, 1 of them a content word,
 * too short for {@link LinkRules} to link) whose reporting sentences agree ({@link SharedFrame}): the same words
 * in two documents within {@link StatementLinker#FRAGMENT_WINDOW_DAYS} days, not attributed to two different speakers.
 * "The reformist daily praised the mayor's 'steady hand'" in two outlets is one remark even though "steady hand"
 * alone could be anyone's. A phrase reported more than {@link StatementLinker#MAX_POSTINGS} times is a formula and links
 * nothing this way.
 */
final class FramedPhraseSieve implements LinkSieve {
    /** This rule's name in the run report. */
    public static final String RULE = "shared-frame";
    private final FunctionWords functionWords;

    FramedPhraseSieve(FunctionWords functionWords) {
        this.functionWords = functionWords;
    }

    @Override public String rule() {
        return RULE;
    }

    @Override public List<NodeLink> links(LinkedCorpus c) {
        List<ReportedQuote> quotes = c.quotes();
        List<LinkedNode> nodes = c.nodes();
        int[] nodeOf = c.nodeOf();
        int[] contentOf = c.contentOf();
        int[] dayOf = c.dayOf();
        Map<PhraseKey, List<Integer>> byPhrase = new HashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).frame() == null || nodeOf[i] < 0) continue;
            // short nodes are direct quotes and fragments only: what the rules above leave alone
            LinkedNode node = nodes.get(nodeOf[i]);
            if (!node.isShort || node.words < 2 || contentOf[i] < 1) continue;
            byPhrase.computeIfAbsent(new PhraseKey(node.segments, null, false), k -> new ArrayList<>()).add(i);
        }
        SharedFrame frames = new SharedFrame(functionWords);
        List<NodeLink> out = new ArrayList<>();
        for (List<Integer> reports : byPhrase.values()) {
            if (reports.size() < 2 || reports.size() > StatementLinker.MAX_POSTINGS) continue;
            List<Set<String>> words = new ArrayList<>(reports.size());
            for (int i : reports) words.add(frames.words(quotes.get(i).frame()));
            for (int x = 0; x < reports.size(); x++) {
                ReportedQuote a = quotes.get(reports.get(x));
                for (int y = x + 1; y < reports.size(); y++) {
                    ReportedQuote b = quotes.get(reports.get(y));
                    int na = nodeOf[reports.get(x)];
                    int nb = nodeOf[reports.get(y)];
                    if (a.docId().equals(b.docId()) || na == nb) continue;
                    if (a.speakerEntityId() != null && b.speakerEntityId() != null && !a.speakerEntityId().equals(b.speakerEntityId())) continue;
                    int da = dayOf[reports.get(x)];
                    int db = dayOf[reports.get(y)];
                    if (da != Integer.MIN_VALUE && db != Integer.MIN_VALUE && Math.abs((long) da - db) > StatementLinker.FRAGMENT_WINDOW_DAYS) continue;
                    if (!frames.agree(words.get(x), words.get(y))) continue;
                    out.add(NodeLink.of(na, nb, RULE));
                }
            }
        }
        return out;
    }
}
