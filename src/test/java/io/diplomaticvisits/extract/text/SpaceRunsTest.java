package io.diplomaticvisits.extract.text;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SpaceRunsTest {

    @Test
    void squeezesAsTheRegexDoes() {
        char[] alphabet = {'a', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', 'ô', '\u2009'};
        Random random = new Random(11);
        for (int t = 0; t < 2000; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            assertThat(SpaceRuns.squeeze(s)).as(s).isEqualTo(s.replaceAll("\\s+", " "));
        }
    }
}
