package org.newsquotes.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.SourceFormat;

/**
 * Maps one JSON object to a document; shared by {@link WordPressJsonReader} and {@link JsonLinesReader}.
 *
 * <p>Recognised shapes:
 * <ul>
 *   <li>WordPress REST API post: {@code title.rendered} (HTML), {@code content.rendered} (HTML, through the same
 *       {@link HtmlBlockExtractor} as HTML pages), {@code date_gmt} (preferred) or {@code date}, {@code link}.
 *       The text is the title as TITLE block followed by the content blocks; every other field (excerpt, meta,
 *       _links, ...) is ignored.</li>
 *   <li>A plain object: {@code title} or {@code headline}; body from {@code text}, {@code content} or {@code body}
 *       (a string, an array of paragraph strings, or an object with {@code rendered}); HTML when the body contains tags, otherwise one block per
 *       line; {@code date_gmt}/{@code date}/{@code published}/{@code datePublished}/...; {@code url}/{@code link}.</li>
 * </ul>
 * Throws {@link IngestException} for an object with no usable body.
 */
final class JsonPostMapper {
    private static final String[] BODY_FIELDS = {"content", "text", "body", "article", "article_text", "maintext"};
    private static final String[] TITLE_FIELDS = {"title", "headline"};
    private static final String[] DATE_FIELDS = {"date_gmt", "date", "published", "published_at", "datePublished",
        "publishedAt", "pubDate", "date_publish", "publish_date", "created_at"};
    private static final String[] URL_FIELDS = {"link", "url", "canonical_url", "source_url"};
    private static final Pattern HTML_TAG = Pattern.compile("<(p|br|div|h[1-6]|figure|blockquote|ul|ol|li|span|a|em|strong|b|i)[\\s/>]",
            Pattern.CASE_INSENSITIVE);

    private final HtmlBlockExtractor html;

    JsonPostMapper(HtmlBlockExtractor html) {
        this.html = html;
    }

    /**
     * The document in {@code post}, labelled {@code wordpressFormat} when it is a WordPress post and
     * {@code plainFormat} otherwise.
     */
    ExtractedDocument map(String docId, JsonNode post, SourceFormat wordpressFormat, SourceFormat plainFormat) {
        if (post == null || !post.isObject()) {
            throw new IngestException(docId + ": expected a JSON object (a post), found "
                    + (post == null ? "nothing" : post.getNodeType().toString().toLowerCase()));
        }
        boolean wordpress = post.path("content").isObject() && post.path("content").has("rendered");
        SourceFormat format = wordpress ? wordpressFormat : plainFormat;
        String title = titleOf(post);
        String date = firstText(post, DATE_FIELDS);
        String url = firstText(post, URL_FIELDS);

        String body = null;
        for (String f : BODY_FIELDS) {
            body = bodyText(post.get(f));
            if (body != null) break;
        }
        if (body == null) {
            throw new IngestException(docId + ": JSON object has no article text (expected content.rendered, or a "
                    + "text/content/body string)");
        }
        List<TextBlock> blocks = new ArrayList<>();
        if (title != null) blocks.add(new TextBlock(title, BlockKind.TITLE));
        if (wordpress || HTML_TAG.matcher(body).find()) {
            List<TextBlock> content = html.extract(Jsoup.parseBodyFragment(body).body());
            for (TextBlock b : content) {
                // the post's own title is the TITLE block; an <h1> inside the content is a heading
                blocks.add(b.kind() == BlockKind.TITLE ? new TextBlock(b.text(), BlockKind.HEADING) : b);
            }
        } else {
            for (SourceBlock b : PlainTextReader.lineBlocks(body)) blocks.add(new TextBlock(b.text(), b.kind()));
        }
        if (blocks.stream().allMatch(b -> b.kind() == BlockKind.TITLE)) {
            throw new IngestException(docId + ": JSON post has no body text");
        }
        return new ExtractedDocument(docId, format, title, date, url, TextBlock.joinedText(blocks),
                TextBlock.joined(blocks), false, List.of());
    }

    /** A body field's text: a string, an object's {@code rendered} string, or an array of strings (one per line). */
    private static String bodyText(JsonNode n) {
        if (n != null && n.isObject()) n = n.get("rendered");
        if (n == null) return null;
        if (n.isTextual()) return n.asText().isBlank() ? null : n.asText();
        if (n.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode item : n) {
                if (!item.isTextual()) return null;
                if (!sb.isEmpty()) sb.append('\n');
                sb.append(item.asText());
            }
            return sb.toString().isBlank() ? null : sb.toString();
        }
        return null;
    }

    private static String titleOf(JsonNode post) {
        for (String f : TITLE_FIELDS) {
            JsonNode n = post.get(f);
            if (n != null && n.isObject()) n = n.get("rendered");
            if (n != null && n.isTextual() && !n.asText().isBlank()) {
                String t = HtmlBlockExtractor.inlineText(Jsoup.parseBodyFragment(n.asText()).body());
                if (!t.isEmpty()) return t;
            }
        }
        return null;
    }

    private static String firstText(JsonNode post, String[] fields) {
        for (String f : fields) {
            JsonNode n = post.get(f);
            if (n != null && n.isObject()) n = n.get("rendered");
            if (n != null && n.isValueNode() && !n.isNull() && !n.asText().isBlank()) return n.asText().strip();
        }
        return null;
    }
}
