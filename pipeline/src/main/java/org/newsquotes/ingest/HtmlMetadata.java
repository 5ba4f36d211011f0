package org.newsquotes.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import java.util.List;
import org.jsoup.nodes.Element;
import org.newsquotes.record.PageMeta;

/**
 * Title, date and URL of an HTML page, from the places news sites put them.
 *
 * <p>Title: {@code og:title}, else the first {@code <h1>}, else {@code <title>} (last, because it usually carries
 * the site name). Date: {@code article:published_time} and similar meta tags, then a JSON-LD
 * {@code datePublished}, then the first {@code <time datetime>}; kept as written. URL: {@code <link rel=canonical>},
 * else {@code og:url}. A malformed JSON-LD block is ignored, never a failure.
 *
 * <p>Beyond those ({@link PageMeta}, each value with its source): the outlet from {@code og:site_name}, else the
 * JSON-LD publisher's name, else {@code application-name}; the authors from the JSON-LD {@code author} (a name, a
 * Person, or a list of them), else {@code meta[name=author]}, else {@code article:author} when it is a name and not a
 * profile URL; the language from {@code <html lang>}, else {@code content-language}, else {@code og:locale}; the
 * canonical URL from {@code <link rel=canonical>}.
 */
public record HtmlMetadata(String title, String date, String url, PageMeta page) {
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
        return new HtmlMetadata(title, date, url, pageMeta(page));
    }

    static PageMeta pageMeta(Document page) {
        java.util.Map<String, String> sources = new java.util.TreeMap<>();
        List<JsonNode> ld = jsonLd(page);
        String outlet = pick(sources, "outlet", new String[][] {
                {"opengraph", attr(page, "meta[property=og:site_name]", "content")},
                {"json-ld", ldPublisher(ld)},
                {"meta", attr(page, "meta[name=application-name]", "content")}});
        List<String> authors = ldAuthors(ld);
        if (!authors.isEmpty()) {
            sources.put("authors", "json-ld");
        } else {
            String meta = firstNonBlank(attr(page, "meta[name=author]", "content"));
            String og = firstNonBlank(attr(page, "meta[property=article:author]", "content"));
            if (meta != null) {
                authors = splitAuthors(meta);
                sources.put("authors", "meta");
            } else if (og != null && !og.contains("://")) {
                authors = splitAuthors(og);
                sources.put("authors", "opengraph");
            }
        }
        Element html = page.selectFirst("html");
        String language = pick(sources, "language", new String[][] {
                {"html", html == null ? null : html.attr("lang")},
                {"meta", attr(page, "meta[http-equiv=content-language]", "content")},
                {"opengraph", attr(page, "meta[property=og:locale]", "content")}});
        String canonical = pick(sources, "canonical_url", new String[][] {{"html", attr(page, "link[rel=canonical]", "href")}});
        return new PageMeta(outlet, authors, language == null ? null : language.replace('_', '-'), canonical, sources);
    }

    /** The first non-blank value of {@code candidates} ({source, value} pairs), recording its source. */
    private static String pick(java.util.Map<String, String> sources, String field, String[][] candidates) {
        for (String[] c : candidates) {
            String v = firstNonBlank(c[1]);
            if (v != null) {
                sources.put(field, c[0]);
                return v;
            }
        }
        return null;
    }

    /** "Ann Lee and Bo Chen", "Ann Lee, Bo Chen", "By Ann Lee" -> [Ann Lee, Bo Chen]. */
    static List<String> splitAuthors(String byline) {
        String b = byline.strip().replaceFirst("(?i)^by\\s+", "");
        List<String> out = new java.util.ArrayList<>();
        for (String part : b.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
            String p = part.strip();
            if (!p.isEmpty() && !out.contains(p)) out.add(p);
        }
        return out;
    }

    private static List<JsonNode> jsonLd(Document page) {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = JSON.readTree(script.data());
                if (n != null) out.add(n);
            } catch (Exception malformed) {
                // a hint only
            }
        }
        return out;
    }

    /** The article objects of the JSON-LD blocks (top level, in arrays, or in an {@code @graph}). */
    private static List<JsonNode> ldObjects(List<JsonNode> ld) {
        List<JsonNode> out = new java.util.ArrayList<>();
        java.util.Deque<JsonNode> todo = new java.util.ArrayDeque<>(ld);
        while (!todo.isEmpty() && out.size() < 200) {
            JsonNode n = todo.poll();
            if (n.isArray()) n.forEach(todo::add);
            else if (n.isObject()) {
                out.add(n);
                if (n.has("@graph")) todo.add(n.get("@graph"));
            }
        }
        return out;
    }

    private static String ldPublisher(List<JsonNode> ld) {
        for (JsonNode n : ldObjects(ld)) {
            JsonNode p = n.get("publisher");
            if (p != null && p.isObject() && p.path("name").isTextual()) return p.path("name").asText();
            if (p != null && p.isTextual()) return p.asText();
        }
        return null;
    }

    private static List<String> ldAuthors(List<JsonNode> ld) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode n : ldObjects(ld)) {
            JsonNode a = n.get("author");
            if (a == null) continue;
            for (JsonNode one : a.isArray() ? a : java.util.List.of(a)) {
                String name = one.isTextual() ? one.asText() : one.path("name").asText("");
                name = Whitespace.strip(name);
                if (!name.isEmpty() && !name.contains("://") && !out.contains(name)) out.add(name);
            }
            if (!out.isEmpty()) return out;
        }
        return out;
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
