package io.diplomaticvisits.extract.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningPairsTest {

    @Test
    void startsWithAKeysFirstTwoCharsMayOpen() {
        OpeningPairs pairs = new OpeningPairs(List.of("thăm", "hội đàm"), false);
        assertThat(pairs.mayOpen("sẽ thăm", 3)).isTrue();
        assertThat(pairs.mayOpen("ho", 0)).isTrue();
        assertThat(pairs.mayOpen("sẽ thăm", 0)).isFalse();
    }

    @Test
    void theLastCharIsLeftToTheTrie() {
        assertThat(new OpeningPairs(List.of("ab"), false).mayOpen("xa", 1)).isTrue();
    }

    @Test
    void oneCharKeysOpenBeforeAnything() {
        OpeningPairs pairs = new OpeningPairs(List.of("$", "ab"), false);
        assertThat(pairs.mayOpen("$5", 0)).isTrue();
        assertThat(pairs.mayOpen("x5", 0)).isFalse();
    }

    @Test
    void aGluedJoinMayStandForTheSpace() {
        assertThat(new OpeningPairs(List.of("a b"), false).mayOpen("ab", 0)).isFalse();
        assertThat(new OpeningPairs(List.of("a b"), true).mayOpen("ab", 0)).isTrue();
        assertThat(new OpeningPairs(List.of("a b"), false).mayOpen("a  b", 0)).isTrue();
    }

    @Test
    void matcherFindsTheSameWithTheGate() {
        PhraseMatcher<String> glued = PhraseMatcher.<String>builder().gluedJoinsAsSpaces()
                .add("deputy prime minister", "DPM").add("$", "USD").build();
        assertThat(glued.findAll(io.diplomaticvisits.extract.text.MatchText.of("DeputyPrime Minister paid $5")))
                .extracting(PhraseMatch::value).containsExactly("DPM", "USD");
    }
}
