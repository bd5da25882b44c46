package io.diplomaticvisits.api;

import io.diplomaticvisits.extract.model.PartialDate;

/** A calendar date of which any part may be unknown ({@code null}); never null itself in a reply. */
public record DateValue(Integer year, Integer month, Integer day) {

    static final DateValue UNKNOWN = new DateValue(null, null, null);

    static DateValue of(PartialDate date) {
        return date == null ? UNKNOWN : new DateValue(date.year(), date.month(), date.day());
    }
}
