package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.mention.PersonMention;
import io.diplomaticvisits.extract.model.PartialDate;

/**
 * What the text is about so far: the trip the current paragraphs describe and the last event. Later
 * sentences that name no date, place or Vietnamese participant borrow them from here ("The delegation held
 * meetings with ...", "Hai bên ra Tuyên bố chung").
 */
final class DocumentContext {

    final PartialDate publicationDate;
    /** Vietnamese text is about Vietnam's side unless it says otherwise; English text may be about anyone. */
    boolean vietnameseText;
    VisitDraft lastTrip;
    VisitDraft lastEvent;
    PersonMention lastVietnameseTraveller;
    Integer paragraphYear;
    /** The foreign country the whole document is most about, or null. */
    String dominantForeign;

    DocumentContext(PartialDate publicationDate) {
        this.publicationDate = publicationDate == null ? PartialDate.UNKNOWN : publicationDate;
    }

    void remember(VisitDraft draft, PersonMention vietnameseTraveller) {
        lastEvent = draft;
        if (draft.isTrip()) {
            lastTrip = draft;
            if (vietnameseTraveller != null) {
                lastVietnameseTraveller = vietnameseTraveller;
            }
        }
    }

    /** The country the last event was with, for sentences such as "Hai bên đã ký ..." that name none. */
    String lastCounterpart() {
        return lastEvent == null ? null : lastEvent.foreignCountry();
    }

    PartialDate lastEventMonth() {
        if (lastEvent == null) {
            return PartialDate.UNKNOWN;
        }
        return lastEvent.start.monthOnly();
    }
}
