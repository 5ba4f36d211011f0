package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared walk over adverbs and phrases, on word lists written for these tests. */
class PhraseRunTest {
    private static final List<String> WORDS = List.of("spoke", "candidly", "at", "a", "town", "hall", "about", "costs", ".");

    private static boolean phraseWord(int k) {
        return List.of("candidly", "at", "a", "town", "hall").contains(WORDS.get(k));
    }

    @Test
    void findsTheTargetPastTheWordsItMayPass() {
        assertThat(PhraseRun.find(1, WORDS.size(), k -> WORDS.get(k).equals("about"), PhraseRunTest::phraseWord)).isEqualTo(6);
    }

    @Test
    void aWordItMayNotPassEndsTheWalkEmptyHanded() {
        // "spoke" is no phrase word: the walk from it finds nothing
        assertThat(PhraseRun.find(0, WORDS.size(), k -> WORDS.get(k).equals("about"), PhraseRunTest::phraseWord)).isEqualTo(-1);
    }

    @Test
    void theLimitIsExclusiveAndTheTargetIsTestedFirst() {
        assertThat(PhraseRun.find(1, 6, k -> WORDS.get(k).equals("about"), PhraseRunTest::phraseWord)).isEqualTo(-1);
        assertThat(PhraseRun.find(1, 7, k -> WORDS.get(k).equals("about"), PhraseRunTest::phraseWord)).isEqualTo(6);
        // a word that is both target and passable is the target
        assertThat(PhraseRun.find(1, WORDS.size(), k -> WORDS.get(k).equals("town"), PhraseRunTest::phraseWord)).isEqualTo(4);
    }
}
