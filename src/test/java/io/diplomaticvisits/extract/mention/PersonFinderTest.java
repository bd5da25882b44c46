package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.Rank;
import io.diplomaticvisits.extract.text.MatchText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonFinderTest {

    private static final PersonFinder FINDER = PersonFinder.load();

    /** The persons in {@code text}; {@code countries} pairs each country form with its code ("~" demonym, "?" ambiguous). */
    private static List<PersonMention> find(String text, String... countries) {
        return FINDER.find(MatchText.of(text), HandCountries.in(text, countries));
    }

    private static PersonMention only(String text, String... countries) {
        List<PersonMention> found = find(text, countries);
        assertThat(found).extracting(PersonMention::name).hasSize(1);
        return found.get(0);
    }

    private static List<String> names(String text, String... countries) {
        return find(text, countries).stream().map(PersonMention::name).toList();
    }

    // --- Vietnamese: title chain, body, country, honorifics, name

    @Test
    void titleCountryAndForeignName() {
        PersonMention p = only("Sáng nay, Tổng thống Brazil Luiz Inácio Lula da Silva tới Hà Nội.", "Brazil", "BR");
        assertThat(p.name()).isEqualTo("Luiz Inácio Lula da Silva");
        assertThat(p.country()).isEqualTo("BR");
        assertThat(p.titles()).containsExactly("President");
        assertThat(p.rank()).isEqualTo(Rank.HEAD_OF_STATE);
    }

    @Test
    void aNameWithNoTitleBeforeItTakesTheTitleOfACountryInApposition() {
        PersonMention p = only("Vladimir Putin, President of Russia, met with the press.", "Russia", "RU");
        assertThat(p.name()).isEqualTo("Vladimir Putin");
        assertThat(p.country()).isEqualTo("RU");
        assertThat(p.titles()).containsExactly("President");
        PersonMention fiala = only("Petr Fiala, the Czech Prime Minister, said so.", "~Czech", "CZ");
        assertThat(fiala.name()).isEqualTo("Petr Fiala");
        assertThat(fiala.country()).isEqualTo("CZ");
        assertThat(names("Trade Minister, Foreign Affairs, said nothing.")).isEmpty();
    }

    @Test
    void aNicknameInQuotesInsideANameIsLeftOutOfIt() {
        PersonMention p = only("Philippine Senate President Francis \"Chiz\" Escudero called on him.", "~Philippine", "PH");
        assertThat(p.name()).isEqualTo("Francis Escudero");
        assertThat(p.country()).isEqualTo("PH");
        assertThat(names("President Ferdinand “Bongbong” Marcos Jr. spoke.")).containsExactly("Ferdinand Marcos Jr.");
    }

    @Test
    void headsOfLegislaturesUnderTheirOwnNames() {
        PersonMention p = only("talks with President of the National People's Assembly (APN) of Algeria Ibrahim "
                + "Boughali", "Algeria", "DZ");
        assertThat(p.name()).isEqualTo("Ibrahim Boughali");
        assertThat(p.country()).isEqualTo("DZ");
        assertThat(p.titles()).containsExactly("President of the National People's Assembly");
        PersonMention kz = only("met Chairman of the Mazhilis Yerlan Koshanov.");
        assertThat(kz.country()).isEqualTo("KZ");
        assertThat(kz.titles()).containsExactly("Chairman of the Mazhilis");
    }

    @Test
    void spansCoverTitlesAndNameSeparately() {
        String text = "Tiếp Thủ tướng Singapore Lawrence Wong tại Phủ Chủ tịch.";
        PersonMention p = only(text, "Singapore", "SG");
        assertThat(text.substring(p.start(), p.end())).isEqualTo("Thủ tướng Singapore Lawrence Wong");
        assertThat(text.substring(p.nameStart(), p.nameEnd())).isEqualTo("Lawrence Wong");
    }

    @Test
    void seedPresidentOfMozambique() {
        PersonMention p = only("chuyến thăm chính thức Việt Nam của Tổng thống Mozambique Filipe Jacinto Nyusi",
                "Việt Nam", "VN", "Mozambique", "MZ");
        assertThat(p.name()).isEqualTo("Filipe Jacinto Nyusi");
        assertThat(p.country()).isEqualTo("MZ");
    }

    @Test
    void honorificsBetweenTitleAndNameBecomeAnAlias() {
        PersonMention p = only("Chủ tịch Hạ viện Malaysia Tan Sri Dato’ Johari Bin Abdul và Phu nhân thăm Việt Nam",
                "Malaysia", "MY", "Việt Nam", "VN");
        assertThat(p.name()).isEqualTo("Johari Bin Abdul");
        assertThat(p.aliases()).contains("Tan Sri Dato’ Johari Bin Abdul");
        assertThat(p.country()).isEqualTo("MY");
        assertThat(p.titles()).containsExactly("Speaker of the House of Representatives");
        assertThat(p.rank()).isEqualTo(Rank.LEGISLATURE_HEAD);
    }

    @Test
    void malayAndArabHonorificsAreDroppedFromTheName() {
        assertThat(only("Thủ tướng Malaysia Dato’ Seri Anwar Ibrahim phát biểu", "Malaysia", "MY").name())
                .isEqualTo("Anwar Ibrahim");
        PersonMention sheikh = only("Tổng thống UAE Sheikh Mohamed bin Zayed Al Nahyan đón đoàn", "UAE", "AE");
        assertThat(sheikh.name()).isEqualTo("Mohamed bin Zayed Al Nahyan");
        assertThat(sheikh.aliases()).contains("Sheikh Mohamed bin Zayed Al Nahyan");
    }

    @Test
    void twoTitlesJoinedByKiem() {
        PersonMention p = only("Gặp Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Cộng hòa Séc Petr Macinka, hai bên khẳng định",
                "Séc", "CZ");
        assertThat(p.name()).isEqualTo("Petr Macinka");
        assertThat(p.country()).isEqualTo("CZ");
        assertThat(p.titles()).containsExactly("Deputy Prime Minister", "Minister of Foreign Affairs");
        assertThat(p.rank()).isEqualTo(Rank.DEPUTY_LEADER);
    }

    @Test
    void governmentBodyAfterTitleIsSkipped() {
        PersonMention p = only("Thủ tướng Chính phủ Phạm Minh Chính chủ trì phiên họp.");
        assertThat(p.name()).isEqualTo("Phạm Minh Chính");
        assertThat(p.country()).isEqualTo("VN");
        assertThat(p.titles()).containsExactly("Prime Minister");
    }

    @Test
    void commaJoinedTitlesBelongToOnePerson() {
        PersonMention albanese = only("Lãnh đạo Công đảng, Thủ tướng Chính phủ Australia Anthony Albanese đang thăm Việt Nam.",
                "Australia", "AU", "Việt Nam", "VN");
        assertThat(albanese.name()).isEqualTo("Anthony Albanese");
        assertThat(albanese.titles()).containsExactly("Leader of the Labor Party", "Prime Minister");
        assertThat(albanese.country()).isEqualTo("AU");

        PersonMention lao = only("hội đàm với Tổng bí thư, Chủ tịch nước Lào Thongloun Sisoulith tại Viêng Chăn", "Lào", "LA");
        assertThat(lao.name()).isEqualTo("Thongloun Sisoulith");
        assertThat(lao.country()).isEqualTo("LA");
        assertThat(lao.titles()).hasSize(2).contains("President");
        assertThat(lao.rank()).isEqualTo(Rank.PARTY_LEADER);
    }

    @Test
    void ministryTitleIsNormalisedForTheHoldersCountry() {
        PersonMention p = only("Thủ tướng đã tiếp Bộ trưởng Tài chính Hoa Kỳ Janet Yellen để trao đổi", "Hoa Kỳ", "US");
        assertThat(p.name()).isEqualTo("Janet Yellen");
        assertThat(p.country()).isEqualTo("US");
        assertThat(p.titles()).containsExactly("Secretary of the Treasury");
        PersonMention chancellor = only("Thủ tướng Đức Friedrich Merz phát biểu", "?Đức", "DE");
        assertThat(chancellor.titles()).containsExactly("Chancellor");
        assertThat(chancellor.country()).isEqualTo("DE");
    }

    @Test
    void stateFormBeforeTheCountryNameIsSkipped() {
        PersonMention p = only("Nhận lời mời của Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam Trần Thanh Mẫn, đoàn sang thăm",
                "Việt Nam", "VN");
        assertThat(p.name()).isEqualTo("Trần Thanh Mẫn");
        assertThat(p.country()).isEqualTo("VN");
        assertThat(p.titles()).containsExactly("Chairman of the National Assembly");
    }

    @Test
    void militaryRankThenNameThenTitlesAfterCommas() {
        PersonMention p = only("Đoàn do Thượng tướng Trần Quang Phương, Ủy viên Ban Chấp hành Trung ương Đảng, "
                + "Phó Chủ tịch Quốc hội làm Trưởng đoàn đã tới Tehran.");
        assertThat(p.name()).isEqualTo("Trần Quang Phương");
        assertThat(p.country()).isEqualTo("VN");
        assertThat(p.titles()).containsExactly("Colonel General", "Member of the Party Central Committee",
                "Vice Chairman of the National Assembly");
    }

    @Test
    void nameFirstThenTitlesForBothSidesOfAMeeting() {
        String text = "Ngày 2/12, đồng chí Lê Hoài Trung, Bí thư Trung ương Đảng, Trưởng ban Đối ngoại Trung ương, "
                + "đã hội kiến đồng chí Vương Nghị, Ủy viên Bộ Chính trị, Bộ trưởng Ngoại giao Trung Quốc đang thăm Việt Nam.";
        List<PersonMention> found = find(text, "Trung Quốc", "CN", "Việt Nam", "VN");
        assertThat(found).extracting(PersonMention::name).containsExactly("Lê Hoài Trung", "Vương Nghị");
        assertThat(found.get(0).titles()).containsExactly("Secretary of the Party Central Committee",
                "Head of the Central Commission for External Relations");
        assertThat(found.get(0).country()).isEqualTo("VN");
        assertThat(found.get(1).titles()).containsExactly("Member of the Political Bureau", "Minister of Foreign Affairs");
        assertThat(found.get(1).country()).isEqualTo("CN");
        assertThat(found.get(1).aliases()).contains("Wang Yi");
    }

    @Test
    void titleOfTheNextPersonIsNotTakenAsApposition() {
        List<PersonMention> found = find("gặp Tổng thống Kenya William Ruto, Tổng thống Ghana John Mahama và Thủ tướng Ấn Độ Narendra Modi",
                "Kenya", "KE", "Ghana", "GH", "Ấn Độ", "IN");
        assertThat(found).extracting(PersonMention::name).containsExactly("William Ruto", "John Mahama", "Narendra Modi");
        assertThat(found).extracting(PersonMention::country).containsExactly("KE", "GH", "IN");
        assertThat(found.get(0).titles()).containsExactly("President");
    }

    @Test
    void bareTitleStartingTheNextClauseIsNotApposition() {
        PersonMention p = only("Tại cuộc gặp Tổng thống Pháp Emmanuel Macron, Thủ tướng cho biết Việt Nam coi trọng quan hệ.",
                "Pháp", "FR", "Việt Nam", "VN");
        assertThat(p.titles()).containsExactly("President");
    }

    @Test
    void embassyStaffAreAssignedTheirOwnCountryNotTheirPosting() {
        List<PersonMention> found = find("Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu và Đại sứ Nhật Bản tại Việt Nam Ito Naoki dự lễ.",
                "Việt Nam", "VN", "Nhật Bản", "JP");
        assertThat(found).extracting(PersonMention::name).containsExactly("Phạm Quang Hiệu", "Ito Naoki");
        assertThat(found).extracting(PersonMention::country).containsExactly("VN", "JP");
        assertThat(found.get(0).rank()).isEqualTo(Rank.AMBASSADOR);
    }

    @Test
    void vietnameseOnlyTitleWithoutCountryMeansVietnam() {
        PersonMention p = only("Phó Chủ tịch nước Nguyễn Thị Bình đã tiếp đoàn.");
        assertThat(p.country()).isEqualTo("VN");
        assertThat(p.titles()).containsExactly("Vice President");
    }

    @Test
    void foreignTitleWithoutCountryLeavesCountryUnknown() {
        PersonMention p = only("gặp Bộ trưởng Quốc phòng Aziz Nasirzadeh tại Tehran");
        assertThat(p.name()).isEqualTo("Aziz Nasirzadeh");
        assertThat(p.country()).isNull();
    }

    @Test
    void ambiguousCountryWordInsideAVietnameseNameStaysInTheName() {
        PersonMention p = only("Phó Thủ tướng Hồ Đức Phớc đã tới Nam Ninh.", "?Đức", "DE");
        assertThat(p.name()).isEqualTo("Hồ Đức Phớc");
        assertThat(p.country()).isEqualTo("VN");
    }

    @Test
    void provinceBetweenLocalTitleAndNameIsNotPartOfTheName() {
        List<PersonMention> found = find("Bí thư Tỉnh ủy Quảng Ninh Vũ Đại Thắng tiếp Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài.");
        assertThat(found).extracting(PersonMention::name).containsExactly("Vũ Đại Thắng", "Bùi Thị Minh Hoài");
    }

    @Test
    void placeOrBodyBeforeAVietnameseNameIsTrimmedByItsFamilyName() {
        PersonMention p = only("Chủ tịch UBND TP Cần Giờ Xanh Nguyễn Văn Được cho biết.");
        assertThat(p.name()).isEqualTo("Nguyễn Văn Được");
    }

    @Test
    void companyBeforeAVietnameseNameIsTrimmed() {
        assertThat(only("Chủ tịch Vingroup Phạm Nhật Vượng cho biết.").name()).isEqualTo("Phạm Nhật Vượng");
        assertThat(only("Tổng thống Hàn Quốc Lee Jae Myung phát biểu.", "Hàn Quốc", "KR").name()).isEqualTo("Lee Jae Myung");
    }

    @Test
    void particlesInsideForeignNames() {
        assertThat(only("Chủ tịch Ủy ban châu Âu Ursula von der Leyen phát biểu.").name()).isEqualTo("Ursula von der Leyen");
        assertThat(only("Tổng thống Iraq Abdul Latif Rashid tiếp đoàn", "Iraq", "IQ").name()).isEqualTo("Abdul Latif Rashid");
        assertThat(names("Tổng thống Mozambique Daniel Francisco Chapo và Đại sứ Ana dos Santos", "Mozambique", "MZ"))
                .containsExactly("Daniel Francisco Chapo", "Ana dos Santos");
    }

    @Test
    void vietnameseDoIsNotANameParticle() {
        List<PersonMention> found = find("chuyến thăm của Tổng thống Nga Vladimir Putin do Chủ tịch nước mời", "Nga", "RU");
        assertThat(found).extracting(PersonMention::name).containsExactly("Vladimir Putin");
    }

    // --- English

    @Test
    void englishTitleThenName() {
        PersonMention p = only("Deputy Prime Minister Dmitry Chernyshenko who is also co-chair of the commission");
        assertThat(p.name()).isEqualTo("Dmitry Chernyshenko");
        assertThat(p.titles()).containsExactly("Deputy Prime Minister");
    }

    @Test
    void gluedEnglishTitleStillReadsWhole() {
        PersonMention p = only("talks with DeputyPrime Minister Alexei Overchuk in Moscow");
        assertThat(p.titles()).containsExactly("Deputy Prime Minister");
        assertThat(p.name()).isEqualTo("Alexei Overchuk");
    }

    @Test
    void countryBeforeEnglishTitle() {
        PersonMention p = only("at an invitation of RoK President Lee Jae Myung.", "RoK", "KR");
        assertThat(p.name()).isEqualTo("Lee Jae Myung");
        assertThat(p.country()).isEqualTo("KR");
        PersonMention us = only("U.S. Secretary of State Antony Blinken arrived", "U.S.", "US");
        assertThat(us.name()).isEqualTo("Antony Blinken");
        assertThat(us.country()).isEqualTo("US");
        assertThat(us.titles()).containsExactly("Secretary of State");
    }

    @Test
    void demonymBeforeTitleGivesTheCountryAndPostingIsSkipped() {
        PersonMention p = only("Vietnamese Ambassador to Thailand Pham Viet Hung praised the initiative.",
                "~Vietnamese", "VN", "Thailand", "TH");
        assertThat(p.name()).isEqualTo("Pham Viet Hung");
        assertThat(p.country()).isEqualTo("VN");
        assertThat(p.rank()).isEqualTo(Rank.AMBASSADOR);
    }

    @Test
    void possessiveIsDroppedAndKnownLeaderGetsVietnameseSpelling() {
        PersonMention p = only("President Luong Cuong's activities during his state visit to Angola", "Angola", "AO");
        assertThat(p.name()).isEqualTo("Lương Cường");
        assertThat(p.aliases()).containsExactly("Luong Cuong");
        assertThat(p.country()).isEqualTo("VN");
        assertThat(p.titles()).containsExactly("President");
    }

    @Test
    void generalSecretaryOfVietnamIsQualified() {
        PersonMention p = only("General Secretary of the Communist Party of Vietnam Central Committee To Lam and his spouse departed",
                "Vietnam", "VN");
        assertThat(p.name()).isEqualTo("Tô Lâm");
        assertThat(p.aliases()).contains("To Lam");
        assertThat(p.titles()).containsExactly("General Secretary of the Communist Party of Vietnam");
        PersonMention party = only("Party General Secretary To Lam called on the police force");
        assertThat(party.titles()).containsExactly("General Secretary of the Communist Party of Vietnam");
    }

    @Test
    void nationalAssemblyChairman() {
        PersonMention p = only("National Assembly Chairman Tran Thanh Man called on Japanese investors", "~Japanese", "JP");
        assertThat(p.name()).isEqualTo("Trần Thanh Mẫn");
        assertThat(p.country()).isEqualTo("VN");
        assertThat(p.titles()).containsExactly("Chairman of the National Assembly");
    }

    @Test
    void securityCouncilSecretary() {
        PersonMention p = only("meetings with Secretary of the Security Council Sergei Shoigu, and leaders of parties in Russia",
                "Russia", "RU");
        assertThat(p.name()).isEqualTo("Sergei Shoigu");
        assertThat(p.titles()).containsExactly("Secretary of the Security Council");
    }

    @Test
    void englishTitleWithParenthesisBodyAndJoiner() {
        PersonMention p = only("Secretary of the Communist Party of Vietnam (CPV) Central Committee and head of its "
                + "Commission for External Relations Le Hoai Trung led a delegation to Russia.", "Vietnam", "VN", "Russia", "RU");
        assertThat(p.name()).isEqualTo("Lê Hoài Trung");
        assertThat(p.titles()).containsExactly("Secretary of the Party Central Committee",
                "Head of the Central Commission for External Relations");
    }

    @Test
    void countryAfterNameWithOf() {
        List<PersonMention> found = find("President Franklin D. Mercer, Jr. and Prime Minister Pham Minh Chinh of Vietnam spoke by phone.",
                "Vietnam", "VN");
        assertThat(found).extracting(PersonMention::name).containsExactly("Franklin D. Mercer, Jr.", "Phạm Minh Chính");
        assertThat(found.get(1).country()).isEqualTo("VN");
        PersonMention ofThe = only("President of the United States Barack Obama spoke.", "United States", "US");
        assertThat(ofThe.country()).isEqualTo("US");
        assertThat(ofThe.name()).isEqualTo("Barack Obama");
    }

    @Test
    void nameEndsBeforeAnd() {
        PersonMention p = only("Prime Minister Pham Minh Chinh and his spouse attended the ceremony.");
        assertThat(p.name()).isEqualTo("Phạm Minh Chính");
        assertThat(p.end()).isEqualTo("Prime Minister Pham Minh Chinh".length());
    }

    @Test
    void englishApposition() {
        PersonMention p = only("The Honorable Gina Raimondo, U.S. Secretary of Commerce, will lead the delegation.", "U.S.", "US");
        assertThat(p.name()).isEqualTo("Gina Raimondo");
        assertThat(p.country()).isEqualTo("US");
        assertThat(p.titles()).containsExactly("Secretary of Commerce");
        assertThat(p.aliases()).isEmpty();
    }

    @Test
    void initialsAndSuffixStayInTheName() {
        assertThat(only("President George W. Bush visited Hanoi in 2006.").name()).isEqualTo("George W. Bush");
        assertThat(only("Ambassador Marc E. Knapper Jr. spoke.").name()).isEqualTo("Marc E. Knapper Jr.");
    }

    // --- Known leaders, short references

    @Test
    void knownLeaderWithoutTitle() {
        PersonMention p = only("Sinh thời, ông Nguyễn Phú Trọng luôn nhấn mạnh");
        assertThat(p.name()).isEqualTo("Nguyễn Phú Trọng");
        assertThat(p.country()).isEqualTo("VN");
        assertThat(p.titles()).containsExactly("General Secretary of the Communist Party of Vietnam");
        PersonMention english = only("To Lam met business leaders in New York.");
        assertThat(english.name()).isEqualTo("Tô Lâm");
        assertThat(english.aliases()).containsExactly("To Lam");
    }

    @Test
    void knownLeaderNameFirstThenApposition() {
        PersonMention p = only("Phạm Minh Chính, Thủ tướng Chính phủ, chủ trì hội nghị.");
        assertThat(p.name()).isEqualTo("Phạm Minh Chính");
        assertThat(p.titles()).containsExactly("Prime Minister");
    }

    @Test
    void chineseLeaderIsNamedInSinoVietnamese() {
        PersonMention p = only("President Xi Jinping met the delegation.");
        assertThat(p.name()).isEqualTo("Tập Cận Bình");
        assertThat(p.aliases()).contains("Xi Jinping");
        assertThat(p.country()).isEqualTo("CN");
        PersonMention vi = only("Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình phát biểu", "Trung Quốc", "CN");
        assertThat(vi.titles()).containsExactly("General Secretary of the Communist Party of China", "President");
        assertThat(vi.country()).isEqualTo("CN");
    }

    @Test
    void shortReferenceResolvesToTheFullNameSeenBefore() {
        List<PersonMention> found = find("Tổng thống Nga Vladimir Putin thăm Việt Nam. Ông Putin nói hai nước là bạn. "
                + "Trong cuộc gặp, ông Tập Cận Bình nhấn mạnh. Ông Tập cũng cho biết.", "Nga", "RU", "Việt Nam", "VN");
        assertThat(found).extracting(PersonMention::name)
                .containsExactly("Vladimir Putin", "Vladimir Putin", "Tập Cận Bình", "Tập Cận Bình");
        assertThat(found.get(1).aliases()).contains("Putin");
        assertThat(found.get(1).country()).isEqualTo("RU");
        assertThat(found.get(3).aliases()).contains("Tập");
    }

    @Test
    void shortReferenceResolvesAcrossCallsThroughEarlierPersons() {
        List<PersonMention> earlier = find("President Luong Cuong arrived in Luanda.");
        List<PersonMention> later = FINDER.find(MatchText.of("President Cuong and his host held talks."), List.of(), earlier);
        assertThat(later).extracting(PersonMention::name).containsExactly("Lương Cường");
        assertThat(later.get(0).country()).isEqualTo("VN");

        List<PersonMention> trump = FINDER.find(MatchText.of("Tổng thống Trump phát biểu."), List.of(),
                find("Tổng thống Mỹ Donald Trump tới Hà Nội.", "Mỹ", "US"));
        assertThat(trump).extracting(PersonMention::name).containsExactly("Donald Trump");
        assertThat(trump.get(0).country()).isEqualTo("US");
    }

    @Test
    void unresolvedShortForeignNameAfterATitleIsKeptAsWritten() {
        PersonMention p = only("Tổng thống Trump phát biểu tại hội nghị.");
        assertThat(p.name()).isEqualTo("Trump");
        assertThat(p.titles()).containsExactly("President");
    }

    @Test
    void ambiguousShortReferenceIsNotResolved() {
        List<PersonMention> earlier = find("Thủ tướng Campuchia Hun Manet và Chủ tịch Thượng viện Hun Sen dự lễ.", "Campuchia", "KH");
        assertThat(earlier).extracting(PersonMention::name).containsExactly("Hun Manet", "Hun Sen");
        List<PersonMention> later = FINDER.find(MatchText.of("Ông Hun cho biết."), List.of(), earlier);
        assertThat(later).isEmpty();
    }

    // --- Negatives

    @Test
    void titleWithoutANameIsNoPerson() {
        assertThat(find("Thủ tướng đề nghị các cấp, các ngành khẩn trương triển khai.")).isEmpty();
        assertThat(find("The President said the two sides agreed.")).isEmpty();
        assertThat(find("Tổng thống Mỹ cho biết sẽ sớm thăm.", "Mỹ", "US")).isEmpty();
    }

    @Test
    void organisationsAndEventsAreNoPersons() {
        assertThat(find("Bộ Ngoại giao cho biết Đại hội XIII của Đảng đã thành công.")).isEmpty();
        assertThat(find("Chủ tịch Hội đồng quản trị cho biết.")).isEmpty();
        assertThat(find("Thủ tướng Chính phủ ban hành Quyết định số 15.")).isEmpty();
        assertThat(find("Chủ tịch Ủy ban nhân dân tỉnh đã ký.")).isEmpty();
    }

    @Test
    void countriesAndPlacesAreNoNames() {
        assertThat(find("Thủ tướng Campuchia tiếp đoàn.", "Campuchia", "KH")).isEmpty();
        assertThat(find("Bí thư Thành ủy Hà Nội cho biết.")).isEmpty();
        assertThat(find("ông bà ta, bà Rịa, ông Hà Nội")).isEmpty();
        assertThat(find("President of Vietnam and Laos", "Vietnam", "VN", "Laos", "LA")).isEmpty();
    }

    @Test
    void monthsAndMastheadsEndAName() {
        PersonMention p = only("Prime Minister Narendra Modi September 2024");
        assertThat(p.name()).isEqualTo("Narendra Modi");
        assertThat(find("Chủ tịch TTXVN")).isEmpty();
    }

    @Test
    void truncatedHeadlineNameIsDropped() {
        assertThat(find("Tướng Trung Quốc ký kết gì với tướng Phan Văn ...")).isEmpty();
    }

    @Test
    void findIsSafeToShareBetweenThreads() throws Exception {
        String text = "Tổng Bí thư Tô Lâm hội đàm với Tổng thống Mỹ Joe Biden. Ông Biden cảm ơn.";
        List<CountryMention> countries = HandCountries.in(text, "Mỹ", "US");
        List<PersonMention> expected = FINDER.find(MatchText.of(text), countries);
        List<Thread> threads = new java.util.ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    if (!FINDER.find(MatchText.of(text), countries).equals(expected)) {
                        errors.add(new AssertionError("differs"));
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(errors).isEmpty();
        assertThat(expected).extracting(PersonMention::name).containsExactly("Tô Lâm", "Joe Biden", "Joe Biden");
    }

    @Test
    void aFamilyNameInCapitalsBeforeTheGivenNameIsWrittenAsAName() {
        PersonMention p = only("On May 23, Mr. KISHIDA Fumio, Prime Minister of Japan, received a courtesy call.",
                "Japan", "JP");
        assertThat(p.name()).isEqualTo("Kishida Fumio");
        assertThat(p.country()).isEqualTo("JP");
        assertThat(p.titles()).containsExactly("Prime Minister");
        assertThat(names("The ASEAN Secretariat and NATO met in Brussels.")).isEmpty();
    }

    @Test
    void aNameInAppositionAfterTheTitleIsThePersonsName() {
        PersonMention p = only("He paid a courtesy call on the Minister of Industry and Trade, Nguyen Hong Dien.");
        assertThat(p.name()).isEqualTo("Nguyen Hong Dien");
        assertThat(p.titles()).containsExactly("Minister of Industry and Trade");
        assertThat(names("He called the Minister of Industry and Trade, who was in Hanoi.")).isEmpty();
    }

    @Test
    void portfoliosListedAfterACommaBelongToTheMinistersTitle() {
        PersonMention p = only("The Minister for Foreign Affairs, European Union and Cooperation, José Manuel Albares, "
                + "arrived on Sunday.");
        assertThat(p.name()).isEqualTo("José Manuel Albares");
        assertThat(p.titles()).containsExactly("Minister of Foreign Affairs");
        assertThat(only("Minister of Foreign Affairs, Foreign Employment and Tourism Vijitha Herath spoke.").name())
                .isEqualTo("Vijitha Herath");
    }

    @Test
    void aPeoplesCommitteeOfACityBelongsToTheTitleNotTheName() {
        assertThat(names("He will meet the Chairman of the Ho Chi Minh City People's Committee, Phan Van Mai, "
                + "tomorrow.")).containsExactly("Phan Van Mai");
        assertThat(names("He met the Chairman of the Hanoi People's Committee Tran Sy Thanh.")).containsExactly(
                "Tran Sy Thanh");
    }

    @Test
    void wordsInCapitalsAreKeptWhenTheWholeNameIsInCapitals() {
        assertThat(PersonFinder.inUsualCase("IWAYA Takeshi")).isEqualTo("Iwaya Takeshi");
        assertThat(PersonFinder.inUsualCase("KIM JONG UN")).isEqualTo("KIM JONG UN");
        assertThat(PersonFinder.inUsualCase("Emmanuel Macron")).isEqualTo("Emmanuel Macron");
        assertThat(PersonFinder.inUsualCase("Felipe VI")).isEqualTo("Felipe VI");
    }

    @Test
    void titlesOfAForeignPartyGiveThatPartysCountry() {
        List<PersonMention> found = find("Tổng Bí thư Tô Lâm tiếp đồng chí Roberto Morales Ojeda, Ủy viên Bộ Chính trị, "
                + "Trưởng Ban Tổ chức Đảng Cộng sản Cuba.", "Cuba", "CU");
        assertThat(found).filteredOn(p -> p.name().equals("Roberto Morales Ojeda")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("CU"));
        List<PersonMention> other = find("National Security Advisor Jake Sullivan met with the Chairman of the "
                + "Communist Party of Vietnam's Central External Relations Commission.", "Vietnam", "VN");
        assertThat(other).filteredOn(p -> p.name().equals("Jake Sullivan")).singleElement()
                .satisfies(p -> assertThat(p.country()).isNull());
    }

    @Test
    void aMinistryWithTwoPortfoliosJoinedByVaIsOneTitle() {
        PersonMention p = only("Thủ tướng tiếp Bộ trưởng Ngoại giao và Kinh tế đối ngoại Hungary Péter Szijjártó.",
                "Hungary", "HU");
        assertThat(p.name()).isEqualTo("Péter Szijjártó");
        assertThat(p.country()).isEqualTo("HU");
        assertThat(names("Bộ trưởng Ngoại giao Lào Thongsavanh Phomvihane và Bộ trưởng Quốc phòng Lào Chansamone "
                + "Chanyalath cùng dự.", "Lào", "LA")).containsExactly("Thongsavanh Phomvihane", "Chansamone Chanyalath");
    }

    @Test
    void aRegnalNumberIsPartOfTheName() {
        assertThat(names("He presented his credentials to King Felipe VI of Spain.")).containsExactly("Felipe VI");
        assertThat(names("King Harald V received him.")).containsExactly("Harald V");
    }

    @Test
    void portfoliosAfterMinisterOfAreOneTitle() {
        assertThat(names("On Tuesday he met Minister of Infrastructure and Water Management Barry Madlener in The "
                + "Hague.")).containsExactly("Barry Madlener");
        assertThat(names("She met the Minister of Culture, Sport and Tourism Yu In-chon.")).containsExactly(
                "Yu In-chon");
    }

    @Test
    void vietnamesePortfoliosListedAfterACommaUpToTheCountryAreOneTitle() {
        PersonMention p = only("Hai bên hội đàm trực tuyến với Bộ trưởng Ngoại giao, Các vấn đề châu Âu và Ngoại thương "
                + "Bỉ Hadja Lahbib.", "Bỉ", "BE");
        assertThat(p.name()).isEqualTo("Hadja Lahbib");
        assertThat(p.country()).isEqualTo("BE");
        assertThat(p.titles()).containsExactly("Minister of Foreign Affairs");
    }

    @Test
    void aNameBeforeApostropheSAndATripIsTheTraveller() {
        assertThat(names("It follows Jean Chrétien's trip to Hanoi in November 1997 and Stephen Harper's visit "
                + "for the APEC Leaders' Meeting.")).containsExactly("Jean Chrétien", "Stephen Harper");
        assertThat(names("Vietnam's state visit and the New Zealand Herald's report.", "Vietnam", "VN")).isEmpty();
    }

    @Test
    void anEnglishMinistryWithASecondPortfolioAfterAndIsOneTitle() {
        PersonMention p = only("The Hungarian Minister of Foreign Affairs and Trade Peter Szijjarto arrived.",
                "~Hungarian", "HU");
        assertThat(p.name()).isEqualTo("Peter Szijjarto");
        assertThat(p.country()).isEqualTo("HU");
        assertThat(names("Thai Minister of Agriculture and Cooperatives Narumon Pinyosinwat arrived.", "~Thai", "TH"))
                .containsExactly("Narumon Pinyosinwat");
    }
}
