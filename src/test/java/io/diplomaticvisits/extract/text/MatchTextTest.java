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
}
