package org.newsquotes.statements;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporting sentence around a short quote (its <em>frame</em>: the sentence's words outside the quote) and
 * whether two frames report one occasion. A phrase of two or three words says nothing on its own about which
 * occasion it comes from; two outlets framing it with the same words do: they report the same event, often from the
 * same wire copy.
 *
 * <p>Example: "The reformist daily praised the mayor's 'steady hand' on Sunday." and "In contrast, the reformist
 * daily praised the mayor's 'steady hand'." share the frame words <i>reformist</i>, <i>daily</i>, <i>praised</i>
 * and <i>mayor</i>: one remark, reported twice. "Critics called the budget 'a disgrace'" and "The opposition leader
 * said the plan was 'a disgrace'" share none: two remarks.
 *
 * <p>A frame word is a content word (not in {@code models/function-words.txt}) compared by its first
 * {@value #STEM} letters, so "praised" meets "praises" and "criticised" meets "criticized"; a possessive "'s" is
 * dropped. Two frames agree when they share at least {@value #MIN_SHARED} frame words, at least {@value #MIN_COMMON}
 * of them written in lower case in both sentences: names alone ("Donald Trump", "Hillary Clinton") say only that
 * the articles are about the same people, not about the same remark.
 */
public final class SharedFrame {
    /** Frame words two frames must share. */
    public static final int MIN_SHARED = 3;
    /** Of those, words that are not capitalised (not names) in either frame. */
    public static final int MIN_COMMON = 2;
    /** Letters of a word compared (a crude stem). */
    public static final int STEM = 6;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['\u2019][\\p{L}\\p{M}]+)*");

    private final FunctionWords functionWords;

    public SharedFrame(FunctionWords functionWords) {
        this.functionWords = functionWords;
    }

    /**
     * A frame's words: stems of its content words, and the same stems marked with a leading {@code '^'} for the
     * words written in lower case (once is enough).
     */
    public Set<String> words(String frame) {
        Set<String> out = new HashSet<>();
        if (frame == null) return out;
        Matcher m = WORD.matcher(Normalizer.normalize(frame, Normalizer.Form.NFKC));
        while (m.find()) {
            String w = m.group().replace('\u2019', '\'');
            if (w.endsWith("'s") || w.endsWith("'S")) w = w.substring(0, w.length() - 2);
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.isEmpty() || functionWords.contains(lower) || lower.chars().allMatch(Character::isDigit)) continue;
            String stem = lower.length() > STEM ? lower.substring(0, STEM) : lower;
            out.add(stem);
            if (!Character.isUpperCase(w.codePointAt(0))) out.add("^" + stem);
        }
        return out;
    }

    /** True when frames with words {@code a} and {@code b} ({@link #words}) report one occasion. */
    public boolean agree(Set<String> a, Set<String> b) {
        int shared = 0;
        int common = 0;
        for (String w : a) {
            if (!b.contains(w)) continue;
            if (w.startsWith("^")) common++;
            else shared++;
        }
        return shared >= MIN_SHARED && common >= MIN_COMMON;
    }
}
