package io.diplomaticvisits.extract.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateMarkerTest {

    private final ParagraphSplitter splitter = new ParagraphSplitter();
    private final BoilerplateMarker marker = new BoilerplateMarker();

    /** The paragraphs marked as boilerplate. */
    private List<String> boilerplate(String text) {
        return marked(text, true);
    }

    private List<String> content(String text) {
        return marked(text, false);
    }

    private List<String> marked(String text, boolean flag) {
        List<ParagraphSpan> spans = splitter.split(text);
        boolean[] furniture = marker.mark(text, spans);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (furniture[i] == flag) {
                out.add(text.substring(spans.get(i).start(), spans.get(i).end()));
            }
        }
        return out;
    }

    @Test
    void linesWithoutLettersAreBoilerplate() {
        String text = "--> -->\nĐoàn đại biểu đã hội đàm với phía Lào.\n* * *\n\\###";

        assertThat(content(text)).containsExactly("Đoàn đại biểu đã hội đàm với phía Lào.");
    }

    @Test
    void sectionMarkerTurnsEverythingAfterItIntoBoilerplate() {
        String text = """
                Chủ tịch nước tiếp Đại sứ Pháp
                Chiều 3/4, Chủ tịch nước tiếp Đại sứ Pháp đến chào nhân dịp kết thúc nhiệm kỳ.
                Có thể bạn quan tâm
                Thủ tướng thăm chính thức Nhật Bản
                Thủ tướng thăm chính thức Nhật Bản
                Sáng 5/4, Thủ tướng lên đường thăm chính thức Nhật Bản.
                """;

        assertThat(content(text)).containsExactly("Chủ tịch nước tiếp Đại sứ Pháp",
                "Chiều 3/4, Chủ tịch nước tiếp Đại sứ Pháp đến chào nhân dịp kết thúc nhiệm kỳ.");
    }

    @Test
    void englishSectionMarkersWorkWhateverTheirCaseAndPunctuation() {
        String text = "The minister arrived in Canberra on Monday for talks.\nRELATED NEWS:\nLeaders meet in Lima\n";

        assertThat(content(text)).containsExactly("The minister arrived in Canberra on Monday for talks.");
    }

    @Test
    void sectionMarkerBeforeAnyArticleTextDoesNotSwallowTheArticle() {
        String text = "Xem thêm\nThủ tướng tiếp Bộ trưởng Ngoại giao Singapore tại Hà Nội.";

        assertThat(content(text)).containsExactly("Thủ tướng tiếp Bộ trưởng Ngoại giao Singapore tại Hà Nội.");
    }

    @Test
    void relatedLinksBlockEndsAtTheNextArticleParagraph() {
        String text = """
                Hai bên đã ký kết bản ghi nhớ về hợp tác năng lượng.
                Tin liên quan
                Việt Nam và Chile nâng cấp quan hệ
                Thủ tướng tiếp lãnh đạo tập đoàn dầu khí
                Sau lễ ký, hai bộ trưởng đã họp báo chung tại Hà Nội.
                """;

        assertThat(content(text)).containsExactly("Hai bên đã ký kết bản ghi nhớ về hợp tác năng lượng.",
                "Sau lễ ký, hai bộ trưởng đã họp báo chung tại Hà Nội.");
    }

    @Test
    void photoCreditLinesAreBoilerplateButCaptionsAreContent() {
        String text = """
                Bộ trưởng Ngoại giao hội đàm với người đồng cấp Ai Cập.
                Ảnh: TTXVN
                (Photo: VNA)
                Bộ trưởng Ngoại giao và người đồng cấp Ai Cập. Ảnh: BNG
                Photo credit: Reuters
                """;

        assertThat(boilerplate(text)).containsExactly("Ảnh: TTXVN", "(Photo: VNA)", "Photo credit: Reuters");
    }

    @Test
    void navigationButtonsAndBreadcrumbsAreBoilerplate() {
        String text = """
                Trang chủ > Thời sự > Đối ngoại
                Home | World | Asia
                Share
                Print
                Chia sẻ:
                Phiên bản di động
                Chủ tịch Quốc hội hội kiến Tổng thống Philippines.
                """;

        assertThat(content(text)).containsExactly("Chủ tịch Quốc hội hội kiến Tổng thống Philippines.");
    }

    @Test
    void markupHeadingWithAngleBracketsIsNotNavigation() {
        String text = "**<u>Members of the Presidential Delegation:</u>**\nThe Secretary of State will lead it.";

        assertThat(boilerplate(text)).isEmpty();
    }

    @Test
    void linkOnlyImageAndUrlLinesAreBoilerplate() {
        String text = """
                [Chủ tịch nước thăm Peru](https://example.vn/chu-tich-nuoc-tham-peru)
                ![Chủ tịch nước thăm Peru](https://cdn.example.vn/anh.jpg)
                https://example.vn/bai-viet
                <!-- -->
                [Peru] Chủ tịch nước thăm chính thức Peru và dự APEC
                """;

        assertThat(content(text)).containsExactly("[Peru] Chủ tịch nước thăm chính thức Peru và dự APEC");
    }

    @Test
    void headerStampsAndDatelinesAreBoilerplate() {
        String text = """
                Ngày đăng: 2024-06-17
                Posted on: April 24, 2020
                2 giờ trước
                Ban Đối ngoại - Chủ nhật, 18/08/2024 14:11 (GMT+7)
                Hanoi, Sept. 10, 2023
                Việt Nam - Lào 2024
                The delegation will visit Da Nang, Vietnam on Friday, March 14, 2025.
                Hội nghị G20 ngày 18/11/2024
                """;

        assertThat(content(text)).containsExactly("Việt Nam - Lào 2024",
                "The delegation will visit Da Nang, Vietnam on Friday, March 14, 2025.", "Hội nghị G20 ngày 18/11/2024");
    }

    @Test
    void bylinesAreBoilerplate() {
        String text = """
                By John Smith
                By 2030, the two countries aim to double bilateral trade to 20 billion USD.
                Theo TTXVN
                Theo Bộ Ngoại giao, chuyến thăm diễn ra từ ngày 5 đến 7/6.
                Phóng viên: Xin Thứ trưởng cho biết kết quả của chuyến thăm?
                Thứ trưởng: Chuyến thăm đã thành công tốt đẹp.
                Mạnh Quân
                """;

        assertThat(boilerplate(text)).containsExactly("By John Smith", "Theo TTXVN", "Mạnh Quân");
    }

    @Test
    void articleThatIsOnlyANameIsNotABylineAndHeadlinesStay() {
        assertThat(boilerplate("Tô Lâm")).isEmpty();
        assertThat(boilerplate("Thủ tướng thăm Lào\nHai bên hội đàm tại Viêng Chăn về hợp tác kinh tế.")).isEmpty();
    }

    @Test
    void frontMatterIsBoilerplate() {
        String text = "---\ndate: '2023-09-11'\ntitle: Readout\n---\n\nThe two leaders met in Hanoi today.\n";

        assertThat(content(text)).containsExactly("The two leaders met in Hanoi today.");
    }

    @Test
    void seed004TeaserListAfterTheMarkerIsBoilerplateAndTheInterviewIsContent() {
        String seed = Seeds.read("004");
        List<ParagraphSpan> spans = splitter.split(seed);
        boolean[] furniture = marker.mark(seed, spans);
        int marker = indexOf(seed, spans, "Có thể bạn quan tâm");

        for (int i = marker; i < spans.size(); i++) {
            assertThat(furniture[i]).as("paragraph %d", i).isTrue();
        }
        List<String> content = content(seed);
        assertThat(content.get(0)).isEqualTo("Kỳ vọng từ chuyến công tác của Tổng Bí thư Tô Lâm");
        assertThat(content).anyMatch(p -> p.startsWith("Phóng viên: Xin Thứ trưởng cho biết ý nghĩa"));
        assertThat(content).contains("Phóng viên: Trân trọng cảm ơn Thứ trưởng.");
        assertThat(boilerplate(seed)).startsWith("--> -->").contains("Mạnh Quân", "Tin khác", "Xem thêm");
        assertThat(content).hasSize(marker - 2);
    }

    @Test
    void seedsStartingWithAHeadlineKeepIt() {
        for (String seed : List.of(Seeds.read("001"), Seeds.read("003"))) {
            List<ParagraphSpan> spans = splitter.split(seed);

            assertThat(marker.mark(seed, spans)).doesNotContain(true);
        }
    }

    private static int indexOf(String text, List<ParagraphSpan> spans, String paragraph) {
        for (int i = 0; i < spans.size(); i++) {
            if (text.substring(spans.get(i).start(), spans.get(i).end()).equals(paragraph)) {
                return i;
            }
        }
        throw new AssertionError("No paragraph " + paragraph);
    }
}
