package io.diplomaticvisits.extract.model;

import java.util.Comparator;

/** A calendar date of which any part may be unknown ({@code null}). */
public record PartialDate(Integer year, Integer month, Integer day) {

    public static final PartialDate UNKNOWN = new PartialDate(null, null, null);

    public static final Comparator<PartialDate> CHRONOLOGICAL = Comparator
            .comparing(PartialDate::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PartialDate::month, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PartialDate::day, Comparator.nullsLast(Comparator.naturalOrder()));

    public static PartialDate of(Integer year, Integer month, Integer day) {
        return new PartialDate(year, month, day);
    }

    public boolean allPartsUnknown() {
        return year == null && month == null && day == null;
    }

    public PartialDate withYear(Integer newYear) {
        return new PartialDate(newYear, month, day);
    }

    /** The same date with the day dropped: what a trip keeps from the engagements inside it. */
    public PartialDate monthOnly() {
        return new PartialDate(year, month, null);
    }

    /** True when every part that both dates give is equal. */
    public boolean agreesWith(PartialDate other) {
        return other != null && same(year, other.year) && same(month, other.month) && same(day, other.day);
    }

    private static boolean same(Integer a, Integer b) {
        return a == null || b == null || a.equals(b);
    }

    /** ISO-like text with unknown parts as {@code ?}, for ids and logs: {@code 2023-09-?}. */
    public String toKey() {
        return (year == null ? "?" : year) + "-" + (month == null ? "?" : month) + "-" + (day == null ? "?" : day);
    }
}
