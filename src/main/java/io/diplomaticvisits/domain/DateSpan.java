package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.PartialDate;
import java.time.LocalDate;

/**
 * The days a record may cover, for telling whether two records can be at the same time: a talk inside a trip,
 * an agreement signed during a visit. Records whose dates lack a year are compared on month and day alone.
 */
public record DateSpan(PartialDate start, PartialDate end) {

    /** A leap year, so that 29 February has a place when years are unknown. */
    private static final int ANY_YEAR = 2000;

    public static DateSpan of(Visit visit) {
        return new DateSpan(visit.getStart(), visit.getEnd());
    }

    public static DateSpan of(Agreement agreement) {
        return new DateSpan(agreement.getDate(), agreement.getDate());
    }

    /** A span whose start gives no part at all can be any time, so it is never placed next to another. */
    public boolean dated() {
        return start.month() != null || start.year() != null;
    }

    public boolean overlaps(DateSpan other) {
        if (!dated() || !other.dated()) {
            return false;
        }
        if (start.year() != null && other.start.year() != null) {
            return overlap(first(this, null), last(this, null), first(other, null), last(other, null));
        }
        if (start.month() != null && other.start.month() != null) {
            return overlap(first(this, ANY_YEAR), last(this, ANY_YEAR), first(other, ANY_YEAR), last(other, ANY_YEAR));
        }
        return start.agreesWith(other.start);
    }

    private static LocalDate first(DateSpan span, Integer year) {
        return DateBounds.earliest(year == null ? span.start : span.start.withYear(year));
    }

    private static LocalDate last(DateSpan span, Integer year) {
        if (year == null) {
            return DateBounds.latest(span.start, span.end);
        }
        PartialDate end = span.end.month() == null ? span.end : span.end.withYear(year);
        LocalDate last = DateBounds.latest(span.start.withYear(year), end);
        LocalDate first = first(span, year);
        return last.isBefore(first) ? first : last;
    }

    private static boolean overlap(LocalDate aFirst, LocalDate aLast, LocalDate bFirst, LocalDate bLast) {
        return !aFirst.isAfter(bLast) && !bFirst.isAfter(aLast);
    }
}
