package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.Rank;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KnownPersonsTest {

    private static PersonMention person(String name, String country) {
        return new PersonMention(0, name.length(), 0, name.length(), name, List.of(), country, List.of(), Rank.OTHER);
    }

    @Test
    void eachNameAndCountryIsKnownOnceInTheOrderMet() {
        KnownPersons known = new KnownPersons();
        known.addIfNew(person("Tô Lâm", "VN"));
        known.addIfNew(person("Anwar Ibrahim", "MY"));
        known.addIfNew(person("Tô Lâm", "VN"));
        known.addIfNew(person("Tô Lâm", null));
        assertThat(known.all()).extracting(PersonMention::name).containsExactly("Tô Lâm", "Anwar Ibrahim", "Tô Lâm");
    }

    @Test
    void eachSentenceGetsItsOwnCopyOfTheShortNames() {
        KnownPersons known = KnownPersons.of(List.of(person("Anwar Ibrahim", "MY")));
        ShortNameIndex sentence = known.shortNames();
        sentence.add(person("Ibrahim Solih", "MV"));
        assertThat(sentence.resolve("Ibrahim")).isNull();
        assertThat(known.shortNames().resolve("Ibrahim")).isNotNull();
    }
}
