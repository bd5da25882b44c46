package io.diplomaticvisits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentTests {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void idIsTheFirstSixteenHexDigitsOfTheSha256() {
        Document document = Document.of("a.txt", "abc", null, null, NOW);

        assertThat(document.getSha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(document.getId()).isEqualTo("ba7816bf8f01cfea");
    }

    @Test
    void sameTextGivesSameIdWhateverTheNameOrTime() {
        Document first = Document.of("a.txt", "Tổng Bí thư Tô Lâm thăm Malaysia", null, null, NOW);
        Document second = Document.of("b.txt", "Tổng Bí thư Tô Lâm thăm Malaysia", "https://example.org/x",
                LocalDate.of(2024, 11, 21), NOW.plusSeconds(60));

        assertThat(second.getId()).isEqualTo(first.getId());
    }

    @Test
    void decomposedAndComposedVietnameseAreOneDocument() {
        String composed = "Th\u1ee7 t\u01b0\u1edbng";            // Thủ tướng, precomposed
        String decomposed = "Thu\u0309 tu\u031bo\u031b\u0301ng"; // the same, with combining marks

        Document fromDecomposed = Document.of("d.txt", decomposed, null, null, NOW);

        assertThat(fromDecomposed.getId()).isEqualTo(Document.of("c.txt", composed, null, null, NOW).getId());
        assertThat(fromDecomposed.getText()).isEqualTo(composed);
        assertThat(fromDecomposed.getSizeBytes()).isEqualTo(composed.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void idOfATextIsTheIdOfItsDocument() {
        String decomposed = "Thu\u0309 tu\u031bo\u031b\u0301ng";

        assertThat(Document.idOf(decomposed)).isEqualTo(Document.of("d.txt", decomposed, null, null, NOW).getId());
        assertThat(Document.idOf("abc")).isEqualTo("ba7816bf8f01cfea");
    }

    @Test
    void differentTextGivesDifferentId() {
        assertThat(Document.of("a.txt", "Hanoi", null, null, NOW).getId())
                .isNotEqualTo(Document.of("a.txt", "Hà Nội", null, null, NOW).getId());
    }
}
