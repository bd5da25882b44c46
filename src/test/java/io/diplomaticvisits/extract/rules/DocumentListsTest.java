package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.model.AgreementRecord;
import io.diplomaticvisits.extract.model.AgreementType;
import io.diplomaticvisits.extract.model.ExtractionResult;
import io.diplomaticvisits.extract.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.diplomaticvisits.extract.rules.Extractions.extract;
import static org.assertj.core.api.Assertions.assertThat;

/** Documents signed in a visit: their day, and the lists that name them. Sentences written for these tests. */
class DocumentListsTest {

    @Test
    void documentsSignedAfterTheTalksAreDatedByTheDayOfTheTalks() {
        ExtractionResult r = extract("Kenyan President William Ruto is on a state visit to Vietnam from April 3 to 5.\n\n"
                + "President Luong Cuong held talks with President Ruto in Hanoi on April 4.\n\n"
                + "Following the talks, the two presidents witnessed the signing of a memorandum of understanding on "
                + "tea processing.", PartialDate.of(2026, 4, 5));
        assertThat(r.agreements()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.MOU);
            assertThat(a.date()).isEqualTo(PartialDate.of(2026, 4, 4));
        });
    }

    @Test
    void everyDocumentOfAListOpenedByTrongDoCoIsSigned() {
        ExtractionResult r = extract("Ngày 4/4, Chủ tịch nước Lương Cường hội đàm với Tổng thống Kenya William Ruto tại "
                + "Hà Nội. Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký 5 văn kiện hợp tác, trong đó có Biên bản kỳ "
                + "họp lần thứ nhất Ủy ban hỗn hợp; Thỏa thuận hợp tác về nông nghiệp giữa hai Bộ Nông nghiệp và Kế hoạch "
                + "hợp tác về y tế giai đoạn 2026 - 2028 của hai nước.", PartialDate.of(2026, 4, 5));
        assertThat(r.agreements()).extracting(AgreementRecord::type)
                .containsExactlyInAnyOrder(AgreementType.OTHER, AgreementType.AGREEMENT, AgreementType.OTHER);
        assertThat(r.agreements()).allSatisfy(a -> assertThat(a.parties()).containsExactly("KE", "VN"));
    }

    @Test
    void eachLineUnderAHeadingOfDocumentsSignedIsADocumentOfTheHeadingsDay() {
        ExtractionResult r = extract("Prime Minister Pham Minh Chinh paid an official visit to Kenya from April 20 to "
                + "22 at the invitation of President William Ruto.\n\n"
                + "The following documents were signed in Nairobi on April 21, 2026:\n\n"
                + "1. Memorandum of Understanding between the Ministry of Agriculture of Kenya and the Ministry of "
                + "Agriculture of Vietnam on Cooperation in Tea Processing\n"
                + "2. Memorandum of Understanding between the two Foreign Ministries on Political Consultations\n"
                + "3. Agreement on a US$ 50 million Line of Credit for Port Equipment\n\n"
                + "Prime Minister Chinh invited President Ruto to visit Vietnam.", PartialDate.of(2026, 4, 22));
        assertThat(r.agreements()).extracting(AgreementRecord::type)
                .containsExactlyInAnyOrder(AgreementType.MOU, AgreementType.MOU, AgreementType.AID);
        assertThat(r.agreements()).allSatisfy(a -> {
            assertThat(a.parties()).containsExactly("KE", "VN");
            assertThat(a.date()).isEqualTo(PartialDate.of(2026, 4, 21));
        });
        AgreementRecord credit = r.agreements().stream().filter(a -> a.type() == AgreementType.AID).findFirst()
                .orElseThrow();
        assertThat(credit.value().amount()).isEqualByComparingTo(new BigDecimal("50000000"));
    }

    @Test
    void aLineThatNamesNoDocumentEndsTheList() {
        ExtractionResult r = extract("Prime Minister Pham Minh Chinh paid an official visit to Kenya from April 20 to "
                + "22.\n\nDocuments signed during the visit:\n\n- Memorandum of Understanding on Tea Processing\n\n"
                + "- A joint business forum on April 21 gathered 300 companies.\n\n"
                + "- Agreement talks on fisheries will continue next year.", PartialDate.of(2026, 4, 22));
        assertThat(r.agreements()).extracting(AgreementRecord::type).containsExactly(AgreementType.MOU);
    }

    @Test
    void aSentenceEndingOnAColonAfterDocumentsOpensTheListOfThem() {
        ExtractionResult r = extract("Chiều 8/5, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Na Uy Jonas Gahr Støre "
                + "tại Hà Nội.\n\nNgay sau hội đàm, hai Thủ tướng chứng kiến lễ trao các văn kiện hợp tác giữa các bộ, "
                + "ngành hai nước, gồm:\n\n- Bản ghi nhớ về hợp tác nuôi trồng thủy sản giữa Bộ Nông nghiệp Việt Nam "
                + "và Bộ Thủy sản Na Uy;\n- Ý định thư về hợp tác điện gió ngoài khơi giữa Bộ Công Thương Việt Nam và "
                + "Bộ Năng lượng Na Uy.\n\nHai bên cũng ra Thông cáo báo chí chung về chuyến thăm.",
                PartialDate.of(2026, 5, 9));
        assertThat(r.agreements()).extracting(AgreementRecord::type).containsExactlyInAnyOrder(AgreementType.MOU,
                AgreementType.OTHER, AgreementType.JOINT_STATEMENT);
        assertThat(r.agreements()).allSatisfy(a -> {
            assertThat(a.parties()).containsExactly("NO", "VN");
            assertThat(a.date()).isEqualTo(PartialDate.of(2026, 5, 8));
        });
    }

    @Test
    void aColonAfterNoWordForDocumentsOpensNoList() {
        ExtractionResult r = extract("Chiều 8/5, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Na Uy Jonas Gahr Støre "
                + "tại Hà Nội. Hai bên nhất trí các ưu tiên sau:\n\n- Bản ghi nhớ về thủy sản sẽ sớm được đàm phán.",
                PartialDate.of(2026, 5, 9));
        assertThat(r.agreements()).isEmpty();
    }

    @Test
    void goodsGivenWithTheirValueAreAidOfThatValue() {
        ExtractionResult r = extract("Ngày 5/6, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Campuchia Tea "
                + "Seiha tại Phnom Penh. Nhân dịp này, Bộ Quốc phòng Việt Nam trao tặng Bộ Quốc phòng Campuchia trang "
                + "thiết bị huấn luyện và tìm kiếm cứu nạn trị giá 30 tỷ đồng.", PartialDate.of(2026, 6, 6));
        assertThat(r.agreements()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.AID);
            assertThat(a.parties()).containsExactly("KH", "VN");
            assertThat(a.value().amount()).isEqualByComparingTo(new BigDecimal("30000000000"));
            assertThat(a.value().currency()).isEqualTo("VND");
        });
    }

    @Test
    void aSumSetAsideOrContributedIsAid() {
        ExtractionResult r = extract("Ngày đăng: 12/09/2026\n\nBộ Ngoại giao Áo thông báo dành 500.000 euro hỗ trợ "
                + "nhân đạo cho người dân Việt Nam bị ảnh hưởng bởi bão.\n\nThe Vice Minister of Spain announced a "
                + "contribution of EUR 2 million to flood recovery in Vietnam.", null);
        assertThat(r.agreements()).extracting(a -> a.parties().get(0) + " " + a.value().currency())
                .containsExactlyInAnyOrder("AT EUR", "ES EUR");
    }

    @Test
    void aValueWithNoGivingIsNoAid() {
        ExtractionResult r = extract("Ngày 5/6, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet. "
                + "Kim ngạch thương mại hai chiều trị giá 10 tỷ USD.", PartialDate.of(2026, 6, 6));
        assertThat(r.agreements()).isEmpty();
    }

    @Test
    void twoDocumentsOfOneKindNamedApartInOneSentenceAreTwo() {
        ExtractionResult r = extract("President Luong Cuong held talks with Kenyan President William Ruto in Hanoi on April 4. "
                + "The two presidents witnessed the signing of a memorandum of understanding on tea processing, under "
                + "which Kenya will train Vietnamese growers, and a memorandum of understanding on cooperation between "
                + "the two countries' coast guards.", PartialDate.of(2026, 4, 5));
        assertThat(r.agreements()).hasSize(2).allSatisfy(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.MOU);
            assertThat(a.parties()).containsExactly("KE", "VN");
        });
    }

    @Test
    void anotherAfterADocumentIsASecondOfItsKind() {
        ExtractionResult r = extract("President Luong Cuong held talks with Kenyan President William Ruto in Hanoi on April 4. "
                + "The two leaders witnessed the exchange of a memorandum of understanding on digital economy "
                + "cooperation and another on cooperation in the halal industry.", PartialDate.of(2026, 4, 5));
        assertThat(r.agreements()).extracting(AgreementRecord::type)
                .containsExactly(AgreementType.MOU, AgreementType.MOU);
    }

    @Test
    void aSentenceRepeatedByThePageStillNamesTwoDocumentsNotFour() {
        String paragraph = "The two leaders witnessed the exchange of a memorandum of understanding on digital economy "
                + "cooperation and another on cooperation in the halal industry.";
        ExtractionResult r = extract("President Luong Cuong held talks with Kenyan President William Ruto in Hanoi on April 4.\n\n"
                + paragraph + "\n\n" + paragraph, PartialDate.of(2026, 4, 5));
        assertThat(r.agreements()).hasSize(2);
    }

    @Test
    void aSentenceOpeningOnAmongThemNamesTheDocumentsOfTheSentenceBefore() {
        ExtractionResult r = extract("Prime Minister Pham Minh Chinh held talks with Kenyan President William Ruto in "
                + "Hanoi on April 4.\n\n"
                + "After the talks, the two leaders witnessed the exchange of several cooperation documents. Among "
                + "them were notes on a loan worth 50 million USD for rural roads, documents on a non-refundable aid "
                + "grant for district hospitals, and a memorandum of cooperation on energy transition under the "
                + "Green Growth initiative.", PartialDate.of(2026, 4, 5));
        assertThat(r.agreements()).extracting(AgreementRecord::type)
                .containsExactlyInAnyOrder(AgreementType.AID, AgreementType.AID, AgreementType.MOU);
        assertThat(r.agreements()).allSatisfy(a -> {
            assertThat(a.parties()).containsExactly("KE", "VN");
            assertThat(a.date()).isEqualTo(PartialDate.of(2026, 4, 4));
        });
    }

    @Test
    void aTreatyAllyIsNoTreaty() {
        ExtractionResult r = extract("Ngày 30/8, Đại tướng Phan Văn Giang thăm Philippines, một đồng minh hiệp ước của "
                + "Mỹ, và ký kết các thỏa thuận hợp tác quốc phòng với Bộ trưởng Quốc phòng Gilberto Teodoro.",
                PartialDate.of(2026, 9, 1));
        assertThat(r.agreements()).singleElement().satisfies(a -> assertThat(a.type())
                .isEqualTo(AgreementType.AGREEMENT));
    }

    @Test
    void aListNumberedInRomanNumeralsGoesOnPastEachNumeralAndNamesProgrammes() {
        ExtractionResult r = extract("Kenyan President William Ruto paid a state visit to Vietnam from April 3 to 5.\n\n"
                + "12. Following the official talks on 04 April 2026, the two Presidents witnessed the exchange of the "
                + "following instruments:\n\n"
                + "i. Memorandum of Understanding on Cooperation in Agriculture between the two Ministries;\n"
                + "ii. Agreement on Mutual Administrative Assistance in Customs Matters;\n"
                + "iii. Cultural Exchange Programme for the period 2026-2029;\n"
                + "iv. Memorandum of Understanding on Cooperation in Digital Transformation.", PartialDate.of(2026, 4, 5));
        assertThat(r.agreements()).extracting(AgreementRecord::type).containsExactlyInAnyOrder(AgreementType.MOU,
                AgreementType.AGREEMENT, AgreementType.OTHER, AgreementType.MOU);
        assertThat(r.agreements()).allSatisfy(a -> assertThat(a.date()).isEqualTo(PartialDate.of(2026, 4, 4)));
    }

    @Test
    void aListedAgreementBetweenCompaniesWithAValueIsADealAndACreditIsAid() {
        ExtractionResult r = extract("Phó Thủ tướng Nguyễn Chí Dũng thăm làm việc Đan Mạch từ ngày 8 đến 10/9.\n\n"
                + "Tại Diễn đàn chiều 9/9, doanh nghiệp hai nước đã trao 9 văn kiện hợp tác, trong đó có:\n"
                + "• Thỏa thuận hợp tác phát triển dự án điện gió ngoài khơi giữa Tập đoàn CIP và Tổng công ty Điện lực "
                + "Dầu khí Việt Nam, trị giá 1,2 tỷ USD;\n"
                + "• Thỏa thuận tín dụng xanh giữa Cơ quan Tín dụng xuất khẩu Đan Mạch và Ngân hàng Vietcombank, trị "
                + "giá khoảng 150 triệu euro.", PartialDate.of(2025, 9, 10));
        assertThat(r.agreements()).extracting(AgreementRecord::type)
                .containsExactlyInAnyOrder(AgreementType.DEALS, AgreementType.AID);
    }
}
