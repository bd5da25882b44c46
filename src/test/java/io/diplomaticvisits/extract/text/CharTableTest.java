package io.diplomaticvisits.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CharTableTest {

    @Test
    void answersAsCharacterDoesForEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(CharTable.lower(c)).as("lower %04x", i).isEqualTo(MatchText.lowerCharUncached(c));
            assertThat(CharTable.isWordChar(c)).as("word %04x", i).isEqualTo(MatchText.isWordCharUncached(c));
            assertThat(CharTable.isLetterOrMark(c)).as("letter or mark %04x", i)
                    .isEqualTo(Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK);
            assertThat(CharTable.isUpperCase(c)).as("upper %04x", i).isEqualTo(Character.isUpperCase(c));
            assertThat(CharTable.isLowerCase(c)).as("lower case %04x", i).isEqualTo(Character.isLowerCase(c));
        }
    }
}
