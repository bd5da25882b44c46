package io.diplomaticvisits.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchTextTest {

    @Test
    void lowerAndFoldedFormsKeepTheOriginalLength() {
        MatchText t = MatchText.of("Ðối tác – Tô Lâm’s");
        assertThat(t.lower()).hasSameSizeAs(t.original()).isEqualTo("đối tác - tô lâm's");
        assertThat(t.folded()).isEqualTo("doi tac - to lam's");
    }

    @Test
    void gluedWordsHaveAWordBoundaryAtTheCapital() {
        MatchText t = MatchText.of("ofVietnam");
        assertThat(t.isWordStart(2)).isTrue();
        assertThat(t.isWordEnd(2)).isTrue();
        assertThat(t.isWordStart(1)).isFalse();
    }

    @Test
    void foldStringRemovesDiacriticsAndCase() {
        assertThat(CharFolding.foldString("Phạm Minh Chính")).isEqualTo("pham minh chinh");
        assertThat(CharFolding.foldString("Đà Nẵng")).isEqualTo("da nang");
    }

    @Test
    void phrasesMayStartAtWordStartsAndOutsideWords() {
        MatchText t = MatchText.of("Việt Nam-Lào, ofVietnam");
        assertThat(t.phraseStarts()).containsExactly(0, 4, 5, 8, 9, 12, 13, 14, 16);
        for (int i = 0; i < t.length(); i++) {
            boolean listed = java.util.Arrays.binarySearch(t.phraseStarts(), i) >= 0;
            assertThat(listed).as("offset " + i).isEqualTo(!t.isWordCharAt(i) || t.isWordStart(i));
        }
    }

    @Test
    void charArraysHoldTheLowerAndFoldedForms() {
        MatchText t = MatchText.of("Ðối tác – Tô Lâm’s");
        assertThat(new String(t.lowerChars())).isEqualTo(t.lower());
        assertThat(new String(t.foldedChars())).isEqualTo(t.folded());
    }
}
