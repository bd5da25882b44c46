package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionDaysTest {

    private static final DateFinder DATES = new DateFinder();
    private static final PartialDate PUBLISHED = PartialDate.of(2025, 11, 21);

    private static PartialDate day(String paragraph) {
        DateMention d = SectionDays.loneDay(paragraph, DATES, PUBLISHED);
        return d == null ? null : d.from();
    }

    @Test
    void aLineHoldingOneDayWithItsWeekdayAndMarkupIsAHeading() {
        assertThat(day("Thứ năm, 20/11")).isEqualTo(PartialDate.of(null, 11, 20));
        assertThat(day("Ngày 20/5")).isEqualTo(PartialDate.of(null, 5, 20));
        assertThat(day("## June 24")).isEqualTo(PartialDate.of(null, 6, 24));
        assertThat(day("**Wednesday, June 25**")).isEqualTo(PartialDate.of(null, 6, 25));
    }

    @Test
    void aDatelineOrASentenceIsNoHeading() {
        assertThat(day("Thứ sáu, 21/11/2025, 20:40 (GMT+7)")).isNull();
        assertThat(day("Hà Nội, 20/11")).isNull();
        assertThat(day("Từ 19 đến 22/11")).isNull();
    }
}
