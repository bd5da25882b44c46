package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.mention.TitleMention;
import io.diplomaticvisits.extract.model.Rank;
import io.diplomaticvisits.extract.text.MatchText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TitleLexiconTest {

    private static final TitleLexicon LEXICON = TitleLexicon.load();

    private static List<TitleMention> titles(String text) {
        return LEXICON.find(MatchText.of(text));
    }

    private static TitleMention only(String text) {
        List<TitleMention> found = titles(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void vietnameseTopTitlesAreNormalisedWithTheirRank() {
        assertThat(only("Tổng Bí thư phát biểu").title()).isEqualTo("General Secretary");
        assertThat(only("Tổng Bí thư phát biểu").rank()).isEqualTo(Rank.PARTY_LEADER);
        assertThat(only("Chủ tịch nước dự lễ").title()).isEqualTo("President");
        assertThat(only("Chủ tịch nước dự lễ").rank()).isEqualTo(Rank.HEAD_OF_STATE);
        assertThat(only("ông là Tổng thống").rank()).isEqualTo(Rank.HEAD_OF_STATE);
        assertThat(only("Thủ tướng Chính phủ chủ trì").title()).isEqualTo("Prime Minister");
        assertThat(only("Thủ tướng Chính phủ chủ trì").rank()).isEqualTo(Rank.HEAD_OF_GOVERNMENT);
        assertThat(only("Chủ tịch Quốc hội tiếp").title()).isEqualTo("Chairman of the National Assembly");
        assertThat(only("Chủ tịch Quốc hội tiếp").rank()).isEqualTo(Rank.LEGISLATURE_HEAD);
        assertThat(only("Chủ tịch Thượng viện đến").title()).isEqualTo("President of the Senate");
        assertThat(only("Chủ tịch Hạ viện đến").title()).isEqualTo("Speaker of the House of Representatives");
    }

    @Test
    void longestTitleWinsOverItsPrefix() {
        assertThat(only("Phó Thủ tướng Thường trực dự họp").title()).isEqualTo("Permanent Deputy Prime Minister");
        assertThat(only("Phó Chủ tịch Thường trực Quốc hội tiếp").title())
                .isEqualTo("Permanent Vice Chairman of the National Assembly");
        assertThat(only("Thứ trưởng Thường trực Bộ Ngoại giao trả lời").title())
                .isEqualTo("Permanent Deputy Minister of Foreign Affairs");
        assertThat(only("Phó Thủ tướng dự họp").rank()).isEqualTo(Rank.DEPUTY_LEADER);
        assertThat(only("Phó Tổng thống dự họp").title()).isEqualTo("Vice President");
    }

    @Test
    void ministriesHaveTheirOwnMinisterTitles() {
        assertThat(only("Bộ trưởng Ngoại giao hai nước").title()).isEqualTo("Minister of Foreign Affairs");
        assertThat(only("Bộ trưởng Bộ Quốc phòng hai nước").title()).isEqualTo("Minister of Defence");
        assertThat(only("Bộ trưởng Công an cho biết").title()).isEqualTo("Minister of Public Security");
        assertThat(only("Bộ trưởng Tài chính cho biết").title()).isEqualTo("Minister of Finance");
        assertThat(only("Bộ trưởng Bộ Công Thương cho biết").title()).isEqualTo("Minister of Industry and Trade");
        assertThat(only("Ngoại trưởng hai nước").title()).isEqualTo("Minister of Foreign Affairs");
        assertThat(only("Bộ trưởng Tài chính cho biết").rank()).isEqualTo(Rank.MINISTER);
        assertThat(only("Thứ trưởng cho biết").title()).isEqualTo("Deputy Minister");
    }

    @Test
    void partyPostsAreTitles() {
        assertThat(only("là Ủy viên Bộ Chính trị").title()).isEqualTo("Member of the Political Bureau");
        assertThat(only("là Bí thư Trung ương Đảng").title()).isEqualTo("Secretary of the Party Central Committee");
        assertThat(only("là Ủy viên Ban Chấp hành Trung ương Đảng").title())
                .isEqualTo("Member of the Party Central Committee");
        assertThat(only("là Trưởng ban Đối ngoại Trung ương").title())
                .isEqualTo("Head of the Central Commission for External Relations");
        assertThat(only("là Trưởng Ban Tổ chức Trung ương").title()).isEqualTo("Head of the Central Organisation Commission");
        assertThat(only("là Thường trực Ban Bí thư").title()).isEqualTo("Standing Member of the Secretariat");
        assertThat(only("gặp Chủ tịch Đảng Nhân dân Campuchia").title())
                .isEqualTo("President of the Cambodian People's Party");
    }

    @Test
    void militaryRanksRoyalsAndEnvoysAreTitles() {
        assertThat(only("Đại tướng dẫn đầu").title()).isEqualTo("General");
        assertThat(only("Thượng tướng dẫn đầu").title()).isEqualTo("Colonel General");
        assertThat(only("Trung tướng dẫn đầu").title()).isEqualTo("Lieutenant General");
        assertThat(only("Quốc vương tiếp").title()).isEqualTo("King");
        assertThat(only("Nhà vua tiếp").title()).isEqualTo("King");
        assertThat(only("Nữ hoàng tiếp").title()).isEqualTo("Queen");
        assertThat(only("Thái tử tiếp").title()).isEqualTo("Crown Prince");
        assertThat(only("Công chúa tiếp").title()).isEqualTo("Princess");
        assertThat(only("Đại sứ trình quốc thư").rank()).isEqualTo(Rank.AMBASSADOR);
        assertThat(only("Cố vấn An ninh Quốc gia Mỹ").title()).isEqualTo("National Security Advisor");
        assertThat(only("Tổng Thư ký Liên hợp quốc phát biểu").title())
                .isEqualTo("Secretary-General of the United Nations");
    }

    @Test
    void englishTitlesAreNormalised() {
        assertThat(only("said Foreign Minister Wang").title()).isEqualTo("Minister of Foreign Affairs");
        assertThat(only("the National Assembly Chairwoman spoke").title()).isEqualTo("Chairman of the National Assembly");
        assertThat(only("the Chairman of the National Assembly spoke").title())
                .isEqualTo("Chairman of the National Assembly");
        assertThat(only("Party General Secretary To Lam").title()).isEqualTo("General Secretary");
        assertThat(only("General Secretary of the Communist Party of Vietnam Central Committee To Lam").title())
                .isEqualTo("General Secretary of the Communist Party of Vietnam");
        assertThat(only("U.S. Secretary of State Antony Blinken").title()).isEqualTo("Secretary of State");
        assertThat(only("Treasury Secretary Yellen").title()).isEqualTo("Secretary of the Treasury");
        assertThat(only("Secretary of the Security Council Ivanov").title()).isEqualTo("Secretary of the Security Council");
        assertThat(only("Politburo member Nguyen").title()).isEqualTo("Member of the Political Bureau");
        assertThat(only("German Chancellor Scholz").title()).isEqualTo("Chancellor");
        assertThat(only("Crown Prince Mohammed").title()).isEqualTo("Crown Prince");
    }

    @Test
    void gluedEnglishWordsStillMatchTheFullTitle() {
        TitleMention glued = only("met DeputyPrime Minister Ivanov");
        assertThat(glued.title()).isEqualTo("Deputy Prime Minister");
        assertThat(glued.start()).isEqualTo(4);
        assertThat(only("head of its Commission for ExternalRelations Le Hoai Trung").title())
                .isEqualTo("Head of the Central Commission for External Relations");
    }

    @Test
    void caseSensitiveEnglishTitlesNeedTheirCapital() {
        assertThat(titles("the king of pop")).isEmpty();
        assertThat(titles("a speaker at the forum")).isEmpty();
        assertThat(only("King Charles III").title()).isEqualTo("King");
    }

    @Test
    void titleIsQualifiedByTheCountryOfItsHolder() {
        assertThat(LEXICON.qualify("General Secretary", "VN"))
                .isEqualTo("General Secretary of the Communist Party of Vietnam");
        assertThat(LEXICON.qualify("General Secretary", "CN"))
                .isEqualTo("General Secretary of the Communist Party of China");
        assertThat(LEXICON.qualify("Prime Minister", "DE")).isEqualTo("Chancellor");
        assertThat(LEXICON.qualify("Minister of Finance", "US")).isEqualTo("Secretary of the Treasury");
        assertThat(LEXICON.qualify("Prime Minister", "JP")).isEqualTo("Prime Minister");
        assertThat(LEXICON.qualify("President", null)).isEqualTo("President");
    }

    @Test
    void vietnameseOnlyTitlesImplyVietnam() {
        MatchText text = MatchText.of("Chủ tịch nước dự lễ");
        assertThat(LEXICON.titleAt(text, 0).value().homeCountry()).isEqualTo("VN");
        assertThat(LEXICON.titleAt(MatchText.of("Tổng thống dự lễ"), 0).value().homeCountry()).isNull();
    }

    @Test
    void organisationWordsAreNotTitles() {
        assertThat(titles("Bộ Ngoại giao cho biết")).isEmpty();
        assertThat(titles("Đại hội XIII của Đảng")).isEmpty();
        assertThat(titles("Quốc hội thông qua luật")).isEmpty();
    }
}
