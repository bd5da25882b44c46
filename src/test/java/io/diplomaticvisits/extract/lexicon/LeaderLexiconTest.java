package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.model.Rank;
import io.diplomaticvisits.extract.text.MatchText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LeaderLexiconTest {

    private static final LeaderLexicon LEXICON = LeaderLexicon.load();

    private static List<String> names(String text) {
        return LEXICON.find(MatchText.of(text)).stream().map(m -> m.value().name()).toList();
    }

    @Test
    void vietnameseLeaderIsFoundWithItsDiacritics() {
        assertThat(names("Hôm nay Tô Lâm tiếp khách")).containsExactly("Tô Lâm");
        assertThat(names("Phạm Minh Chính và Trần Thanh Mẫn")).containsExactly("Phạm Minh Chính", "Trần Thanh Mẫn");
    }

    @Test
    void leaderIsFoundWithoutDiacritics() {
        List<PhraseMatch<KnownPerson>> found = LEXICON.find(MatchText.of("Party chief To Lam met Nguyen Phu Trong"));
        assertThat(found).extracting(m -> m.value().name()).containsExactly("Tô Lâm", "Nguyễn Phú Trọng");
        assertThat(found.get(0).start()).isEqualTo(12);
        assertThat(found.get(0).end()).isEqualTo(18);
    }

    @Test
    void lowerCaseWordsAreNotALeader() {
        assertThat(names("they went to lam dong")).isEmpty();
        assertThat(names("Tô lâm")).isEmpty();
    }

    @Test
    void chineseLeaderKeepsSinoVietnameseNameAndPinyinAlias() {
        assertThat(names("Chủ tịch Tập Cận Bình")).containsExactly("Tập Cận Bình");
        assertThat(names("President Xi Jinping said")).containsExactly("Tập Cận Bình");
        KnownPerson wangYi = LEXICON.lookup("Wang Yi").orElseThrow();
        assertThat(wangYi.name()).isEqualTo("Vương Nghị");
        assertThat(wangYi.aliases()).contains("Wang Yi");
        assertThat(wangYi.country()).isEqualTo("CN");
        assertThat(LEXICON.lookup("Li Qiang").orElseThrow().name()).isEqualTo("Lý Cường");
        assertThat(LEXICON.lookup("Lý Khắc Cường").orElseThrow().aliases()).containsExactly("Li Keqiang");
    }

    @Test
    void lookupIgnoresDiacriticsCaseAndSpacing() {
        KnownPerson toLam = LEXICON.lookup("  to   LAM ").orElseThrow();
        assertThat(toLam.name()).isEqualTo("Tô Lâm");
        assertThat(toLam.country()).isEqualTo("VN");
        assertThat(toLam.title()).isEqualTo("General Secretary of the Communist Party of Vietnam");
        assertThat(toLam.rank()).isEqualTo(Rank.PARTY_LEADER);
        assertThat(LEXICON.lookup("Luong Cuong").orElseThrow().title()).isEqualTo("President");
        assertThat(LEXICON.lookup("Nguyen Chi Dzung").orElseThrow().name()).isEqualTo("Nguyễn Chí Dũng");
        assertThat(LEXICON.lookup("Joe Biden")).isEmpty();
    }

    @Test
    void everyListedLeaderHasCountryTitleAndRank() {
        for (String name : List.of("Nguyễn Phú Trọng", "Nguyễn Xuân Phúc", "Vương Đình Huệ", "Phạm Bình Minh",
                "Bùi Thanh Sơn", "Trương Thị Mai", "Hồ Cẩm Đào", "Ôn Gia Bảo", "Triệu Lạc Tế", "Vương Hộ Ninh")) {
            KnownPerson p = LEXICON.lookup(name).orElseThrow();
            assertThat(p.country()).isIn("VN", "CN");
            assertThat(p.title()).isNotBlank();
            assertThat(p.rank()).isNotNull();
        }
    }

    @Test
    void leaderAtAcceptsALowerCaseGivenNameAfterATitle() {
        MatchText text = MatchText.of("Tổng Bí thư Tô lâm và Phu nhân");
        assertThat(LEXICON.leaderAt(text, 12).value().name()).isEqualTo("Tô Lâm");
    }

    @Test
    void aShortFormOfFamilyAndLastGivenNameFindsTheOneLeaderOfTheTitlesRank() {
        assertThat(LEXICON.byShortForm("Nguyen Phuc", Rank.HEAD_OF_STATE)).map(KnownPerson::name)
                .contains("Nguyễn Xuân Phúc");
        assertThat(LEXICON.byShortForm("Nguyen Phuc", Rank.MINISTER)).isEmpty();
        assertThat(LEXICON.byShortForm("Nguyen Xuan Phuc", Rank.HEAD_OF_STATE)).isEmpty();
    }
}
