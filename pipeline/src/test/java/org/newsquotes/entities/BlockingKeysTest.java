package org.newsquotes.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;

/** Blocking loses no match: every pair a rule links shares a block in which the two are compared. */
class BlockingKeysTest {
    private static final EntityKnowledge K = EntityKnowledge.load(ModelFiles.packaged());
    private static final BlockingKeys KEYS = new BlockingKeys(K);
    private static final NameMatcher MATCHER = new NameMatcher(K);

    /** The two names sit in one block where they are paired: a key both hold plainly, or one plainly, one starred. */
    private static boolean meet(String a, String b, String type) {
        Set<String> ka = KEYS.of(a, type);
        Set<String> kb = KEYS.of(b, type);
        for (String x : ka) {
            boolean starX = x.startsWith(BlockingKeys.STAR);
            String bare = starX ? x.substring(1) : x;
            if (!starX && (kb.contains(bare) || kb.contains(BlockingKeys.STAR + bare))) return true;
            if (starX && kb.contains(bare)) return true;
        }
        return false;
    }

    private static void linkedAndBlocked(String a, String b, String type, String rule) {
        MatchDecision d = MATCHER.decide(a, b, type);
        assertThat(d.match()).as(a + " / " + b + ": " + d).isTrue();
        assertThat(d.rule()).as(a + " / " + b + ": " + d).isEqualTo(rule);
        assertThat(meet(a, b, type)).as(a + " / " + b + " share a block").isTrue();
    }

    @Test void misspeltPeopleShareABlock() {
        linkedAndBlocked("Ingrid Bergnan", "Ingrid Bergman", "PERSON", "misspelling");
        linkedAndBlocked("Walter Brunsdon", "Walter Brunsdorn", "PERSON", "misspelling");
        linkedAndBlocked("Hnedrik Wolkenstein", "Hendrik Wolkenstein", "PERSON", "misspelling");
        linkedAndBlocked("Paulo Kowalcyk", "Paulo Kowalczyk", "PERSON", "misspelling");
    }

    @Test void namesWithWordsLeftOutShareABlock() {
        linkedAndBlocked("Omar Farouk", "Omar Farouk Said Haddad", "PERSON", "dropped-names");
        linkedAndBlocked("Omar Said Haddad", "Omar Farouk Said Yusuf Haddad", "PERSON", "dropped-names");
    }

    @Test void companiesWithFormsOfOneFamilyOrAMisspeltWordShareABlock() {
        linkedAndBlocked("Volga Tanker OAO", "Volga Tanker JSC", "ORGANIZATION", "company-form");
        linkedAndBlocked("Harbour Refining Corporation", "Harbour Refining Company", "ORGANIZATION", "company-form");
        linkedAndBlocked("Orion Shipping", "Orion Shipping Ltd", "ORGANIZATION", "company-form");
        linkedAndBlocked("Cristalord Limited", "Crystalord Ltd", "ORGANIZATION", "misspelling");
    }

    @Test void namesThatDifferInConnectorsShareABlock() {
        linkedAndBlocked("Council of the Northern Provinces", "Council of Northern Provinces", "ORGANIZATION",
                "connector-words");
    }

    @Test void longNamesDoNotMeetEachOtherThroughTheirShortForms() {
        // both could be "Omar Farouk": the star keys keep the two long names out of each other's way
        assertThat(meet("Omar Farouk Said Haddad", "Omar Farouk Nabil Mansour", "PERSON")).isFalse();
        assertThat(meet("Orion Shipping", "Orion Logistics", "ORGANIZATION")).isFalse();
    }

    @Test void theNewWeakAndNumberRulesHaveTheirBlocks() {
        linkedAndBlocked("Brigade Sixty-Two", "Brigade 62", "ORGANIZATION", "number-words");
        linkedAndBlocked("Third Harbour Bank", "3rd Harbour Bank", "ORGANIZATION", "number-words");
        linkedAndBlocked("Harbour Trust (Malta) Ltd", "Harbour Trust Ltd", "ORGANIZATION", "qualifier");
        linkedAndBlocked("U.S. Bureau of Harbours", "United States Bureau of Harbours", "ORGANIZATION", "abbreviation");
        linkedAndBlocked("Edmund Hale", "Arthur Edmund Hale", "PERSON", "middle-name");
        linkedAndBlocked("Bachir Mouhoub", "Bashir Muhub", "PERSON", "french-romanisation");
        linkedAndBlocked("Arkadij Wolkow", "Arkadiy Volkov", "PERSON", "german-romanisation");
        linkedAndBlocked("Abd al-Karim al-Nasiri", "Abdul Karim Nasiri", "PERSON", "arabic-romanisation");
        linkedAndBlocked("Nur ad-Din Halabi", "Nuruddin Halabi", "PERSON", "arabic-romanisation");
    }

    @Test void patronymicsBalticEndingsSwappedWordsAndCutFormsHaveTheirBlocks() {
        linkedAndBlocked("Arkadijs Volkovs", "Arkadiy Petrovich Volkov", "PERSON", "baltic-endings");
        linkedAndBlocked("Arkadijus Volkovas", "Arkadiy Volkov", "PERSON", "baltic-endings");
        linkedAndBlocked("Gennady Bor odin", "Gennady Semyonovich Borodin", "PERSON", "dropped-names");
        linkedAndBlocked("Borodin Gennadij", "Gennadii Semyonovich Borodin", "PERSON", "misspelling");
        linkedAndBlocked("Omar Said Haddad", "Omar Farouk Said Yusuf Nabil Haddad", "PERSON", "dropped-names");
        linkedAndBlocked("Velmora Shipping Joint Stock Compa", "Velmora Shipping Joint Stock Company", "ORGANIZATION",
                "company-form");
        linkedAndBlocked("Velmora Shipping Aktiengesellshaft", "Velmora Shipping AG", "ORGANIZATION", "company-form");
        linkedAndBlocked("Teng Hsiao-p'eng", "Deng Xiaopeng", "PERSON", "chinese-romanisation");
        linkedAndBlocked("Shi Mingpeng", "Xi Mingpeng", "PERSON", "chinese-romanisation");
    }
}
