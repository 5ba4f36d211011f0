package org.newsquotes.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.SourceFormat;

/**
 * Reads an HTML page: metadata from the head ({@link HtmlMetadata}), blocks from the article's content
 * ({@link HtmlBlockExtractor}).
 *
 * <p>The content root is the {@code <article>} with the most text, else {@code <main>} / {@code [role=main]}, else
 * {@code <body>} (an article or main holding under a quarter of the page's text is a teaser card, not the story), so the page's menus and sidebars outside the article never enter the text. When the content has no
 * {@code <h1>} title of its own, the metadata title is put in front as the TITLE block. A page whose content yields
 * no text besides a title fails with "HTML has no body text".
 */
public final class HtmlReader implements FormatReader {
    /**
     * Share of the page's text an {@code <article>} or {@code <main>} must hold to be taken as the content root:
     * on pages whose story sits in a plain {@code <div>}, the only {@code <article>} elements are small teaser cards.
     */
    static final double MIN_ROOT_SHARE = 0.25;
    private final HtmlBlockExtractor extractor;
    private final ReadabilityRoot readability;

    public HtmlReader(HtmlBlockExtractor extractor) {
        this.extractor = extractor;
        this.readability = new ReadabilityRoot(extractor.embedClasses());
    }

    @Override
    public Extraction read(SourceFile file) {
        Document page = Jsoup.parse(file.text());
        HtmlMetadata meta = HtmlMetadata.of(page);
        List<TextBlock> blocks = List.of();
        String rule = null;
        for (Candidate c : candidates(page)) {
            Element root = c.root().get();
            if (root == null) continue;
            blocks = extractor.extract(root);
            rule = c.rule();
            if (bodyChars(blocks) >= MIN_ROOT_CHARS) break;
        }
        if (blocks.stream().allMatch(b -> b.kind() == BlockKind.TITLE)) {
            throw new IngestException("HTML has no body text: " + file.relativePath());
        }
        String title = meta.title() != null ? meta.title() : firstTitle(blocks);
        List<TextBlock> withTitle = withTitleBlock(title, blocks);
        // the page text left outside the article is not silently lost: how much, and which rule chose the article
        int pageChars = page.body() == null ? 0 : page.body().text().length();
        int kept = bodyChars(blocks);
        List<String> warnings = pageChars > kept ? List.of(String.format(java.util.Locale.ROOT,
                "%s: article found by %s; %,d of the page's %,d characters of text kept, the rest left out as page "
                        + "furniture", file.relativePath(), rule, kept, pageChars)) : List.of();
        return Extraction.of(new ExtractedDocument(file.relativePath(), SourceFormat.HTML, title, meta.date(),
                meta.url(), TextBlock.joinedText(withTitle), TextBlock.joined(withTitle), false, warnings, meta.page()));
    }

    /** {@code blocks} with {@code title} in front as TITLE block, unless they already start with a TITLE. */
    static List<TextBlock> withTitleBlock(String title, List<TextBlock> blocks) {
        if (title == null || blocks.stream().anyMatch(b -> b.kind() == BlockKind.TITLE)) return blocks;
        String t = Whitespace.strip(title);
        if (t.isEmpty()) return blocks;
        List<TextBlock> out = new ArrayList<>(blocks.size() + 1);
        out.add(new TextBlock(t.replace('\n', ' '), BlockKind.TITLE));
        out.addAll(blocks);
        return out;
    }

    private static String firstTitle(List<TextBlock> blocks) {
        return blocks.stream().filter(b -> b.kind() == BlockKind.TITLE).map(TextBlock::text).findFirst().orElse(null);
    }

    /** Body text (titles aside) a content root must yield to be taken; below it the next candidate is tried. */
    static final int MIN_ROOT_CHARS = 250;

    /**
     * Where the article may be, best first; the first whose blocks hold {@value #MIN_ROOT_CHARS} characters of body
     * text wins, and the last (the page's article, main or body) is taken whatever it holds:
     * <ol>
     *   <li>the page's own microdata {@code [itemprop=articleBody]} (the publisher saying where the story is);</li>
     *   <li>what Readability (Readability4J, the port of Firefox's reader view) takes as the article, on a copy of
     *       the page without the furniture our own rules drop; for an article split into containers of one kind,
     *       all of them ({@link SplitArticle});</li>
     *   <li>the structural guess of {@link #contentRoot}.</li>
     * </ol>
     */
    /** One way of finding the article: its name (recorded in the document's warnings) and the root it finds. */
    record Candidate(String rule, java.util.function.Supplier<Element> root) {}

    /** The candidates in order; each root is computed only when the ones before it fell short. */
    List<Candidate> candidates(Document page) {
        return List.of(
                new Candidate("the page's microdata articleBody", () -> page.select("[itemprop=articleBody]").stream()
                        .max(Comparator.comparingInt(e -> e.text().length())).orElse(null)),
                new Candidate("Readability", () -> {
                    Document cleaned = page.clone();
                    extractor.removeFurniture(cleaned.body());
                    Document reference = cleaned.clone(); // Readability changes the page it reads
                    Element found = readability.find(cleaned);
                    if (found == null) return null;
                    // an article split into containers of one kind: all of them, not only Readability's pick
                    SplitArticle.Parts parts = SplitArticle.peers(reference, found);
                    if (parts == null) return found;
                    Element joined = new Element("div");
                    for (Element part : parts.before()) joined.appendChild(part.clone());
                    joined.appendChild(found);
                    for (Element part : parts.after()) joined.appendChild(part.clone());
                    return joined;
                }),
                new Candidate("the page structure", () -> contentRoot(page)));
    }

    private static int bodyChars(List<TextBlock> blocks) {
        int n = 0;
        for (TextBlock b : blocks) if (b.kind() != BlockKind.TITLE) n += b.text().length();
        return n;
    }

    static Element contentRoot(Document page) {
        int pageChars = page.body().text().length();
        Element article = page.select("article").stream()
                .max(Comparator.comparingInt(a -> a.text().length())).orElse(null);
        if (article != null && article.text().length() >= pageChars * MIN_ROOT_SHARE) return article;
        Element main = page.selectFirst("main, [role=main]");
        if (main != null && main.text().length() >= pageChars * MIN_ROOT_SHARE) return main;
        return page.body();
    }
}
