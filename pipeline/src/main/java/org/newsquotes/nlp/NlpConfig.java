package org.newsquotes.nlp;

import java.util.Properties;

/**
 * Configuration of the CoreNLP stage; every default lives here.
 *
 * @param fineGrainedNer   CoreNLP's fine-grained NER (COUNTRY, CITY, TITLE ...) via its regexner rules
 * @param useSUTime        normalise dates and times (anchored on the document date when known)
 * @param gazetteer        model file name of an extra regexner mapping (project gazetteer), or null
 * @param maxSentenceTokens sentences longer than this are not POS-tagged or NER-tagged in full
 *                          (CoreNLP's {@code pos.maxlen} / {@code ner.maxlen}); guards pathological input
 */
public record NlpConfig(boolean fineGrainedNer, boolean useSUTime, String gazetteer, int maxSentenceTokens) {
    public NlpConfig {
        if (maxSentenceTokens < 10) throw new IllegalArgumentException("maxSentenceTokens < 10: " + maxSentenceTokens);
    }

    public static NlpConfig defaults() {
        return new NlpConfig(true, true, null, 250);
    }

    /** The CoreNLP properties this configuration stands for. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // ingest joins blocks with one newline: a newline always ends a sentence, so headlines and
        // captions never merge into the next sentence (see shared/CORENLP-NOTES.md)
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
        p.setProperty("ner.applyFineGrained", String.valueOf(fineGrainedNer));
        p.setProperty("ner.useSUTime", String.valueOf(useSUTime));
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("pos.maxlen", String.valueOf(maxSentenceTokens));
        p.setProperty("ner.maxlen", String.valueOf(maxSentenceTokens));
        return p;
    }
}
