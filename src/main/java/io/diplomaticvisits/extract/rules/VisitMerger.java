package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.SourceRef;
import io.diplomaticvisits.extract.model.VisitStatus;
import io.diplomaticvisits.extract.model.VisitType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Folds drafts that tell the same event into one: a trip told again ("chuyến thăm chính thức Liên bang Nga
 * đầu tiên ..."), the same meeting in a caption and in the body. The most recent compatible draft wins, so a
 * bare "chuyến thăm" joins the trip the text is currently about.
 */
final class VisitMerger {

    private final List<VisitDraft> drafts = new ArrayList<>();
    /** The publication date: a date told without a year is of its year when deciding what is the same event. */
    private final PartialDate published;

    VisitMerger(PartialDate published) {
        this.published = published;
    }

    /** Adds a draft, merging it into an earlier one when they tell the same event; returns the survivor. */
    VisitDraft add(VisitDraft d) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            VisitDraft existing = drafts.get(i);
            if (sameEvent(existing, d)) {
                merge(existing, d);
                return existing;
            }
        }
        drafts.add(d);
        return d;
    }

    /**
     * Folds trips whose days overlap but were told apart before a later telling spanned them ("kicked off a state
     * visit on Monday", then "landed late Sunday ... on a state visit from May 25 to 27"): one trip over all the days.
     */
    void foldOverlappingTrips() {
        for (int i = 0; i < drafts.size(); i++) {
            VisitDraft a = drafts.get(i);
            for (int j = drafts.size() - 1; j > i && a.isTrip(); j--) {
                VisitDraft b = drafts.get(j);
                if (tripDaysOverlap(a, b) && sameEvent(a, b)) {
                    PartialDate start = dayKey(anchored(a.start)) <= dayKey(anchored(b.start)) ? a.start : b.start;
                    PartialDate end = dayKey(anchored(a.end)) >= dayKey(anchored(b.end)) ? a.end : b.end;
                    merge(a, b);
                    a.start = start;
                    a.end = end;
                    drafts.remove(j);
                }
            }
        }
    }

    private PartialDate anchored(PartialDate date) {
        return YearAnchor.apply(date, published);
    }

    List<VisitDraft> drafts() {
        return drafts;
    }

    private boolean sameEvent(VisitDraft a, VisitDraft b) {
        if (a.isTrip() != b.isTrip() || !a.countries.equals(b.countries)) {
            return false;
        }
        PartialDate aStart = YearAnchor.apply(a.start, published);
        PartialDate bStart = YearAnchor.apply(b.start, published);
        if (!aStart.agreesWith(bStart) && !withinTour(a, b) && !withinTour(b, a) && !tripDaysOverlap(a, b)) {
            return false;
        }
        if (a.isTrip()) {
            return Objects.equals(a.guest, b.guest) && Objects.equals(a.host, b.host)
                    && (a.type == b.type || a.type == VisitType.VISIT || b.type == VisitType.VISIT);
        }
        // "đón, hội đàm với X": a welcome and talks are two encounters; a plain "cuộc gặp" may name either.
        boolean sameKind = a.type == b.type || a.type == VisitType.MEETING || b.type == VisitType.MEETING;
        if (a.counterpartKey != null && b.counterpartKey != null) {
            return sameKind && a.counterpartKey.equals(b.counterpartKey) && sameVietnameseSide(a, b);
        }
        return a.type == b.type;
    }

    /** Two encounters of one guest with different Vietnamese leaders are two events. */
    private static boolean sameVietnameseSide(VisitDraft a, VisitDraft b) {
        String va = a.vietnameseKey();
        String vb = b.vietnameseKey();
        return va == null || vb == null || va.equals(vb);
    }

    /** "thăm Argentina và Uruguay từ ngày 3 đến 9-5", then "thăm chính thức Uruguay ... từ ngày 6 đến 9-5". */
    private static boolean withinTour(VisitDraft tour, VisitDraft trip) {
        if (!tour.tourDates || !tour.isTrip()) {
            return false;
        }
        List<PartialDate> dates = List.of(tour.start, tour.end, trip.start, trip.end);
        boolean allDays = dates.stream().allMatch(d -> d.month() != null && d.day() != null);
        boolean sameYearKnowledge = dates.stream().allMatch(d -> d.year() == null)
                || dates.stream().allMatch(d -> d.year() != null);
        return allDays && sameYearKnowledge && dayKey(trip.start) >= dayKey(tour.start)
                && dayKey(trip.end) <= dayKey(tour.end);
    }

    /**
     * Two trips whose days overlap, all four ends with a year, month and day after anchoring: "thăm chính thức từ
     * ngày 1 đến 2/11" and "tối 2/11 rời Hà Nội, kết thúc chuyến thăm chính thức" are one trip.
     */
    private boolean tripDaysOverlap(VisitDraft a, VisitDraft b) {
        if (!a.isTrip() || !b.isTrip()) {
            return false;
        }
        List<PartialDate> dates = List.of(YearAnchor.apply(a.start, published), YearAnchor.apply(a.end, published),
                YearAnchor.apply(b.start, published), YearAnchor.apply(b.end, published));
        if (!dates.stream().allMatch(d -> d.year() != null && d.month() != null && d.day() != null)) {
            return false;
        }
        return dayKey(dates.get(0)) <= dayKey(dates.get(3)) && dayKey(dates.get(2)) <= dayKey(dates.get(1));
    }

    /** Orders days of known month and day; the year counts when it is known. */
    private static int dayKey(PartialDate date) {
        return (date.year() == null ? 0 : date.year()) * 10_000 + date.month() * 100 + date.day();
    }

    private static void merge(VisitDraft into, VisitDraft other) {
        if (into.type == VisitType.VISIT && other.type != VisitType.VISIT) {
            into.type = other.type;
        }
        if (other.status == VisitStatus.PLANNED) {
            // Told once as announced and once with no word of time: announced. The publication date settles it
            // later for an event whose day has come.
            into.status = VisitStatus.PLANNED;
        }
        mergeDates(into, other);
        into.dateFromText |= other.dateFromText;
        if (into.city == null) {
            into.city = other.city;
        }
        if (into.locationCountry == null) {
            into.locationCountry = other.locationCountry;
        }
        other.participants.forEach(into.participants::putIfAbsent);
        for (SourceRef s : other.sources) {
            if (!into.sources.contains(s)) {
                into.sources.add(s);
            }
        }
        into.confidence = Math.min(1.0, Math.max(into.confidence, other.confidence) + 0.05);
    }

    private static void mergeDates(VisitDraft into, VisitDraft other) {
        if (into.tourDates && !other.tourDates && other.dateFromText) {
            // This trip's own dates beat those stated once for the whole tour.
            into.start = other.start;
            into.end = other.end;
            into.tourDates = false;
            return;
        }
        if (other.tourDates && !into.tourDates && into.dateFromText) {
            return; // the tour's dates add nothing to this trip's own
        }
        if (into.isTrip() && !other.start.equals(other.end) && into.start.equals(into.end)
                && other.start.agreesWith(into.start)) {
            // A trip's stated range ("ngày 11-15/10/2011") beats one day of it told elsewhere.
            into.start = moreSpecific(other.start, into.start);
            into.end = moreSpecific(other.end, into.end);
        } else {
            into.start = moreSpecific(into.start, other.start);
            into.end = moreSpecific(into.end, other.end);
        }
    }

    static PartialDate moreSpecific(PartialDate a, PartialDate b) {
        return new PartialDate(a.year() != null ? a.year() : b.year(), a.month() != null ? a.month() : b.month(),
                a.day() != null ? a.day() : b.day());
    }
}
