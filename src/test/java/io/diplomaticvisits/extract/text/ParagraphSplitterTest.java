package io.diplomaticvisits.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphSplitterTest {

    private final ParagraphSplitter splitter = new ParagraphSplitter();

    private List<String> paragraphs(String text) {
        return splitter.split(text).stream().map(p -> text.substring(p.start(), p.end())).toList();
    }

    @Test
    void eachLineIsAParagraphAndBlankLinesSeparate() {
        String text = "Hai bên hội đàm tại Hà Nội.\nHai bên ký ba văn kiện.\n\n\n   \nThe talks ended.";

        assertThat(paragraphs(text)).containsExactly(
                "Hai bên hội đàm tại Hà Nội.", "Hai bên ký ba văn kiện.", "The talks ended.");
    }

    @Test
    void paragraphsAreTrimmedOfWhiteSpaceAndOffsetsPointIntoTheText() {
        String text = "  \u00A0Chuyến thăm chính thức.  \t\n";

        List<ParagraphSpan> spans = splitter.split(text);

        assertThat(spans).containsExactly(new ParagraphSpan(3, 26));
        assertThat(text.substring(3, 26)).isEqualTo("Chuyến thăm chính thức.");
    }

    @Test
    void windowsAndOldMacLineEndsSplitToo() {
        assertThat(paragraphs("One line.\r\nTwo lines.\rThree lines.")).containsExactly(
                "One line.", "Two lines.", "Three lines.");
    }

    @Test
    void hardWrappedMarkdownIsJoinedIntoParagraphs() {
        String text = """
                The Prime Minister of Vietnam met the visiting Foreign Minister of
                Japan in Hanoi on Monday. The two sides discussed ways to deepen
                cooperation in trade, investment and energy transition.

                Both ministers welcomed the progress made since the last session of
                the joint committee and agreed to hold the next one in Tokyo.
                """;

        assertThat(paragraphs(text)).hasSize(2);
        assertThat(paragraphs(text).get(0)).startsWith("The Prime Minister").endsWith("energy transition.");
    }

    @Test
    void listItemsStandAloneInWrappedText() {
        String text = """
                The United States announced the following programmes to support
                the energy transition and the development of clean power in the
                region:

                -   A new five-year programme to improve energy planning and
                    increase competition in power supply.
                -   A grant for the conservation of coastal habitats in the
                    delta region.
                """;

        List<String> paragraphs = paragraphs(text);

        assertThat(paragraphs).hasSize(3);
        assertThat(paragraphs.get(1)).startsWith("-   A new five-year").endsWith("power supply.");
        assertThat(paragraphs.get(2)).startsWith("-   A grant");
    }

    @Test
    void shortHeadlineLinesAreNotJoined() {
        String text = "Tin khác\nThủ tướng tiếp Đại sứ Nhật Bản\nChủ tịch nước thăm Lào\nXem thêm\nPhiên bản di động";

        assertThat(paragraphs(text)).hasSize(5);
    }

    @Test
    void lineCutMidSentenceIsJoinedWithItsLowerCaseContinuation() {
        String text = "Thủ tướng Phạm Minh Chính đã\ntiếp Đại sứ Nhật Bản tại Hà Nội.\nHai bên trao đổi về hợp tác.";

        assertThat(paragraphs(text)).containsExactly(
                "Thủ tướng Phạm Minh Chính đã\ntiếp Đại sứ Nhật Bản tại Hà Nội.", "Hai bên trao đổi về hợp tác.");
    }

    @Test
    void oneWrappedBlockInAPageOfLongLinesIsJoined() {
        String longParagraph = "Đây là một đoạn văn dài không bị ngắt dòng, như trong bài gốc được trích lại ở cuối "
                + "trang, với nhiều hơn một trăm ký tự trên một dòng duy nhất.";
        String text = "Sáng 21/8, tại Trụ sở Chính phủ, ngay sau lễ đón chính thức,\n"
                + "Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Cộng hòa Fiji\n"
                + "Sitiveni Rabuka, đang thăm chính thức Việt Nam từ ngày 20-22/8\n"
                + "theo lời mời của Thủ tướng Phạm Minh Chính.\n\n"
                + longParagraph + "\n\n" + longParagraph + "\n\n" + longParagraph + "\n\n" + longParagraph;
        List<String> paragraphs = paragraphs(text);
        assertThat(paragraphs).hasSize(5);
        assertThat(paragraphs.get(0)).startsWith("Sáng 21/8").endsWith("Phạm Minh Chính.");
    }

    @Test
    void relatedHeadlinesOfOneWidthStayApart() {
        String text = "Vietnam and Kenya sign memoranda of understanding on tea and coffee trade\n"
                + "Prime Minister receives the Ambassador of Chile at the Government Office\n"
                + "National Assembly Chairman meets the Speaker of the Senate of Morocco";
        assertThat(paragraphs(text)).hasSize(3);
    }

    @Test
    void frontMatterLinesStayOneParagraphEach() {
        String text = """
                ---
                date: '2023-09-11'
                title: "Readout of the meeting between the two leaders in the capital
                  city of the host country"
                ---

                The two leaders met today in the capital and discussed cooperation
                in many areas, including trade, health and climate change.
                """;

        List<String> paragraphs = paragraphs(text);

        assertThat(paragraphs).startsWith("---", "date: '2023-09-11'");
        assertThat(paragraphs).hasSize(6);
        assertThat(paragraphs.get(5)).startsWith("The two leaders").endsWith("climate change.");
    }

    @Test
    void seedWithOneParagraphPerLineKeepsThem() {
        String seed = Seeds.read("001");

        assertThat(splitter.split(seed)).hasSize(91);
    }

    @Test
    void emptyAndBlankTextHaveNoParagraphs() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n\t\r\n \u00A0")).isEmpty();
    }
}
