package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.mention.DateMention;
import io.diplomaticvisits.extract.mention.PersonMention;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.VisitType;
import java.util.List;

/**
 * What the text is about so far: the trip the current paragraphs describe and the last event. Later
 * sentences that name no date, place or Vietnamese participant borrow them from here ("The delegation held
 * meetings with ...", "Hai bên ra Tuyên bố chung").
 */
final class DocumentContext {

    /** How far before the publication an event may lie and still be the news of the text. */
    private static final int RECENT_MONTHS = 3;

    final PartialDate publicationDate;
    /** Vietnamese text is about Vietnam's side unless it says otherwise; English text may be about anyone. */
    boolean vietnameseText;
    VisitDraft lastTrip;
    /** The paragraph that told {@link #lastTrip}. */
    private int lastTripParagraph = -1;
    VisitDraft lastEvent;
    /** The last encounter told (not a trip): what "the meeting" of a later sentence refers to. */
    VisitDraft lastEncounter;
    /** The paragraph that told {@link #lastEvent}. */
    int lastEventParagraph = -1;
    /** The last event that is not recalled from before the publication date (see {@link #isRecalled}). */
    VisitDraft lastPresentEvent;
    /** The last such event with a day of its own: what "the same day" refers to. */
    VisitDraft lastPresentDay;
    /** The last trip that is not recalled. */
    VisitDraft lastPresentTrip;
    /** The last trip to Vietnam that is not recalled: whose visitor "the Prime Minister" of a later sentence is. */
    VisitDraft lastVisitToVietnam;
    /** The countries of the trips abroad told so far. */
    final java.util.Set<String> tripHosts = new java.util.HashSet<>();
    /** The last encounter of each type that is not recalled: what "after the talks", "at the session" refer to. */
    final java.util.Map<VisitType, VisitDraft> lastPresentEncounters = new java.util.EnumMap<>(VisitType.class);
    /**
     * When the text is written: the publication date, or, without a year of it, the month of the first event the
     * text dates with a year (a page whose dateline says "Hà Nội, 11/3" and whose lead dates the visit).
     */
    private PartialDate now;
    PersonMention lastVietnameseTraveller;
    /** The one day a sentence told last ("- Ngày 7/3/2024: ..."), for the later sentences of its paragraph. */
    private PartialDate dayInParagraph;
    private int dayInParagraphIndex = -1;
    /**
     * Whether an event was told since {@link #dayInParagraph}: until one is, that day is what "He then called on ..."
     * goes on with ("Earlier on Thursday morning, he was given a ceremonial welcome. He then called on ...").
     */
    private boolean eventSinceDay = true;
    /** The foreign person a sentence named last ("Tổng thống X chủ trì lễ đón ..."), for the rest of its paragraph. */
    private PersonMention foreignInParagraph;
    private int foreignInParagraphIndex = -1;
    /** The foreign country the whole document is most about, or null. */
    String dominantForeign;

    DocumentContext(PartialDate publicationDate) {
        this.publicationDate = publicationDate == null ? PartialDate.UNKNOWN : publicationDate;
        this.now = this.publicationDate;
    }

    /**
     * A new paragraph after one that recalled a trip from before the publication ("He recalled his visit in
     * December last year") comes back to the trip of the present: its sentences borrow that trip's date and sides.
     */
    void enter(int paragraph) {
        if (paragraph != lastTripParagraph && lastTrip != null && lastPresentTrip != null && lastTrip != lastPresentTrip
                && isRecalled(lastTrip)) {
            lastTrip = lastPresentTrip;
            lastTripParagraph = -1;
        }
    }

    /** A sentence that opens on an encounter told before ("At the talks, ...") is about that encounter again. */
    void refocus(VisitDraft encounter, int paragraph) {
        if (isRecalled(encounter) && lastPresentEvent != null) {
            return; // "Tại kỳ họp" after a session recalled from last year: the session of the present
        }
        lastEvent = encounter;
        lastEventParagraph = paragraph;
    }

    void remember(VisitDraft draft, PersonMention vietnameseTraveller, int paragraph) {
        lastEvent = draft;
        lastEventParagraph = paragraph;
        if (!draft.isTrip()) {
            lastEncounter = draft;
        }
        if (draft.isTrip() && draft.host != null) {
            tripHosts.add(draft.host);
        }
        if (now.year() == null && draft.start.year() != null && draft.start.month() != null) {
            now = draft.start.monthOnly();
        }
        if (!isRecalled(draft)) {
            lastPresentEvent = draft;
            if (draft.start.day() != null) {
                lastPresentDay = draft;
            }
            if (draft.isTrip()) {
                lastPresentTrip = draft;
                if (VisitRules.VIETNAM.equals(draft.host)) {
                    lastVisitToVietnam = draft;
                }
            }
            if (!draft.isTrip()) {
                lastPresentEncounters.put(draft.type, draft);
            }
        }
        if (draft.isTrip()) {
            lastTrip = draft;
            lastTripParagraph = paragraph;
            if (vietnameseTraveller != null) {
                lastVietnameseTraveller = vietnameseTraveller;
            }
        }
    }

    /** The country the last event was with, for sentences such as "Hai bên đã ký ..." that name none. */
    String lastCounterpart() {
        return lastEvent == null ? null : lastEvent.foreignCountry();
    }

    PartialDate lastEventMonth(SentenceFacts s) {
        VisitDraft event = eventInContext(s);
        if (event == null) {
            return PartialDate.UNKNOWN;
        }
        return event.start.monthOnly();
    }

    /**
     * The event a sentence that names no date of its own belongs to: the last one told, unless that one was recalled
     * from before the publication in an earlier paragraph ("He recalled his visit in May 2023 ..."), when the
     * text has come back to the present: the last event of the present.
     */
    VisitDraft eventInContext(SentenceFacts s) {
        if (lastEvent != null && lastPresentEvent != null && s.paragraph() != lastEventParagraph
                && isRecalled(lastEvent)) {
            return lastPresentEvent;
        }
        return lastEvent;
    }

    /**
     * Keeps the last foreign person and the one day of a sentence for the sentences after it in its paragraph, and
     * the day, if the sentence told no event, for "then" and "the same day"; a sentence that tells an event forgets
     * the latter.
     */
    void afterSentence(SentenceFacts s, boolean toldEvents) {
        for (PersonMention p : s.persons()) {
            if (p.country() != null && !VisitRules.VIETNAM.equals(p.country())) {
                foreignInParagraph = p;
                foreignInParagraphIndex = s.paragraph();
            }
        }
        List<DateMention> days = s.dates().stream().filter(d -> d.from().day() != null && d.from().month() != null
                && d.from().equals(d.to())).toList();
        if (days.size() == 1) {
            dayInParagraph = YearAnchor.apply(days.get(0).from(), publicationDate);
            dayInParagraphIndex = s.paragraph();
        }
        if (toldEvents) {
            eventSinceDay = true;
        } else if (days.size() == 1) {
            eventSinceDay = false;
        }
    }

    /** The foreign person named last in an earlier sentence of {@code s}'s paragraph, or null. */
    PersonMention foreignEarlierInParagraph(SentenceFacts s) {
        return foreignInParagraphIndex == s.paragraph() ? foreignInParagraph : null;
    }

    /** The one day an earlier sentence of {@code s}'s paragraph told, or null. */
    PartialDate dayEarlierInParagraph(SentenceFacts s) {
        return dayInParagraphIndex == s.paragraph() ? dayInParagraph : null;
    }

    /** The day "the same day", "then" and "also" go on with in sentence {@code s}. */
    PartialDate sameDay(SentenceFacts s) {
        PartialDate day = eventSinceDay ? null : dayEarlierInParagraph(s);
        return day != null ? day : sameDayEvent().start;
    }

    /** What "the same day" refers to: the last event of the present with a day, else the last event. */
    VisitDraft sameDayEvent() {
        if (lastEvent != null && lastEvent.start.day() != null && !isRecalled(lastEvent)) {
            return lastEvent;
        }
        return lastPresentDay != null ? lastPresentDay : lastEvent;
    }

    /**
     * An event dated more than {@value #RECENT_MONTHS} months before the text is written (or in an earlier year,
     * when either gives no month) is told as a memory, not as the news of the text. While the text has given no
     * year of its own, no event is.
     */
    boolean isRecalled(VisitDraft event) {
        PartialDate at = event.start;
        if (at.year() == null || now.year() == null) {
            return false;
        }
        if (at.month() == null || now.month() == null) {
            return at.year() < now.year();
        }
        return (now.year() - at.year()) * 12 + now.month() - at.month() > RECENT_MONTHS;
    }
}
