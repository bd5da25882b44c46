package io.diplomaticvisits.extract.mention;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HeadLinesTest {

    @Test
    void cutsTheSameLinesAsTheSplitRegex() {
        List<String> texts = new ArrayList<>(List.of("", "a", "a\n", "\n", "\r\n", "\r", "\n\r", "a\r\nb\rc\nd",
                "\r\r\n\n", "x\r"));
        Random random = new Random(5);
        char[] alphabet = {'a', ' ', '\n', '\r', '-'};
        for (int t = 0; t < 500; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(b.toString());
        }
        for (String text : texts) {
            assertThat(all(new HeadLines(text))).as(text).containsExactly(text.split("\r?\n|\r", -1));
        }
    }

    @Test
    void answersBeyondTheLastLine() {
        HeadLines lines = new HeadLines("a\nb");
        assertThat(lines.has(5)).isFalse();
        assertThat(lines.has(1)).isTrue();
        assertThat(lines.get(1)).isEqualTo("b");
    }

    private static List<String> all(HeadLines lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; lines.has(i); i++) {
            out.add(lines.get(i));
        }
        return out;
    }
}
