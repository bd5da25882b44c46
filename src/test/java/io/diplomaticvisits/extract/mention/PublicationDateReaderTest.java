package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.text.MatchText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationDateReaderTest {

    private final DateFinder finder = new DateFinder();

    @Test
    void aLineWithoutFourDigitsInARowIsSkippedBecauseItCannotHoldAYear() {
        assertThat(PublicationDateReader.hasYearDigits("Ngày 15/6, tại Hà Nội")).isFalse();
        assertThat(PublicationDateReader.hasYearDigits("Hanoi, Sept. 10 (VNA) - 123 guests")).isFalse();
        assertThat(PublicationDateReader.hasYearDigits("")).isFalse();
        assertThat(PublicationDateReader.hasYearDigits("Hà Nội, 15/6/2024")).isTrue();
        assertThat(PublicationDateReader.hasYearDigits("2024")).isTrue();
        assertThat(PublicationDateReader.hasYearDigits("12 345 6789")).isTrue();
    }

    @Test
    void everyDateWithYearAndMonthLiesOnALineWithFourDigitsInARow() {
        for (String line : List.of("Hanoi, Sept. 10, 2023 (VNA)", "Ngày đăng: 2024-06-19", "Cập nhật: 10:20 20/02/2026",
                "Hà Nội, ngày 15 tháng 6 năm 2024", "March 2018", "Ngày 7/3, tại Riyadh", "năm ngoái, tháng trước")) {
            boolean dated = finder.firstWithYearAndMonth(MatchText.of(line)) != null;
            assertThat(!dated || PublicationDateReader.hasYearDigits(line)).as(line).isTrue();
        }
    }

    @Test
    void aDatelineAtTheTopGivesThePublicationDate() {
        assertThat(finder.publicationDate("Hanoi, Sept. 10, 2023 (VNA) - The two sides met.\nNgày 15/6 họ gặp nhau."))
                .map(d -> d.year() + "-" + d.month()).contains("2023-9");
        assertThat(finder.publicationDate("Ngày 15/6, tại Hà Nội, hai bên gặp nhau.")).isEmpty();
    }

    @Test
    void aDateUnderAPageMenuIsReadWithItsTimeOfDay() {
        String page = String.join("\n", "Skip to main content", "News", "World   Business   Markets", "Register",
                "Asia Pacific", "Leaders meet in Hanoi", "By Staff", "Photo gallery", "Share", "Listen",
                "June 23, 2023 4:12 PM GMT+7 Updated 2 hours ago", "", "HANOI, June 23 - The two leaders met.");
        assertThat(finder.publicationDate(page)).map(d -> d.year() + "-" + d.month() + "-" + d.day())
                .contains("2023-6-23");
        assertThat(finder.publicationDate("Thứ Sáu, 20/9/2024, 14:30 (GMT+7) | Thế giới\nNội dung"))
                .map(d -> d.year() + "-" + d.month()).contains("2024-9");
        assertThat(finder.publicationDate("Home » Business\n\nThursday, Oct 31, 2024,09:15 (GMT+7)\n\nBy Staff"))
                .map(d -> d.year() + "-" + d.month() + "-" + d.day()).contains("2024-10-31");
        assertThat(finder.publicationDate("June 23, 2023 and a sentence of prose that goes on for long enough.\nx"))
                .isEmpty();
    }

    @Test
    void aTimeStampBeforeTheDateMakesItTheDateOfThePage() {
        assertThat(finder.publicationDate("Yonhap News Agency\n\nAll News 17:45 June 23, 2023\n\nBy Park"))
                .map(d -> d.year() + "-" + d.month() + "-" + d.day()).contains("2023-6-23");
    }

    @Test
    void aDateUnderALongMenuIsStillRead() {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            lines.add("Menu item " + i);
        }
        lines.add("April 22, 2025 4:12 PM GMT+7 Updated 2 hours ago");
        assertThat(finder.publicationDate(String.join("\n", lines))).map(d -> d.year() + "-" + d.month())
                .contains("2025-4");
    }

    @Test
    void aNewsletterIssueLineGivesTheDateAfterItsNumber() {
        assertThat(finder.publicationDate("DIGEST\n\nISSUE #87 · Monday, 24 February 2025 · Week of 17–23 February\n"))
                .map(d -> d.year() + "-" + d.month() + "-" + d.day()).contains("2025-2-24");
        assertThat(finder.publicationDate("Số 412 • 3/3/2025\nNội dung")).map(d -> d.year() + "-" + d.month())
                .contains("2025-3");
    }
}
