package org.newsquotes.statements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.newsquotes.record.Statement;
import org.newsquotes.record.StatementLink;
import org.newsquotes.record.Wording;

/**
 * Makes one statement of a group of linked quotes, and each quote's link to it.
 * <ul>
 *   <li><b>Earliest report</b>: by date (reports without one last), then doc_id, then position; it gives the
 *       statement its id ({@link StatementIds}), {@code first_date} and {@code first_doc_id}.</li>
 *   <li><b>Fullest wording</b>: the report with the most words; among equals, the wording most reports share, then
 *       the earliest. Its text is the statement's {@code text}.</li>
 *   <li><b>Speaker</b>: the corpus-wide entity most reports name; among equals, the fullest report's, else the
 *       smallest id. {@code attribution_conflict} when reports in different documents name different entities.</li>
 *   <li><b>Wording of each report</b>: {@code exact} with the fullest wording's words; {@code altered} when a passage
 *       of it appears verbatim in no other report and its alignment with the fullest wording (else with the report
 *       it aligns with best) changes words, which are listed; else {@code shortened}.</li>
 *   <li><b>Counts</b>: documents that copy another document of the statement ({@code duplicate_of}) count once;
 *       outlets are those documents' outlets, a document with no known outlet counting as one.</li>
 * </ul>
 * A group with more than {@link #MAX_COMPARED} distinct wordings compares each only with the fullest and the
 * {@value #MAX_COMPARED} most reported others, so a statement quoted a million ways stays linear.
 */
final class StatementBuilder {
    static final int MAX_COMPARED = 50;

    private final List<ReportedQuote> quotes;
    private final int[][][] encoded;
    private final String[] wordOf;

    StatementBuilder(List<ReportedQuote> quotes, int[][][] encoded, String[] wordOf) {
        this.quotes = quotes;
        this.encoded = encoded;
        this.wordOf = wordOf;
    }

    /** One statement and its reports' links (keys as {@link Statements#key}). */
    record Built(Statement statement, Map<String, StatementLink> links, String firstKey) {}

    Built build(List<Integer> members) {
        List<Integer> order = new ArrayList<>(members);
        order.sort(Comparator.comparing((Integer i) -> quotes.get(i).date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> quotes.get(i).docId()).thenComparingInt(i -> quotes.get(i).start()));
        ReportedQuote first = quotes.get(order.get(0));

        // distinct wordings, with how many reports give each
        Map<Wordings, List<Integer>> byWording = new LinkedHashMap<>();
        for (int i : order) byWording.computeIfAbsent(new Wordings(segments(i)), k -> new ArrayList<>()).add(i);
        List<Map.Entry<Wordings, List<Integer>>> wordings = new ArrayList<>(byWording.entrySet());
        // fullest first: most words, then most reports, then earliest (the map keeps first-report order)
        wordings.sort(Comparator.comparingInt((Map.Entry<Wordings, List<Integer>> e) -> -e.getKey().words())
                .thenComparingInt(e -> -e.getValue().size()));
        Wordings fullest = wordings.get(0).getKey();
        ReportedQuote fullestQuote = quotes.get(wordings.get(0).getValue().get(0));
        List<Wordings> compared = new ArrayList<>();
        for (Map.Entry<Wordings, List<Integer>> e : wordings) compared.add(e.getKey());
        if (compared.size() > MAX_COMPARED + 1) {
            List<Wordings> rest = new ArrayList<>(compared.subList(1, compared.size()));
            rest.sort(Comparator.comparingInt((Wordings w) -> -byWording.get(w).size()));
            compared = new ArrayList<>(List.of(fullest));
            compared.addAll(rest.subList(0, MAX_COMPARED));
        }

        Map<String, StatementLink> links = new LinkedHashMap<>();
        String id = StatementIds.of(first.docId(), decode(segments(order.get(0))));
        for (Map.Entry<Wordings, List<Integer>> e : byWording.entrySet()) {
            StatementLink link = linkOf(id, e.getKey(), fullest, compared);
            for (int i : e.getValue()) links.put(Statements.key(quotes.get(i).docId(), quotes.get(i).quoteId()), link);
        }

        // speaker
        Map<String, Integer> votes = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (int i : order) {
            ReportedQuote q = quotes.get(i);
            if (q.speakerEntityId() == null) continue;
            votes.merge(q.speakerEntityId(), 1, Integer::sum);
            names.putIfAbsent(q.speakerEntityId(), q.speaker());
        }
        String speaker = null;
        int best = 0;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            boolean better = v.getValue() > best
                    || (v.getValue() == best && v.getKey().equals(fullestQuote.speakerEntityId()));
            if (better) {
                best = v.getValue();
                speaker = v.getKey();
            }
        }
        // reports in two different documents name two different speakers exactly when the reports name at least two
        // speakers and come from at least two documents (a document that names only one of them, or a second
        // document, always makes such a pair)
        Set<String> speakerDocs = new HashSet<>();
        for (int i : order) if (quotes.get(i).speakerEntityId() != null) speakerDocs.add(quotes.get(i).docId());
        boolean conflict = votes.size() >= 2 && speakerDocs.size() >= 2;
        // counts: copies of one article once
        Set<String> docs = new HashSet<>();
        for (int i : order) docs.add(quotes.get(i).docId());
        Map<String, String> outletOfRoot = new LinkedHashMap<>();
        for (int i : order) {
            ReportedQuote q = quotes.get(i);
            String root = q.duplicateOf() != null && docs.contains(q.duplicateOf()) ? q.duplicateOf() : q.docId();
            String outlet = q.outlet() != null ? q.outlet() : "\u0000" + root;
            // the original's own outlet, not a copy's
            if (q.docId().equals(root)) outletOfRoot.put(root, outlet);
            else outletOfRoot.putIfAbsent(root, outlet);
        }
        int outlets = new HashSet<>(outletOfRoot.values()).size();
        Statement s = new Statement(id, speaker, speaker == null ? null : names.get(speaker), fullestQuote.text(),
                order.size(), outletOfRoot.size(), outlets, first.date(), first.docId(), conflict);
        return new Built(s, links, Statements.key(first.docId(), first.quoteId()));
    }

    /** The statements of every group, ids made unique (a suffix in earliest-report order), ordered by id. */
    static Statements collect(List<Built> built, Map<String, Integer> linksByRule) {
        Map<String, List<Built>> byId = new TreeMap<>();
        for (Built b : built) byId.computeIfAbsent(b.statement().statementId(), k -> new ArrayList<>()).add(b);
        List<Statement> statements = new ArrayList<>();
        Map<String, StatementLink> links = new HashMap<>();
        for (List<Built> same : byId.values()) {
            same.sort(Comparator.comparing(Built::firstKey));
            for (int k = 0; k < same.size(); k++) {
                Built b = same.get(k);
                String id = k == 0 ? b.statement().statementId() : b.statement().statementId() + "-" + (k + 1);
                Statement s = b.statement();
                statements.add(new Statement(id, s.speakerEntityId(), s.speaker(), s.text(), s.quotes(), s.documents(),
                        s.outlets(), s.firstDate(), s.firstDocId(), s.attributionConflict()));
                for (Map.Entry<String, StatementLink> e : b.links().entrySet()) {
                    StatementLink l = e.getValue();
                    links.put(e.getKey(), new StatementLink(id, l.wording(), l.differences()));
                }
            }
        }
        statements.sort(Comparator.comparing(Statement::statementId));
        return new Statements(statements, links, linksByRule);
    }

    private StatementLink linkOf(String id, Wordings w, Wordings fullest, List<Wordings> compared) {
        if (w.equals(fullest)) return new StatementLink(id, Wording.EXACT, List.of());
        if (Arrays.equals(w.flat(), fullest.flat())) return new StatementLink(id, Wording.EXACT, List.of());
        List<String> differences = new ArrayList<>();
        for (int[] seg : w.segments()) {
            if (seg.length == 0 || verbatimElsewhere(seg, w, compared)) continue;
            PassageAligner.Alignment best = null;
            int[] bestRef = null;
            for (Wordings other : compared) {
                if (other.equals(w)) continue;
                for (int[] ref : other.segments()) {
                    PassageAligner.Alignment al = PassageAligner.align(seg, ref);
                    // the fullest wording is compared first and wins ties
                    if (best == null || al.matches() > best.matches()) {
                        best = al;
                        bestRef = ref;
                    }
                }
            }
            if (best == null) continue;
            for (PassageAligner.Change c : best.changes()) {
                if (c.aWord() >= 0 && c.bWord() >= 0) differences.add(wordOf[seg[c.aWord()]] + " \u2192 " + wordOf[bestRef[c.bWord()]]);
                else if (c.aWord() >= 0) differences.add("+" + wordOf[seg[c.aWord()]]);
                else differences.add("-" + wordOf[bestRef[c.bWord()]]);
            }
        }
        return differences.isEmpty() ? new StatementLink(id, Wording.SHORTENED, List.of())
                : new StatementLink(id, Wording.ALTERED, differences);
    }

    /** True when {@code seg} appears word for word inside a segment of another wording. */
    private static boolean verbatimElsewhere(int[] seg, Wordings self, List<Wordings> compared) {
        for (Wordings other : compared) {
            if (other.equals(self)) continue;
            for (int[] ref : other.segments()) if (contains(ref, seg)) return true;
        }
        return false;
    }

    static boolean contains(int[] hay, int[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }

    private int[][] segments(int i) {
        return encoded[i] != null ? encoded[i] : new int[0][];
    }

    private List<List<String>> decode(int[][] segs) {
        List<List<String>> out = new ArrayList<>();
        for (int[] s : segs) {
            List<String> w = new ArrayList<>();
            for (int c : s) w.add(wordOf[c]);
            out.add(w);
        }
        return out;
    }

    /** A report's words, compared by value. */
    private record Wordings(int[][] segments) {
        int words() {
            int n = 0;
            for (int[] s : segments) n += s.length;
            return n;
        }

        int[] flat() {
            int[] out = new int[words()];
            int p = 0;
            for (int[] s : segments) {
                System.arraycopy(s, 0, out, p, s.length);
                p += s.length;
            }
            return out;
        }

        @Override public boolean equals(Object o) {
            return o instanceof Wordings w && Arrays.deepEquals(segments, w.segments);
        }

        @Override public int hashCode() { return Arrays.deepHashCode(segments); }
    }
}
