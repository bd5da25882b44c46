package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.text.MatchText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseMatcherGluedTest {

    @Test
    void gluedJoinMatchesAPhraseSpaceOnlyWhenAskedFor() {
        MatchText text = MatchText.of("met DeputyPrime Minister Ivanov");
        PhraseMatcher<String> plain = PhraseMatcher.<String>builder()
                .add("deputy prime minister", "DPM").add("prime minister", "PM").build();
        PhraseMatcher<String> glued = PhraseMatcher.<String>builder().gluedJoinsAsSpaces()
                .add("deputy prime minister", "DPM").add("prime minister", "PM").build();
        assertThat(plain.findAll(text)).extracting(PhraseMatch::value).containsExactly("PM");
        assertThat(glued.findAll(text)).extracting(PhraseMatch::value).containsExactly("DPM");
        assertThat(glued.findAll(text).get(0).start()).isEqualTo(4);
    }

    @Test
    void lowerCaseRunIsNoGluedJoin() {
        PhraseMatcher<String> glued = PhraseMatcher.<String>builder().gluedJoinsAsSpaces().add("of vietnam", "VN").build();
        assertThat(glued.findAll(MatchText.of("Party ofVietnam"))).hasSize(1);
        assertThat(glued.findAll(MatchText.of("Party ofvietnam"))).isEmpty();
    }
}
