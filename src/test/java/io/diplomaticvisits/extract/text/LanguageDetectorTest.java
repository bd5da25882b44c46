package io.diplomaticvisits.extract.text;

import io.diplomaticvisits.extract.model.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    private Language detect(String text) {
        return detector.detect(text, 0, text.length());
    }

    private Language guess(String text) {
        return detector.guess(text, 0, text.length());
    }

    @Test
    void vietnameseSentenceIsVietnamese() {
        assertThat(detect("Chiều 12/3, Chủ tịch nước đã tiếp Đại sứ Hàn Quốc đến chào từ biệt.")).isEqualTo(Language.VI);
    }

    @Test
    void englishSentenceIsEnglish() {
        assertThat(detect("The two ministers agreed to deepen cooperation in trade and education.")).isEqualTo(Language.EN);
    }

    @Test
    void englishReadoutFullOfVietnameseNamesIsEnglish() {
        assertThat(detect("President Biden met General Secretary Tô Lâm of Việt Nam in New York."))
                .isEqualTo(Language.EN);
    }

    @Test
    void vietnameseNewsNamingForeignLeadersIsVietnamese() {
        assertThat(detect("Thủ tướng gặp Tổng thống Joe Biden và Thủ tướng Olaf Scholz tại Rio de Janeiro."))
                .isEqualTo(Language.VI);
    }

    @Test
    void vietnameseWrittenWithoutDiacriticsIsVietnamese() {
        assertThat(detect("Thu tuong Pham Minh Chinh da tiep Dai su Nhat Ban tai Ha Noi va trao doi ve hop tac"))
                .isEqualTo(Language.VI);
    }

    @Test
    void shortLinesAreRecognised() {
        assertThat(guess("Tin khác")).isEqualTo(Language.VI);
        assertThat(guess("Mạnh Quân")).isEqualTo(Language.VI);
        assertThat(guess("Read the statement")).isEqualTo(Language.EN);
    }

    @Test
    void lineWithoutEvidenceHasNoGuessAndDefaultsToVietnamese() {
        assertThat(guess("Share")).isNull();
        assertThat(guess("2024 - 2025")).isNull();
        assertThat(detect("")).isEqualTo(Language.VI);
    }

    @Test
    void onlyTheGivenRangeCounts() {
        String text = "The delegation arrived in Hanoi. Đoàn đại biểu đã đến Hà Nội.";
        int split = text.indexOf("Đoàn");

        assertThat(detector.detect(text, 0, split)).isEqualTo(Language.EN);
        assertThat(detector.detect(text, split, text.length())).isEqualTo(Language.VI);
    }

    @Test
    void documentLanguageIsTheMajorityOfArticleCharacters() {
        List<Paragraph> paragraphs = List.of(
                new Paragraph(0, 0, 500, Language.EN, true, -1),
                new Paragraph(1, 500, 600, Language.VI, false, -1),
                new Paragraph(2, 600, 650, Language.EN, false, -1),
                new Paragraph(3, 650, 750, Language.EN, false, 2),
                new Paragraph(4, 750, 900, null, false, -1));

        assertThat(detector.documentLanguage(paragraphs)).isEqualTo(Language.VI);
    }

    @Test
    void documentOfOnlyBoilerplateTakesItsLanguage() {
        List<Paragraph> paragraphs = List.of(new Paragraph(0, 0, 20, Language.EN, true, -1));

        assertThat(detector.documentLanguage(paragraphs)).isEqualTo(Language.EN);
        assertThat(detector.documentLanguage(List.of())).isEqualTo(Language.VI);
    }

    @Test
    void seedsAreTheirLanguage() {
        String vietnamese = Seeds.read("001");
        String english = Seeds.read("003");

        assertThat(detector.detect(vietnamese, 0, vietnamese.length())).isEqualTo(Language.VI);
        assertThat(detector.detect(english, 0, english.length())).isEqualTo(Language.EN);
    }
}
