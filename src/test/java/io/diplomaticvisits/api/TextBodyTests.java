package io.diplomaticvisits.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextBodyTests {

    @Test
    void articleWithLineBreaksAndTabsIsText() {
        String text = "Hà Nội, 25/7 –\tThủ tướng Phạm Minh Chính tiếp Đại sứ.\r\n\fOn July 25 the Prime Minister met...\u000B";

        assertThat(TextBody.requireArticle(text, "body")).isEqualTo(text);
    }

    @Test
    void aFewStrayControlCharactersInALongTextAreTolerated() {
        String text = "Prime Minister Pham Minh Chinh received the Ambassador of Japan in Hanoi. ".repeat(3) + "\u0007";

        assertThat(TextBody.requireArticle(text, "body")).isEqualTo(text);
    }

    @Test
    void nulCharacterMakesABinaryFile() {
        assertThatThrownBy(() -> TextBody.requireArticle("PK\u0003\u0004\u0000\u0000 Thủ tướng ".repeat(10), "body"))
                .isInstanceOf(HttpProblem.class).hasMessageContaining("binary");
    }

    @Test
    void manyControlCharactersMakeABinaryFile() {
        String text = "Thủ tướng tiếp Đại sứ " + "\u001B[1m".repeat(5);

        assertThatThrownBy(() -> TextBody.requireArticle(text, "body"))
                .isInstanceOf(HttpProblem.class).hasMessageContaining("control characters");
    }

    @Test
    void blankTextIsRefused() {
        assertThatThrownBy(() -> TextBody.requireArticle(" \n\u3000\u00A0\u202F\u200B", "text"))
                .isInstanceOf(HttpProblem.class).hasMessageContaining("text is empty");
    }

    @Test
    void decodingDropsAByteOrderMarkAndRefusesOtherEncodings() {
        byte[] withMark = "\uFEFFHà Nội".getBytes(StandardCharsets.UTF_8);

        assertThat(TextBody.decode(withMark)).isEqualTo("Hà Nội");
        assertThatThrownBy(() -> TextBody.decode("Hà Nội".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(HttpProblem.class).hasMessageContaining("offset 1");
    }

    @Test
    void bodyOverOneMebibyteIsTooLarge() {
        assertThatThrownBy(() -> TextBody.decode(new byte[(int) BodySizeLimit.MAX_BYTES + 1]))
                .isInstanceOf(HttpProblem.class)
                .satisfies(e -> assertThat(((HttpProblem) e).getStatusCode()).isEqualTo(413));
    }
}
