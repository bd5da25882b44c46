package io.diplomaticvisits.extract.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormaliserTest {

    private final TextNormaliser normaliser = new TextNormaliser();

    @Test
    void alreadyComposedInputIsReturnedAsItIsWithoutAMap() {
        String raw = "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản.";

        NormalisedText result = normaliser.normalise(raw);

        assertThat(result.text()).isSameAs(raw);
        assertThat(result.toOriginal()).isNull();
        assertThat(result.originalOffset(7)).isEqualTo(7);
    }

    @Test
    void decomposedInputIsComposedAndOffsetsMapBackToTheInput() {
        String raw = "Tha\u0306m Vie\u0323\u0302t Nam";

        NormalisedText result = normaliser.normalise(raw);

        assertThat(result.text()).isEqualTo("Thăm Việt Nam");
        int viet = result.text().indexOf("Việt");
        assertThat(raw.substring(result.originalOffset(viet), result.originalOffset(viet + 4))).isEqualTo("Vie\u0323\u0302t");
        int nam = result.text().indexOf("Nam");
        assertThat(raw.substring(result.originalOffset(nam), result.originalOffset(nam + 3))).isEqualTo("Nam");
        assertThat(result.originalOffset(result.text().length())).isEqualTo(raw.length());
    }

    @Test
    void aWordHyphenatedAtALineEndIsWholeAgainAndOffsetsMapBack() {
        String raw = "Viet Nam now has Compre-\n   hensive Strategic Partnerships with New Zea-\r\nland and the Asia-\nPacific.";

        NormalisedText result = normaliser.normalise(raw);

        assertThat(result.text()).isEqualTo(
                "Viet Nam now has Comprehensive Strategic Partnerships with New Zealand and the Asia-\nPacific.");
        int land = result.text().indexOf("Zealand") + 3;
        assertThat(raw.substring(result.originalOffset(land), result.originalOffset(land + 4))).isEqualTo("land");
        int strategic = result.text().indexOf("Strategic");
        assertThat(raw.substring(result.originalOffset(strategic), result.originalOffset(strategic + 9)))
                .isEqualTo("Strategic");
        assertThat(result.originalOffset(result.text().length())).isEqualTo(raw.length());
    }

    @Test
    void aHyphenBeforeALineEndThatCutsNoWordStays() {
        String raw = "Thứ Sáu, 20/9/2024 -\nnội dung; quan hệ Việt-\nMỹ";

        assertThat(normaliser.normalise(raw).text()).isEqualTo(raw);
    }

    @Test
    void leadingByteOrderMarkIsDroppedAndOffsetsShift() {
        NormalisedText result = normaliser.normalise("\uFEFFHanoi talks");

        assertThat(result.text()).isEqualTo("Hanoi talks");
        assertThat(result.originalOffset(0)).isEqualTo(1);
        assertThat(result.originalOffset(6)).isEqualTo(7);
    }

    @Test
    void byteOrderMarkBeforeDecomposedTextIsDroppedToo() {
        NormalisedText result = normaliser.normalise("\uFEFFHo\u0302i đa\u0300m");

        assertThat(result.text()).isEqualTo("Hôi đàm");
        assertThat(result.originalOffset(0)).isEqualTo(1);
        assertThat(result.originalOffset(4)).isEqualTo(6);
    }

    @Test
    void controlCharactersBecomeSpacesAndLineBreaksAndTabsStay() {
        NormalisedText result = normaliser.normalise("a\u0000b\u0007c\n\td\r\ne\u007Ff\u0085g");

        assertThat(result.text()).isEqualTo("a b c\n\td\r\ne f g");
        assertThat(result.toOriginal()).isNull();
    }

    @Test
    void ethAndGluedWordsAreLeftForMatchTime() {
        String raw = "Ðại hội Ðảng, a visit ofVietnam";

        assertThat(normaliser.normalise(raw).text()).isEqualTo(raw);
    }

    @Test
    void conjoiningHangulJamoComposeIntoOneSyllable() {
        NormalisedText result = normaliser.normalise("x \u1100\u1161\u11A8 y");

        assertThat(result.text()).isEqualTo("x \uAC01 y");
        assertThat(result.originalOffset(4)).isEqualTo(6);
    }

    @Test
    void emptyAndNullInputGiveEmptyText() {
        assertThat(normaliser.normalise("").text()).isEmpty();
        assertThat(normaliser.normalise(null).text()).isEmpty();
    }

    @Test
    void randomDecomposedTextMatchesJavaNfcAndMapsMonotonically() {
        Random random = new Random(42);
        String alphabet = "aeiouyAEOdD \n.\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u0001\u212B\u0344";
        for (int round = 0; round < 300; round++) {
            StringBuilder raw = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = raw.toString();

            NormalisedText result = normaliser.normalise(input);

            String expected = Normalizer.normalize(input, Normalizer.Form.NFC).replace('\u0001', ' ');
            assertThat(result.text()).isEqualTo(expected);
            for (int i = 1; i <= result.text().length(); i++) {
                assertThat(result.originalOffset(i)).isGreaterThanOrEqualTo(result.originalOffset(i - 1));
            }
            assertThat(result.originalOffset(result.text().length())).isEqualTo(input.length());
        }
    }
}
