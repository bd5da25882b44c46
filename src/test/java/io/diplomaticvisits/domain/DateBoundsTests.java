package io.diplomaticvisits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomaticvisits.extract.model.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateBoundsTests {

    @Test
    void monthWithoutDaySpansTheWholeMonth() {
        PartialDate september = PartialDate.of(2023, 9, null);

        assertThat(DateBounds.earliest(september)).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(DateBounds.latest(september)).isEqualTo(LocalDate.of(2023, 9, 30));
    }

    @Test
    void yearAloneSpansTheWholeYear() {
        PartialDate year = PartialDate.of(2024, null, null);

        assertThat(DateBounds.earliest(year)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(DateBounds.latest(year)).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void dateWithoutYearHasNoBounds() {
        assertThat(DateBounds.earliest(PartialDate.of(null, 7, 25))).isNull();
        assertThat(DateBounds.latest(PartialDate.of(null, 7, 25), PartialDate.of(null, 7, 26))).isNull();
    }

    @Test
    void endWithoutYearTakesTheStartsYear() {
        assertThat(DateBounds.latest(PartialDate.of(2025, 5, 5), PartialDate.of(null, 5, 12)))
                .isEqualTo(LocalDate.of(2025, 5, 12));
    }

    @Test
    void endBeforeTheStartFallsInTheNextYear() {
        assertThat(DateBounds.latest(PartialDate.of(2024, 12, 28), PartialDate.of(null, 1, 2)))
                .isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void unknownEndLeavesTheStartsSpan() {
        assertThat(DateBounds.latest(PartialDate.of(2019, 2, null), PartialDate.UNKNOWN))
                .isEqualTo(LocalDate.of(2019, 2, 28));
    }
}
