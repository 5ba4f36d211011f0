package org.newsquotes.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.newsquotes.record.ReviewStatus;

/**
 * One page of the review list as the page asks for it ({@code GET /api/quotes?...}): filters, order and window, so
 * the server sends one page of 100,000 quotes, not all of them. Every parameter is optional; without any, the whole
 * list in document order.
 *
 * @param doc           a document id, or null for all
 * @param kind          the quote's kind now (after decisions), or null
 * @param method        the attribution method, or null
 * @param status        a review status ({@code unreviewed}, {@code accepted}, ...), {@code unsure} (someone's decision
 *                      flagged unsure), {@code disagreement} (annotators' answers differ and no curator has
 *                      adjudicated yet), or null for all
 * @param maxConfidence quotes at or under this confidence, or null
 * @param order         {@code doc} (document order), {@code conf} (lowest confidence first) or {@code conflict}
 *                      (speaker conflicts across outlets first, then lowest confidence); stable within ties
 * @param offset        the page's first row in the filtered, ordered list
 * @param limit         rows in the page
 * @param docs          the documents to list (an annotator's assignment), or null for all
 */
public record QuoteQuery(String doc, String kind, String method, String status, Double maxConfidence, String order,
                         int offset, int limit, java.util.Set<String> docs) {
    /** A query over every document. */
    public QuoteQuery(String doc, String kind, String method, String status, Double maxConfidence, String order,
                      int offset, int limit) {
        this(doc, kind, method, status, maxConfidence, order, offset, limit, null);
    }

    /** The same query restricted to {@code assigned} documents (an annotator's assignment); null or empty: all. */
    public QuoteQuery within(java.util.Set<String> assigned) {
        return new QuoteQuery(doc, kind, method, status, maxConfidence, order, offset, limit,
                assigned == null || assigned.isEmpty() ? null : assigned);
    }

    /** Most rows a page may ask for. */
    public static final int MAX_LIMIT = 100_000_000;

    public QuoteQuery {
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0");
        if (limit < 0 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 0.." + MAX_LIMIT);
        order = order == null || order.isBlank() ? "doc" : order;
        if (!List.of("doc", "conf", "conflict").contains(order)) {
            throw new IllegalArgumentException("order must be doc, conf or conflict");
        }
        if (status != null && !status.isBlank() && !status.equals("unsure") && !status.equals("disagreement")) {
            ReviewStatus.fromLabel(status);
        }
    }

    /** The query of a request's parameters (absent or empty ones: no filter); a bad value is an error naming it. */
    public static QuoteQuery of(Map<String, String> p) {
        try {
            return new QuoteQuery(blank(p.get("doc")), blank(p.get("kind")), blank(p.get("method")), blank(p.get("status")),
                    blank(p.get("conf")) == null ? null : Double.valueOf(p.get("conf")), blank(p.get("order")),
                    blank(p.get("offset")) == null ? 0 : Integer.parseInt(p.get("offset")),
                    blank(p.get("limit")) == null ? MAX_LIMIT : Integer.parseInt(p.get("limit")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("conf, offset and limit must be numbers");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Does the quote pass the filters? {@code conflict} says whether it has a speaker conflict across outlets. */
    public boolean matches(ReviewSession.Item it) {
        return (docs == null || docs.contains(it.doc().docId()))
                && (doc == null || doc.equals(it.doc().docId()))
                && (kind == null || kind.equals(it.state().kind().label()))
                && (method == null || method.equals(it.quote().attribution().method()))
                && (status == null || switch (status) {
                    case "unsure" -> it.unsure();
                    case "disagreement" -> it.disagreement() && !it.adjudicated();
                    default -> status.equals(it.state().status().label());
                })
                && (maxConfidence == null || it.quote().attribution().confidence() <= maxConfidence + 1e-9);
    }

    /** The matching items in this query's order (a new list; {@code conflicted} tells conflicts for that order). */
    public List<ReviewSession.Item> select(List<ReviewSession.Item> items, Predicate<ReviewSession.Item> conflicted) {
        List<ReviewSession.Item> out = new ArrayList<>();
        for (ReviewSession.Item it : items) if (matches(it)) out.add(it);
        Comparator<ReviewSession.Item> byConfidence = Comparator.comparingDouble(i -> i.quote().attribution().confidence());
        switch (order) {
            case "conf" -> out.sort(byConfidence);
            case "conflict" -> out.sort(Comparator.<ReviewSession.Item, Boolean>comparing(i -> !conflicted.test(i))
                    .thenComparing(byConfidence));
            default -> { }
        }
        return out;
    }
}
