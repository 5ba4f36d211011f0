package org.newsquotes.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsquotes.record.BlockKind;

/**
 * Cuts site chrome out of a document's candidate blocks, using {@link ChromeMarkers}.
 *
 * <p>Rules, in reading order: blocks before the TITLE block (an HTML page's breadcrumbs, kicker and date line above
 * its {@code <h1>}) are dropped as {@code before-title}; a block matching a {@code line} or {@code line-prefix} marker is dropped, and so is a block repeating the previous kept
 * block word for word (a scraped headline shown twice), as {@code duplicate}, or repeating any earlier kept block of
 * {@value #MIN_REPEATED_CHARS} characters or more (a caption shown again under a slideshow), as {@code repeated}; a block
 * matching a {@code trailer} marker drops itself and every block after it, provided at least
 * {@link IngestConfig#minCharsBeforeTrailer()} characters of article text (not counting titles and headings) were kept before it (same for
 * {@code trailer-prefix}) (otherwise it is a
 * menu or navigation line above the article and is dropped alone). TITLE, CAPTION and EMBED blocks are never
 * matched: they are content by construction.
 *
 * <p>Guarantee: every dropped block is inside exactly one {@link Cut}, so the caller can record it; kept blocks
 * are returned unchanged and in order. Stateless and thread-safe.
 */
public final class ChromeRemover {
    private final ChromeMarkers markers;
    private final int minCharsBeforeTrailer;

    public ChromeRemover(ChromeMarkers markers, int minCharsBeforeTrailer) {
        this.markers = markers;
        this.minCharsBeforeTrailer = minCharsBeforeTrailer;
    }

    /**
     * A run of consecutive dropped blocks {@code [fromBlock, toBlock)} and why.
     *
     * @param fromBlock index of the first dropped block
     * @param toBlock   index after the last dropped block
     * @param reason    {@code line:…}, {@code line-prefix:…}, {@code trailer:…}, {@code early-trailer:…} for a
     *                  trailer marker dropped alone because too little article preceded it, {@code before-title}, or
     *                  {@code duplicate}
     */
    public record Cut(int fromBlock, int toBlock, String reason) {
        public Cut {
            if (fromBlock < 0 || toBlock <= fromBlock) {
                throw new IllegalArgumentException("bad cut [" + fromBlock + "," + toBlock + ")");
            }
        }
    }

    /** The kept blocks and the cuts, both in block order. */
    public record Result(List<Integer> keptBlocks, List<Cut> cuts) {
        public Result {
            keptBlocks = List.copyOf(keptBlocks);
            cuts = List.copyOf(cuts);
        }
    }

    /**
     * Shortest paragraph dropped when it repeats any earlier kept block word for word (a caption shown again under a
     * slideshow, a pull quote): shorter lines ("Yes.", "No comment.") may be said twice in an interview.
     */
    static final int MIN_REPEATED_CHARS = 40;

    public Result clean(List<SourceBlock> blocks) {
        List<Integer> kept = new ArrayList<>();
        java.util.Set<String> keptTexts = new java.util.HashSet<>();
        List<Cut> cuts = new ArrayList<>();
        int articleChars = 0;
        int start = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == BlockKind.TITLE) {
                if (i > 0) cuts.add(new Cut(0, i, "before-title"));
                start = i;
                break;
            }
        }
        for (int i = start; i < blocks.size(); i++) {
            SourceBlock block = blocks.get(i);
            Optional<ChromeMarkers.Match> match = matchable(block.kind())
                    ? markers.match(block.text()) : Optional.empty();
            if (match.isEmpty() && !kept.isEmpty() && block.text().equals(blocks.get(kept.get(kept.size() - 1)).text())) {
                cuts.add(new Cut(i, i + 1, "duplicate"));
                continue;
            }
            if (match.isEmpty() && matchable(block.kind()) && block.text().length() >= MIN_REPEATED_CHARS
                    && keptTexts.contains(block.text())) {
                cuts.add(new Cut(i, i + 1, "repeated"));
                continue;
            }
            if (match.isEmpty()) {
                kept.add(i);
                keptTexts.add(block.text());
                if (block.kind() != BlockKind.TITLE && block.kind() != BlockKind.HEADING) articleChars += block.text().length();
                continue;
            }
            ChromeMarkers.Match m = match.get();
            if (m.kind().isTrailer()) {
                if (articleChars >= minCharsBeforeTrailer) {
                    cuts.add(new Cut(i, blocks.size(), m.reason()));
                    break;
                }
                cuts.add(new Cut(i, i + 1, "early-trailer:" + m.marker()));
            } else {
                cuts.add(new Cut(i, i + 1, m.reason()));
            }
        }
        return new Result(kept, cuts);
    }

    private static boolean matchable(BlockKind kind) {
        return kind != BlockKind.TITLE && kind != BlockKind.CAPTION && kind != BlockKind.EMBED;
    }
}
