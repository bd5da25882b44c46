package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.text.MatchText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateFinderFirstTest {

    private final DateFinder finder = new DateFinder();

    @Test
    void theFirstDateWithYearAndMonthIsTheOneAFullScanFindsFirst() {
        for (String text : List.of("Ngày 7/3, tại Riyadh, từ ngày 22 đến 25/10/2024 và tháng 3/2018",
                "Hanoi, Sept. 10, 2023 (VNA) - on June 18 the two sides met; in 2011 too",
                "Posted on: June 18, 2025", "Chiều 25/7, 13h38 ngày 19/7/2024", "no date at all", "in 2011 only")) {
            MatchText t = MatchText.of(text);
            DateMention expected = finder.find(t).stream()
                    .filter(m -> m.from().year() != null && m.from().month() != null).findFirst().orElse(null);
            assertThat(finder.firstWithYearAndMonth(t)).as(text).isEqualTo(expected);
        }
    }
}
