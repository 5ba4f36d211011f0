package org.newsquotes.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsquotes.record.BlockKind;

/**
 * Cuts site chrome out of a document's candidate blocks, using {@link ChromeMarkers}.
 *
 * <p>Rules, in reading order: a block matching a {@code line} or {@code line-prefix} marker is dropped; a block
 * matching a {@code trailer} marker drops itself and every block after it, provided at least
 * {@link IngestConfig#minCharsBeforeTrailer()} characters of article text were kept before it (otherwise it is a
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
     * @param reason    {@code line:…}, {@code line-prefix:…}, {@code trailer:…}, or {@code early-trailer:…} for a
     *                  trailer marker dropped alone because too little article preceded it
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

    public Result clean(List<SourceBlock> blocks) {
        List<Integer> kept = new ArrayList<>();
        List<Cut> cuts = new ArrayList<>();
        int articleChars = 0;
        for (int i = 0; i < blocks.size(); i++) {
            SourceBlock block = blocks.get(i);
            Optional<ChromeMarkers.Match> match = matchable(block.kind())
                    ? markers.match(block.text()) : Optional.empty();
            if (match.isEmpty()) {
                kept.add(i);
                if (block.kind() != BlockKind.TITLE) articleChars += block.text().length();
                continue;
            }
            ChromeMarkers.Match m = match.get();
            if (m.kind() == ChromeMarkers.Kind.TRAILER) {
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
