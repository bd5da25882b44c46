package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.model.AgreementRecord;
import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.VisitType;
import org.junit.jupiter.api.Test;

import static io.diplomaticvisits.extract.rules.Extractions.extract;
import static org.assertj.core.api.Assertions.assertThat;

/** What a country talked about is, and which day documents signed on a trip take. Sentences written for these tests. */
class TopicsAndSigningsTest {

    @Test
    void aCountryWhoseSituationIsDiscussedIsNoParty() {
        ExtractionResult r = extract("Singapore, Feb 9, 2023 - Singapore and Vietnam signed a memorandum of "
                + "understanding on digital trade on Thursday, after talks that covered trade, energy and the "
                + "situation in Myanmar.");
        assertThat(r.agreements()).extracting(AgreementRecord::parties).containsExactly(java.util.List.of("SG", "VN"));
    }

    @Test
    void aCountryAfterTinhHinhIsNoParty() {
        ExtractionResult r = extract("Hà Nội, 12/3/2025 - Chiều 12/3, hai Thủ tướng đã trao đổi về tình hình Ukraine "
                + "và chứng kiến lễ ký Bản ghi nhớ hợp tác về năng lượng giữa Việt Nam và Ba Lan.");
        assertThat(r.agreements()).extracting(AgreementRecord::parties).containsExactly(java.util.List.of("PL", "VN"));
    }

    @Test
    void thenGoesOnFromTheDayOfTheSentenceBeforeEvenWhenItToldNoEvent() {
        ExtractionResult r = extract("SINGAPORE, Feb 10, 2023 – Vietnamese Prime Minister Pham Minh Chinh arrived in "
                + "Singapore on Wednesday evening for a three-day official visit.\n\nEarlier on Thursday morning, Mr "
                + "Chinh was given a ceremonial welcome at the Istana. He then called on President Halimah Yacob.");
        assertThat(Extractions.ofType(r, VisitType.MEETING)).singleElement()
                .satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2023, 2, 9)));
    }

    @Test
    void documentsListedUnderATripAreSignedOnTheDayOfItsTalks() {
        ExtractionResult r = extract("Hanoi, June 21, 2024 – Russian President Vladimir Putin paid a state visit to "
                + "Vietnam on June 19-20. On June 20, Putin and President To Lam held talks in Hanoi.\n\nDocuments "
                + "signed during the state visit of the President of Russia to Vietnam\n\n1. Agreement between the "
                + "Government of the Russian Federation and the Government of the Socialist Republic of Vietnam on "
                + "Cooperation in Healthcare\n2. Memorandum of Understanding between Novatek and PetroVietnam on the "
                + "Supply of Liquefied Natural Gas");
        assertThat(r.agreements()).hasSize(2)
                .allSatisfy(a -> assertThat(a.date()).isEqualTo(PartialDate.of(2024, 6, 20)));
    }

    @Test
    void aScheduleUnderDayHeadingsDatesItsItemsByTheirHeading() {
        ExtractionResult r = extract("Thứ sáu, 21/11/2025, 20:40 (GMT+7)\n\nLịch trình của Tổng thống Angola:\n\n"
                + "Thứ năm, 20/11\n\n- 8h45: Chủ tịch nước Lương Cường hội đàm với Tổng thống Angola João "
                + "Lourenço.\n\nThứ sáu, 21/11\n\n- 8h30: Thủ tướng Phạm Minh Chính hội kiến Tổng thống Angola João "
                + "Lourenço.");
        assertThat(Extractions.ofType(r, VisitType.TALKS)).singleElement()
                .satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2025, 11, 20)));
        assertThat(Extractions.ofType(r, VisitType.MEETING)).singleElement()
                .satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2025, 11, 21)));
    }

    @Test
    void aDateInBracketsRightAfterACountryIsOfTheTripToIt() {
        ExtractionResult r = extract("Maputo, 12/6/2025 - Chủ tịch nước Lương Cường thăm cấp Nhà nước Mozambique từ ngày "
                + "11 đến 13/6, ngay sau chuyến thăm cấp Nhà nước Angola (8-10/6).");
        assertThat(r.visits()).filteredOn(v -> v.countries().contains("AO")).singleElement()
                .satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2025, 6, 8)));
        assertThat(r.visits()).filteredOn(v -> v.countries().contains("MZ")).singleElement()
                .satisfies(v -> assertThat(v.start()).isEqualTo(PartialDate.of(2025, 6, 11)));
    }

    @Test
    void aDocumentToldAfterADayInItsParagraphIsOfThatDay() {
        ExtractionResult r = extract("Hà Nội, 30/12/2024\n\n- Ngày 7/3/2024: Việt Nam - Australia nâng cấp quan hệ lên "
                + "Đối tác chiến lược toàn diện, nhân chuyến thăm chính thức Australia của Thủ tướng Phạm Minh Chính. "
                + "Tại Canberra, hai Thủ tướng đã ra Tuyên bố chung về việc nâng cấp quan hệ.");
        assertThat(r.agreements()).singleElement()
                .satisfies(a -> assertThat(a.date()).isEqualTo(PartialDate.of(2024, 3, 7)));
    }

    @Test
    void theDayOfItsOwnParagraphWinsOverAnEncounterToldInAnEarlierOne() {
        ExtractionResult r = extract("Muscat, 23/9/2025 - Phó Thủ tướng Nguyễn Chí Dũng thăm làm việc Oman từ ngày 20 "
                + "đến 23/9.\n\nChiều 21/9, Phó Thủ tướng Nguyễn Chí Dũng hội kiến Phó Thủ tướng Oman Sayyid Shihab "
                + "bin Tarik Al Said.\n\nSáng 22/9, Phó Thủ tướng dự Diễn đàn Doanh nghiệp Việt Nam - Oman với gần "
                + "200 doanh nghiệp. Trước sự chứng kiến của lãnh đạo hai nước, các bên đã trao Bản ghi nhớ hợp tác về "
                + "năng lượng giữa Việt Nam và Oman.");
        assertThat(r.agreements()).singleElement()
                .satisfies(a -> assertThat(a.date()).isEqualTo(PartialDate.of(2025, 9, 22)));
    }

    @Test
    void asidesBetweenCommasDoNotKeepTheVerbFromTheOneItReceives() {
        ExtractionResult r = extract("Maputo, 24/06/2025 - Mozambican President Daniel Chapo received in audience, this "
                + "Tuesday, in Maputo, the Vice-President of the Socialist Republic of Vietnam, Her Excellency Vo Thi "
                + "Anh Xuan.");
        assertThat(Extractions.ofType(r, VisitType.RECEPTION)).singleElement().satisfies(v -> {
            assertThat(v.start()).isEqualTo(PartialDate.of(2025, 6, 24));
            assertThat(v.countries()).containsExactlyInAnyOrder("MZ", "VN");
        });
    }

    @Test
    void theTwoLeadersAreTheHostJustNamedInTheParagraphNotTheNextTripsCountry() {
        ExtractionResult r = extract("Thứ Hai, 28/10/2024\n\nThủ tướng Phạm Minh Chính thăm chính thức UAE từ ngày 27 đến "
                + "29/10.\n\nSau đó, Thủ tướng sẽ thăm chính thức Qatar từ ngày 30 đến 31/10.\n\nSáng 28/10, Tổng "
                + "thống UAE Mohamed bin Zayed Al Nahyan chủ trì lễ đón chính thức Thủ tướng. Ngay sau đó, hai nhà lãnh "
                + "đạo hội đàm.");
        assertThat(Extractions.ofType(r, VisitType.TALKS)).singleElement().satisfies(v -> {
            assertThat(v.countries()).containsExactlyInAnyOrder("AE", "VN");
            assertThat(v.start()).isEqualTo(PartialDate.of(2024, 10, 28));
        });
    }
}
