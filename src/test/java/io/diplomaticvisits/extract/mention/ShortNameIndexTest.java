package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.Rank;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShortNameIndexTest {

    private static PersonMention person(String name, String country) {
        return new PersonMention(0, name.length(), 0, name.length(), name, List.of(), country, List.of(), Rank.OTHER);
    }

    @Test
    void shortNamesResolveWhateverTheSpacingCaseAndDiacritics() {
        ShortNameIndex index = new ShortNameIndex();
        PersonMention chinh = person("Phạm Minh Chính", "VN");
        index.add(chinh);
        for (String name : List.of("Chính", " chinh ", "Minh  Chính", "Phạm,Minh", "pham minh chinh,")) {
            assertThat(index.resolve(name)).as(name).isSameAs(chinh);
        }
        assertThat(index.resolve(" , ")).isNull();
    }

    @Test
    void aShortFormSeenFirstGivesWayToTheFullNameOfTheSamePerson() {
        ShortNameIndex index = new ShortNameIndex();
        index.add(person("Boric", "CL"));
        PersonMention full = person("Gabriel Boric Font", "CL");
        index.add(full);
        assertThat(index.resolve("Boric")).isSameAs(full);
        ShortNameIndex two = new ShortNameIndex();
        two.add(person("Lee", "KR"));
        two.add(person("Lee Hsien Loong", "SG"));
        assertThat(two.resolve("Lee")).isNull();
    }

    @Test
    void aCopyGrowsApart() {
        ShortNameIndex index = new ShortNameIndex();
        index.add(person("Lê Hoài Trung", "VN"));
        ShortNameIndex copy = index.copy();
        copy.add(person("Nguyễn Văn Trung", "VN"));
        assertThat(copy.resolve("Trung")).isNull();
        assertThat(index.resolve("Trung")).isNotNull();
    }

    @Test
    void theMiddleWordOfAThreeWordForeignNameIsAKeyButNotOfAVietnameseOne() {
        ShortNameIndex index = new ShortNameIndex();
        PersonMention noboa = person("Daniel Noboa Azín", "EC");
        index.add(noboa);
        index.add(person("Lê Hoài Trung", "VN"));
        assertThat(index.resolve("Noboa")).isSameAs(noboa);
        assertThat(index.resolve("Hoài")).isNull();
    }

    @Test
    void bareNamesAreFoundOnlyAfterTheFullName() {
        ShortNameIndex index = new ShortNameIndex();
        assertThat(index.isEmpty()).isTrue();
        index.add(person("Gabriel Boric", "CL"));
        assertThat(index.isEmpty()).isFalse();
    }
}
