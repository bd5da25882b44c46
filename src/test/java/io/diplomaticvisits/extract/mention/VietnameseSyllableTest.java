package io.diplomaticvisits.extract.mention;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseSyllableTest {

    @Test
    void syllablesWithAndWithoutDiacriticsHaveTheShape() {
        assertThat(VietnameseSyllable.looksVietnamese("Nguyễn")).isTrue();
        assertThat(VietnameseSyllable.looksVietnamese("Thanh")).isTrue();
        assertThat(VietnameseSyllable.looksVietnamese("Zhaoxu")).isFalse();
    }

    @Test
    void theOlderSpellingDzOfTheInitialDIsVietnamese() {
        assertThat(VietnameseSyllable.looksVietnamese("Dzung")).isTrue();
        assertThat(VietnameseSyllable.looksVietnamese("Dzũng")).isTrue();
        assertThat(VietnameseSyllable.looksVietnamese("Dzhokhar")).isFalse();
    }
}
