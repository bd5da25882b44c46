package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.text.MatchText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateFinderTest {

    private static final DateFinder FINDER = new DateFinder();
    private static final PartialDate WEDNESDAY_2024_06_19 = PartialDate.of(2024, 6, 19);

    private static List<DateMention> find(String text) {
        return FINDER.find(MatchText.of(text));
    }

    private static PartialDate date(Integer year, Integer month, Integer day) {
        return PartialDate.of(year, month, day);
    }

    /** The text must hold exactly one mention, covering {@code span}, from {@code from} to {@code to}. */
    private static void assertOne(String text, String span, PartialDate from, PartialDate to) {
        assertOne(text, null, span, from, to);
    }

    private static void assertOne(String text, PartialDate anchor, String span, PartialDate from, PartialDate to) {
        List<DateMention> found = FINDER.find(MatchText.of(text), anchor);
        int start = text.indexOf(span);
        assertThat(start).as("span in text").isGreaterThanOrEqualTo(0);
        assertThat(found).as(text).containsExactly(new DateMention(start, start + span.length(), from, to));
    }

    // ------------------------------------------------------------------ Vietnamese single dates

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ngày 25/7, hai bên hội đàm.|ngày 25/7|7|25",
        "Chiều 25/7, Thủ tướng tiếp Đại sứ.|Chiều 25/7|7|25",
        "Sáng 20/9 (giờ địa phương), đoàn tới Paris.|Sáng 20/9|9|20",
        "Tối 3/8, Chủ tịch nước dự tiệc.|Tối 3/8|8|3",
        "Chiều tối 17-6, Bộ Ngoại giao ra thông cáo.|Chiều tối 17-6|6|17",
        "Ngày 12.8, Đoàn đã có buổi hội đàm.|Ngày 12.8|8|12",
        "Hôm 17-6, Điện Kremlin xác nhận.|Hôm 17-6|6|17",
        "Chiều ngày 4/8, Phó Thủ tướng tiếp khách.|Chiều ngày 4/8|8|4",
        "Dịp Quốc khánh 2/9 năm nay.|2/9|9|2",
    })
    void vietnameseDayMonthHasNoYear(String text, String span, int month, int day) {
        int start = text.toLowerCase().indexOf(span.toLowerCase());
        assertThat(find(text)).first().isEqualTo(new DateMention(start, start + span.length(),
                date(null, month, day), date(null, month, day)));
    }

    @Test
    void timeBeforeTheDateBelongsToTheSpan() {
        assertOne("Ông từ trần lúc 13h38 ngày 19/7/2024 tại Hà Nội.", "13h38 ngày 19/7/2024",
                date(2024, 7, 19), date(2024, 7, 19));
    }

    @Test
    void fullNumericDateWithYear() {
        assertOne("Chuyến thăm Bắc Kinh ngày 11/10/2011 mở ra giai đoạn mới.", "ngày 11/10/2011",
                date(2011, 10, 11), date(2011, 10, 11));
        assertOne("Thiết lập quan hệ ngày 25-3-1971.", "ngày 25-3-1971", date(1971, 3, 25), date(1971, 3, 25));
    }

    @Test
    void aNumericDateWithNoThirteenthMonthIsReadMonthFirst() {
        assertOne("Thursday, 3/13/2025 19:05", "Thursday, 3/13/2025", date(2025, 3, 13), date(2025, 3, 13));
        assertOne("Posted 12/11/2025", "12/11/2025", date(2025, 11, 12), date(2025, 11, 12));
        assertThat(find("ref. 13/13/2025")).isEmpty();
    }

    @Test
    void aDateWithDotsAndSpacesIsDayMonthYear() {
        assertOne("19. 1. 2025 17:20", "19. 1. 2025", date(2025, 1, 19), date(2025, 1, 19));
        assertOne("Praha, 3. 12. 2024", "3. 12. 2024", date(2024, 12, 3), date(2024, 12, 3));
        assertThat(find("1. 2. 3. Points of the agenda")).isEmpty();
        assertThat(find("Sections 31. 13. 2025")).isEmpty();
    }

    @Test
    void weekdayWithDateInParentheses() {
        assertOne("Thứ Ba (25/7), Tổng Bí thư tiếp Bộ trưởng.", "Thứ Ba (25/7)", date(null, 7, 25), date(null, 7, 25));
        assertOne("Hôm thứ Năm 24/10, hai bên ký thỏa thuận.", "Hôm thứ Năm 24/10", date(null, 10, 24),
                date(null, 10, 24));
    }

    @Test
    void isoDate() {
        assertOne("Ngày đăng: 2024-06-19", "2024-06-19", date(2024, 6, 19), date(2024, 6, 19));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thủ tướng thăm Pháp tháng 3/2018 và hội đàm.|tháng 3/2018|2018|3",
        "Tháng 9/2023, hai nước nâng cấp quan hệ.|Tháng 9/2023|2023|9",
        "Ông sang Mỹ vào tháng 1/2017.|tháng 1/2017|2017|1",
        "Chuyến thăm Việt Nam tháng 12/2023 của ông Tập.|tháng 12/2023|2023|12",
        "Thỏa thuận ra đời vào tháng 11-2013.|tháng 11-2013|2013|11",
        "Hợp tác với FTUB từ tháng 3.2024.|tháng 3.2024|2024|3",
        "Tuyên bố chung tháng 9 năm 2023.|tháng 9 năm 2023|2023|9",
    })
    void monthAndYear(String text, String span, int year, int month) {
        assertOne(text, span, date(year, month, null), date(year, month, null));
    }

    @Test
    void monthWithoutYear() {
        assertOne("Dự kiến vào tháng 9 tới.", "tháng 9", date(null, 9, null), date(null, 9, null));
    }

    @Test
    void yearAfterNam() {
        assertOne("Tại Đại hội XI năm 2011, ông được bầu làm Tổng Bí thư.", "năm 2011",
                date(2011, null, null), date(2011, null, null));
    }

    @Test
    void spelledVietnameseDate() {
        assertOne("Ngày 2 tháng 9 năm 1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn.", "Ngày 2 tháng 9 năm 1945",
                date(1945, 9, 2), date(1945, 9, 2));
        assertOne("Hà Nội, ngày 15 tháng 6", "ngày 15 tháng 6", date(null, 6, 15), date(null, 6, 15));
    }

    // ------------------------------------------------------------------ Vietnamese ranges

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chuyến thăm 11-15/10/2011 của Tổng Bí thư.|11-15/10/2011|2011|10|11|2011|10|15",
        "Ông thăm Trung Quốc ngày 11-15/10/2011.|ngày 11-15/10/2011|2011|10|11|2011|10|15",
        "Đoàn ở Nga từ ngày 5 - 12/5/2025.|ngày 5 - 12/5/2025|2025|5|5|2025|5|12",
        "Hội nghị diễn ra 18–20/2/2026 tại Washington.|18–20/2/2026|2026|2|18|2026|2|20",
        "Tổng thống thăm Việt Nam ngày 19-20/6.|ngày 19-20/6||6|19||6|20",
        "Thăm Nga ngày 5-8/9 theo lời mời.|ngày 5-8/9||9|5||9|8",
        "Thăm Lào từ ngày 14 đến 17-4-2025.|ngày 14 đến 17-4-2025|2025|4|14|2025|4|17",
        "Thăm Chile từ ngày 9 đến 16-11.|ngày 9 đến 16-11||11|9||11|16",
        "Từ 12 - 16.8, đoàn thăm Belarus.|12 - 16.8||8|12||8|16",
        "Sự kiện ngày 1-2/8 tại Viêng Chăn.|ngày 1-2/8||8|1||8|2",
    })
    void numericDayRanges(String text, String span, Integer y1, int m1, int d1, Integer y2, int m2, int d2) {
        assertOne(text, span, date(y1, m1, d1), date(y2, m2, d2));
    }

    @Test
    void wordJoinedRanges() {
        assertOne("Chuyến thăm từ ngày 22 đến 25/10 theo lời mời.", "ngày 22 đến 25/10",
                date(null, 10, 22), date(null, 10, 25));
        assertOne("Trong ngày 13 và 14/9, hai bên hội đàm.", "ngày 13 và 14/9", date(null, 9, 13), date(null, 9, 14));
        assertOne("Putin thăm Việt Nam ngày 19 và 20-6", "ngày 19 và 20-6", date(null, 6, 19), date(null, 6, 20));
    }

    @Test
    void crossMonthRange() {
        assertOne("Hội nghị từ 30/11 đến 2/12 tại Dubai.", "30/11 đến 2/12", date(null, 11, 30), date(null, 12, 2));
        assertOne("Chuyến thăm 30/12 - 2/1/2025.", "30/12 - 2/1/2025", date(2024, 12, 30), date(2025, 1, 2));
    }

    @Test
    void yearRanges() {
        assertOne("Kỷ niệm 50 năm quan hệ (1973-2023).", "1973-2023", date(1973, null, null), date(2023, null, null));
        assertOne("Ủy viên Bộ Chính trị nhiệm kỳ 2021-2026.", "2021-2026", date(2021, null, null),
                date(2026, null, null));
    }

    // ------------------------------------------------------------------ English

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The delegation was in Russia for a working trip from January 20-23.|January 20-23||1|20||1|23",
        "a working trip fromJanuary 20-23|January 20-23||1|20||1|23",
        "They met again on January 20 to 23 in Moscow.|January 20 to 23||1|20||1|23",
        "The summit runs Jan 5–8, 2024 in Hanoi.|Jan 5–8, 2024|2024|1|5|2024|1|8",
        "The forum was held 10-12 September 2023 in Hanoi.|10-12 September 2023|2023|9|10|2023|9|12",
        "The visit lasted from August 30 to September 2.|August 30 to September 2||8|30||9|2",
    })
    void englishRanges(String text, String span, Integer y1, int m1, int d1, Integer y2, int m2, int d2) {
        assertOne(text, span, date(y1, m1, d1), date(y2, m2, d2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The two leaders met on August 10 in Hanoi.|August 10||8|10",
        "They spoke by phone August 10 morning.|August 10 morning||8|10",
        "The agreement takes effect December 1.|December 1||12|1",
        "Hanoi, Sept. 10, 2023 - The President arrived.|Sept. 10, 2023|2023|9|10",
        "On September 10, 2023, the leaders issued a statement.|September 10, 2023|2023|9|10",
        "It was signed on 10 September 2023.|10 September 2023|2023|9|10",
        "The talks were held on August 8th.|August 8th||8|8",
        "It opened on the 8th of August.|8th of August||8|8",
        "On the morning of August 10, the ship docked.|morning of August 10||8|10",
        "Tuesday, June 18, 2024: the talks began.|Tuesday, June 18, 2024|2024|6|18",
    })
    void englishSingleDates(String text, String span, Integer year, int month, int day) {
        assertOne(text, span, date(year, month, day), date(year, month, day));
    }

    @Test
    void englishMonthYearAndYear() {
        assertOne("The plan was adopted in March 2018.", "March 2018", date(2018, 3, null), date(2018, 3, null));
        assertOne("Relations were upgraded in 2011.", "2011", date(2011, null, null), date(2011, null, null));
        assertOne("Relations were upgraded in May.", "May", date(null, 5, null), date(null, 5, null));
    }

    @Test
    void englishMonthNameNeedsADayYearOrCue() {
        assertThat(find("May I ask a question?")).isEmpty();
        assertThat(find("It may rain in march.")).isEmpty();
        assertThat(find("August institutions joined.")).isEmpty();
    }

    // ------------------------------------------------------------------ not dates

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tăng trưởng GDP dự kiến 8,3-8,5%.",
        "Theo Nghị định 151/2025/NĐ-CP của Chính phủ.",
        "Công văn số 4373/UBND-KT ngày trước.",
        "Học viên khóa 78 tốt nghiệp.",
        "Đại hội XIV của Đảng.",
        "Kỷ niệm 50 năm quan hệ ngoại giao.",
        "Khoảng 1/2 số dân tham gia.",
        "Đội tuyển thắng 3-1 trong trận chung kết.",
        "Tỷ lệ đạt 3/4 số phiếu.",
        "Bà cụ đã 80 tuổi.",
        "Xếp thứ 28/145 quốc gia.",
        "Ngày 32/1 không tồn tại, ngày 30/2 cũng vậy.",
        "Lãi suất 12.5 triệu mỗi tháng.",
        "The score was 2-1 after 90 minutes.",
        "Some 2011 delegates attended.",
        "Xem https://tuoitre.vn/2024/6/17/bai-viet-20-6-2024.htm",
        "Tăng từ 5-8 lần so với trước.",
        "Trung tâm hoạt động 24/7 để hỗ trợ.",
    })
    void notDates(String text) {
        assertThat(find(text)).isEmpty();
    }

    @Test
    void twoDatesJoinedByAndStayTwoDates() {
        String text = "Các ngày lễ 2/9 và 30/4.";
        assertThat(find(text)).extracting(DateMention::from)
                .containsExactly(date(null, 9, 2), date(null, 4, 30));
    }

    // ------------------------------------------------------------------ relative dates and the anchor

    @Test
    void weekdayAloneNeedsAnAnchor() {
        assertThat(find("The ministers met on Tuesday in Hanoi.")).isEmpty();
        assertThat(FINDER.find(MatchText.of("They met on Tuesday."), PartialDate.of(2024, null, null))).isEmpty();
    }

    @Test
    void weekdayAloneIsTheLatestOneBeforeTheAnchor() {
        assertOne("The ministers met on Tuesday in Hanoi.", WEDNESDAY_2024_06_19, "Tuesday",
                date(2024, 6, 18), date(2024, 6, 18));
        assertOne("They met on Wednesday.", WEDNESDAY_2024_06_19, "Wednesday", date(2024, 6, 19), date(2024, 6, 19));
        assertOne("Hôm thứ Năm, hai bên ký kết.", WEDNESDAY_2024_06_19, "Hôm thứ Năm", date(2024, 6, 13),
                date(2024, 6, 13));
    }

    @Test
    void nextWeekdayIsAfterTheAnchor() {
        assertOne("He will travel next Tuesday.", WEDNESDAY_2024_06_19, "next Tuesday", date(2024, 6, 25),
                date(2024, 6, 25));
        assertOne("Ông sẽ sang Nhật thứ Ba tới.", WEDNESDAY_2024_06_19, "thứ Ba tới", date(2024, 6, 25),
                date(2024, 6, 25));
        assertOne("The talks resume on Friday next week.", WEDNESDAY_2024_06_19, "Friday next week",
                date(2024, 6, 28), date(2024, 6, 28));
        assertOne("They met last Thursday.", WEDNESDAY_2024_06_19, "last Thursday", date(2024, 6, 13),
                date(2024, 6, 13));
    }

    @Test
    void aWeekdayTheSentenceLooksAheadToIsTheComingOne() {
        assertOne("The minister will meet his counterpart on Friday.", WEDNESDAY_2024_06_19, "Friday",
                date(2024, 6, 21), date(2024, 6, 21));
        assertOne("He was scheduled to meet the President on Saturday.", WEDNESDAY_2024_06_19, "Saturday",
                date(2024, 6, 22), date(2024, 6, 22));
        assertOne("Đoàn sẽ làm việc tại Đà Nẵng vào thứ Sáu.", WEDNESDAY_2024_06_19, "thứ Sáu", date(2024, 6, 21),
                date(2024, 6, 21));
        assertOne("He will arrive on Wednesday.", WEDNESDAY_2024_06_19, "Wednesday", date(2024, 6, 19),
                date(2024, 6, 19));
        assertOne("On Monday the two sides signed a deal that will take effect soon.", WEDNESDAY_2024_06_19,
                "Monday", date(2024, 6, 17), date(2024, 6, 17));
    }

    @Test
    void aWeekdayOpeningAClauseThatLooksAheadIsTheComingOne() {
        assertOne("On Friday, the last day of his visit, the minister will meet the mayor.", WEDNESDAY_2024_06_19,
                "Friday", date(2024, 6, 21), date(2024, 6, 21));
        assertOne("On Monday, he said the minister will travel to Hanoi.", WEDNESDAY_2024_06_19, "Monday",
                date(2024, 6, 17), date(2024, 6, 17));
        assertOne("On Monday they met and agreed that talks will resume.", WEDNESDAY_2024_06_19, "Monday",
                date(2024, 6, 17), date(2024, 6, 17));
    }

    @Test
    void ordinalDaysOpenARangeClosedByADayOfAMonth() {
        assertOne("He is on an official visit from the 5th to the 9th of July.", "5th to the 9th of July",
                date(null, 7, 5), date(null, 7, 9));
        assertOne("He recalled his visit on the 28th and 29th of March.", "28th and 29th of March",
                date(null, 3, 28), date(null, 3, 29));
        assertOne("The 5th summit opened on 9 July.", "9 July", date(null, 7, 9), date(null, 7, 9));
    }

    @Test
    void aWeekdayAfterUntilClosesTheRangeOfTheDateBeforeIt() {
        assertOne("He flew into Hanoi on Monday for a visit lasting until Thursday.", WEDNESDAY_2024_06_19,
                "Monday for a visit lasting until Thursday", date(2024, 6, 17), date(2024, 6, 20));
        assertOne("The delegation stayed from Sunday to Tuesday.", WEDNESDAY_2024_06_19, "Sunday to Tuesday",
                date(2024, 6, 16), date(2024, 6, 18));
        assertOne("Talks ran from June 10, 2024 through Friday.", WEDNESDAY_2024_06_19,
                "June 10, 2024 through Friday", date(2024, 6, 10), date(2024, 6, 14));
    }

    @Test
    void aMonthFollowedByARelativeYearTakesThatYear() {
        assertOne("They first spoke on April 4 this year.", WEDNESDAY_2024_06_19, "April 4 this year",
                date(2024, 4, 4), date(2024, 4, 4));
        assertOne("He visited Tokyo in May of last year.", WEDNESDAY_2024_06_19, "May of last year",
                date(2023, 5, null), date(2023, 5, null));
        assertOne("Cuộc điện đàm hồi tháng 1 năm nay.", WEDNESDAY_2024_06_19, "tháng 1 năm nay",
                date(2024, 1, null), date(2024, 1, null));
        assertOne("Từ 10-12/3 năm ngoái, đoàn thăm Lào.", WEDNESDAY_2024_06_19, "10-12/3 năm ngoái",
                date(2023, 3, 10), date(2023, 3, 12));
        assertOne("Chuyến thăm hồi tháng 3 vừa qua.", WEDNESDAY_2024_06_19, "tháng 3 vừa qua", date(2024, 3, null),
                date(2024, 3, null));
        assertOne("Hội nghị vào tháng 10 tới.", WEDNESDAY_2024_06_19, "tháng 10 tới", date(2024, 10, null),
                date(2024, 10, null));
        assertOne("Chuyến thăm giữa tháng 6 vừa qua.", WEDNESDAY_2024_06_19, "tháng 6 vừa qua", date(2024, 6, null),
                date(2024, 6, null));
        assertOne("Chuyến thăm hồi tháng 7 vừa qua.", WEDNESDAY_2024_06_19, "tháng 7 vừa qua", date(2023, 7, null),
                date(2023, 7, null));
        assertOne("Hội nghị vào cuối tháng 6 tới.", WEDNESDAY_2024_06_19, "tháng 6 tới", date(2024, 6, null),
                date(2024, 6, null));
        assertThat(find("Chuyến thăm hồi tháng 1 năm nay.")).extracting(DateMention::from)
                .containsExactly(date(null, 1, null));
    }

    @Test
    void dayWordsResolveAgainstTheAnchor() {
        assertOne("The President arrived today.", WEDNESDAY_2024_06_19, "today", date(2024, 6, 19), date(2024, 6, 19));
        assertOne("Sáng nay, Thủ tướng tiếp Đại sứ.", WEDNESDAY_2024_06_19, "Sáng nay", date(2024, 6, 19),
                date(2024, 6, 19));
        assertOne("They spoke yesterday.", WEDNESDAY_2024_06_19, "yesterday", date(2024, 6, 18), date(2024, 6, 18));
        assertOne("He leaves tomorrow.", WEDNESDAY_2024_06_19, "tomorrow", date(2024, 6, 20), date(2024, 6, 20));
    }

    @Test
    void nextWeekIsMondayToSunday() {
        assertOne("The visit is planned for next week.", WEDNESDAY_2024_06_19, "next week",
                date(2024, 6, 24), date(2024, 6, 30));
        assertOne("Đoàn sẽ sang Hà Nội tuần tới.", WEDNESDAY_2024_06_19, "tuần tới", date(2024, 6, 24),
                date(2024, 6, 30));
    }

    @Test
    void yearAndMonthWordsResolveAgainstTheAnchor() {
        assertOne("Kim ngạch năm nay tăng mạnh.", WEDNESDAY_2024_06_19, "năm nay", date(2024, null, null),
                date(2024, null, null));
        assertOne("Trade fell last year.", WEDNESDAY_2024_06_19, "last year", date(2023, null, null),
                date(2023, null, null));
        assertOne("The summit is next month.", WEDNESDAY_2024_06_19, "next month", date(2024, 7, null),
                date(2024, 7, null));
        assertOne("He will visit next March.", WEDNESDAY_2024_06_19, "next March", date(2025, 3, null),
                date(2025, 3, null));
    }

    @Test
    void relativeWordsAreLeftOutWithoutAnchor() {
        assertThat(find("The President arrived today and leaves next week.")).isEmpty();
        assertThat(FINDER.find(MatchText.of("He arrived today."), PartialDate.UNKNOWN)).isEmpty();
    }

    @Test
    void anchorNeverAddsAYearToAWrittenDate() {
        assertOne("Chiều 25/7, hai bên hội đàm.", WEDNESDAY_2024_06_19, "Chiều 25/7", date(null, 7, 25),
                date(null, 7, 25));
    }

    @Test
    void spanOfTimeIsNotLastWeek() {
        assertThat(FINDER.find(MatchText.of("Cách đây 3 tuần trước"), WEDNESDAY_2024_06_19)).isEmpty();
    }

    @Test
    void mentionsComeLeftToRight() {
        String text = "Ngày 5/9, đoàn tới Moskva; ngày 6/9 hội đàm; ngày 8/9 về nước.";
        assertThat(find(text)).extracting(m -> m.from().day()).containsExactly(5, 6, 8);
    }

    // ------------------------------------------------------------------ publication date

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ngày đăng: 2024-06-19\\nChiều 25/7, hai bên hội đàm.|2024|6|19",
        "Hanoi, Sept. 10, 2023\\nThe President arrived.|2023|9|10",
        "Posted on: April 24, 2020\\nText.|2020|4|24",
        "Cập nhật: 10:20 20/02/2026\\nNội dung.|2026|2|20",
        "---\\ndate: 2023-09-11\\n---\\nThe leaders met.|2023|9|11",
        "Hà Nội, ngày 15 tháng 6 năm 2024\\nThông cáo báo chí.|2024|6|15",
        "Thời sự\\n- Chủ nhật, 18/08/2024 14:11 (GMT+7)\\nNội dung.|2024|8|18",
    })
    void publicationDateAtTheTop(String document, int year, int month, int day) {
        assertThat(FINDER.publicationDate(document.replace("\\n", "\n"))).contains(date(year, month, day));
    }

    @Test
    void frontMatterWithQuotedDateAndOtherKeys() {
        String document = "---\ntags: statements-releases\ndate: '2021-07-01'\nmodified_time: 2021-07-02 20:45:50-04:00\n"
                + "title: \"Statement on a call on July 5, 2021\"\n---\n \nNational Security Advisor spoke today.";
        assertThat(FINDER.publicationDate(document)).contains(date(2021, 7, 1));
    }

    @Test
    void noPublicationDateInTheBody() {
        assertThat(FINDER.publicationDate("Kỳ vọng từ chuyến công tác\n\nNgày 9/9/2024, trước sự chứng kiến của "
                + "Tổng Bí thư, hai bên đã ký kết bản ghi nhớ về hợp tác.")).isEmpty();
        assertThat(FINDER.publicationDate("Chiều 25/7, hai bên hội đàm.")).isEmpty();
        assertThat(FINDER.publicationDate("")).isEmpty();
        String late = "line\n".repeat(32) + "Ngày đăng: 2024-06-19";
        assertThat(FINDER.publicationDate(late)).isEmpty();
    }
}
