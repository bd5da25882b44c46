package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.text.MatchText;
import io.diplomaticvisits.extract.text.Paragraph;
import io.diplomaticvisits.extract.text.PreparedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Days written as headings over a schedule or a live page ("Thứ năm, 20/11", then "- 8h45: Hai nhà lãnh đạo hội
 * đàm."; "June 24", then "In the morning, ..."): a sentence under such a heading that gives no date of its own is
 * of the heading's day, until the next heading. A page counts as such only with two headings or more, so that a
 * dateline alone on its line dates nothing further. Immutable.
 */
public final class SectionDays {

    /** A day with its weekday and markup ("**Thứ năm, 20/11**", "Wednesday, June 25") is short. */
    private static final int MAX_HEADING_CHARS = 32;
    private static final String MARKUP = "#*_:-–— \t";
    /** A weekday the date finder leaves outside the day it names when a comma follows it ("Thứ năm, 20/11"). */
    private static final Pattern WEEKDAY = Pattern.compile(
            "(thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[,\\s]*");

    private static final SectionDays NONE = new SectionDays(new int[0], new DateMention[0]);

    private final int[] headingParagraphs;
    private final DateMention[] days;

    private SectionDays(int[] headingParagraphs, DateMention[] days) {
        this.headingParagraphs = headingParagraphs;
        this.days = days;
    }

    /** The day headings of {@code doc}, read with {@code dates} against the publication date {@code anchor}. */
    public static SectionDays of(PreparedDocument doc, DateFinder dates, PartialDate anchor) {
        List<Integer> at = new ArrayList<>();
        List<DateMention> found = new ArrayList<>();
        List<Paragraph> paragraphs = doc.paragraphs();
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.end() - p.start() > MAX_HEADING_CHARS) {
                continue;
            }
            DateMention day = loneDay(doc.text().substring(p.start(), p.end()), dates, anchor);
            if (day != null) {
                at.add(i);
                found.add(day);
            }
        }
        if (at.size() < 2) {
            return NONE;
        }
        return new SectionDays(at.stream().mapToInt(Integer::intValue).toArray(), found.toArray(DateMention[]::new));
    }

    /** The dates of a sentence in {@code paragraph}: its own, or, when it gives none, its heading's day. */
    public List<DateMention> apply(int paragraph, List<DateMention> dates) {
        if (!dates.isEmpty()) {
            return dates;
        }
        DateMention heading = null;
        for (int k = 0; k < headingParagraphs.length && headingParagraphs[k] < paragraph; k++) {
            heading = days[k];
        }
        return heading == null ? dates : List.of(new DateMention(0, 0, heading.from(), heading.to()));
    }

    /** A paragraph that is one day and nothing else but markup: "Thứ năm, 20/11", "## June 24", "Ngày 20/5". */
    static DateMention loneDay(String paragraph, DateFinder dates, PartialDate anchor) {
        int start = 0;
        int end = paragraph.length();
        while (start < end && MARKUP.indexOf(paragraph.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && MARKUP.indexOf(paragraph.charAt(end - 1)) >= 0) {
            end--;
        }
        String bare = paragraph.substring(start, end);
        List<DateMention> found = dates.find(MatchText.of(bare), anchor);
        if (found.size() != 1) {
            return null;
        }
        DateMention d = found.get(0);
        String before = bare.substring(0, d.start()).toLowerCase(Locale.ROOT);
        boolean whole = (d.start() == 0 || WEEKDAY.matcher(before).matches()) && d.end() == bare.length();
        return whole && d.from().day() != null && d.from().month() != null && d.from().equals(d.to()) ? d : null;
    }
}
