package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.text.MatchText;
import io.diplomaticvisits.extract.text.Paragraph;
import io.diplomaticvisits.extract.text.PreparedDocument;

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
    /**
     * A Vietnamese weekday in lower case ("Thứ năm, 20/11"), which the date lexicon leaves out as the ordinal it may
     * also be; before a day alone on its line it can only be the weekday.
     */
    private static final Pattern WEEKDAY = Pattern.compile("(thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật)[,\\s]*");

    private static final SectionDays NONE = new SectionDays(new ParagraphHeadings<>());

    private final ParagraphHeadings<DateMention> days;

    private SectionDays(ParagraphHeadings<DateMention> days) {
        this.days = days;
    }

    /** The day headings of {@code doc}, read with {@code dates} against the publication date {@code anchor}. */
    public static SectionDays of(PreparedDocument doc, DateFinder dates, PartialDate anchor) {
        ParagraphHeadings<DateMention> found = new ParagraphHeadings<>();
        List<Paragraph> paragraphs = doc.paragraphs();
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.end() - p.start() > MAX_HEADING_CHARS) {
                continue;
            }
            DateMention day = loneDay(doc.text().substring(p.start(), p.end()), dates, anchor);
            if (day != null) {
                found.add(i, day);
            }
        }
        return found.size() < 2 ? NONE : new SectionDays(found);
    }

    /** The dates of a sentence in {@code paragraph}: its own, or, when it gives none, its heading's day. */
    public List<DateMention> apply(int paragraph, List<DateMention> dates) {
        if (!dates.isEmpty()) {
            return dates;
        }
        DateMention heading = days.over(paragraph);
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
