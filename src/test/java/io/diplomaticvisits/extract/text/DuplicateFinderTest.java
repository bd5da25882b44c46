package io.diplomaticvisits.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateFinderTest {

    private final ParagraphSplitter splitter = new ParagraphSplitter();
    private final DuplicateFinder finder = new DuplicateFinder();

    private int[] duplicates(String text) {
        return finder.firstOccurrences(text, splitter.split(text));
    }

    @Test
    void repeatedParagraphPointsToItsFirstOccurrence() {
        String text = "Hai bên hội đàm.\nThe talks ended.\nHai bên hội đàm.\nHai bên hội đàm.";

        assertThat(duplicates(text)).containsExactly(-1, -1, 0, 0);
    }

    @Test
    void whiteSpaceCaseDashesAndQuotesAreFolded() {
        String text = "Việt Nam – Lào   ký “hiệp định”\nVIỆT NAM - LÀO ký \"hiệp định\"\nViệt Nam - Lào ký hiệp định";

        assertThat(duplicates(text)).containsExactly(-1, 0, -1);
    }

    @Test
    void seed001RepeatedParagraphsPointToTheirFirstOccurrence() {
        String seed = Seeds.read("001");
        List<ParagraphSpan> spans = splitter.split(seed);

        int[] duplicateOf = finder.firstOccurrences(seed, spans);

        assertThat(duplicateOf[0]).isEqualTo(-1);
        for (int i = 1; i <= 5; i++) {
            assertThat(duplicateOf[i]).isEqualTo(-1);
            assertThat(duplicateOf[i + 5]).isEqualTo(i);
        }
        long firsts = java.util.Arrays.stream(duplicateOf).filter(d -> d < 0).count();
        assertThat(firsts).isLessThan(spans.size() / 2 + 2);
    }

    @Test
    void seed004RepeatedHeadlinePointsToTheHeadline() {
        String seed = Seeds.read("004");
        List<ParagraphSpan> spans = splitter.split(seed);

        int[] duplicateOf = finder.firstOccurrences(seed, spans);

        String headline = seed.substring(spans.get(1).start(), spans.get(1).end());
        assertThat(headline).isEqualTo("Kỳ vọng từ chuyến công tác của Tổng Bí thư Tô Lâm");
        assertThat(duplicateOf[7]).isEqualTo(1);
    }
}
