package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.text.MatchText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningsTest {

    @Test
    void startsWithAKeysFirstThreeCharsMayOpen() {
        Openings openings = new Openings(List.of("thăm", "hội đàm"), false);
        assertThat(openings.mayOpen(chars("sẽ thăm"), 3)).isTrue();
        assertThat(openings.mayOpen(chars("hội nghị"), 0)).isTrue();
        assertThat(openings.mayOpen(chars("họp"), 0)).isFalse();
        assertThat(openings.mayOpen(chars("sẽ thăm"), 0)).isFalse();
    }

    @Test
    void aRunOfSpacesReadsAsOne() {
        Openings openings = new Openings(List.of("a bc"), false);
        assertThat(openings.mayOpen(chars("a    bc"), 0)).isTrue();
        assertThat(openings.mayOpen(chars("a    x"), 0)).isFalse();
    }

    @Test
    void theEndOfTheTextIsLeftToTheTrie() {
        Openings openings = new Openings(List.of("abc"), false);
        assertThat(openings.mayOpen(chars("xa"), 1)).isTrue();
        assertThat(openings.mayOpen(chars("ab"), 0)).isTrue();
        assertThat(openings.mayOpen(chars("ab"), 2)).isTrue();
        assertThat(PhraseMatcher.<String>builder().add("abc", "X").build().longestAt(MatchText.of("ab"), 2)).isNull();
    }

    @Test
    void shortKeysOpenOnTheirOwnChars() {
        Openings openings = new Openings(List.of("$", "ab", "xyz"), false);
        assertThat(openings.mayOpen(chars("$5"), 0)).isTrue();
        assertThat(openings.mayOpen(chars("ab c"), 0)).isTrue();
        assertThat(openings.mayOpen(chars("x5 z"), 0)).isFalse();
    }

    @Test
    void aGluedJoinMayStandForTheSpace() {
        assertThat(new Openings(List.of("a bz"), false).mayOpen(chars("abz"), 0)).isFalse();
        assertThat(new Openings(List.of("a bz"), true).mayOpen(chars("abz"), 0)).isTrue();
        assertThat(new Openings(List.of("of vietnam"), true).mayOpen(chars("ofvietnam"), 0)).isTrue();
        assertThat(new Openings(List.of("a b c"), true).mayOpen(chars("abc"), 0)).isTrue();
        assertThat(new Openings(List.of("a b"), false).mayOpen(chars("a  b"), 0)).isTrue();
    }

    @Test
    void matcherFindsTheSameWithTheGate() {
        PhraseMatcher<String> glued = PhraseMatcher.<String>builder().gluedJoinsAsSpaces()
                .add("deputy prime minister", "DPM").add("of vietnam", "VN").add("$", "USD").build();
        assertThat(glued.findAll(MatchText.of("DeputyPrime Minister ofVietnam paid $ 5")))
                .extracting(PhraseMatch::value).containsExactly("DPM", "VN", "USD");
    }

    private static char[] chars(String s) {
        return s.toCharArray();
    }
}
