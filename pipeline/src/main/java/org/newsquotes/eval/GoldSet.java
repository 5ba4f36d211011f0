package org.newsquotes.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gold set: its quotes, plus (FORMAT.md sets) its entities, and for brat sets the Content spans that mix quoted
 * and paraphrased words (our indirect quotes inside them are neither right nor wrong).
 *
 * @param dir        the gold directory
 * @param format     {@code format-md} or {@code brat}
 * @param docs       gold document file names
 * @param quotes     every gold quote
 * @param entities   gold entities (FORMAT.md sets), empty for brat
 * @param mixed      per doc, spans (in the gold file) of Contents holding quoted and unquoted words
 */
public record GoldSet(Path dir, String format, Set<String> docs, List<GoldQuote> quotes, List<GoldEntity> entities,
                      Map<String, List<org.newsquotes.record.Span>> mixed) {
    public GoldSet {
        docs = Set.copyOf(docs);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
        mixed = Map.copyOf(mixed);
    }

    /** One gold entity row of a FORMAT.md {@code entities.csv}. */
    public record GoldEntity(String entityId, String canonicalName, String type, List<String> variants, List<String> docs) {
        public GoldEntity {
            variants = List.copyOf(variants);
            docs = List.copyOf(docs);
        }
    }

    /** Reads a gold directory in whichever format it holds: {@code quotes.csv} (FORMAT.md) or {@code attributions/} (brat). */
    public static GoldSet load(Path dir) throws java.io.IOException {
        if (Files.isRegularFile(dir.resolve("quotes.csv"))) return FormatGoldReader.read(dir);
        if (Files.isDirectory(dir.resolve("attributions"))) return BratGoldReader.read(dir);
        throw new IllegalArgumentException("no gold in " + dir + ": expected quotes.csv (FORMAT.md) or attributions/*.ann (brat)");
    }

    /** The original text of a gold document, or null when the docs/ folder lacks it. */
    public String docText(String doc) throws java.io.IOException {
        Path p = dir.resolve("docs").resolve(doc);
        return Files.isRegularFile(p) ? Files.readString(p) : null;
    }
}
