package org.newsquotes.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsquotes.record.QuoteKind;

/**
 * Links an indirect report to the one quote inside it that holds at least two thirds of its content words: "the
 * senator said the governor would 'abolish the fishing quota'" reports the statement its quoted words belong to,
 * which other outlets print in full. A report that says more than the words it quotes links nothing this way:
 * "she had not sent any letter that was 'marked urgent at the time'" (a claim made again and again, whose quoted
 * words are half of it), "the 'harbour town values' line came from her rival" (words about the phrase, not the
 * phrase reported). Within one document only; the quote's own links carry the report to other outlets.
 */
final class QuotedInReportSieve implements LinkSieve {
    /** This rule's name in the run report. */
    public static final String RULE = "quoted-in-report";

    @Override public String rule() {
        return RULE;
    }

    @Override public List<NodeLink> links(LinkedCorpus c) {
        List<ReportedQuote> quotes = c.quotes();
        int[] nodeOf = c.nodeOf();
        int[] contentOf = c.contentOf();
        Map<String, List<Integer>> byDoc = c.byDocument(i -> true);
        List<NodeLink> out = new ArrayList<>();
        for (List<Integer> inDoc : byDoc.values()) {
            for (int i : inDoc) {
                ReportedQuote report = quotes.get(i);
                if (report.kind() != QuoteKind.INDIRECT || contentOf[i] == 0) continue;
                int end = report.start() + report.text().length();
                int quoted = -1;
                int found = 0;
                for (int j : inDoc) {
                    ReportedQuote q = quotes.get(j);
                    if (j == i || q.kind() == QuoteKind.INDIRECT) continue;
                    if (q.start() < report.start() || q.start() + q.text().length() > end) continue;
                    if (3 * contentOf[j] < 2 * contentOf[i]) continue;
                    quoted = j;
                    found++;
                }
                if (found != 1 || nodeOf[quoted] == nodeOf[i]) continue;
                out.add(NodeLink.of(nodeOf[i], nodeOf[quoted], RULE));
            }
        }
        return out;
    }
}
