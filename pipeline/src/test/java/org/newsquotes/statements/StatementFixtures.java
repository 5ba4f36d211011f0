package org.newsquotes.statements;

import java.util.List;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.QuoteKind;

/** Shared pieces of the statement tests: the packaged contractions and a compact way to write a quote. */
final class StatementFixtures {
    private StatementFixtures() {}

    static final QuoteWords WORDS = new QuoteWords(Contractions.load(ModelFiles.packaged()));

    private static final List<String> FUNCTION_WORDS_LIST = ModelFiles.packaged().lines(FunctionWords.FILE).stream()
            .flatMap(l -> java.util.Arrays.stream(l.split("\\s+"))).toList();

    static final FunctionWords FUNCTION_WORDS = FunctionWords.load(ModelFiles.packaged());

    static StatementLinker linker() {
        return new StatementLinker(WORDS, FUNCTION_WORDS);
    }

    /** One vocabulary for every {@link #encode} call of a test run, so codes agree across calls. */
    private static final java.util.Map<String, Integer> VOCAB = new java.util.concurrent.ConcurrentHashMap<>();

    /** The link rules over {@link #encode}'s codes. */
    static LinkRules rules() {
        return new LinkRules(FUNCTION_WORDS.encoded(w -> VOCAB.getOrDefault(w, -1)));
    }

    /** A direct quote {@code id} of document {@code doc} attributed to {@code speaker} (an entity id, or null). */
    static ReportedQuote quote(String doc, String id, String speaker, String text) {
        return new ReportedQuote(doc, id, Integer.parseInt(id.substring(1)) * 100, QuoteKind.DIRECT, text, speaker,
                speaker, null, null, null, null);
    }

    static ReportedQuote dated(String doc, String id, String speaker, String date, String outlet, String text) {
        return new ReportedQuote(doc, id, Integer.parseInt(id.substring(1)) * 100, QuoteKind.DIRECT, text, speaker,
                speaker, null, date, outlet, null);
    }

    /** A fragment in a reporting sentence: {@code frame} is the sentence's words outside the quote. */
    static ReportedQuote framed(String doc, String id, String speaker, String date, String text, String frame) {
        return new ReportedQuote(doc, id, Integer.parseInt(id.substring(1)) * 100, QuoteKind.FRAGMENT, text, speaker,
                speaker, null, date, null, null, frame);
    }

    /** Encodes words of {@code texts} with one shared vocabulary. */
    static int[][][] encode(String... texts) {
        java.util.Map<String, Integer> vocab = VOCAB;
        synchronized (VOCAB) {
            for (String w : FUNCTION_WORDS_LIST) vocab.computeIfAbsent(w, k -> vocab.size());
        }
        int[][][] out = new int[texts.length][][];
        for (int t = 0; t < texts.length; t++) {
            List<List<String>> segs = WORDS.segments(texts[t]);
            out[t] = new int[segs.size()][];
            for (int s = 0; s < segs.size(); s++) {
                synchronized (VOCAB) {
                    out[t][s] = segs.get(s).stream().mapToInt(w -> vocab.computeIfAbsent(w, k -> vocab.size())).toArray();
                }
            }
        }
        return out;
    }
}
