package org.newsquotes.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The two weak near-miss patterns on key words, with invented names. */
class NearMissTest {
    private static final java.util.function.Predicate<String> SUFFIX = x -> x.equals("jr");

    private static List<String> w(String s) {
        return List.of(s.split(" "));
    }

    @Test void droppedNamesKeepTheFirstWordAndTheOrder() {
        assertThat(NearMiss.droppedNames(w("karim hadi nasser"), w("karim nasser"))).isTrue();
        assertThat(NearMiss.droppedNames(w("omar farouk"), w("omar farouk said haddad"))).isTrue();
        // the first word left out, the order changed, too many left out, a one-word short form: no
        assertThat(NearMiss.droppedNames(w("hadi nasser"), w("karim hadi nasser"))).isFalse();
        assertThat(NearMiss.droppedNames(w("karim nasser hadi"), w("karim hadi nasser"))).isFalse();
        assertThat(NearMiss.droppedNames(w("omar haddad"), w("omar farouk said yusuf nabil haddad"))).isFalse();
        assertThat(NearMiss.droppedNames(w("omar haddad"), w("omar said yusuf haddad"))).isTrue();
        // a chain of five words or more may lose three; a four-word name only two
        assertThat(NearMiss.droppedNames(w("omar haddad"), w("omar farouk said yusuf haddad"))).isTrue();
        assertThat(NearMiss.droppedNames(w("omar"), w("omar farouk said yusuf"))).isFalse();
        // three words after a name are a tagged phrase, not a chain: a headline's "X Calls Y"
        assertThat(NearMiss.droppedNames(w("omar haddad"), w("omar haddad calls ann reyes"))).isFalse();
        assertThat(NearMiss.droppedNames(w("omar haddad"), w("omar said yusuf nabil haddad"))).isTrue();
        assertThat(NearMiss.droppedNames(w("karim"), w("karim nasser"))).isFalse();
        assertThat(NearMiss.droppedNames(w("karim nasser"), w("karim nasser"))).isFalse();
        // initials tell people apart (a father's "H. W." and a son's "W."): never around initials
        assertThat(NearMiss.droppedNames(w("howard r keller"), w("howard t r keller"))).isFalse();
        assertThat(NearMiss.droppedNames(w("howard keller"), w("howard t keller"))).isFalse();
    }

    @Test void aMisspellingIsOneEditInOneLongEnoughWordWithItsFirstLetter() {
        assertThat(NearMiss.misspelling(w("ingrid bergmann"), w("ingrid bergman"), true)).isEqualTo(1);
        assertThat(NearMiss.misspelling(w("ingird bergman"), w("ingrid bergman"), true)).isZero(); // a swap
        assertThat(NearMiss.misspelling(w("paulo kowalcyk"), w("paulo kowalczyk"), true)).isEqualTo(1);
        // two words differ; a short word; another first letter; three edits
        assertThat(NearMiss.misspelling(w("ingird bergmann"), w("ingrid bergman"), true)).isEqualTo(-1);
        assertThat(NearMiss.misspelling(w("tom hale"), w("tim hale"), true)).isEqualTo(-1);
        assertThat(NearMiss.misspelling(w("ingrid dergman"), w("ingrid bergman"), true)).isEqualTo(-1);
        assertThat(NearMiss.misspelling(w("ingrid bergstrom"), w("ingrid bergman"), true)).isEqualTo(-1);
    }

    @Test void twoEditsOnlyInLongLatinWords() {
        assertThat(NearMiss.misspelling(w("anna marlowe"), w("anna marlaws"), true)).isEqualTo(-1); // 7 letters
        assertThat(NearMiss.misspelling(w("anna wolkenstien"), w("anna wolkenstein"), true)).isEqualTo(1);
        assertThat(NearMiss.misspelling(w("anna wolkinstien"), w("anna wolkenstein"), true)).isEqualTo(1);
        // the key words of a name in another script are a transliteration: one edit only
        assertThat(NearMiss.misspelling(w("anna wolkinstien"), w("anna wolkenstein"), false)).isEqualTo(-1);
        assertThat(NearMiss.misspelling(w("anna wolkinstien"), w("anna wolkenstein"), 1)).isEqualTo(-1);
    }

    @Test void feminineAndMasculineFormsAreTwoPeople() {
        assertThat(NearMiss.genderForms("petrov", "petrova")).isTrue();
        assertThat(NearMiss.genderForms("mario", "maria")).isTrue();
        assertThat(NearMiss.genderForms("daniele", "daniela")).isTrue();
        assertThat(NearMiss.misspelling(w("ivan petrova"), w("ivan petrov"), true)).isEqualTo(-1);
        assertThat(NearMiss.misspelling(w("carla benetti"), w("carlo benetti"), true)).isEqualTo(-1);
        assertThat(NearMiss.genderForms("macron", "macrone")).isFalse();
    }

    @Test void writtenInLatinLooksAtTheLettersAsWritten() {
        assertThat(NearMiss.writtenInLatin("Łukasz Wójcik-Nowak")).isTrue();
        assertThat(NearMiss.writtenInLatin("Иван Петров")).isFalse();
        assertThat(NearMiss.writtenInLatin("Ivan Петров")).isFalse();
    }

    @Test void editDistanceCountsSwapsAsOneAndStopsPastTheLimit() {
        assertThat(NearMiss.editDistance("harbour", "harbuor", 2)).isEqualTo(1);
        assertThat(NearMiss.editDistance("harbour", "harbor", 2)).isEqualTo(1);
        assertThat(NearMiss.editDistance("harbour", "arbor", 2)).isEqualTo(2);
        assertThat(NearMiss.editDistance("harbour", "lighthouse", 2)).isEqualTo(3);
        assertThat(NearMiss.editDistance("", "ab", 2)).isEqualTo(2);
    }

    @Test void aPatronymicIsLeftOutOfTheMiddleOfNamesOfThreeWordsOrMore() {
        assertThat(NearMiss.withoutPatronymic(w("gennady semyonovich borodin"), SUFFIX)).isEqualTo(w("gennady borodin"));
        // never the last word: a surname of the same shape
        assertThat(NearMiss.withoutPatronymic(w("ana maria petrovich"), SUFFIX)).isEqualTo(w("ana maria petrovich"));
        assertThat(NearMiss.withoutPatronymic(w("ivan petrovich jr"), SUFFIX)).isEqualTo(w("ivan petrovich jr"));
        assertThat(NearMiss.withoutPatronymic(w("ivan ilyich petrov jr"), SUFFIX)).isEqualTo(w("ivan petrov jr"));
        assertThat(NearMiss.withoutPatronymic(w("olena petrivna marchuk"), SUFFIX)).isEqualTo(w("olena marchuk"));
        assertThat(NearMiss.withoutPatronymic(w("gennady semenovic borodin"), SUFFIX)).isEqualTo(w("gennady borodin"));
        // two words: a surname in -ovich stays ("Roman Abramovich"); a German given name in -ich is no patronymic
        assertThat(NearMiss.withoutPatronymic(w("roman abramovich"), SUFFIX)).isEqualTo(w("roman abramovich"));
        assertThat(NearMiss.withoutPatronymic(w("hans dietrich keller"), SUFFIX)).isEqualTo(w("hans dietrich keller"));
    }

    @Test void balticEndingsOnEveryWordOfOneName() {
        assertThat(NearMiss.balticEndings(w("arkadijs volkovs"), w("arkadiy volkov"))).isTrue();
        assertThat(NearMiss.balticEndings(w("arkadijus volkovas"), w("arkadiy volkov"))).isTrue();
        // a word without the ending, both names with it, or another word: no
        assertThat(NearMiss.balticEndings(w("arkadij volkovs"), w("arkadiy volkov"))).isFalse();
        assertThat(NearMiss.balticEndings(w("marcus ferrants"), w("marcus ferrant"))).isFalse();
        assertThat(NearMiss.balticEndings(w("arkadijs sokolovs"), w("arkadiy volkov"))).isFalse();
    }
}
