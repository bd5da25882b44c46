package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.mention.PlaceKind;
import io.diplomaticvisits.extract.mention.PlaceMention;
import io.diplomaticvisits.extract.text.MatchText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceLexiconTest {

    private static final PlaceLexicon LEXICON = PlaceLexicon.load();

    /** The 193 member states of the United Nations. */
    private static final String UN_MEMBERS = "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN"
            + " BG BF BI CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI"
            + " FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS"
            + " LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG KP MK NO OM"
            + " PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD"
            + " SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW";

    private static List<PlaceMention> find(String text) {
        return LEXICON.find(MatchText.of(text));
    }

    private static PlaceMention only(String text) {
        List<PlaceMention> found = find(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void aLandmarkWhoseCapitalsDisagreeDoesNotHideTheCityInsideIt() {
        PlaceMention city = only("they met at the Government headquarters in Hanoi.");
        assertThat(city.city()).isEqualTo("Hanoi");
        assertThat(city.kind()).isEqualTo(PlaceKind.CAPITAL);
    }

    @Test
    void loadBuildsOnceAndSharesTheInstance() {
        assertThat(PlaceLexicon.load()).isSameAs(LEXICON);
    }

    @Test
    void everyUnMemberHasACapital() {
        Set<String> withCapital = new HashSet<>();
        for (TsvTable.Row row : TsvTable.load("places.tsv").rows()) {
            if (row.get("kind").equals("CAPITAL")) {
                withCapital.add(row.get("country"));
            }
        }
        assertThat(withCapital).containsAll(List.of(UN_MEMBERS.split(" ")));
    }

    @Test
    void mentionCarriesOffsetsEnglishCityCountryAndKind() {
        String text = "Hội đàm tại Thủ đô Hà Nội sáng nay.";
        PlaceMention m = only(text);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("Thủ đô Hà Nội");
        assertThat(m).isEqualTo(new PlaceMention(12, 25, "Hanoi", "VN", PlaceKind.CAPITAL));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hanoi|Hanoi|VN", "Ha Noi|Hanoi|VN", "Bắc Kinh|Beijing|CN", "Beijing|Beijing|CN",
            "Mát-xcơ-va|Moscow|RU", "Matxcơva|Moscow|RU", "Mátxcơva|Moscow|RU", "Moskva|Moscow|RU",
            "Oa-sinh-tơn|Washington|US", "Washington D.C.|Washington|US", "Washington, D.C.|Washington|US",
            "Tô-ky-ô|Tokyo|JP", "Tokyo|Tokyo|JP", "Xơ-un|Seoul|KR", "Seoul|Seoul|KR",
            "Phnôm Pênh|Phnom Penh|KH", "Phnom Penh|Phnom Penh|KH", "Viêng Chăn|Vientiane|LA",
            "Vientiane|Vientiane|LA", "Pa-ri|Paris|FR", "Luân Đôn|London|GB", "Béc-lin|Berlin|DE",
            "Canberra|Canberra|AU", "Kuala Lumpur|Kuala Lumpur|MY", "Nay Pyi Taw|Naypyidaw|MM",
            "Jakarta|Jakarta|ID", "Manila|Manila|PH", "Bangkok|Bangkok|TH", "Singapore|Singapore|SG",
            "New Delhi|New Delhi|IN", "Niu Đê-li|New Delhi|IN", "Astana|Astana|KZ", "Baku|Baku|AZ",
            "Minsk|Minsk|BY", "Tashkent|Tashkent|UZ", "Bogota|Bogotá|CO", "Brasilia|Brasília|BR",
            "Nuku'alofa|Nuku'alofa|TO", "Ouagadougou|Ouagadougou|BF"})
    void capitalsAreFoundInEveryListedSpelling(String name, String city, String country) {
        PlaceMention m = only("Đoàn đến " + name + " hôm qua.");
        assertThat(m.city()).isEqualTo(city);
        assertThat(m.countryCode()).isEqualTo(country);
        assertThat(m.kind()).isEqualTo(PlaceKind.CAPITAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TP.HCM|Ho Chi Minh City", "TP HCM|Ho Chi Minh City", "TP. Hồ Chí Minh|Ho Chi Minh City",
            "Thành phố Hồ Chí Minh|Ho Chi Minh City", "Ho Chi Minh City|Ho Chi Minh City",
            "HCM City|Ho Chi Minh City", "Đà Nẵng|Da Nang", "Da Nang|Da Nang", "Hải Phòng|Hai Phong",
            "Cần Thơ|Can Tho", "Huế|Hue", "Nha Trang|Nha Trang", "Hạ Long|Ha Long", "New York|New York",
            "Thượng Hải|Shanghai", "Nam Ninh|Nanning", "Quảng Châu|Guangzhou", "Vladivostok|Vladivostok",
            "St Petersburg|Saint Petersburg", "Osaka|Osaka", "Busan|Busan", "Sydney|Sydney", "Geneva|Geneva",
            "Giơ-ne-vơ|Geneva", "Dubai|Dubai", "Rio de Janeiro|Rio de Janeiro"})
    void citiesGiveTheirEnglishName(String name, String city) {
        PlaceMention m = only("Hội nghị ở " + name + ".");
        assertThat(m.city()).isEqualTo(city);
        assertThat(m.kind()).isEqualTo(PlaceKind.CITY);
    }

    @Test
    void regionsAreRegions() {
        PlaceMention m = only("Bí thư Khu ủy Quảng Tây");
        assertThat(m).extracting(PlaceMention::city, PlaceMention::countryCode, PlaceMention::kind)
                .containsExactly("Guangxi", "CN", PlaceKind.REGION);
        String text = "tại Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc";
        assertThat(text.substring(only(text).start(), only(text).end()))
                .isEqualTo("Khu tự trị dân tộc Choang Quảng Tây");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lễ đón tại Phủ Chủ tịch|Hanoi|VN",
            "hội đàm tại trụ sở Trung ương Đảng|Hanoi|VN",
            "tại Trụ sở Chính phủ|Hanoi|VN",
            "tại Nhà Quốc hội|Hanoi|VN",
            "tại Hội trường Diên Hồng|Hanoi|VN",
            "thăm Nhà sàn Bác Hồ|Hanoi|VN",
            "vào Lăng Chủ tịch Hồ Chí Minh|Hanoi|VN",
            "tại Cung Văn hóa Hữu nghị|Hanoi|VN",
            "tại Trụ sở Ban Đối ngoại Trung ương|Hanoi|VN",
            "tại Nhà Trắng|Washington|US",
            "at the White House|Washington|US",
            "on Capitol Hill|Washington|US",
            "tại Điện Elysee|Paris|FR",
            "at the Élysée Palace|Paris|FR",
            "at the Elysee Palace|Paris|FR",
            "tại Điện Kremlin|Moscow|RU",
            "tại Đại lễ đường Nhân dân|Beijing|CN",
            "at the Great Hall of the People|Beijing|CN",
            "tại Nhà khách Quốc gia Điếu Ngư Đài|Beijing|CN",
            "at the Kantei|Tokyo|JP",
            "tại Phủ Thủ tướng Nhật Bản|Tokyo|JP",
            "tại Nhà Xanh|Seoul|KR",
            "at Downing Street|London|GB",
            "tại Trụ sở Liên hợp quốc|New York|US",
            "tại Trụ sở Liên hợp quốc tại Geneva|Geneva|CH",
            "at UN Headquarters|New York|US",
            "tại Phủ Chủ tịch Lào|Vientiane|LA"})
    void landmarksStandInTheirCity(String text, String city, String country) {
        PlaceMention m = only(text);
        assertThat(m.kind()).isEqualTo(PlaceKind.LANDMARK);
        assertThat(m.city()).isEqualTo(city);
        assertThat(m.countryCode()).isEqualTo(country);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Chủ tịch Hồ Chí Minh",
            "tư tưởng Hồ Chí Minh",
            "Ông Vinh phát biểu",
            "Bà Thái Bình cho biết",
            "Việt Nam kinh nghiệm phát triển",
            "hòa bình và ổn định",
            "the capital and the city",
            "nhà trắng tinh"})
    void namesThatAreAlsoPeopleOrWordsAreNotPlaces(String text) {
        assertThat(find(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "thành phố Vinh|Vinh", "Vinh city|Vinh", "tỉnh Thái Bình|Thai Binh", "Thai Binh province|Thai Binh",
            "tỉnh Khánh Hòa|Khanh Hoa", "tỉnh Khánh Hoà|Khanh Hoa"})
    void aPrefixOrSuffixLetsANameLikeProvinceCount(String text, String city) {
        PlaceMention m = only(text);
        assertThat(m.city()).isEqualTo(city);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(text);
    }

    @Test
    void capitalEthReadsAsDStroke() {
        assertThat(only("Ðà Nẵng").city()).isEqualTo("Da Nang");
    }

    @Test
    void gluedWordsAreSeparated() {
        assertThat(only("arrived inHanoi today").city()).isEqualTo("Hanoi");
    }

    @Test
    void placesComeInTextOrderWithoutOverlap() {
        List<PlaceMention> found = find("Từ Hà Nội đến Bắc Kinh, rồi Thượng Hải và Nhà Trắng ở Washington.");
        assertThat(found).extracting(PlaceMention::city)
                .containsExactly("Hanoi", "Beijing", "Shanghai", "Washington", "Washington");
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
        }
    }
}
