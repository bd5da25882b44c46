package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.PartialDate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;

/** Resolves "today", "on Tuesday", "next week" against the publication date; each answer needs the parts it uses. */
final class RelativeDates {

    private final Integer year;
    private final Integer month;
    private final LocalDate day;

    RelativeDates(PartialDate anchor) {
        this.year = anchor == null ? null : anchor.year();
        this.month = year == null ? null : anchor.month();
        this.day = month == null ? null : toLocalDate(year, month, anchor.day());
    }

    private static LocalDate toLocalDate(int year, int month, Integer day) {
        if (day == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code [from, to]} for a shift of {@code offset} units from the anchor, or null when the anchor cannot say. */
    PartialDate[] shift(DateWord.Unit unit, int offset) {
        switch (unit) {
            case DAY -> {
                if (day == null) {
                    return null;
                }
                PartialDate d = of(day.plusDays(offset));
                return new PartialDate[] {d, d};
            }
            case WEEK -> {
                if (day == null) {
                    return null;
                }
                LocalDate monday = day.with(DayOfWeek.MONDAY).plusWeeks(offset);
                return new PartialDate[] {of(monday), of(monday.plusDays(6))};
            }
            case MONTH -> {
                if (month == null) {
                    return null;
                }
                YearMonth ym = YearMonth.of(year, month).plusMonths(offset);
                PartialDate d = PartialDate.of(ym.getYear(), ym.getMonthValue(), null);
                return new PartialDate[] {d, d};
            }
            default -> {
                if (year == null) {
                    return null;
                }
                PartialDate d = PartialDate.of(year + offset, null, null);
                return new PartialDate[] {d, d};
            }
        }
    }

    /**
     * The day of a weekday named alone: the latest one on or before the anchor (news reports what happened), the
     * next one after it for "next", the one before it for "last", the one in the anchor's week for "this" or
     * for an explicit week offset ("Tuesday next week", "thứ Ba tuần trước").
     */
    PartialDate weekday(int isoDay, Integer modifier, Integer weekOffset) {
        if (day == null) {
            return null;
        }
        DayOfWeek dow = DayOfWeek.of(isoDay);
        LocalDate d;
        if (weekOffset != null) {
            d = day.plusWeeks(weekOffset).with(ChronoField.DAY_OF_WEEK, isoDay);
        } else if (modifier == null) {
            d = day.with(TemporalAdjusters.previousOrSame(dow));
        } else if (modifier > 0) {
            d = day.with(TemporalAdjusters.next(dow));
        } else if (modifier < 0) {
            d = day.with(TemporalAdjusters.previous(dow));
        } else {
            d = day.with(ChronoField.DAY_OF_WEEK, isoDay);
        }
        return of(d);
    }

    /** The first {@code isoDay} on or after the anchor: a weekday the sentence looks ahead to ("will meet on Friday"). */
    PartialDate weekdayOnOrAfterAnchor(int isoDay) {
        return day == null ? null : of(day.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(isoDay))));
    }

    /** The first {@code isoDay} after {@code start}, a whole date: the end of a range of weekdays. */
    static PartialDate weekdayAfter(PartialDate start, int isoDay) {
        LocalDate from = start.year() == null || start.month() == null ? null
                : toLocalDate(start.year(), start.month(), start.day());
        return from == null ? null : of(from.with(TemporalAdjusters.next(DayOfWeek.of(isoDay))));
    }

    /** The year of a month name with "next"/"last"/"this", or null when the anchor has no month. */
    Integer yearOfMonth(int monthOfYear, int modifier) {
        if (month == null) {
            return null;
        }
        if (modifier > 0) {
            return monthOfYear > month ? year : year + 1;
        }
        if (modifier < 0) {
            return monthOfYear < month ? year : year - 1;
        }
        return year;
    }

    /**
     * The year of a month named with a modifier after it ("tháng 5 vừa qua", "tháng 10 tới"): the month of the anchor
     * itself counts, as the part of it just gone by or still to come; or null without an anchor month.
     */
    Integer yearOfMonthAround(int monthOfYear, int modifier) {
        if (month == null || modifier == 0) {
            return yearOfMonth(monthOfYear, modifier);
        }
        if (modifier > 0) {
            return monthOfYear >= month ? year : year + 1;
        }
        return monthOfYear <= month ? year : year - 1;
    }

    private static PartialDate of(LocalDate d) {
        return PartialDate.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
}
