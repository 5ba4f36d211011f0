package org.newsquotes.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Layer;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Token;
import org.newsquotes.stage.DocumentStage;

/**
 * A cheap, deterministic stand-in for the CoreNLP stage, for runner tests that must not load models: tokens are
 * words and single marks, a sentence ends at {@code . ! ?} or a newline, a run of capitalised words that does not
 * start a sentence is a PERSON mention (ORGANIZATION when all capitals). It counts the documents it annotates and
 * its {@link #prepare()} calls, and can be slowed down:
 * <ul>
 *   <li>{@code delayMillis} per document (an interruptible sleep), to stretch a run for kill tests;</li>
 *   <li>a document containing {@value #STALL_MARKER} stalls for {@code stallMillis} ignoring interrupts, like a
 *       CoreNLP annotator that never checks them.</li>
 * </ul>
 */
public final class FakeNlpStage implements DocumentStage {
    public static final String STALL_MARKER = "STALL-HERE";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\S");

    private final long delayMillis;
    private final long stallMillis;
    private final String fingerprint;
    private final AtomicInteger annotated = new AtomicInteger();
    private final AtomicInteger prepared = new AtomicInteger();
    private final AtomicInteger stallsCompleted = new AtomicInteger();

    public FakeNlpStage() { this(0, 0); }

    public FakeNlpStage(long delayMillis, long stallMillis) {
        this(delayMillis, stallMillis, "fake-nlp-1");
    }

    /** @param fingerprint stands for the configuration: a different value must miss the cache */
    public FakeNlpStage(long delayMillis, long stallMillis, String fingerprint) {
        this.delayMillis = delayMillis;
        this.stallMillis = stallMillis;
        this.fingerprint = fingerprint;
    }

    /** Documents annotated so far. */
    public int annotated() { return annotated.get(); }

    /** Stalled documents whose stall has ended. */
    public int stallsCompleted() { return stallsCompleted.get(); }

    /** Times {@link #prepare()} was called. */
    public int prepared() { return prepared.get(); }

    @Override public String name() { return "nlp"; }

    @Override public Set<Layer> requires() { return Set.of(Layer.TEXT); }

    @Override public Set<Layer> provides() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMA, Layer.NER, Layer.MENTIONS);
    }

    @Override public String fingerprint() { return fingerprint; }

    @Override public void prepare() { prepared.incrementAndGet(); }

    @Override public AnnotatedDocument process(AnnotatedDocument doc) throws Exception {
        annotated.incrementAndGet();
        if (delayMillis > 0) Thread.sleep(delayMillis);
        String text = doc.text();
        if (text.contains(STALL_MARKER)) {
            long end = System.nanoTime() + stallMillis * 1_000_000;
            for (long left; (left = end - System.nanoTime()) > 0; ) {
                Thread.interrupted(); // deaf to interrupts, like most CoreNLP annotators; parked, so it costs no CPU
                java.util.concurrent.locks.LockSupport.parkNanos(left);
            }
            stallsCompleted.incrementAndGet();
        }
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int sentence = 0;
        int first = 0;
        Matcher m = TOKEN.matcher(text);
        int lastEnd = 0;
        while (m.find()) {
            if (first < tokens.size() && text.substring(lastEnd, m.start()).contains("\n")) {
                sentences.add(sentence(sentence++, tokens, first));
                first = tokens.size();
            }
            String w = m.group();
            tokens.add(new Token(tokens.size(), sentence, m.start(), m.end(), w, w.toLowerCase(Locale.ROOT), "NN", "O"));
            lastEnd = m.end();
            if (w.equals(".") || w.equals("!") || w.equals("?")) {
                sentences.add(sentence(sentence++, tokens, first));
                first = tokens.size();
            }
        }
        if (first < tokens.size()) sentences.add(sentence(sentence, tokens, first));
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : sentences) {
            int i = s.firstToken() + 1;
            while (i < s.endToken()) {
                if (!capitalised(tokens.get(i).word())) { i++; continue; }
                int j = i;
                while (j < s.endToken() && capitalised(tokens.get(j).word())) j++;
                String covered = text.substring(tokens.get(i).start(), tokens.get(j - 1).end());
                String type = covered.equals(covered.toUpperCase(Locale.ROOT)) ? "ORGANIZATION" : "PERSON";
                for (int k = i; k < j; k++) {
                    Token t = tokens.get(k);
                    tokens.set(k, new Token(t.index(), t.sentence(), t.start(), t.end(), t.word(), t.lemma(), "NNP", type));
                }
                mentions.add(new Mention("m" + (mentions.size() + 1), s.index(), tokens.get(i).start(),
                        tokens.get(j - 1).end(), covered, type, i, j, null));
                i = j;
            }
        }
        return doc.withTokens(tokens, sentences, Layer.POS, Layer.LEMMA, Layer.NER).withMentions(mentions);
    }

    private static Sentence sentence(int index, List<Token> tokens, int first) {
        return new Sentence(index, tokens.get(first).start(), tokens.get(tokens.size() - 1).end(), first, tokens.size());
    }

    private static boolean capitalised(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
    }
}
