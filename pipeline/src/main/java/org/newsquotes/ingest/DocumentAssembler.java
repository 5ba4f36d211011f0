package org.newsquotes.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsquotes.record.Block;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.Document;
import org.newsquotes.record.Removal;
import org.newsquotes.record.Span;

/**
 * Builds the final {@link Document} from what a reader extracted: removes chrome, joins the kept blocks with one
 * {@code \n} (CoreNLP is set to break sentences at newlines, so a block never runs into the next), and records
 * every cut as a {@link Removal}.
 *
 * <p>Guarantees: block spans cover the text exactly (block texts joined by single newlines, nothing else); every
 * removal's {@code at} is within {@code [0, text.length()]} and its source range within the source text; a dropped
 * block's source range lies inside exactly one removal. Throws {@link IngestException} when no article text is left.
 */
public final class DocumentAssembler {
    /** Characters of removed text kept in {@link Removal#preview()}. */
    static final int PREVIEW_CHARS = 80;

    private final ChromeRemover remover;

    public DocumentAssembler(ChromeRemover remover) {
        this.remover = remover;
    }

    public Document assemble(String path, ExtractedDocument extracted, List<String> fileWarnings) {
        ExtractedDocument doc = extracted.withNormalisedDate();
        List<String> warnings = new ArrayList<>(fileWarnings);
        warnings.addAll(doc.warnings());
        List<SourceBlock> blocks = doc.blocks();
        ChromeRemover.Result cleaned = remover.clean(blocks);
        List<Integer> keptIdx = cleaned.keptBlocks();
        if (keptIdx.isEmpty() || keptIdx.stream().allMatch(i -> blocks.get(i).kind() == BlockKind.TITLE)) {
            throw new IngestException("no article text: " + doc.docId()
                    + (blocks.isEmpty() ? " is empty" : " has nothing left after removing site chrome ("
                    + cleaned.cuts().size() + " cuts)"));
        }

        StringBuilder text = new StringBuilder();
        List<Block> outBlocks = new ArrayList<>();
        int[] textStartOfBlock = new int[blocks.size()];
        Arrays.fill(textStartOfBlock, -1);
        String title = doc.title();
        for (int n = 0; n < keptIdx.size(); n++) {
            SourceBlock b = blocks.get(keptIdx.get(n));
            BlockKind kind = b.kind();
            if (n == 0 && doc.firstLineIsTitle()) {
                kind = BlockKind.TITLE;
                if (title == null) title = b.text();
            }
            if (!text.isEmpty()) text.append('\n');
            textStartOfBlock[keptIdx.get(n)] = text.length();
            text.append(b.text());
            outBlocks.add(new Block(new Span(textStartOfBlock[keptIdx.get(n)], text.length()), kind));
        }
        List<Removal> removals = new ArrayList<>();
        for (ChromeRemover.Cut cut : cleaned.cuts()) {
            removals.add(removal(cut, doc, textStartOfBlock, text.length()));
        }
        return new Document(doc.docId(), path, doc.format(), title, doc.date(), doc.url(),
                text.toString(), outBlocks, removals, warnings, doc.meta());
    }

    /** The record of one cut: it sits where the next kept block starts (or at the end of the text). */
    private static Removal removal(ChromeRemover.Cut cut, ExtractedDocument doc, int[] textStartOfBlock, int textLength) {
        int at = textLength;
        for (int i = cut.toBlock(); i < textStartOfBlock.length; i++) {
            if (textStartOfBlock[i] >= 0) {
                at = textStartOfBlock[i];
                break;
            }
        }
        int from = doc.blocks().get(cut.fromBlock()).sourceStart();
        int to = doc.blocks().get(cut.toBlock() - 1).sourceEnd();
        return new Removal(at, from, to, cut.reason(), preview(doc.sourceText().substring(from, to)));
    }

    static String preview(String removed) {
        String flat = removed.replaceAll("\\s*\\R\\s*", " ⏎ ").strip();
        return flat.length() <= PREVIEW_CHARS ? flat : flat.substring(0, PREVIEW_CHARS) + "…";
    }
}
