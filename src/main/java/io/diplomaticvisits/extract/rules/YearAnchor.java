package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.model.PartialDate;

/**
 * Dates that the text presents without a year take the year of publication, when the document has one; a
 * month more than two months after publication is read as the year before ("tháng 12" in a January article).
 */
final class YearAnchor {

    private YearAnchor() {
    }

    /**
     * For an event still to come: the first such month on or after the publication ("in May" in a February
     * article is this May; "tháng 1" in a November one is next January).
     */
    static PartialDate ahead(PartialDate date, PartialDate published) {
        if (date == null || published == null || published.year() == null || published.month() == null
                || date.year() != null || date.month() == null) {
            return date;
        }
        return date.withYear(date.month() < published.month() ? published.year() + 1 : published.year());
    }

    /** The date with the publication year filled in, or the same instance when nothing applies. */
    static PartialDate apply(PartialDate date, PartialDate published) {
        if (date == null || published == null || published.year() == null || date.year() != null
                || date.month() == null) {
            return date;
        }
        int year = published.year();
        if (published.month() != null && date.month() > published.month() + 2) {
            year -= 1;
        }
        return date.withYear(year);
    }
}
