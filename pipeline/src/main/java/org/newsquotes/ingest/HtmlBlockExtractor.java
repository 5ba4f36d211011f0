package org.newsquotes.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.newsquotes.record.BlockKind;

/**
 * Turns an HTML element tree into text blocks: paragraphs become PARAGRAPH blocks, {@code h1}–{@code h6} HEADING
 * (the first {@code h1}: TITLE, since a page's {@code <h1>} is its headline; what stands above it is cut later as
 * {@code before-title}), list items OTHER, {@code <figcaption>} one CAPTION block and an
 * embedded social post (an element with a class from {@code models/html-embeds.txt}) one EMBED block that keeps
 * the post's byline line. Used for HTML files and for the HTML inside WordPress JSON alike, so both give the same
 * blocks.
 *
 * <p>Text rules: runs of ASCII white space collapse to one space (as a browser renders them), but U+00A0 and other
 * non-ASCII spaces are kept verbatim, because quotes are matched against the exact characters; entities are decoded
 * by the parser; {@code <br>} and nested blocks inside a caption or embed become {@code \n} inside that one block,
 * while {@code <br>} inside a body block splits it into blocks of the same kind.
 * Dropped with their content: scripts, styles, forms (unless a form wraps paragraphs of text), navigation, page headers/footers, asides, hidden elements,
 * and whatever the configured furniture selectors ({@code models/html-drop.txt}) match.
 * Iterative traversal, so deeply nested markup cannot overflow the stack. Thread-safe.
 */
public final class HtmlBlockExtractor {
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "nav", "footer",
            "aside", "form", "button", "select", "textarea", "svg", "canvas", "iframe", "object", "embed", "video",
            "audio", "map", "head", "title", "meta", "link", "dialog", "menu");
    private static final Set<String> DROPPED_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "menu", "menubar", "dialog", "alert");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "blockquote", "body", "center", "dd",
            "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "caption", "ul", "legend");

    /** Paragraph text above which a {@code <form>} is taken as a page wrapper and kept. */
    static final int FORM_TEXT_CHARS = 500;

    private final Set<String> embedClasses;
    /** Matches any of the configured furniture selectors, or null when there are none. */
    private final Evaluator furniture;

    public HtmlBlockExtractor(Set<String> embedClasses) {
        this(embedClasses, List.of());
    }

    /** @throws IllegalArgumentException naming the selector when one of {@code dropSelectors} is not valid CSS */
    public HtmlBlockExtractor(Set<String> embedClasses, List<String> dropSelectors) {
        this.embedClasses = Set.copyOf(embedClasses);
        for (String selector : dropSelectors) {
            try {
                QueryParser.parse(selector);
            } catch (Selector.SelectorParseException e) {
                throw new IllegalArgumentException("invalid CSS selector '" + selector + "' in "
                        + IngestConfig.HTML_DROP_FILE + ": " + e.getMessage(), e);
            }
        }
        this.furniture = dropSelectors.isEmpty() ? null : QueryParser.parse(String.join(", ", dropSelectors));
    }

    /** The blocks of {@code root}'s content, in document order. */
    public List<TextBlock> extract(Element root) {
        Walker walker = new Walker();
        NodeTraversor.filter(walker, root);
        walker.flush();
        return walker.blocks;
    }

    /** The text of an inline HTML snippet (a WordPress title): entities decoded, tags dropped, one line. */
    public static String inlineText(Element root) {
        StringBuilder all = new StringBuilder();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode t) appendCollapsed(all, t.getWholeText());
        });
        return Whitespace.strip(all.toString());
    }

    /**
     * Removes from {@code root} (in place) everything {@link #extract} would drop with its content: furniture
     * selectors, scripts, forms, hidden elements and the like (page headers are kept: they may hold the title). Run
     * on a copy of the page before Readability sees it, because Readability strips the class attributes that the
     * furniture selectors of {@code models/html-drop.txt} match on.
     */
    public void removeFurniture(Element root) {
        List<Element> drop = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && isDropped(e, true)) drop.add(e);
        }
        for (Element e : drop) e.remove();
    }

    /** The CSS classes that mark an embedded post ({@code models/embed-classes.txt}). */
    public Set<String> embedClasses() { return embedClasses; }

    boolean isEmbed(Element e) {
        for (String c : e.classNames()) if (embedClasses.contains(c)) return true;
        return false;
    }

    boolean isDropped(Element e, boolean insideArticle) {
        if (furniture != null && e.is(furniture) && !isEmbed(e)) return true;
        String tag = e.normalName();
        // ASP.NET pages wrap the whole page in one <form>: a form holding paragraphs of text is the page, not a form
        if (tag.equals("form")) return e.select("p").text().length() < FORM_TEXT_CHARS;
        if (DROPPED.contains(tag)) return true;
        if (tag.equals("header") && !insideArticle) return true;
        if (e.hasAttr("hidden")) return true;
        // aria-hidden only on blocks: inline aria-hidden spans (drop caps) carry visible article text
        if ("true".equalsIgnoreCase(e.attr("aria-hidden")) && BLOCK_TAGS.contains(tag)) return true;
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("display:none") || style.contains("visibility:hidden")) return true;
        return DROPPED_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT));
    }

    /** Appends text with ASCII white-space runs collapsed to one space (U+00A0 is not collapsed). */
    static void appendCollapsed(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (sb.isEmpty() || sb.charAt(sb.length() - 1) == ' ' || sb.charAt(sb.length() - 1) == '\n') continue;
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
    }

    /** The per-call traversal state (one instance per {@link #extract} call, so the extractor stays stateless). */
    private final class Walker implements NodeFilter {
        final List<TextBlock> blocks = new ArrayList<>();
        private final StringBuilder buffer = new StringBuilder();
        private final Deque<BlockKind> kinds = new ArrayDeque<>();
        private BlockKind bufferKind;
        /** The caption or embed element being collected into one block, or null. */
        private Element unit;
        private BlockKind unitKind;
        private int articleDepth;
        private boolean sawTitle;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (!t.isBlank() || !buffer.isEmpty()) {
                    if (buffer.isEmpty()) bufferKind = unit != null ? unitKind : currentKind();
                    appendCollapsed(buffer, t.getWholeText());
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            if (isDropped(e, articleDepth > 0)) return FilterResult.SKIP_ENTIRELY;
            String tag = e.normalName();
            if (tag.equals("article") || tag.equals("main")) articleDepth++;
            if (unit != null) {
                if (tag.equals("br") || BLOCK_TAGS.contains(tag)) lineBreak();
                return FilterResult.CONTINUE;
            }
            if (isEmbed(e) || tag.equals("figcaption")) {
                flush();
                unit = e;
                unitKind = tag.equals("figcaption") && !isEmbed(e) ? BlockKind.CAPTION : BlockKind.EMBED;
                return FilterResult.CONTINUE;
            }
            if (tag.equals("br")) {
                lineBreak();
            } else if (BLOCK_TAGS.contains(tag)) {
                flush();
                kinds.push(kindOf(tag));
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            String tag = e.normalName();
            if (tag.equals("article") || tag.equals("main")) articleDepth--;
            if (unit != null) {
                if (e == unit) {
                    flush();
                    unit = null;
                } else if (BLOCK_TAGS.contains(tag)) {
                    lineBreak();
                }
                return FilterResult.CONTINUE;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                kinds.pop();
            }
            return FilterResult.CONTINUE;
        }

        private BlockKind kindOf(String tag) {
            return switch (tag) {
                case "h1" -> !sawTitle ? BlockKind.TITLE : BlockKind.HEADING;
                case "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
                case "li", "dt", "dd", "td", "th" -> BlockKind.OTHER;
                case "caption" -> BlockKind.CAPTION;
                default -> BlockKind.PARAGRAPH;
            };
        }

        private BlockKind currentKind() {
            return kinds.isEmpty() ? BlockKind.PARAGRAPH : kinds.peek();
        }

        private void lineBreak() {
            if (!buffer.isEmpty() && buffer.charAt(buffer.length() - 1) != '\n') {
                if (buffer.charAt(buffer.length() - 1) == ' ') buffer.setLength(buffer.length() - 1);
                buffer.append('\n');
            }
        }

        void flush() {
            String text = tidy(buffer);
            buffer.setLength(0);
            if (text.isEmpty()) return;
            BlockKind kind = bufferKind == null ? BlockKind.PARAGRAPH : bufferKind;
            if (kind == BlockKind.TITLE) {
                if (sawTitle) kind = BlockKind.HEADING;
                sawTitle = true;
            }
            if (kind == BlockKind.EMBED || kind == BlockKind.CAPTION || kind == BlockKind.TITLE) {
                blocks.add(new TextBlock(text.replace('\n', kind == BlockKind.TITLE ? ' ' : '\n'), kind));
            } else {
                // <br>-separated lines of a body block are paragraphs of their own (old sites write
                // paragraphs that way), so chrome markers can match them one by one
                for (String line : text.split("\n")) blocks.add(new TextBlock(line, kind));
            }
            bufferKind = null;
        }
    }

    /** Strips each line, drops empty lines; the result has no blank lines and no edge white space. */
    static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder();
        for (String line : raw.toString().split("\n")) {
            String s = Whitespace.strip(line);
            if (s.isEmpty()) continue;
            if (!out.isEmpty()) out.append('\n');
            out.append(s);
        }
        return out.toString();
    }

}
