package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.entities.PersonGender.Gender;

class PersonNounsTest {
    @Test
    void aNounsGenderComesFromTheCuratedListElseFromItsEnding(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("person-noun-genders.txt"), "# kin\ndaughter FEMALE\nnephew MALE\n");
        PersonNouns nouns = PersonNouns.load(ModelFiles.at(dir));
        assertThat(nouns.genderOf("Daughter")).isEqualTo(Gender.FEMALE);
        assertThat(nouns.genderOf("nephew")).isEqualTo(Gender.MALE);
        assertThat(nouns.genderOf("spokeswoman")).isEqualTo(Gender.FEMALE);
        assertThat(nouns.genderOf("chairman")).isEqualTo(Gender.MALE);
        // a noun neither lists nor ends in a gender rules no pronoun out
        assertThat(nouns.genderOf("lawyer")).isEqualTo(Gender.UNKNOWN);
        assertThat(new PersonNouns(Set.of("daughter"), java.util.Map.of()).genderOf("daughter")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void thePackagedListKnowsKin() {
        PersonNouns nouns = PersonNouns.load(ModelFiles.packaged());
        assertThat(nouns.genderOf("wife")).isEqualTo(Gender.FEMALE);
        assertThat(nouns.genderOf("son")).isEqualTo(Gender.MALE);
    }

    @Test
    void anUnknownGenderIsASetupErrorNamingFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("person-noun-genders.txt"), "daughter FEMALE\ncousin EITHER\n");
        assertThatThrownBy(() -> PersonNouns.load(ModelFiles.at(dir)))
                .hasMessageContaining("person-noun-genders.txt").hasMessageContaining("cousin EITHER");
    }
}
