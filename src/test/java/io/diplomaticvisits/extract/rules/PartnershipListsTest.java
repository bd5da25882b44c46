package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.PartnershipLevel;
import io.diplomaticvisits.extract.model.PartnershipRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.diplomaticvisits.extract.rules.Extractions.extract;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partnerships listed by country after a level, as explainers and year-end reviews write them. Sentences written
 * for these tests.
 */
class PartnershipListsTest {

    private static List<String> countriesAt(ExtractionResult r, PartnershipLevel level) {
        return r.partnerships().stream().filter(p -> p.level() == level).map(p -> p.countries().get(1)).toList();
    }

    @Test
    void everyCountryListedAfterTheLevelIsAPartnerAtThatLevel() {
        ExtractionResult r = extract("Hà Nội hiện có quan hệ Đối tác chiến lược toàn diện với 12 nước, gồm: Trung Quốc, "
                + "Nga, Ấn Độ, Hàn Quốc, Hoa Kỳ, Nhật Bản, Australia, Pháp, Malaysia, New Zealand, Indonesia và "
                + "Singapore.", PartialDate.of(2025, 3, 20));
        assertThat(countriesAt(r, PartnershipLevel.COMPREHENSIVE_STRATEGIC_PARTNERSHIP)).containsExactlyInAnyOrder(
                "CN", "RU", "IN", "KR", "US", "JP", "AU", "FR", "MY", "NZ", "ID", "SG");
        assertThat(r.partnerships()).allSatisfy(p -> assertThat(p.since()).isNull());
    }

    @Test
    void theDateInBracketsAfterACountryIsWhenItsPartnershipWasSet() {
        ExtractionResult r = extract("Ha Noi, 27 December 2024\n\nWe upgraded ties to a Comprehensive Strategic "
                + "Partnership with Australia (March), France (October) and Malaysia (November); established a "
                + "Comprehensive Partnership with Mongolia and with the United Arab Emirates (October) and with Peru "
                + "(November). Viet Nam now has Comprehensive Strategic Partnerships with nine countries – China "
                + "(2008), Russia, India, the Republic of Korea, the United States, Japan, Australia, France and "
                + "Malaysia.");
        assertThat(countriesAt(r, PartnershipLevel.COMPREHENSIVE_STRATEGIC_PARTNERSHIP)).containsExactlyInAnyOrder(
                "AU", "FR", "MY", "CN", "RU", "IN", "KR", "US", "JP");
        assertThat(countriesAt(r, PartnershipLevel.COMPREHENSIVE_PARTNERSHIP)).containsExactlyInAnyOrder(
                "MN", "AE", "PE");
        assertThat(since(r, "FR")).isEqualTo(PartialDate.of(2024, 10, null));
        assertThat(since(r, "PE")).isEqualTo(PartialDate.of(2024, 11, null));
        assertThat(since(r, "CN")).isEqualTo(PartialDate.of(2008, null, null));
    }

    private static PartialDate since(ExtractionResult r, String country) {
        return r.partnerships().stream().filter(p -> p.countries().contains(country)).findFirst()
                .map(PartnershipRecord::since).orElseThrow();
    }
}
