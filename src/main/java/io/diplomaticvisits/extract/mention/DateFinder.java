package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.lexicon.TsvTable;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.text.MatchText;

import java.util.List;
import java.util.Optional;

/**
 * Finds dates and date ranges in Vietnamese and English text, in one left-to-right scan: "Chiều 25/7",
 * "13h38 ngày 19/7/2024", "từ ngày 22 đến 25/10", "tháng 3/2018", "ngày 2 tháng 9 năm 1945", "1973-2023",
 * "2024-06-19", "January 20-23", "Sept. 10, 2023", "10 September 2023", "in 2011".
 *
 * <p>A year is given only where the text writes one. Expressions that need the publication date ("today",
 * "on Tuesday", "next week", "năm nay") are returned only by {@link #find(MatchText, PartialDate)} with an anchor
 * that has the parts they need; without it they are left out. A weekday named alone is the latest such day on or
 * before the anchor ("next" / "tới": the first one after it); "next week" is the range Monday to Sunday.
 *
 * <p>Words come from {@code lexicon/date-words.tsv}. Immutable and safe to share between threads.
 */
public final class DateFinder {

    private final DateLexicon lexicon;
    private final PublicationDateReader publication;

    public DateFinder() {
        this(TsvTable.load("date-words.tsv"));
    }

    public DateFinder(TsvTable words) {
        this.lexicon = DateLexicon.from(words);
        this.publication = new PublicationDateReader(this, lexicon);
    }

    /** Every date written in the text, left to right, never overlapping; relative ones are left out. */
    public List<DateMention> find(MatchText text) {
        return find(text, null);
    }

    /** Every date in the text; "today", weekdays alone and "next week" are resolved against {@code anchor}. */
    public List<DateMention> find(MatchText text, PartialDate anchor) {
        return new DateScan(lexicon, text, anchor).run();
    }

    /** The first date in the text with a year and a month; relative ones are left out. */
    DateMention firstWithYearAndMonth(MatchText text) {
        return new DateScan(lexicon, text, null).first(m -> m.from().year() != null && m.from().month() != null);
    }

    /**
     * The publication date given at the top of a document: front matter ({@code date: 2023-09-11}), a labelled line
     * ("Ngày đăng: 2024-06-19", "Posted on: April 24, 2020", "Cập nhật: 10:20 20/02/2026") or a dateline
     * ("Hanoi, Sept. 10, 2023", "Hà Nội, ngày 15 tháng 6 năm 2024"). Needs at least a year and a month.
     */
    public Optional<PartialDate> publicationDate(String text) {
        return publication.read(text);
    }
}
