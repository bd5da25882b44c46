package io.diplomaticvisits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentIdTests {

    @Test
    void idIsTheFirstSixteenHexDigitsOfTheKeysSha256() {
        assertThat(ContentId.of("abc")).isEqualTo("ba7816bf8f01cfea");
    }

    @Test
    void takenIdMovesToTheNumberedKey() {
        String first = ContentId.of("visit|x");

        assertThat(ContentId.unused("visit|x", Set.of(first)::contains)).isEqualTo(ContentId.of("visit|x#2"));
        assertThat(ContentId.unused("visit|x", id -> false)).isEqualTo(first);
    }
}
