package io.diplomaticvisits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void vietnameseNameFoldsToItsPlainForm() {
        assertThat(SearchText.fold("Phạm Minh Chính")).isEqualTo("pham minh chinh");
        assertThat(SearchText.fold("ĐÀ NẴNG")).isEqualTo("da nang");
    }

    @Test
    void hyphensAndRunsOfSpaceAreOneSpace() {
        assertThat(SearchText.fold("  Kassym-Jomart   Tokayev ")).isEqualTo("kassym jomart tokayev");
    }

    @Test
    void partsAreFoldedOnceEach() {
        assertThat(SearchText.of(List.of("Tô Lâm", "To Lam", "Hà Nội"))).isEqualTo("to lam | ha noi");
    }

    @Test
    void likeWildcardsInTheQueryAreTakenLiterally() {
        assertThat(SearchText.containsPattern("50%_Việt")).isEqualTo("%50!%!_viet%");
    }
}
