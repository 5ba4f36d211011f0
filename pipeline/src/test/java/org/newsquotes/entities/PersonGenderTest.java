package org.newsquotes.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.entities.PersonGender.Gender;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.MergeEvidence;

class PersonGenderTest {
    @TempDir Path tmp;

    private static LocalEntity person(String name, String... attributes) {
        return new LocalEntity("e1", name, "PERSON", List.of("m1"), List.of(name), List.of(attributes), List.<MergeEvidence>of(), null);
    }

    @Test
    void givenNamesFromCoreNlpsListAndTitlesFirst() {
        PersonGender g = PersonGender.load(ModelFiles.packaged());
        assertThat(g.ofName("Maria Lopez")).isEqualTo(Gender.FEMALE);
        assertThat(g.ofName("Thomas Aske")).isEqualTo(Gender.MALE);
        assertThat(g.ofName("Lopez")).as("a surname alone").isEqualTo(Gender.UNKNOWN);
        assertThat(g.of(person("Robin Aske", "Mr."))).as("a courtesy title wins").isEqualTo(Gender.MALE);
        assertThat(g.of(person("Thomas Aske", "Ms"))).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aChineseNameWrittenFamilyNameFirstHasNoGivenNameToRead() {
        PersonGender g = PersonGender.load(ModelFiles.packaged());
        // "Li" is a woman's given name on CoreNLP's list; in "Li Qiang" it is the family name
        assertThat(g.familyNameFirst("Li Qiang")).isTrue();
        assertThat(g.ofName("Li Qiang")).isEqualTo(Gender.UNKNOWN);
        assertThat(PersonGender.compatible("he", g.ofName("Li Qiang"))).isTrue();
        // not a Western name ending in a Chinese family name, nor one whose words are no Chinese syllables
        assertThat(g.familyNameFirst("Jane Li")).isFalse();
        assertThat(g.familyNameFirst("Li Smithson")).isFalse();
        assertThat(g.ofName("Maria Lopez")).isEqualTo(Gender.FEMALE);
        // Korean names too, with a hyphenated given name or syllables; a Western "Lee" or "Kim" keeps its order
        assertThat(g.familyNameFirst("Lee Jae-myung")).isTrue();
        assertThat(g.familyNameFirst("Kim Jong Un")).isTrue();
        assertThat(g.familyNameFirst("Lee Anderson")).isFalse();
        assertThat(g.familyNameFirst("Kim Davis")).isFalse();
    }

    @Test
    void theEditableListOverridesAndNamesOfBothGendersRuleNoOneOut() throws Exception {
        Files.writeString(tmp.resolve(PersonGender.MODEL_FILE), "# test\nmaria MALE\nzorvan FEMALE\n");
        PersonGender g = PersonGender.load(ModelFiles.at(tmp));
        assertThat(g.ofName("Maria Lopez")).isEqualTo(Gender.MALE);
        assertThat(g.ofName("Zorvan Lopez")).isEqualTo(Gender.FEMALE);
        assertThat(PersonGender.load(ModelFiles.packaged()).ofName("Jordan Lee")).as("listed for both").isEqualTo(Gender.UNKNOWN);
        // CoreNLP's list calls these men only; news names women by them as often
        assertThat(PersonGender.load(ModelFiles.packaged()).ofName("Amal Haddad")).as("listed for both").isEqualTo(Gender.UNKNOWN);
        assertThat(PersonGender.compatible("she", Gender.UNKNOWN)).isTrue();
        assertThat(PersonGender.compatible("she", Gender.MALE)).isFalse();
        assertThat(PersonGender.compatible("He", Gender.MALE)).isTrue();
    }
}
