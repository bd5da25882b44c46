package io.diplomaticvisits.extract.text;

import io.diplomaticvisits.extract.model.Language;
import io.diplomaticvisits.extract.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class DocumentPreparerTest {

    private final DocumentPreparer preparer = new DocumentPreparer();

    private static String text(PreparedDocument doc, Paragraph p) {
        return doc.text().substring(p.start(), p.end());
    }

    @Test
    void vietnameseArticleIsPreparedStageByStage() {
        String raw = """
                --> -->

                Chủ tịch nước tiếp Đại sứ Hàn Quốc
                Chiều 12/3, Chủ tịch nước tiếp Đại sứ Hàn Quốc. Hai bên trao đổi về hợp tác kinh tế.
                Chủ tịch nước tiếp Đại sứ Hàn Quốc
                Tin khác
                Thủ tướng dự hội nghị tại TP.HCM
                """;

        PreparedDocument doc = preparer.prepare(raw);

        assertThat(doc.language()).isEqualTo(Language.VI);
        assertThat(doc.toOriginal()).isNull();
        assertThat(doc.publicationDate()).isEqualTo(PartialDate.UNKNOWN);
        assertThat(doc.paragraphs()).extracting(Paragraph::boilerplate)
                .containsExactly(true, false, false, false, true, true);
        assertThat(doc.paragraphs().get(3).duplicateOf()).isEqualTo(1);
        assertThat(doc.sentences()).extracting(doc::textOf).containsExactly("--> -->",
                "Chủ tịch nước tiếp Đại sứ Hàn Quốc", "Chiều 12/3, Chủ tịch nước tiếp Đại sứ Hàn Quốc.",
                "Hai bên trao đổi về hợp tác kinh tế.", "Chủ tịch nước tiếp Đại sứ Hàn Quốc", "Tin khác",
                "Thủ tướng dự hội nghị tại TP.HCM");
    }

    @Test
    void mixedDocumentGivesEachParagraphItsLanguageAndShortLinesTheDocumentOne() {
        String raw = """
                The Prime Minister met the Ambassador of Japan in Hanoi on Monday.
                Share
                Thủ tướng đã tiếp Đại sứ Nhật Bản.
                The two sides agreed to expand cooperation in trade and investment.
                """;

        PreparedDocument doc = preparer.prepare(raw);

        assertThat(doc.language()).isEqualTo(Language.EN);
        assertThat(doc.paragraphs()).extracting(Paragraph::language)
                .containsExactly(Language.EN, Language.EN, Language.VI, Language.EN);
    }

    @Test
    void offsetsInADecomposedInputMapBackToTheOriginal() {
        String raw = "\uFEFFChu\u0309 ti\u0323ch nu\u031Bo\u031B\u0301c ho\u0323\u0302i đa\u0300m vo\u031B\u0301i "
                + "To\u0302\u0309ng tho\u0302\u0301ng Pha\u0301p. Hai be\u0302n ky\u0301 va\u0306n kie\u0323\u0302n.";

        PreparedDocument doc = preparer.prepare(raw);

        assertThat(doc.text()).startsWith("Chủ tịch nước hội đàm với Tổng thống Pháp.");
        Sentence second = doc.sentences().get(1);
        assertThat(doc.textOf(second)).isEqualTo("Hai bên ký văn kiện.");
        String original = raw.substring(doc.originalOffset(second.start()), doc.originalOffset(second.end()));
        assertThat(original).isEqualTo("Hai be\u0302n ky\u0301 va\u0306n kie\u0323\u0302n.");
        int phap = doc.text().indexOf("Pháp");
        assertThat(raw.substring(doc.originalOffset(phap), doc.originalOffset(phap + 4))).isEqualTo("Pha\u0301p");
    }

    @Test
    void boilerplateParagraphsHaveSentencesToo() {
        PreparedDocument doc = preparer.prepare("Hai bên hội đàm tại Hà Nội.\nẢnh: TTXVN");

        Paragraph credit = doc.paragraphs().get(1);
        assertThat(credit.boilerplate()).isTrue();
        assertThat(doc.sentences()).anyMatch(s -> s.paragraph() == credit.index());
    }

    @Test
    void emptyBlankAndNullInputGiveAnEmptyDocument() {
        for (String raw : new String[] {"", " \n\t\r\n\u00A0 ", null}) {
            PreparedDocument doc = preparer.prepare(raw);

            assertThat(doc.paragraphs()).isEmpty();
            assertThat(doc.sentences()).isEmpty();
            assertThat(doc.language()).isEqualTo(Language.VI);
        }
    }

    @Test
    void oneMegabyteWordWithoutSpacesIsOneSentenceAndFast() {
        String raw = "chuyenthamchinhthuc.".repeat(50_000);

        PreparedDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> preparer.prepare(raw));

        assertThat(doc.paragraphs()).hasSize(1);
        assertThat(doc.sentences()).hasSize(1);
    }

    @Test
    void randomControlsAndPunctuationNeverBreakTheStages() {
        Random random = new Random(7);
        String alphabet = "aăđ ÐA.!?…\"”’'()[]*#>|-–:/0123456789\n\r\t\u0000\u0007\u001B\u007F\u0085\uFEFF\u0301\u0323"
                + "TPUSDCvMr";
        for (int round = 0; round < 200; round++) {
            StringBuilder raw = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }

            PreparedDocument doc = preparer.prepare(raw.toString());

            assertWellFormed(doc);
        }
    }

    @Test
    void largeInputsTakeTimeInProportionToTheirSize() {
        String article = Seeds.read("004") + "\n" + Seeds.read("003") + "\n";
        String big = article.repeat(Math.max(1, 2_000_000 / article.length()));
        preparer.prepare(article);

        PreparedDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> preparer.prepare(big));

        assertThat(doc.paragraphs().size()).isGreaterThan(1000);
    }

    @Test
    void seedsArePreparedConsistently() {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            PreparedDocument doc = preparer.prepare(Seeds.read(seed));

            assertWellFormed(doc);
            assertThat(doc.paragraphs()).as(seed).isNotEmpty();
        }
        assertThat(preparer.prepare(Seeds.read("003")).language()).isEqualTo(Language.EN);
        assertThat(preparer.prepare(Seeds.read("002")).language()).isEqualTo(Language.VI);
    }

    @Test
    void seed001RepeatsPointToTheirFirstOccurrence() {
        PreparedDocument doc = preparer.prepare(Seeds.read("001"));

        for (Paragraph p : doc.paragraphs()) {
            if (p.isDuplicate()) {
                Paragraph first = doc.paragraphs().get(p.duplicateOf());
                assertThat(first.isDuplicate()).isFalse();
                assertThat(text(doc, p)).isEqualTo(text(doc, first));
            }
        }
        assertThat(doc.paragraphs().get(6).duplicateOf()).isEqualTo(1);
    }

    private static void assertWellFormed(PreparedDocument doc) {
        int previousEnd = 0;
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            Paragraph p = doc.paragraphs().get(i);
            assertThat(p.index()).isEqualTo(i);
            assertThat(p.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(p.end());
            assertThat(p.language()).isNotNull();
            assertThat(p.duplicateOf()).isLessThan(i);
            previousEnd = p.end();
        }
        int previousSentenceEnd = 0;
        for (int i = 0; i < doc.sentences().size(); i++) {
            Sentence s = doc.sentences().get(i);
            Paragraph p = doc.paragraphs().get(s.paragraph());
            assertThat(s.index()).isEqualTo(i);
            assertThat(s.start()).isGreaterThanOrEqualTo(Math.max(p.start(), previousSentenceEnd)).isLessThan(s.end());
            assertThat(s.end()).isLessThanOrEqualTo(p.end());
            assertThat(WhiteSpace.is(doc.text().charAt(s.start()))).isFalse();
            assertThat(WhiteSpace.is(doc.text().charAt(s.end() - 1))).isFalse();
            previousSentenceEnd = s.end();
        }
        for (int i = 0; i <= doc.text().length(); i++) {
            assertThat(doc.originalOffset(i)).isGreaterThanOrEqualTo(i == 0 ? 0 : doc.originalOffset(i - 1));
        }
    }
}
