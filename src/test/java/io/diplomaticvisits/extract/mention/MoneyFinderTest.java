package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.MoneyAmount;
import io.diplomaticvisits.extract.model.MoneyQualifier;
import io.diplomaticvisits.extract.text.MatchText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static io.diplomaticvisits.extract.model.MoneyQualifier.ABOUT;
import static io.diplomaticvisits.extract.model.MoneyQualifier.EXACT;
import static io.diplomaticvisits.extract.model.MoneyQualifier.MORE_THAN;
import static org.assertj.core.api.Assertions.assertThat;

class MoneyFinderTest {

    private static final MoneyFinder FINDER = new MoneyFinder();

    private static List<MoneyMention> find(String text) {
        return FINDER.find(MatchText.of(text));
    }

    /** The text must hold exactly one sum, covering {@code span}. */
    private static void assertOne(String text, String span, String amount, String currency, MoneyQualifier q) {
        int start = text.indexOf(span);
        assertThat(start).as("span in text").isGreaterThanOrEqualTo(0);
        BigDecimal value = amount == null ? null : new BigDecimal(amount);
        assertThat(find(text)).as(text)
                .containsExactly(new MoneyMention(start, start + span.length(), new MoneyAmount(value, currency, q)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Các thỏa thuận trị giá hơn 21 tỷ USD được ký.|hơn 21 tỷ USD|21000000000|USD|MORE_THAN",
        "Khoản vay trị giá 400 triệu USD cho dự án.|400 triệu USD|400000000|USD|EXACT",
        "Dự án có vốn khoảng 1,5 tỷ USD.|khoảng 1,5 tỷ USD|1500000000|USD|ABOUT",
        "Nộp thuế gần 600 tỷ đồng từ năm 2020.|gần 600 tỷ đồng|600000000000|VND|ABOUT",
        "Gói hỗ trợ 200 nghìn tỷ đồng.|200 nghìn tỷ đồng|200000000000000|VND|EXACT",
        "Tỉnh đầu tư 5.000 tỷ đồng cho hạ tầng.|5.000 tỷ đồng|5000000000000|VND|EXACT",
        "Viện trợ trên 2 triệu euro cho miền Trung.|trên 2 triệu euro|2000000|EUR|MORE_THAN",
        "Kim ngạch đạt 984,98 triệu USD.|984,98 triệu USD|984980000|USD|EXACT",
        "Thương mại đạt 3,63 tỉ USD năm 2023.|3,63 tỉ USD|3630000000|USD|EXACT",
        "Giá trị lên tới 2 tỷ đô la Mỹ.|lên tới 2 tỷ đô la Mỹ|2000000000|USD|EXACT",
        "Hợp đồng trị giá 300.000 USD.|300.000 USD|300000|USD|EXACT",
        "Khoản tài trợ 50 tỷ yên Nhật.|50 tỷ yên Nhật|50000000000|JPY|EXACT",
        "Gói tín dụng 10 tỷ nhân dân tệ.|10 tỷ nhân dân tệ|10000000000|CNY|EXACT",
        "Dự án 3 nghìn tỷ won Hàn Quốc.|3 nghìn tỷ won Hàn Quốc|3000000000000|KRW|EXACT",
        "Hợp đồng 1 tỷ rúp được ký.|1 tỷ rúp|1000000000|RUB|EXACT",
        "Hỗ trợ 5 triệu bảng Anh.|5 triệu bảng Anh|5000000|GBP|EXACT",
        "Đầu tư 5-6 tỷ USD mỗi năm.|5-6 tỷ USD|5000000000|USD|MORE_THAN",
    })
    void vietnameseSums(String text, String span, String amount, String currency, MoneyQualifier q) {
        assertOne(text, span, amount, currency, q);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Trade grew from over 5 billion USD in 1986.|over 5 billion USD|5000000000|USD|MORE_THAN",
        "Deals worth more than $1.5 billion were signed.|more than $1.5 billion|1500000000|USD|MORE_THAN",
        "Investment of about 2 billion US dollars.|about 2 billion US dollars|2000000000|USD|ABOUT",
        "A loan of US$400 million was approved.|US$400 million|400000000|USD|EXACT",
        "A package of US$ 400 million was approved.|US$ 400 million|400000000|USD|EXACT",
        "The fund reached $10.5 billion.|$10.5 billion|10500000000|USD|EXACT",
        "A grant of USD 2.5 million.|USD 2.5 million|2500000|USD|EXACT",
        "Japan lent 1 trillion yen.|1 trillion yen|1000000000000|JPY|EXACT",
        "Projects worth VND 10 trillion.|VND 10 trillion|10000000000000|VND|EXACT",
        "The EU gave €50 million.|€50 million|50000000|EUR|EXACT",
        "Scholarships worth $500,000, to students.|$500,000|500000|USD|EXACT",
        "Partnership, $2M for schools.|$2M|2000000|USD|EXACT",
        "Australia is providing AUD 50 million.|AUD 50 million|50000000|AUD|EXACT",
        "Nearly $44 million in assistance.|Nearly $44 million|44000000|USD|ABOUT",
        "It will invest up to $2 million in new labs.|up to $2 million|2000000|USD|EXACT",
        "An investment of over 7.41 trillion VND was made.|over 7.41 trillion VND|7410000000000|VND|MORE_THAN",
        "A project of some £3 million.|some £3 million|3000000|GBP|ABOUT",
        "The bank raised $5bn in bonds.|$5bn|5000000000|USD|EXACT",
        "It announces an inaugural $7.5+ million in funding.|$7.5+ million|7500000|USD|MORE_THAN",
    })
    void englishSums(String text, String span, String amount, String currency, MoneyQualifier q) {
        assertOne(text, span, amount, currency, q);
    }

    @Test
    void secondSumInBracketsIsFoundToo() {
        String text = "over 7.41 trillion VND (282.5 million USD)";
        assertThat(find(text)).extracting(m -> m.value().amount())
                .containsExactly(new BigDecimal("7410000000000"), new BigDecimal("282500000"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Doanh nghiệp đầu tư hàng tỷ USD vào Việt Nam.|hàng tỷ USD|USD",
        "Các dự án hàng chục tỷ USD.|hàng chục tỷ USD|USD",
        "Vốn vài trăm triệu đô la.|vài trăm triệu đô la|USD",
        "They invested billions of dollars in the region.|billions of dollars|USD",
        "It unlocked hundreds of millions of US dollars.|hundreds of millions of US dollars|USD",
        "It costs several billion dollars.|several billion dollars|USD",
    })
    void sumsWithoutNumberAreAboutWithNoAmount(String text, String span, String currency) {
        assertOne(text, span, null, currency, ABOUT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dự án thu hút 5 tỷ người xem.",
        "Kỷ niệm 50 năm quan hệ, 21 tỷ lượt truy cập.",
        "Có 2 đồng chí được bầu.",
        "Việt Nam có 5 đô thị loại đặc biệt.",
        "Tăng trưởng 8,3-8,5% năm 2025.",
        "Hàng trăm người tham dự.",
        "Billions of people live in Asia.",
        "Hơn 200 doanh nghiệp tham gia.",
        "The $ sign alone is not money.",
        "Ngày 25/7 đoàn tới Hà Nội.",
        "Xem https://tuoitre.vn/huong-toi-kim-ngach-20-ti-usd-2024.htm",
        "He scored 5 m from the goal.",
    })
    void notMoney(String text) {
        assertThat(find(text)).isEmpty();
    }

    @Test
    void sumsComeLeftToRight() {
        List<MoneyMention> found = find("Năm 2022 đạt 2,15 tỉ USD, năm 2023 đạt 1,57 tỉ USD, 9 tháng đạt gần 1,3 tỉ USD.");
        assertThat(found).extracting(m -> m.value().amount()).containsExactly(
                new BigDecimal("2150000000"), new BigDecimal("1570000000"), new BigDecimal("1300000000"));
        assertThat(found.get(2).value().qualifier()).isEqualTo(ABOUT);
    }

    @Test
    void amountIsPlainUnits() {
        MoneyAmount value = find("hơn 21 tỷ USD").get(0).value();
        assertThat(value.amount()).isEqualTo(new BigDecimal("21000000000"));
        assertThat(value.amount().scale()).isZero();
        assertThat(value.qualifier()).isEqualTo(MORE_THAN);
        assertThat(find("400 triệu USD").get(0).value().qualifier()).isEqualTo(EXACT);
    }

    @Test
    void aDotBeforeThreeDigitsIsADecimalPointBeforeAnEnglishScaleWord() {
        assertOne("a loan of up to 38.265 billion yen", "up to 38.265 billion yen", "38265000000", "JPY", EXACT);
        assertOne("viện trợ 1.060 tỷ đồng", "1.060 tỷ đồng", "1060000000000", "VND", EXACT);
        assertOne("grants of 500.000 euro", "500.000 euro", "500000", "EUR", EXACT);
    }
}
