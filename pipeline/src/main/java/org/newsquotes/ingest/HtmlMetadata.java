package org.newsquotes.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, date and URL of an HTML page, from the places news sites put them.
 *
 * <p>Title: {@code og:title}, else the first {@code <h1>}, else {@code <title>} (last, because it usually carries
 * the site name). Date: {@code article:published_time} and similar meta tags, then a JSON-LD
 * {@code datePublished}, then the first {@code <time datetime>}; kept as written. URL: {@code <link rel=canonical>},
 * else {@code og:url}. A malformed JSON-LD block is ignored, never a failure.
 */
public record HtmlMetadata(String title, String date, String url) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=parsely-pub-date]", "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[name=sailthru.date]",
    };

    public static HtmlMetadata of(Document page) {
        String title = firstNonBlank(
                attr(page, "meta[property=og:title]", "content"),
                attr(page, "meta[name=twitter:title]", "content"),
                text(page.selectFirst("h1")),
                text(page.selectFirst("head > title")));
        String date = null;
        for (String q : DATE_META) {
            date = firstNonBlank(date, attr(page, q, "content"));
        }
        date = firstNonBlank(date, jsonLdDate(page), attr(page, "time[datetime]", "datetime"));
        String url = firstNonBlank(attr(page, "link[rel=canonical]", "href"), attr(page, "meta[property=og:url]", "content"));
        return new HtmlMetadata(title, date, url);
    }

    private static String jsonLdDate(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                String found = findDate(JSON.readTree(script.data()), 0);
                if (found != null) return found;
            } catch (Exception malformed) {
                // JSON-LD is a hint only: a broken block must not fail the page
            }
        }
        return null;
    }

    private static String findDate(JsonNode node, int depth) {
        if (node == null || depth > 6) return null;
        if (node.isObject()) {
            JsonNode d = node.get("datePublished");
            if (d != null && d.isTextual() && !d.asText().isBlank()) return d.asText();
            for (JsonNode child : node) {
                String f = findDate(child, depth + 1);
                if (f != null) return f;
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                String f = findDate(child, depth + 1);
                if (f != null) return f;
            }
        }
        return null;
    }

    private static String attr(Document page, String query, String attr) {
        Element e = page.selectFirst(query);
        return e == null ? null : e.attr(attr);
    }

    private static String text(Element e) {
        return e == null ? null : HtmlBlockExtractor.inlineText(e);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return Whitespace.strip(v);
        return null;
    }
}
