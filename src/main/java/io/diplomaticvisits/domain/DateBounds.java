package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.PartialDate;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The first and last day a partial date can stand for: 2023-09-? spans 1 to 30 September 2023. A date without a
 * year spans nothing that a calendar range could test, so both bounds are null.
 */
public final class DateBounds {

    private DateBounds() {
    }

    public static LocalDate earliest(PartialDate date) {
        if (date == null || date.year() == null) {
            return null;
        }
        int month = date.month() == null ? 1 : date.month();
        int day = date.month() == null || date.day() == null ? 1 : date.day();
        return safeDate(date.year(), month, day, false);
    }

    public static LocalDate latest(PartialDate date) {
        if (date == null || date.year() == null) {
            return null;
        }
        int month = date.month() == null ? 12 : date.month();
        Integer day = date.month() == null ? null : date.day();
        return safeDate(date.year(), month, day == null ? 31 : day, true);
    }

    /**
     * The last day of a span from {@code start} to {@code end}, where an end without a year takes the start's
     * (the next year's when it would otherwise fall before the start: 28/12 to 2/1).
     */
    public static LocalDate latest(PartialDate start, PartialDate end) {
        LocalDate first = earliest(start);
        if (first == null) {
            return null;
        }
        if (end == null || end.allPartsUnknown() || (end.month() == null && end.year() == null)) {
            return latest(start);
        }
        PartialDate dated = end.year() != null ? end : end.withYear(start.year());
        LocalDate last = latest(dated);
        if (last == null || last.isBefore(first)) {
            last = end.year() == null ? latest(end.withYear(start.year() + 1)) : latest(start);
        }
        return last;
    }

    private static LocalDate safeDate(int year, int month, int day, boolean clampHigh) {
        if (month < 1 || month > 12) {
            return clampHigh ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        return yearMonth.atDay(Math.max(1, Math.min(day, yearMonth.lengthOfMonth())));
    }
}
