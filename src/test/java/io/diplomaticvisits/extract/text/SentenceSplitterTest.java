package io.diplomaticvisits.extract.text;

import io.diplomaticvisits.extract.model.Language;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String paragraph) {
        Paragraph p = new Paragraph(0, 0, paragraph.length(), Language.VI, false, -1);
        return splitter.split(paragraph, p).stream().map(s -> paragraph.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtFullStopsQuestionAndExclamationMarks() {
        assertThat(sentences("Hai bên hội đàm. Hai bên ký văn kiện! Ai chủ trì? Thủ tướng chủ trì."))
                .containsExactly("Hai bên hội đàm.", "Hai bên ký văn kiện!", "Ai chủ trì?", "Thủ tướng chủ trì.");
    }

    @Test
    void vietnameseCityAbbreviationsAndListEndingsDoNotSplit() {
        assertThat(sentences("Đoàn đến TP.HCM ngày 11/10/2011. Đoàn thăm TP. Hồ Chí Minh và Cần Thơ."))
                .containsExactly("Đoàn đến TP.HCM ngày 11/10/2011.", "Đoàn thăm TP. Hồ Chí Minh và Cần Thơ.");
        assertThat(sentences("Hợp tác kinh tế, văn hóa, giáo dục v.v. và nhiều lĩnh vực khác. Hai bên nhất trí."))
                .containsExactly("Hợp tác kinh tế, văn hóa, giáo dục v.v. và nhiều lĩnh vực khác.", "Hai bên nhất trí.");
        assertThat(sentences("Hai bên hợp tác về y tế, giáo dục v.v. Thủ tướng cảm ơn Đại sứ."))
                .containsExactly("Hai bên hợp tác về y tế, giáo dục v.v.", "Thủ tướng cảm ơn Đại sứ.");
    }

    @Test
    void numbersWithPointsDoNotSplit() {
        assertThat(sentences("GDP grew 8.3% in 2024. Exports rose 14.5 percent."))
                .containsExactly("GDP grew 8.3% in 2024.", "Exports rose 14.5 percent.");
        assertThat(sentences("Ngày 12.8, đoàn hội đàm với FTUB. Kim ngạch đạt 2,15 tỉ USD."))
                .containsExactly("Ngày 12.8, đoàn hội đàm với FTUB.", "Kim ngạch đạt 2,15 tỉ USD.");
    }

    @Test
    void englishAbbreviationsDoNotSplit() {
        assertThat(sentences("Mr. Sullivan met Dr. Koh on Sept. 10 at No. 5 St. James Street. They talked."))
                .containsExactly("Mr. Sullivan met Dr. Koh on Sept. 10 at No. 5 St. James Street.", "They talked.");
        assertThat(sentences("The U.S. Secretary of State flew to Washington, D.C. on Jan. 3 with a Ph.D. student."))
                .hasSize(1);
    }

    @Test
    void dottedAcronymEndsASentenceBeforeAUsualOpening() {
        assertThat(sentences("The deal was signed in the U.S. The two sides welcomed it."))
                .containsExactly("The deal was signed in the U.S.", "The two sides welcomed it.");
        assertThat(sentences("The summit was held in Washington, D.C. President Biden hosted it."))
                .containsExactly("The summit was held in Washington, D.C.", "President Biden hosted it.");
    }

    @Test
    void initialsDoNotSplit() {
        assertThat(sentences("President Joseph R. Biden, Jr. met J. Smith. Kassym-Jomart K. Tokayev joined them."))
                .containsExactly("President Joseph R. Biden, Jr. met J. Smith.", "Kassym-Jomart K. Tokayev joined them.");
    }

    @Test
    void apostrophesQuotesAndEllipsesAreHandled() {
        assertThat(sentences("Tan Sri Dato’ Johari dẫn đầu đoàn. Ông nói: “Chúng tôi rất vui.” Sau đó hai bên hội đàm."))
                .containsExactly("Tan Sri Dato’ Johari dẫn đầu đoàn.", "Ông nói: “Chúng tôi rất vui.”",
                        "Sau đó hai bên hội đàm.");
        assertThat(sentences("He said \"We agreed.\" Then they left... The end… no doubt."))
                .containsExactly("He said \"We agreed.\"", "Then they left...", "The end… no doubt.");
        assertThat(sentences("\"Tại sao?\" ông hỏi.")).containsExactly("\"Tại sao?\" ông hỏi.");
    }

    @Test
    void agencyTagAndClosingCreditStayInTheirSentence() {
        assertThat(sentences("Hanoi (VNA) – The Prime Minister met the Ambassador. The talks were warm. (VNA)"))
                .containsExactly("Hanoi (VNA) – The Prime Minister met the Ambassador.", "The talks were warm. (VNA)");
    }

    @Test
    void fullStopGluedToTheNextSentenceSplits() {
        assertThat(sentences("Hai bên ký kết ba văn kiện hợp tác.Sau lễ ký, hai bên họp báo."))
                .containsExactly("Hai bên ký kết ba văn kiện hợp tác.", "Sau lễ ký, hai bên họp báo.");
    }

    @Test
    void numberedListItemDoesNotSplitAfterItsNumber() {
        assertThat(sentences("1. Hai bên nhất trí tăng cường hợp tác.")).containsExactly("1. Hai bên nhất trí tăng cường hợp tác.");
    }

    @Test
    void wrappedLinesAreOneSentence() {
        assertThat(sentences("The delegation will visit\nHanoi on Saturday. It will meet\nleaders."))
                .containsExactly("The delegation will visit\nHanoi on Saturday.", "It will meet\nleaders.");
    }

    @Test
    void sentencesAreTrimmedAndOffsetsPointIntoTheText() {
        String text = "xx  Hai bên hội đàm.   Hai bên ký kết.  yy";
        Paragraph p = new Paragraph(3, 2, text.length() - 2, Language.VI, false, -1);

        List<Sentence> sentences = splitter.split(text, p);

        assertThat(sentences).containsExactly(new Sentence(0, 3, 4, 20), new Sentence(1, 3, 23, 38));
    }

    @Test
    void sentencesAreNumberedThroughTheDocument() {
        String text = "Câu một. Câu hai.\nCâu ba.";
        List<Paragraph> paragraphs = List.of(new Paragraph(0, 0, 17, Language.VI, false, -1),
                new Paragraph(1, 18, 25, Language.VI, false, -1));

        List<Sentence> sentences = splitter.split(text, paragraphs);

        assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2);
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
    }

    @Test
    void emptyAndPunctuationOnlyParagraphsAreSafe() {
        assertThat(sentences("")).isEmpty();
        assertThat(sentences("   ")).isEmpty();
        assertThat(sentences("...")).containsExactly("...");
        assertThat(sentences(". . . ! ? …")).isNotEmpty();
        List<Sentence> out = new ArrayList<>();
        splitter.splitInto("a. b", 0, 0, 0, out);
        assertThat(out).isEmpty();
    }
}
