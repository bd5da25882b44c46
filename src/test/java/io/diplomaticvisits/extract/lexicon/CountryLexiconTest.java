package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.mention.CountryGroup;
import io.diplomaticvisits.extract.mention.CountryMention;
import io.diplomaticvisits.extract.text.MatchText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CountryLexiconTest {

    private static final CountryLexicon LEXICON = CountryLexicon.load();

    private static List<CountryMention> find(String text) {
        return LEXICON.find(MatchText.of(text));
    }

    private static List<String> codes(String text) {
        return find(text).stream().map(CountryMention::code).toList();
    }

    private static List<CountryGroup> groups(String text) {
        return LEXICON.findGroups(MatchText.of(text));
    }

    private static String covered(String text, CountryMention m) {
        return text.substring(m.start(), m.end());
    }

    @Test
    void loadBuildsOnceAndSharesTheInstance() {
        assertThat(CountryLexicon.load()).isSameAs(LEXICON);
    }

    @Test
    void namesComeFromCldrInBothLanguages() {
        assertThat(LEXICON.englishName("CZ")).isEqualTo("Czechia");
        assertThat(LEXICON.englishName("VN")).isEqualTo("Vietnam");
        assertThat(LEXICON.vietnameseName("KR")).isEqualTo("Hàn Quốc");
        assertThat(LEXICON.vietnameseName("DE")).isEqualTo("Đức");
        assertThat(LEXICON.vietnameseName("NO")).isEqualTo("Na Uy");
        assertThat(LEXICON.englishName("XX")).isNull();
    }

    @Test
    void everyIsoCodeIsKnownWithNamesInBothLanguages() {
        assertThat(LEXICON.codes()).containsExactlyInAnyOrder(Locale.getISOCountries());
        for (String code : LEXICON.codes()) {
            assertThat(LEXICON.isKnown(code)).isTrue();
            assertThat(LEXICON.englishName(code)).isNotBlank();
            assertThat(LEXICON.vietnameseName(code)).isNotBlank();
        }
        assertThat(LEXICON.isKnown("SU")).isFalse();
        assertThat(LEXICON.isKnown(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Đoàn sang thăm Na Uy và Phần Lan.|NO,FI",
            "Hợp tác với Bồ Đào Nha, Thổ Nhĩ Kỳ và Ai Cập.|PT,TR,EG",
            "Visits to Norway, Mozambique and Kazakhstan.|NO,MZ,KZ",
            "Quan hệ với Tây Ban Nha và Nam Phi|ES,ZA",
            "Đại sứ Myanmar và Đại sứ Bắc Macedonia|MM,MK"})
    void cldrNamesAreFoundInText(String text, String expected) {
        assertThat(codes(text)).containsExactly(expected.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tổng thống Mỹ thăm Hà Nội|US",
            "Bộ trưởng Ngoại giao Hoa Kỳ|US",
            "the United States and America|US,US",
            "US and U.S. and USA|US,US,US",
            "Tổng thống Liên bang Nga|RU",
            "Đại sứ LB Nga|RU",
            "Russia and the Russian Federation|RU,RU",
            "Hàn Quốc và Triều Tiên|KR,KP",
            "RoK, ROK, Republic of Korea, South Korea|KR,KR,KR,KR",
            "the DPRK|KP",
            "Thủ tướng Nhật Bản|JP",
            "Bộ trưởng Ngoại giao Séc và Cộng hòa Séc|CZ,CZ",
            "Czechia or the Czech Republic|CZ,CZ",
            "Chủ tịch nước Lào và Thủ tướng Campuchia|LA,KH",
            "Laos, Lao PDR and Cambodia|LA,LA,KH",
            "Vietnam, Viet Nam and Việt Nam|VN,VN,VN",
            "Australia, Úc và Ôxtrâylia|AU,AU,AU",
            "Ấn Độ và Ý|IN,IT",
            "Trung Hoa Dân Quốc và Trung Hoa|TW,CN",
            "UK and Britain|GB,GB",
            "Vương quốc Anh|GB",
            "the UAE and the United Arab Emirates|AE,AE",
            "Các Tiểu vương quốc Ả-rập Thống nhất|AE",
            "Mát-xcơ-va không phải là nước; Mô-dăm-bích thì là|MZ",
            "Thuỵ Sĩ và Thụy Sĩ|CH,CH",
            "Côte d’Ivoire and Cote d'Ivoire|CI,CI",
            "Türkiye, Turkiye and Turkey|TR,TR,TR",
            "Antigua and Barbuda, Saint Lucia, St Kitts & Nevis|AG,LC,KN"})
    void aliasesAndSpellingVariantsFindTheirCountry(String text, String expected) {
        assertThat(codes(text)).containsExactly(expected.split(","));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Chiếc áo này đẹp, ý kiến hay, séc du lịch.",
            "Let us know what you think.",
            "Ý kiến của đại biểu rất xác đáng.",
            "Áo dài là trang phục truyền thống.",
            "Pháp luật quy định rõ, Pháp lý chặt chẽ.",
            "Mỹ phẩm và mỹ thuật.",
            "Anh hùng Lao động, anh em, Anh ấy nói.",
            "Bộ Y tế và Bộ Lao động - Thương binh và Xã hội.",
            "Đức Giáo hoàng và Đức Phật.",
            "Thành phố Thủ Đức, tỉnh Lào Cai, huyện Mỹ Đức, Tòa Thánh Tây Ninh.",
            "Khu vực Nam Mỹ, Bắc Mỹ và Mỹ Latinh.",
            "Latin America and the Korean Peninsula; the South China Sea.",
            "Giỏi tiếng Anh, tiếng Nga, tiếng Việt và tiếng Pháp.",
            "các nước châu Mỹ và châu Úc",
            "Giá trị 100 US$ và US$200."})
    void ordinaryWordsAreNotCountries(String text) {
        assertThat(find(text)).isEmpty();
    }

    @Test
    void acronymsMatchOnlyAsWritten() {
        assertThat(codes("The US and the Us and us")).containsExactly("US");
        assertThat(codes("the uk, the UK")).containsExactly("GB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Việt", "Trung", "Triều", "Nhật", "Hàn", "Xô", "Thái", "Ấn", "Sino", "Viet"})
    void shortFormsNeverComeOutAlone(String shortForm) {
        assertThat(find("Ông " + shortForm + " nói rằng " + shortForm + " đã đến.")).isEmpty();
    }

    @Test
    void shortFormCountsAfterNuocAndNguoi() {
        String text = "Thủ tướng thăm nước Nhật; người Việt ở đây.";
        List<CountryMention> found = find(text);
        assertThat(found).extracting(CountryMention::code).containsExactly("JP", "VN");
        assertThat(covered(text, found.get(0))).isEqualTo("Nhật");
        assertThat(found.get(0).demonym()).isFalse();
        assertThat(found.get(1).demonym()).isTrue();
    }

    @Test
    void shortFormFollowedByACapitalisedWordIsPartOfALongerName() {
        assertThat(find("các nước Trung Á và Trung Đông")).isEmpty();
    }

    @Test
    void nameSyllablesAreMarkedAmbiguous() {
        assertThat(find("Đức, Anh, Nga và Mỹ")).allMatch(CountryMention::ambiguous).hasSize(4);
        assertThat(find("Phó Thủ tướng Hồ Đức Phớc").get(0).ambiguous()).isTrue();
        assertThat(find("Pháp, Lào, Nhật Bản và Hàn Quốc")).noneMatch(CountryMention::ambiguous).hasSize(4);
    }

    @Test
    void aPrefixSettlesAnAmbiguousName() {
        String text = "Liên bang Nga, nước Anh và Cộng hòa Liên bang Đức";
        List<CountryMention> found = find(text);
        assertThat(found).extracting(CountryMention::code).containsExactly("RU", "GB", "DE");
        assertThat(found).noneMatch(CountryMention::ambiguous);
        assertThat(covered(text, found.get(1))).isEqualTo("Anh");
        assertThat(covered(text, found.get(2))).isEqualTo("Cộng hòa Liên bang Đức");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Chính phủ nước Cộng hòa Pháp|Cộng hòa Pháp|FR",
            "Chính phủ nước Cộng hòa nhân dân Trung Hoa|Cộng hòa nhân dân Trung Hoa|CN",
            "Vương quốc Campuchia|Vương quốc Campuchia|KH",
            "the Republic of Chile|Republic of Chile|CL",
            "the Kingdom of Thailand|Kingdom of Thailand|TH",
            "the Socialist Republic of Viet Nam|Socialist Republic of Viet Nam|VN",
            "the Democratic People's Republic of Korea|Democratic People's Republic of Korea|KP",
            "the People's Republic of China|People's Republic of China|CN",
            "Lao People's Democratic Republic|Lao People's Democratic Republic|LA",
            "chuyến thăm cấp Nhà nước Kazakhstan|Kazakhstan|KZ"})
    void formalNamesAreOneMention(String text, String mention, String code) {
        List<CountryMention> found = find(text);
        assertThat(found).hasSize(1);
        assertThat(covered(text, found.get(0))).isEqualTo(mention);
        assertThat(found.get(0).code()).isEqualTo(code);
    }

    @Test
    void demonymsAreMarked() {
        List<CountryMention> found = find("Russian, Japanese, Lao and Cambodian officials met Vietnamese leaders.");
        assertThat(found).extracting(CountryMention::code).containsExactly("RU", "JP", "LA", "KH", "VN");
        assertThat(found).allMatch(CountryMention::demonym);
        assertThat(find("Russia").get(0).demonym()).isFalse();
    }

    @Test
    void mentionsAreInTextOrderWithoutOverlapAndLongestFirst() {
        String text = "Papua New Guinea, Guinea-Bissau, Guinea, South Sudan and Sudan";
        assertThat(codes(text)).containsExactly("PG", "GW", "GN", "SS", "SD");
        List<CountryMention> found = find(text);
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
        }
    }

    @Test
    void gluedWordsAreSeparated() {
        assertThat(codes("the Socialist Republic ofVietnam and theUS")).containsExactly("VN", "US");
    }

    @Test
    void capitalEthReadsAsDStroke() {
        String text = "Ðức và Ðan Mạch";
        assertThat(codes(text)).containsExactly("DE", "DK");
        assertThat(covered(text, find(text).get(0))).isEqualTo("Ðức");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "quan hệ Việt - Mỹ ngày càng tốt|Việt - Mỹ|VN,US",
            "quan hệ Việt - Trung|Việt - Trung|VN,CN",
            "hợp tác Việt Nam-Malaysia|Việt Nam-Malaysia|VN,MY",
            "Vietnam-Russia relations|Vietnam-Russia|VN,RU",
            "quan hệ Việt Nam – Indonesia|Việt Nam – Indonesia|VN,ID",
            "đàm phán Mỹ - Triều|Mỹ - Triều|US,KP",
            "Cuộc gặp Việt Nam - Lào - Campuchia ở Hà Nội|Việt Nam - Lào - Campuchia|VN,LA,KH",
            "Tuyên bố chung Việt Nam-Nhật Bản|Việt Nam-Nhật Bản|VN,JP",
            "the US-Vietnam partnership|US-Vietnam|US,VN",
            "Vietnam–US ties|Vietnam–US|VN,US",
            "the U.S.-Vietnam Comprehensive Strategic Partnership|U.S.-Vietnam|US,VN",
            "Hội hữu nghị Việt - Xô|Việt - Xô|VN,RU",
            "quan hệ Việt-Nhật|Việt-Nhật|VN,JP",
            "Nga - Việt Nam|Nga - Việt Nam|RU,VN"})
    void pairAndGroupFormsYieldEveryCountry(String text, String group, String expected) {
        List<CountryGroup> found = groups(text);
        assertThat(found).hasSize(1);
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(group);
        assertThat(found.get(0).codes()).containsExactly(expected.split(","));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hội chợ Trung Quốc - ASEAN",
            "Việt Nam và Mỹ",
            "Việt Nam, Lào",
            "Ảnh: Tuấn Anh - Đức Việt",
            "Ông Trần Văn Việt - Trung tâm Báo chí",
            "Mỹ - Trung Đông",
            "Việt Nam -- Mỹ"})
    void aGroupNeedsTwoCountriesJoinedByOneDash(String text) {
        assertThat(groups(text)).isEmpty();
    }

    @Test
    void separateGroupsInOneSentenceStaySeparate() {
        List<CountryGroup> found = groups("quan hệ Việt - Mỹ và Việt - Trung");
        assertThat(found).extracting(CountryGroup::codes)
                .containsExactly(List.of("VN", "US"), List.of("VN", "CN"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hoa ky|US", "Hoa Kỳ|US", "VIET NAM|VN", "Viet Nam|VN", "RoK|KR", "Russian|RU", "Cộng hòa Séc|CZ",
            "Cộng hòa Pháp|FR", "Republic of Chile|CL", "Ðức|DE", "thuy si|CH", "Mỹ|US", "Trung|CN"})
    void codeOfToleratesCaseAndDiacritics(String name, String code) {
        assertThat(LEXICON.codeOf(name)).contains(code);
    }

    @Test
    void codeOfUnknownNameIsEmpty() {
        assertThat(LEXICON.codeOf("Atlantis")).isEmpty();
        assertThat(LEXICON.codeOf(null)).isEmpty();
    }

    @Test
    void everyCodeInTheLexiconFilesIsAnIsoCode() {
        Set<String> iso = Set.of(Locale.getISOCountries());
        for (String file : List.of("country-aliases.tsv", "demonyms.tsv")) {
            for (TsvTable.Row row : TsvTable.load(file).rows()) {
                assertThat(iso).as(row.where()).contains(row.get("code"));
            }
        }
        for (TsvTable.Row row : TsvTable.load("places.tsv").rows()) {
            assertThat(iso).as(row.where()).contains(row.get("country"));
        }
    }
}
