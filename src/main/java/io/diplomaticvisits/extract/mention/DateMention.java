package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.PartialDate;

/**
 * A date or range written at {@code [start, end)}; for a single date {@code from} equals {@code to}.
 * A year is present only when written (or, for "today"/weekdays, taken from the anchor date).
 */
public record DateMention(int start, int end, PartialDate from, PartialDate to) {

    public boolean isRange() {
        return !from.equals(to);
    }
}
