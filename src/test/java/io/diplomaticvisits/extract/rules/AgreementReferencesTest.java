package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.model.AgreementType;
import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.PartialDate;
import org.junit.jupiter.api.Test;

import static io.diplomaticvisits.extract.rules.Extractions.extract;
import static org.assertj.core.api.Assertions.assertThat;

/** Documents only referred to and documents made, told near the same words. Sentences written for these tests. */
class AgreementReferencesTest {

    private static final PartialDate PUBLISHED = PartialDate.of(2026, 5, 8);
    private static final String TALKS = "Prime Minister Pham Minh Chinh held talks with Chilean President Gabriel Boric "
            + "in Hanoi on May 7. ";

    @Test
    void aDocumentUnderWhichOthersActIsOnlyReferredTo() {
        ExtractionResult r = extract(TALKS + "Both sides agreed to make better use of tariff cuts under the Free "
                + "Trade Agreement signed in 2011.", PUBLISHED);
        assertThat(r.agreements()).isEmpty();
    }

    @Test
    void aDocumentSignedUnderAnInitiativeIsMade() {
        ExtractionResult r = extract(TALKS + "The two leaders witnessed the signing of a memorandum of cooperation on "
                + "energy transition under the Asia Zero Emission Community initiative.", PUBLISHED);
        assertThat(r.agreements()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.MOU);
            assertThat(a.parties()).containsExactly("CL", "VN");
        });
    }

    @Test
    void aDocumentSignedWithinTheFrameworkOfAVisitIsMade() {
        ExtractionResult r = extract("Ngày 7/5, Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Chile Gabriel Boric tại "
                + "Hà Nội. Hai bên đã ký Bản ghi nhớ hợp tác nông nghiệp trong khuôn khổ chuyến thăm.", PUBLISHED);
        assertThat(r.agreements()).singleElement().satisfies(a -> assertThat(a.type()).isEqualTo(AgreementType.MOU));
    }

    @Test
    void aDocumentWithinWhoseFrameworkOthersActIsOnlyReferredTo() {
        ExtractionResult r = extract("Ngày 7/5, Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Chile Gabriel Boric tại "
                + "Hà Nội. Hai bên nhất trí tăng cường hợp tác trong khuôn khổ Hiệp định Thương mại tự do đã ký.",
                PUBLISHED);
        assertThat(r.agreements()).isEmpty();
    }

    @Test
    void aDocumentThatEnteredIntoForceLongAgoIsOnlyReferredTo() {
        ExtractionResult r = extract(TALKS + "Relations rest on the Free Trade Agreement, which entered into force in "
                + "2014 and was signed by both governments in 2011.", PUBLISHED);
        assertThat(r.agreements()).isEmpty();
    }

    @Test
    void documentsOnlyWishedForAreNotMade() {
        ExtractionResult r = extract("Ngày 7/5, Phó Chủ tịch Quốc hội Nguyễn Khắc Định hội đàm với Chủ tịch Hạ viện Chile. "
                + "Phó Chủ tịch Quốc hội đề nghị hai bên sớm ký kết Hiệp định khuyến khích và bảo hộ đầu tư, Hiệp định "
                + "tránh đánh thuế hai lần giữa hai nước.", PUBLISHED);
        assertThat(r.agreements()).isEmpty();
        ExtractionResult en = extract(TALKS + "The two leaders agreed to study the possibility of commencing "
                + "negotiations on a Free Trade Agreement.", PUBLISHED);
        assertThat(en.agreements()).isEmpty();
    }

    @Test
    void aDocumentSignedAfterAWishInAnotherClauseIsMade() {
        ExtractionResult r = extract(TALKS + "They agreed to work towards a trade deal; the two leaders then witnessed "
                + "the signing of a memorandum of understanding on fisheries.", PUBLISHED);
        assertThat(r.agreements()).singleElement().satisfies(a -> assertThat(a.type()).isEqualTo(AgreementType.MOU));
    }
}
