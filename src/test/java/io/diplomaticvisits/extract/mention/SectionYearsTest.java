package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.text.DocumentPreparer;
import io.diplomaticvisits.extract.text.PreparedDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SectionYearsTest {

    private static final DateFinder DATES = new DateFinder();

    private static PartialDate dateIn(String page, String paragraphStart) {
        PreparedDocument doc = new DocumentPreparer().prepare(page);
        SectionYears years = SectionYears.of(doc, DATES);
        int paragraph = doc.paragraphs().stream()
                .filter(p -> doc.text().startsWith(paragraphStart, p.start())).findFirst().orElseThrow().index();
        String text = doc.text().substring(doc.paragraphs().get(paragraph).start(),
                doc.paragraphs().get(paragraph).end());
        List<DateMention> found = years.apply(paragraph, DATES.find(io.diplomaticvisits.extract.text.MatchText.of(text)));
        return found.get(0).from();
    }

    @Test
    void aYearAloneOverEntriesThatOpenWithADateGivesThemItsYear() {
        String page = "Archives\n\n2024\n\nDecember 12\n\nOn December 12, notes were exchanged in Hanoi.\n\n"
                + "2023\n\nNovember 27\n\nOn November 27, the two leaders held a summit meeting.";
        assertThat(dateIn(page, "On December 12")).isEqualTo(PartialDate.of(2024, 12, 12));
        assertThat(dateIn(page, "On November 27")).isEqualTo(PartialDate.of(2023, 11, 27));
    }

    @Test
    void aYearAloneBeforeProseIsNoHeading() {
        String page = "Trade figures\n\n2024\n\nThe two sides met on December 12 in Hanoi.";
        assertThat(dateIn(page, "The two sides")).isEqualTo(PartialDate.of(null, 12, 12));
    }

    @Test
    void onlyAYearWithMarkupCountsAsAlone() {
        assertThat(SectionYears.loneYear("## 2024")).isEqualTo(2024);
        assertThat(SectionYears.loneYear("**2023**")).isEqualTo(2023);
        assertThat(SectionYears.loneYear("© 2024")).isNull();
        assertThat(SectionYears.loneYear("1500")).isNull();
    }
}
