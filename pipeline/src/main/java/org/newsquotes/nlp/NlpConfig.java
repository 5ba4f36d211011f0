package org.newsquotes.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.newsquotes.config.ModelFiles;

/**
 * Configuration of the CoreNLP stage; every default lives here. {@link #defaults()} is the configuration tuned for
 * this project's job (fine-grained person, organisation and place mentions for quotes and entities at a fraction of
 * stock cost); {@link #stock()} is CoreNLP's own NER configuration with the same tokenisation, kept for comparison
 * and benchmarks. The measurements behind the choice are in {@code docs/performance.md}.
 *
 * @param nerModels          CRF models run by the NER annotator, in order (CoreNLP's {@code ner.model}); each model
 *                           costs time on every token, and later models only fill tokens earlier ones left O
 * @param fineGrainedNer     CoreNLP's fine-grained NER (COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY, TITLE ...)
 *                           via its regexner rules
 * @param fineGrainedMapping the fine-grained regexner mapping ({@code ner.fine.regexner.mapping}), or null for
 *                           CoreNLP's default (its full KBP gazetteers)
 * @param useSUTime          normalise dates and times with SUTime (anchored on the document date when known)
 * @param numericClassifiers CoreNLP's numeric sequence classifiers (MONEY, PERCENT, NUMBER, DATE ...)
 * @param gazetteer          model file name of an extra regexner mapping (project gazetteer), or null
 * @param maxSentenceTokens  sentences longer than this are not POS-tagged or NER-tagged in full
 *                           (CoreNLP's {@code pos.maxlen} / {@code ner.maxlen}); guards pathological input
 */
public record NlpConfig(List<String> nerModels, boolean fineGrainedNer, String fineGrainedMapping, boolean useSUTime,
                        boolean numericClassifiers, String gazetteer, int maxSentenceTokens) {
    /** CoreNLP's three English CRF models, its default. */
    public static final List<String> STOCK_NER_MODELS = List.of(
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
            "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz",
            "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

    /** The project's fine-grained gazetteers in {@code models/} (see models/README.md). */
    public static final String FINE_GRAINED_CASELESS = "ner-fine-grained-caseless.tab";
    public static final String FINE_GRAINED_CASED = "ner-fine-grained-cased.tab";

    /**
     * Minimum heap for this stage: the tuned pipeline holds about 1 GB of models and needs working space per
     * thread. Below this a run stops at once with a clear message instead of dying mid-run.
     */
    public static final long MIN_HEAP_BYTES = 1536L * 1024 * 1024;

    /**
     * Longest word POS and NER see: a longer token is tagged on its first this many characters ({@link LongWordCap}),
     * so one pathological token (a 50,000-character blob) cannot take gigabytes. The longest words of news (URLs
     * aside) are about 30 characters.
     */
    public static final int MAX_WORD_CHARS = 64;

    public NlpConfig {
        nerModels = List.copyOf(nerModels);
        if (nerModels.isEmpty()) throw new IllegalArgumentException("nerModels is empty");
        if (maxSentenceTokens < 10) throw new IllegalArgumentException("maxSentenceTokens < 10: " + maxSentenceTokens);
    }

    /**
     * The tuned configuration used by {@code annotate}, with the project's fine-grained gazetteers read from the
     * packaged {@code models/} (see {@link #withModelFiles} for a user's copy). Against CoreNLP's defaults
     * ({@link #stock()}), measured in docs/performance.md:
     * <ul>
     *   <li>the same three CRFs in the same order, so PERSON, ORGANIZATION, LOCATION and MISC are exactly stock's
     *       (the 7-class model also tags the DATE and TIME the quote stage reads; dropping it saves a fifth);</li>
     *   <li>no SUTime: the CRF and the rule-based numeric classifiers still tag DATE, TIME, MONEY, NUMBER, but dates
     *       are not normalised (nothing downstream reads the normalised value); SUTime was 30% of stock NER time;</li>
     *   <li>fine-grained NER from the project's gazetteers: CoreNLP's own without the 500,000 entries that can never
     *       match a token (halves model loading and memory) and with its simple regular expressions written as
     *       indexable literals (CoreNLP tried about 1,000 of them on every sentence: half of stock NER time).</li>
     * </ul>
     */
    public static NlpConfig defaults() {
        return new NlpConfig(STOCK_NER_MODELS, true, projectMapping("models/" + FINE_GRAINED_CASELESS,
                "models/" + FINE_GRAINED_CASED), false, true, null, 250);
    }

    /**
     * This configuration reading the project's fine-grained gazetteers from {@code models}: the user's directory
     * when it holds them, else the packaged copy. Reads both files once through {@code models} so their hashes enter
     * {@link ModelFiles#fingerprint()} and an edited gazetteer invalidates cached documents.
     */
    public NlpConfig withModelFiles(ModelFiles models) {
        if (!fineGrainedNer || fineGrainedMapping == null || !fineGrainedMapping.contains(FINE_GRAINED_CASELESS)) {
            return this;
        }
        models.bytes(FINE_GRAINED_CASELESS);
        models.bytes(FINE_GRAINED_CASED);
        return new NlpConfig(nerModels, fineGrainedNer, projectMapping(path(models, FINE_GRAINED_CASELESS),
                path(models, FINE_GRAINED_CASED)), useSUTime, numericClassifiers, gazetteer, maxSentenceTokens);
    }

    private static String path(ModelFiles models, String name) {
        Path dir = models.directory();
        if (dir != null && Files.isRegularFile(dir.resolve(name))) return dir.resolve(name).toAbsolutePath().toString();
        return "models/" + name;
    }

    /**
     * The {@code ner.fine.regexner.mapping} value for our two gazetteers, with CoreNLP's own per-file options: the
     * caseless file matches ignoring case but only on nouns and adjectives (so "general" the adjective is no TITLE
     * unless tagged so), the cased file as written. Paths are file paths or classpath resources.
     */
    static String projectMapping(String caseless, String cased) {
        return "ignorecase=true,validpospattern=^(NN|JJ).*," + caseless + ";" + cased;
    }

    /** CoreNLP's own NER defaults (all three CRFs, SUTime, numeric classifiers, full fine-grained gazetteers). */
    public static NlpConfig stock() {
        return new NlpConfig(STOCK_NER_MODELS, true, null, true, true, null, 250);
    }

    public NlpConfig withGazetteer(String modelFileName) {
        return new NlpConfig(nerModels, fineGrainedNer, fineGrainedMapping, useSUTime, numericClassifiers,
                modelFileName, maxSentenceTokens);
    }

    /** The CoreNLP properties this configuration stands for. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,wordcap,pos,lemma,ner");
        // bounds the cost of one token: see LongWordCap
        p.setProperty("customAnnotatorClass.wordcap", LongWordCap.class.getName());
        p.setProperty("wordcap." + LongWordCap.MAX_CHARS, String.valueOf(MAX_WORD_CHARS));
        // ingest joins blocks with one newline: a newline always ends a sentence, so headlines and
        // captions never merge into the next sentence (see shared/CORENLP-NOTES.md)
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
        p.setProperty("ner.model", String.join(",", nerModels));
        p.setProperty("ner.applyFineGrained", String.valueOf(fineGrainedNer));
        if (fineGrainedMapping != null) p.setProperty("ner.fine.regexner.mapping", fineGrainedMapping);
        p.setProperty("ner.useSUTime", String.valueOf(useSUTime));
        p.setProperty("ner.applyNumericClassifiers", String.valueOf(numericClassifiers));
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("pos.maxlen", String.valueOf(maxSentenceTokens));
        p.setProperty("ner.maxlen", String.valueOf(maxSentenceTokens));
        return p;
    }

    @Override public String toString() {
        return "NlpConfig" + Objects.toString(toProperties());
    }
}
