package org.newsquotes.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article the page splits into several containers of one kind, with sidebars, ads or pull quotes between them:
 * {@code <section class="story-part"><div class="story-body">…</div></section> <aside>…</aside>
 * <section class="story-part"><div class="story-body">…</div></section>}. Readability takes the container with
 * the most text and leaves the others out, so the first screens of a long feature go missing.
 *
 * <p>{@link #peers} finds, for the container that holds the article's longest paragraph (and not much more than the
 * article Readability found), the page's other
 * containers of the same kind: the same tag and class attribute, reached through ancestors of the same tags and
 * classes (so comment bodies or teaser cards that reuse the class under another parent are not taken), each with
 * {@value #MIN_PART_CHARS} characters of paragraph text or more, most of its text in paragraphs and at most a
 * quarter in links (a list of teasers is headlines in links). The article is then Readability's own article with
 * the other parts before and after it, in page order.
 */
final class SplitArticle {
    /** Paragraph text (characters) each other container must hold to count as a part of the article. */
    static final int MIN_PART_CHARS = 150;
    /** Share of a part's text inside links above which it is a list of teasers, not article text. */
    static final double MAX_LINK_DENSITY = 0.25;
    /** Share of a part's text that must be in paragraphs. */
    static final double MIN_PARAGRAPH_SHARE = 0.7;
    /** How much more text than Readability's article the container may hold. */
    static final double WIDER = 1.1;
    /** How far above the longest paragraph the container may be. */
    static final int MAX_LEVELS = 4;
    /** Ancestors whose tags and classes must agree (a part may sit deeper in the page than the others). */
    static final int PATH_LEVELS = 3;

    private SplitArticle() {}

    /** The other parts of a split article, before and after the one Readability found, each in page order. */
    record Parts(List<Element> before, List<Element> after) {
        Parts {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /**
     * The other parts of the split article whose content {@code found} is (an element outside {@code page}, such as
     * Readability's result), or null when the article is not split that way.
     */
    static Parts peers(Document page, Element found) {
        Element longest = null;
        java.util.Set<String> foundParagraphs = new java.util.HashSet<>();
        for (Element p : found.select("p")) {
            foundParagraphs.add(p.text());
            if (longest == null || p.text().length() > longest.text().length()) longest = p;
        }
        if (longest == null || longest.text().length() < 80) return null;
        String text = longest.text();
        Element same = null;
        for (Element p : page.select("p")) {
            if (p.text().equals(text)) {
                same = p;
                break;
            }
        }
        if (same == null) return null;
        int foundChars = found.text().length();
        Element container = same.parent();
        for (int level = 0; container != null && level < MAX_LEVELS; level++, container = container.parent()) {
            if (container.normalName().equals("body")) break;
            // never wider than what Readability took: a layout row holding the article and the teasers is no part
            if (container.text().length() > foundChars * WIDER) break;
            if (container.className().isBlank()) continue;
            String path = path(container);
            List<Element> before = new ArrayList<>();
            List<Element> after = new ArrayList<>();
            boolean seen = false;
            for (Element e : page.getElementsByTag(container.normalName())) {
                if (e == container) seen = true;
                else if (e.className().equals(container.className()) && path.equals(path(e)) && isPart(e)
                        && !alreadyIn(e, foundParagraphs)) {
                    (seen ? after : before).add(e);
                }
            }
            if (!before.isEmpty() || !after.isEmpty()) return new Parts(before, after);
        }
        return null;
    }

    /**
     * Paragraphs of article text: enough of it, most of the element's text in paragraphs and little in links (a list
     * of teasers is headlines in links with a line of description each).
     */
    private static boolean isPart(Element e) {
        int all = e.text().length();
        int paragraphs = e.select("p").text().length();
        int linked = e.select("a").text().length();
        return paragraphs >= MIN_PART_CHARS && paragraphs >= MIN_PARAGRAPH_SHARE * all && linked <= MAX_LINK_DENSITY * all;
    }

    /** Readability's article already holds one of the part's paragraphs: it took the parts' common parent. */
    private static boolean alreadyIn(Element part, java.util.Set<String> foundParagraphs) {
        for (Element p : part.select("p")) if (foundParagraphs.contains(p.text())) return true;
        return false;
    }

    /** The tags and class attributes of the element's nearest {@value #PATH_LEVELS} ancestors. */
    private static String path(Element e) {
        StringBuilder b = new StringBuilder();
        int level = 0;
        for (Element a = e.parent(); a != null && level < PATH_LEVELS && !a.normalName().equals("body"); a = a.parent(), level++) {
            b.append(a.normalName()).append('.').append(a.className()).append('/');
        }
        return b.toString();
    }
}
