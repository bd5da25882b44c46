package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.text.MatchText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseMatcherTest {

    private final PhraseMatcher<String> matcher = PhraseMatcher.<String>builder()
            .add("thăm", "VISIT")
            .add("thăm chính thức", "OFFICIAL")
            .add("Áo", CasePolicy.CAPITALISED, "AT")
            .add("US", CasePolicy.EXACT, "US")
            .build();

    @Test
    void longestPhraseWinsAtAStart() {
        List<PhraseMatch<String>> found = matcher.findAll(MatchText.of("sẽ thăm   chính thức Áo"));
        assertThat(found).extracting(PhraseMatch::value).containsExactly("OFFICIAL", "AT");
        assertThat(found.get(0).start()).isEqualTo(3);
    }

    @Test
    void onlyWholeWordsMatch() {
        assertThat(matcher.findAll(MatchText.of("thămthẳm"))).isEmpty();
    }

    @Test
    void casePoliciesAreCheckedOnTheOriginal() {
        assertThat(matcher.findAll(MatchText.of("mặc áo, help us"))).isEmpty();
        assertThat(matcher.findAll(MatchText.of("Áo and the US"))).extracting(PhraseMatch::value)
                .containsExactly("AT", "US");
    }

    @Test
    void foldedMatcherIgnoresDiacritics() {
        PhraseMatcher<String> folded = PhraseMatcher.<String>foldedBuilder().add("Tô Lâm", "VN").build();
        assertThat(folded.findAll(MatchText.of("General Secretary To Lam said"))).hasSize(1);
    }
}
