package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.text.MatchText;
import io.diplomaticvisits.extract.text.Paragraph;
import io.diplomaticvisits.extract.text.PreparedDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Years written as headings over the entries of an archive page ("2024", then "December 12 / On December 12, ..."):
 * the dates without a year under such a heading are of its year, until the next one. A line holding a year alone
 * counts only when the paragraph after it opens with a date that has no year. Immutable.
 */
public final class SectionYears {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    /** How far into the next paragraph its opening date may start ("On December 12", "Ngày 12/12"). */
    private static final int OPENING_REACH = 12;
    /** A year with its markup ("## 2024", "**2023**") is short. */
    private static final int MAX_HEADING_CHARS = 16;

    private static final SectionYears NONE = new SectionYears(new ParagraphHeadings<>());

    private final ParagraphHeadings<Integer> years;

    private SectionYears(ParagraphHeadings<Integer> years) {
        this.years = years;
    }

    /** The year headings of {@code doc}, found with {@code dates}. */
    public static SectionYears of(PreparedDocument doc, DateFinder dates) {
        ParagraphHeadings<Integer> found = new ParagraphHeadings<>();
        List<Paragraph> paragraphs = doc.paragraphs();
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.end() - p.start() > MAX_HEADING_CHARS) {
                continue;
            }
            Integer year = loneYear(doc.text().substring(p.start(), p.end()));
            if (year != null && opensWithYearlessDate(doc, paragraphs.get(i + 1), dates)) {
                found.add(i, year);
            }
        }
        return found.size() == 0 ? NONE : new SectionYears(found);
    }

    /** The dates of a sentence in {@code paragraph}, those without a year given the year of their heading. */
    public List<DateMention> apply(int paragraph, List<DateMention> dates) {
        Integer year = years.over(paragraph);
        if (year == null || dates.isEmpty()) {
            return dates;
        }
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            out.add(d.from().year() == null && d.from().month() != null
                    ? new DateMention(d.start(), d.end(), withYear(d.from(), year), withYear(d.to(), year)) : d);
        }
        return out;
    }

    private static PartialDate withYear(PartialDate d, int year) {
        return d.year() == null && d.month() != null ? d.withYear(year) : d;
    }

    /** "2024", "## 2024", "**2023**": a year and nothing else but markup. */
    static Integer loneYear(String paragraph) {
        if (paragraph.length() > MAX_HEADING_CHARS) {
            return null;
        }
        String bare = paragraph.replaceAll("[#*_\\s]", "");
        if (bare.length() != 4 || !bare.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int year = Integer.parseInt(bare);
        return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
    }

    private static boolean opensWithYearlessDate(PreparedDocument doc, Paragraph next, DateFinder dates) {
        String text = doc.text().substring(next.start(), Math.min(next.end(), next.start() + 80));
        List<DateMention> found = dates.find(MatchText.of(text));
        return !found.isEmpty() && found.get(0).start() <= OPENING_REACH && found.get(0).from().year() == null
                && found.get(0).from().month() != null;
    }
}
